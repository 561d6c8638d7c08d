import { WidgetHarness } from '../../test/helpers/harness.js';
import { toHex } from '../core/color.js';
import type { StateSalaryMap } from './state-salary-map.js';

/** What a test reads from one map tile. */
export interface TileReading {
  /** The texts on the tile: its postal code, then its value when shown. */
  readonly texts: string[];
  /** The computed fill of the code's text, as #rrggbb. */
  readonly codeColour: string;
}

/** Readings and actions on a `<state-salary-map>`, as a reader sees and does them. */
export class StateSalaryMapHarness extends WidgetHarness<StateSalaryMap> {
  /** The state's own shape: its path on the map, or its rect on the tile grid. */
  shape(postal: string): SVGElement {
    const found = this.$<SVGElement>(`path.state[data-state="${postal}"], rect.tile[data-state="${postal}"]`);
    if (!found) throw new Error(`no shape for ${postal}`);
    return found;
  }

  /** The labelled box beside the map that stands for a small state. */
  callout(postal: string): SVGElement {
    const found = this.$<SVGElement>(`.callout[data-state="${postal}"]`);
    if (!found) throw new Error(`no callout for ${postal}`);
    return found;
  }

  /** Position of the state's colour on the ramp, "0" … "100"; null when it has no data. */
  tone(postal: string): string | null {
    return this.shape(postal).getAttribute('data-tone');
  }

  /** Whether the state is drawn with the no-data hatch. */
  isNoData(postal: string): boolean {
    return this.shape(postal).getAttribute('fill') === 'url(#no-data)';
  }

  /** The state's computed fill colour, e.g. "rgb(8, 48, 107)". */
  stateFill(postal: string): string {
    return getComputedStyle(this.shape(postal)).fill;
  }

  /** The computed fill colour of a small state's callout box. */
  calloutFill(postal: string): string {
    return getComputedStyle(this.callout(postal).querySelector('rect')!).fill;
  }

  /** The accessible name of the state's mark (its shape, tile or callout box). */
  stateLabel(postal: string): string {
    return this.$(`[data-state="${postal}"][role="img"]`)?.getAttribute('aria-label') ?? '';
  }

  /** How the map is drawn: 'geo' (state shapes), 'tiles', or undefined before it is drawn. */
  drawnAs(): 'geo' | 'tiles' | undefined {
    if (this.$$('path.state').length) return 'geo';
    if (this.$$('rect.tile').length) return 'tiles';
    return undefined;
  }

  /** Postal codes of the states drawn as shapes or tiles, in document order. */
  drawnStates(): string[] {
    return this.$$('path.state, rect.tile').map((shape) => shape.closest('[data-state]')!.getAttribute('data-state')!);
  }

  /** How many state shapes or tiles are drawn with the no-data hatch. */
  noDataShapes(): number {
    return this.$$('path.state[fill="url(#no-data)"], rect.tile[fill="url(#no-data)"]').length;
  }

  /** How many callout boxes are drawn with the no-data hatch. */
  noDataCallouts(): number {
    return this.$$('.callout rect[fill="url(#no-data)"]').length;
  }

  /** The texts and text colour of one tile. */
  tile(postal: string): TileReading {
    const texts = this.labels(postal);
    return { texts: texts.map((text) => text.textContent ?? ''), codeColour: texts[0] ? toHex(getComputedStyle(texts[0]).fill) : '' };
  }

  /** Ids of the patterns drawn to tell classes apart in forced colours, e.g. "pattern-0" (not the no-data hatch). */
  classPatterns(): string[] {
    return this.$$('pattern:not(#no-data)').map((pattern) => pattern.id);
  }

  /**
   * The texts drawn on a state's tile or callout box, code first: inside a
   * callout's mark, or after a tile (which is its own mark).
   */
  labels(postal: string): SVGTextElement[] {
    const mark = this.mark(postal);
    if (mark.localName === 'g') return [...mark.querySelectorAll('text')];
    const texts: SVGTextElement[] = [];
    for (let next = mark.nextElementSibling; next instanceof SVGTextElement; next = next.nextElementSibling) texts.push(next);
    return texts;
  }

  /** How many states are outlined as highlighted. */
  highlighted(): number {
    return this.$$('.outline.is-highlight').length;
  }

  /** How many focus outlines are drawn on the map (0 or 1). */
  focusOutlines(): number {
    return this.$$('.outline.is-focus').length;
  }

  /** The legend's class edges as printed, low to high, e.g. ["$130K", "$140K", …]. */
  legendEdges(): string[] {
    return this.$$('[part="legend"] .edge').map((edge) => (edge.textContent ?? '').trim());
  }

  /** The legend's swatch tones, low to high. */
  legendTones(): string[] {
    return this.$$('[part="legend"] .swatch[data-tone]').map((swatch) => swatch.getAttribute('data-tone') ?? '');
  }

  /** The legend's whole text, spaces collapsed. */
  legendText(): string {
    return (this.$('[part="legend"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The ranked list's rows as shown, e.g. "1 California $171K". */
  rankedList(): string[] {
    return this.rankingRows().map((row) =>
      [...row.children]
        .map((cell) => (cell.textContent ?? '').trim())
        .filter(Boolean)
        .join(' '),
    );
  }

  /** The postal codes of the marks in reading order (document order). */
  readingOrder(): string[] {
    return this.marks().map((mark) => mark.getAttribute('data-point')!);
  }

  /** The postal code of the mark that holds the map's tab stop. */
  tabStop(): string | undefined {
    return this.$('[data-point][tabindex="0"]')?.getAttribute('data-point') ?? undefined;
  }

  /** The legend's accessible name, which spells out its class ranges. */
  legendName(): string {
    return this.$('[part="legend"]')?.getAttribute('aria-label') ?? '';
  }

  /** The painted colour of a state's code (on its tile or callout box) and of what it is written on. */
  codeOn(postal: string): { text: string; fill: string } {
    const code = this.labels(postal).find((text) => text.classList.contains('code'));
    if (!code) throw new Error(`no code drawn for ${postal}`);
    const mark = this.mark(postal);
    const shape = mark.localName === 'rect' ? mark : mark.querySelector('rect')!;
    const painted = getComputedStyle(shape).fill;
    // No data shows its hatch's base.
    const fill = painted.startsWith('url(') ? getComputedStyle(this.$('#no-data .no-data-background')!).fill : painted;
    return { text: getComputedStyle(code).fill, fill };
  }

  rankingRows(): HTMLElement[] {
    return this.$$<HTMLElement>('[part="ranking"] li');
  }

  /** The text of the active (hovered or focused) row of the ranked list, or "" when none is. */
  activeRankingRow(): string {
    return (this.$('[part="ranking"] li.is-active')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Opens the data table with its "Show table" button, as a reader would. */
  async openTable(): Promise<HTMLTableElement> {
    const button = this.$<HTMLButtonElement>('button[part="table-button"]');
    if (!button) throw new Error('no "Show table" button');
    if (button.getAttribute('aria-expanded') !== 'true') button.click();
    await this.element.updateComplete;
    return this.$<HTMLTableElement>('[part="table"]')!;
  }

  /** The rows of the data table (open it first), each as its cells' text, e.g. "California 1 $170,910" ("Alabama No data": no rank). */
  tableRows(): string[] {
    return this.$$('[part="table"] tbody tr').map((row) =>
      [...row.children]
        .map((cell) => (cell.textContent ?? '').trim())
        .filter(Boolean)
        .join(' '),
    );
  }

  /** Moves the pointer over the state's own shape (for a small state, not its callout box). */
  hoverShape(postal: string): void {
    pointerOver(this.shape(postal));
  }

  /** The tooltip a reader sees with the pointer over the state's shape. */
  async tooltipOf(postal: string): Promise<string> {
    this.hoverShape(postal);
    await this.element.updateComplete;
    return this.tooltip();
  }

  /** The caption's note lines (after the source), each as its text. */
  captionNotes(): string[] {
    return this.$$('[part="caption"] .note-line').map((line) => (line.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  /** Moves the pointer over a row of the ranked list. */
  hoverRankingRow(index: number): void {
    const row = this.rankingRows()[index];
    if (!row) throw new Error(`no ranking row ${index}`);
    pointerOver(row);
  }

  /** The width the geometry measured for the ranked list, in px; undefined without a list. */
  rankingWidth(): number | undefined {
    const list = this.$('[part="ranking"]');
    return list ? parseFloat(getComputedStyle(list).getPropertyValue('--_ranking-width')) : undefined;
  }

  /** The height of what is drawn: the map's SVG, and the ranked list beside or under it. */
  drawnHeight(): number {
    const boxes = [this.$('svg.chart'), this.$('[part="ranking"]')].flatMap((el) => (el ? [el.getBoundingClientRect()] : []));
    return Math.max(...boxes.map((box) => box.bottom)) - Math.min(...boxes.map((box) => box.top));
  }

  /** Bounding boxes of the map's SVG, the ranked list and the chart area. */
  boxes(): { map: DOMRect; ranking: DOMRect | undefined; stage: DOMRect } {
    return {
      map: this.$('svg.chart')!.getBoundingClientRect(),
      ranking: this.$('[part="ranking"]')?.getBoundingClientRect(),
      stage: this.$('.stage')!.getBoundingClientRect(),
    };
  }
}

function pointerOver(target: Element): void {
  target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
}
