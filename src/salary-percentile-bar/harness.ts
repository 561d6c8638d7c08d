import { WidgetHarness } from '../../test/helpers/harness.js';
import type { SalaryPercentileBar } from './salary-percentile-bar.js';

/** The kinds of text drawn on the bar. */
export type BarLabel = 'tick-value' | 'tick-name' | 'band' | 'marker' | 'reference';

const LABEL_SELECTOR: Record<BarLabel, string> = {
  'tick-value': 'text.tick-value',
  'tick-name': 'text.tick-name',
  band: 'text.band-label',
  marker: 'text.marker-note',
  reference: '[data-point="reference"] text.note',
};

/**
 * Readings and actions on a `<salary-percentile-bar>` for its tests, named
 * after what a reader sees. `<salary-compare>`'s harness extends it, so the
 * type parameter lets a subclass keep its own element type.
 */
export class SalaryPercentileBarHarness<E extends SalaryPercentileBar = SalaryPercentileBar> extends WidgetHarness<E> {
  /** The amounts under the bar, left to right, e.g. "$133,080" or, when narrow, "$133K". */
  tickValues(): string[] {
    return this.labels('tick-value');
  }

  /** The percentile names under the amounts, e.g. "50th". */
  tickNames(): string[] {
    return this.labels('tick-name');
  }

  /** The labels of the bands over the bar, e.g. "Entry". */
  bandLabels(): string[] {
    return this.labels('band');
  }

  /** The marker's callout, e.g. "You: $150,000 · ≈ 62nd percentile", or "" when no marker is drawn. */
  markerNote(): string {
    return this.labels('marker')[0] ?? '';
  }

  /** The reference line's note, e.g. "All occupations median: $49,500", or "" when none is drawn. */
  referenceNote(): string {
    return this.labels('reference')[0] ?? '';
  }

  /** Whether the marker is drawn with its line down to the bar (not when it is off the scale). */
  markerLineShown(): boolean {
    return this.$('line.marker-line') !== null;
  }

  /** Whether the reference is drawn as a line across the scale (not when it is off the scale). */
  referenceLineShown(): boolean {
    return this.$('line.ref') !== null;
  }

  /** The anchor of the marker's note: "end" when it sits at the right edge. */
  markerNoteAnchor(): string | null {
    return this.$(LABEL_SELECTOR.marker)?.getAttribute('text-anchor') ?? null;
  }

  /** Texts of one kind of label, in document order. */
  labels(kind: BarLabel): string[] {
    return this.$$(LABEL_SELECTOR[kind]).map((text) => normalise(text.textContent));
  }

  /** Bounding boxes, in chart pixels, of one kind of label: for overlap and overflow checks. */
  textBoxes(kind: BarLabel): DOMRect[] {
    return this.$$<SVGTextElement>(LABEL_SELECTOR[kind]).map((text) => text.getBBox());
  }

  /** The legend's entries as read, e.g. "Median". */
  legendItems(): string[] {
    return this.$$('[part="legend"] li').map((item) => normalise(item.textContent));
  }

  /** Whether a chart is drawn (not while loading, nor in the error state). */
  hasChart(): boolean {
    return this.$('svg.chart') !== null;
  }

  /** The drawn chart's width in px, or undefined when none is drawn. */
  chartWidth(): number | undefined {
    const width = this.$('svg.chart')?.getAttribute('width');
    return width === null || width === undefined ? undefined : Number(width);
  }

  /** Where the chart sits on the page. */
  chartBox(): DOMRect {
    return this.required('svg.chart', 'chart').getBoundingClientRect();
  }

  /** Where the 10th-to-90th percentile bar sits on the page. */
  barBox(): DOMRect {
    return this.required('rect.range', 'range bar').getBoundingClientRect();
  }

  /** Whether a mark with this id (a percentile such as "p50", "marker", "reference", "band-0") is drawn. */
  hasMark(id: string): boolean {
    return this.$(`[data-point="${id}"]`) !== null;
  }

  /** A mark's accessible name, e.g. "10th percentile: $79,850 a year, …". */
  markLabel(id: string): string {
    return this.mark(id).getAttribute('aria-label') ?? '';
  }

  /** Ids of the marks reachable with Tab; the chart is one tab stop. */
  tabStops(): string[] {
    return this.$$('[data-point][tabindex="0"]').map((mark) => mark.getAttribute('data-point') ?? '');
  }

  /** The marks' ids in document order: the order a screen reader reads them. */
  markIds(): string[] {
    return this.marks().map((mark) => mark.getAttribute('data-point') ?? '');
  }

  /**
   * The marks in the order the arrow keys visit them: Tab into the chart,
   * then `key` until focus stops moving.
   */
  async arrowKeyOrder(key = 'ArrowRight'): Promise<string[]> {
    this.focusChart();
    const visited = [this.focused() ?? ''];
    for (;;) {
      await this.press(key);
      // Focus follows the tab stop once the chart has redrawn.
      await this.element.updateComplete;
      const now = this.focused() ?? '';
      if (now === visited[visited.length - 1]) return visited;
      visited.push(now);
    }
  }

  /** The marks' pointer targets on the page: their hit areas, where a pointer reaches them. */
  targets(): { id: string; box: DOMRect }[] {
    return this.markIds()
      .map((id) => ({ id, hit: this.hitArea(id) }))
      .filter(({ hit }) => getComputedStyle(hit).pointerEvents !== 'none')
      .map(({ id, hit }) => ({ id, box: hit.getBoundingClientRect() }));
  }

  /** The accessible name of the mark that has focus, or "" when none has. */
  focusedLabel(): string {
    return this.root.activeElement?.getAttribute('aria-label') ?? '';
  }

  /**
   * Presses "Show table" and reads the table it opens as a reader sees it:
   * the caption, the header cells, then each row (its name first).
   */
  override async showTable(): Promise<{ caption: string; columns: string[]; rows: string[][] }> {
    this.required<HTMLButtonElement>('[part="table-button"]', '"Show table" button').click();
    await this.element.updateComplete;
    const table = this.required<HTMLTableElement>('[part="table"]', 'data table');
    const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((cell) => normalise(cell.textContent));
    return {
      caption: normalise(table.caption?.textContent),
      columns: cells(table.tHead!.rows[0]!),
      rows: [...table.tBodies[0]!.rows].map(cells),
    };
  }

  /** Whether the tooltip is on screen. */
  tooltipShown(): boolean {
    const tip = this.$<HTMLElement>('[part="tooltip"]');
    return tip !== null && !tip.hidden;
  }

  /** The tooltip's computed display, e.g. "none" when printing. */
  tooltipDisplay(): string {
    return getComputedStyle(this.required('[part="tooltip"]', 'tooltip')).display;
  }

  /** Moves the pointer off a mark to the page, as a mouse leaving it would. */
  leave(id: string): void {
    this.hitArea(id).dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true, pointerType: 'mouse', relatedTarget: document.body }));
  }

  /** Taps (clicks) a mark's hit area. */
  tap(id: string): void {
    this.hitArea(id).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  }

  /** Taps the page outside the widget. */
  tapOutside(): void {
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  }

  /** The heading as written. */
  heading(): string {
    return this.$('[part="heading"]')?.textContent ?? '';
  }

  /** The figure that holds heading, chart and caption: its ARIA attributes name and describe it. */
  figure(): HTMLElement {
    return this.required<HTMLElement>('figure', 'figure');
  }

  /** Whether the figure says it is busy loading. */
  busy(): boolean {
    return this.figure().getAttribute('aria-busy') === 'true';
  }

  /** Whether the loading placeholder is shown. */
  loading(): boolean {
    return this.$('.loading') !== null;
  }

  /** The loading placeholder's computed animation, "none" under reduced motion. */
  loadingAnimation(): string {
    return getComputedStyle(this.required('.loading', 'loading placeholder')).animationName;
  }

  /** Whether a caption (source line) is shown. */
  hasCaption(): boolean {
    return this.$('[part="caption"]') !== null;
  }

  /** Where the caption's source link points, or null when the source is not a link. */
  sourceLink(): string | null {
    return this.$('[part="caption"] a')?.getAttribute('href') ?? null;
  }

  /** Whether the error alert is shown. */
  hasAlert(): boolean {
    return this.$('[role="alert"]') !== null;
  }

  /** Whether the widget still shows its light-DOM content (a fallback table) through a slot. */
  showsFallback(): boolean {
    return this.$('slot') !== null;
  }

  /** How many <img> elements the widget holds: none, since headings and sources are text. */
  images(): number {
    return this.$$('img').length;
  }

  /** The computed fill of the middle half (25th to 75th) of the bar. */
  middleHalfFill(): string {
    return getComputedStyle(this.required('rect.middle', 'middle half')).fill;
  }

  /** The heading's computed text colour. */
  headingColour(): string {
    return getComputedStyle(this.required('.heading', 'heading')).color;
  }

  /** The chart's computed font family. */
  chartFontFamily(): string {
    return getComputedStyle(this.required('svg.chart', 'chart')).fontFamily;
  }

  private hitArea(id: string): SVGElement {
    const hit = this.mark(id).querySelector<SVGElement>('.hit');
    if (!hit) throw new Error(`mark "${id}" has no hit area`);
    return hit;
  }

  protected required<T extends Element = Element>(selector: string, what: string): T {
    const found = this.$<T>(selector);
    if (!found) throw new Error(`no ${what} in <${this.element.localName}>`);
    return found;
  }
}

const normalise = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
