import { WidgetHarness } from '../../test/helpers/harness.js';
import type { CompBreakdown } from './comp-breakdown.js';

/** The solid piece of a part (its low value) or the light piece (its range up to the high value). */
export type Piece = 'low' | 'range';

const PIECE_CLASS: Record<Piece, string> = { low: 'solid', range: 'light' };

/**
 * Readings and actions on a `<comp-breakdown>` for its tests. Parts are
 * numbered from 1 in the order given, as their ids are ("part-1").
 */
export class CompBreakdownHarness extends WidgetHarness<CompBreakdown> {
  /** Ids of the parts drawn in the chart, in order. */
  parts(): string[] {
    return this.marks().map((mark) => mark.getAttribute('data-point') ?? '');
  }

  /** The chart element of one piece of a part, if the part has that piece. */
  piece(part: number, piece: Piece = 'low'): SVGGraphicsElement | null {
    return this.mark(`part-${part}`).querySelector<SVGGraphicsElement>(`.${PIECE_CLASS[piece]}`);
  }

  /** A donut piece's path data, or undefined when the part has no such piece. */
  segmentPath(part: number, piece: Piece = 'low'): string | undefined {
    return this.piece(part, piece)?.getAttribute('d') ?? undefined;
  }

  /** Every drawn piece of one kind (paths in the donut, rectangles in the bar). */
  pieces(piece: Piece = 'low'): SVGGraphicsElement[] {
    return this.$$<SVGGraphicsElement>(`svg.chart [data-point] .${PIECE_CLASS[piece]}`);
  }

  /** Widths in px of the bar's pieces of one kind, in order. */
  barWidths(piece: Piece = 'low'): number[] {
    return this.pieces(piece).map((rect) => Number(rect.getAttribute('width')));
  }

  /** The colour a piece is filled with, as computed. */
  fill(part: number, piece: Piece = 'low'): string {
    const element = this.piece(part, piece);
    if (!element) throw new Error(`part ${part} has no ${piece} piece`);
    return getComputedStyle(element).fill;
  }

  /** The donut's centre lines: "Total", the amount and, for a range, the midpoint. */
  centreTexts(): string[] {
    return this.$$('svg.chart [class^="centre-"]').map((text) => (text.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  /** The bar's total line above the bar. */
  barTotal(): string {
    return (this.$('svg.chart .total')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The message shown instead of a chart when every part is zero, or "" when a chart is drawn. */
  emptyMessage(): string {
    return (this.$('.empty')?.textContent ?? '').trim();
  }

  /** The caption's lines about how the data was read (footnotes removed, hourly converted, parts with no figure). */
  captionNotes(): string[] {
    return this.$$('[part="caption"] .note-line').map((line) => (line.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  /** The tooltip a reader sees on a part when moving the pointer over it. */
  async tooltipOf(part: number): Promise<string> {
    this.hover(`part-${part}`);
    await this.element.updateComplete;
    return this.tooltip();
  }

  /**
   * The legend's rows as the eye reads them, "name | amount | share". The legend is a grid of
   * cells, three to a row, each row starting at its name.
   */
  override legendRows(): string[] {
    const rows: string[][] = [];
    for (const cell of this.$$('[part="legend"] > *')) {
      if (cell.classList.contains('name')) rows.push([]);
      rows.at(-1)?.push((cell.textContent ?? '').replace(/\s+/g, ' ').trim());
    }
    return rows.map((row) => row.filter(Boolean).join(' | '));
  }

  /** The legend cell with a part's name, which leads its row (after its swatch). */
  legendName(part: number): HTMLElement {
    const name = this.$<HTMLElement>(`[part="legend"] .name[data-point="part-${part}"]`);
    if (!name) throw new Error(`no legend row for part ${part}`);
    return name;
  }

  /** The legend's swatches, one per part, as their computed styles. */
  swatches(): CSSStyleDeclaration[] {
    return this.$$('[part="legend"] .name[data-point]').map((name) => getComputedStyle(name, '::before'));
  }

  /** Moves the pointer over a cell of a part's legend row (its name unless told), as a mouse would. */
  hoverLegendRow(part: number, cell: 'name' | 'amount' | 'share' = 'name'): void {
    const target = this.$(`[part="legend"] .${cell}[data-point="part-${part}"]`);
    if (!target) throw new Error(`no legend ${cell} for part ${part}`);
    target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
  }
}
