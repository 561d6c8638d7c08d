import { WidgetHarness } from '../../test/helpers/harness.js';
import type { SalaryRanking } from './salary-ranking.js';

/** A drawn line, in chart coordinates. */
export interface DrawnLine {
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
}

/** What a reader sees of one row. */
export interface DrawnRow {
  readonly label: string;
  readonly value: string;
  /** Whether the value sits inside its bar. */
  readonly inside: boolean;
  /** Whether the row is dimmed because others are highlighted. */
  readonly dimmed: boolean;
  /** Whether a bar is drawn; a row with no figure has none, and shows "No data". */
  readonly hasBar: boolean;
}

/** Readings and actions on a `<salary-ranking>`, for tests. */
export class SalaryRankingHarness extends WidgetHarness<SalaryRanking> {
  rows(): DrawnRow[] {
    return this.marks().map((mark) => ({
      label: text(mark.querySelector('text.label')),
      value: text(mark.querySelector('text.value')),
      inside: !!mark.querySelector('text.value.inside'),
      dimmed: mark.classList.contains('dim'),
      hasBar: !!mark.querySelector('rect.bar'),
    }));
  }

  /** Row labels as drawn, top to bottom. */
  labels(): string[] {
    return this.rows().map((row) => row.label);
  }

  /** Value labels as drawn, top to bottom. */
  values(): string[] {
    return this.rows().map((row) => row.value);
  }

  /** Labels of the rows that are not dimmed, when some are highlighted. */
  highlighted(): string[] {
    return this.rows()
      .filter((row) => !row.dimmed)
      .map((row) => row.label);
  }

  /** Widths in px of the bars drawn, top to bottom (rows with no figure have none). */
  barWidths(): number[] {
    return this.$$('[data-point] rect.bar').map((bar) => Number(bar.getAttribute('width')));
  }

  /** The tooltip of the row with this label, as hovering it shows it. */
  async tooltipOf(label: string): Promise<string> {
    const index = this.labels().indexOf(label);
    if (index < 0) throw new Error(`no row labelled "${label}"; rows are ${this.labels().join(' | ')}`);
    this.hover(`r${index}`);
    await this.element.updateComplete;
    return this.tooltip();
  }

  /** The accessible name of the row with this label. */
  nameOf(label: string): string {
    const index = this.labels().indexOf(label);
    if (index < 0) throw new Error(`no row labelled "${label}"; rows are ${this.labels().join(' | ')}`);
    return this.markLabels()[index]!;
  }

  /** The caption's lines about what the widget interpreted (top-codes, hourly figures, missing rows), without the source. */
  captionNotes(): string[] {
    return this.$$('[part="caption"] .note-line').map((line) => text(line));
  }

  /** Tick labels of the value axis, left to right. */
  axisTicks(): string[] {
    return this.$$('svg.chart text.tick').map((tick) => text(tick));
  }

  /** Whether the axis, its tick labels and gridlines, is drawn and hidden from screen readers. */
  axisHidden(): boolean {
    const parts = this.$$('svg.chart .tick, svg.chart .gridline');
    return parts.length > 0 && parts.every((part) => part.closest('[aria-hidden="true"]'));
  }

  /** The gridlines' drawn pieces. */
  gridlines(): DrawnLine[] {
    return this.$$('svg.chart .gridline').flatMap(readLines);
  }

  /** The dashed reference line (its drawn pieces) and its label, or undefined when there is none. */
  referenceLine(): { readonly label: string; readonly segments: DrawnLine[] } | undefined {
    const label = this.$('svg.chart text.reference');
    if (!label) return undefined;
    return { label: text(label), segments: this.$$('svg.chart .ref').flatMap(readLines) };
  }

  /** Boxes of the row labels and values, as the browser lays the text out. */
  textBoxes(): DOMRect[] {
    return this.$$<SVGTextElement>('[data-point] text').map((t) => t.getBBox());
  }

  /** Boxes of the tick labels, as the browser lays them out. */
  tickBoxes(): DOMRect[] {
    return this.$$<SVGTextElement>('svg.chart text.tick').map((t) => t.getBBox());
  }

  /** Boxes of the bars drawn, top to bottom. */
  barBoxes(): DOMRect[] {
    return this.$$<SVGRectElement>('[data-point] rect.bar').map((bar) => bar.getBBox());
  }

  /** Every drawn line: gridlines and the reference line's pieces. */
  lines(): DrawnLine[] {
    return [...this.gridlines(), ...(this.referenceLine()?.segments ?? [])];
  }

  /** Boxes of every SVG text, as the browser lays them out. */
  allTextBoxes(): DOMRect[] {
    return this.$$<SVGTextElement>('svg.chart text').map((t) => t.getBBox());
  }

  /** The computed font size of the first row label, value or tick label, e.g. "12px". */
  fontSize(kind: 'label' | 'value' | 'tick'): string {
    const selector = kind === 'tick' ? 'svg.chart text.tick' : `[data-point] text.${kind}`;
    return getComputedStyle(this.$(selector)!).fontSize;
  }

  /** Height the widget reserves for its chart (before and while it is drawn). */
  reservedHeight(): number {
    return Number(this.$('svg.spacer')?.getAttribute('height'));
  }

  /** Height of the drawn chart. */
  chartHeight(): number {
    return this.$('svg.chart')!.getBoundingClientRect().height;
  }

  /** The stroke of a row's hit area, where its focus ring shows. */
  focusRingColour(id: string): string {
    return getComputedStyle(this.mark(id).querySelector('.hit')!).stroke;
  }

  /** The ids of the marks that take Tab (the roving tab stop). */
  tabStops(): string[] {
    return this.$$('[data-point][tabindex="0"]').map((mark) => mark.getAttribute('data-point') ?? '');
  }
}

/** Whether two boxes overlap. */
export const overlaps = (a: DOMRect, b: DOMRect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether a 1 px vertical line passes through a text's box. */
export const crosses = (line: DrawnLine, box: DOMRect): boolean =>
  line.x + 0.5 > box.x && line.x - 0.5 < box.x + box.width && Math.max(line.y1, line.y2) > box.y && Math.min(line.y1, line.y2) < box.y + box.height;

/** Text as read, without the invisible Unicode isolates that keep its parts' directions on right-to-left pages. */
const text = (element: Element | null): string => (element?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim();

/** The vertical pieces a path of "M x,y1 V y2" subpaths draws. */
function readLines(path: Element): DrawnLine[] {
  const data = path.getAttribute('d') ?? '';
  const pieces = [...data.matchAll(/M\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*V\s*([-\d.e]+)/g)];
  // Anything else in the path would be drawn but not read: fail rather than miss it.
  if (
    pieces
      .map((piece) => piece[0])
      .join('')
      .replace(/\s/g, '') !== data.replace(/\s/g, '')
  )
    throw new Error(`unexpected path data "${data}"`);
  return pieces.map(([, x, y1, y2]) => ({ x: Number(x), y1: Number(y1), y2: Number(y2) }));
}
