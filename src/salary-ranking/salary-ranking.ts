import { nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SalaryElement, type DatasetMeta } from '../core/salary-element.js';
import type { ChartPoint } from '../core/controllers/points-controller.js';
import { ordinal, type Formatter } from '../core/format.js';
import { readAnnotation, readChoice, readInteger, type Annotation } from '../core/data/values.js';
import { BREAKPOINTS } from '../core/geometry/breakpoints.js';
import { DEFAULT_RANKING, MAX_ROWS, parseRankingSection, parseRankingValues, readRankingTable, type RankItem } from './data.js';
import { layoutRanking, rankingHeight, type RankingFormat, type RankingLayout } from './geometry.js';
import { rankingStyles } from './salary-ranking.styles.js';
import type { ReadContext } from '../core/data/context.js';
import type { Grid } from '../core/data/grid.js';
import { DataError } from '../core/data/errors.js';

/** Rows to reserve room for while data loads, unless `top` says fewer: as many as the default data has. */
const DEFAULT_ROWS = DEFAULT_RANKING.items.length;

interface RankModel {
  /** Rows as drawn: sorted and cut to `top`. */
  readonly items: readonly (RankItem & { readonly rank: number; readonly highlight: boolean })[];
  readonly total: number;
  readonly reference?: Annotation;
}

/**
 * Ranked horizontal bars of labelled amounts: metro areas, states,
 * specialisations. Bars start at zero; values sit inside a bar when they fit.
 * A light value axis underneath has round ticks, with gridlines only where
 * they cross no text.
 *
 * With no data it shows the ten top-paying metro areas for software
 * developers with the national median as reference (BLS OEWS, May 2024).
 *
 * @tag salary-ranking
 * @summary Labelled amounts as ranked horizontal bars, with an optional reference line.
 *
 * @attr {string} values - Compact data: "San Jose:180000, Seattle:165000"; write a comma inside a label as "\,".
 * @attr {'value'|'none'} sort - "value" (default) ranks highest first; "none" keeps the given order.
 * @attr {number} top - Show only the first N rows.
 * @attr {string} highlight - Labels to emphasise: the whole label or its start, e.g. "Seattle"; separate several with "|".
 * @attr {number} reference - An annual amount drawn as a dashed line across the bars, e.g. the national median.
 * @attr {string} reference-label - Label of the reference line (default "Reference").
 */
export class SalaryRanking extends SalaryElement<RankModel> {
  static override styles = [...SalaryElement.styles, rankingStyles];

  static override properties: PropertyDeclarations = {
    values: {},
    sort: {},
    top: {},
    highlight: {},
    reference: {},
    referenceLabel: { attribute: 'reference-label' },
  };

  declare values: string | undefined;
  declare sort: string | undefined;
  declare top: string | number | undefined;
  declare highlight: string | undefined;
  declare reference: string | number | undefined;
  declare referenceLabel: string | undefined;

  protected readonly section = 'ranking';
  protected override readonly sizedByWidth = true;
  protected readonly defaultLabel = 'Ranking';
  private _layoutCache?: { model: RankModel; width: number; fmt: Formatter; layout: RankingLayout };

  protected parseData(raw: unknown, where: string, _context: ReadContext): RankModel {
    return this._model(parseRankingSection(raw, where));
  }

  protected readAttributes(_context: ReadContext): RankModel | undefined {
    return this.values === undefined || this.values === null ? undefined : this._model(parseRankingValues(String(this.values)));
  }

  protected readGrid(grid: Grid, _context: ReadContext, where: string): RankModel {
    const items = readRankingTable(grid.rows);
    if (!items) throw new DataError(where, 'has no rows of a label and an amount.');
    return this._model(items);
  }

  protected defaultData(): { data: RankModel; meta: DatasetMeta } {
    return { data: this._model(DEFAULT_RANKING.items, DEFAULT_RANKING.reference), meta: DEFAULT_RANKING.meta };
  }

  private _model(items: readonly RankItem[], fallbackReference?: Annotation): RankModel {
    const sort = readChoice(this.sort, 'sort', ['value', 'none'] as const) ?? 'value';
    const top = readInteger(this.top, 'top', 1, MAX_ROWS, MAX_ROWS);
    const reference = readAnnotation(this.reference, this.referenceLabel, 'reference', 'Reference') ?? fallbackReference;
    const wanted = (this.highlight ?? '')
      .split('|')
      .map((part) => part.trim().toLowerCase())
      .filter(Boolean);
    const ranked = [...items].sort((a, b) => b.value - a.value);
    const rankOf = (item: RankItem) => ranked.findIndex((other) => other.value === item.value) + 1;
    const rows = (sort === 'value' ? ranked : items)
      .slice(0, top)
      .map((item) => ({ ...item, rank: rankOf(item), highlight: isHighlighted(item.label, wanted) }));
    return { items: rows, total: items.length, reference };
  }

  protected chartHeight(width: number): number {
    const data = this.currentData;
    if (data) return rankingHeight(data.items.length, !!data.reference, width);
    let rowCount = DEFAULT_ROWS;
    try {
      rowCount = readInteger(this.top, 'top', 1, MAX_ROWS, DEFAULT_ROWS);
    } catch {
      // The error state shows instead.
    }
    return rankingHeight(rowCount, this.reference !== undefined && this.reference !== null, width);
  }

  private _layoutFor(model: RankModel, width: number, fmt: Formatter): RankingLayout {
    const cached = this._layoutCache;
    if (cached && cached.model === model && cached.width === width && cached.fmt === fmt) return cached.layout;
    const layout = layoutRanking(model.items, width, rankingFormat(fmt, width), model.reference);
    this._layoutCache = { model, width, fmt, layout };
    return layout;
  }

  protected summarize(model: RankModel, fmt: Formatter): string {
    const sorted = [...model.items].sort((a, b) => b.value - a.value);
    const [highest, lowest] = [sorted[0], sorted[sorted.length - 1]];
    if (!highest || !lowest) return 'No rows to rank.';
    const reference = model.reference ? ` ${model.reference.label}: ${fmt.money(model.reference.value)}.` : '';
    return `Highest: ${highest.label}, ${fmt.money(highest.value)}; lowest shown: ${lowest.label}, ${fmt.money(lowest.value)}. ${model.items.length} of ${model.total} shown.${reference}`;
  }

  protected points(model: RankModel, width: number, _height: number, fmt: Formatter): ChartPoint[] {
    const layout = this._layoutFor(model, width, fmt);
    return model.items.map((item, index) => {
      const row = layout.rows[index]!;
      const lines = [`${fmt.money(item.value)} ${fmt.unit}`, `${ordinal(item.rank)} of ${model.total}`];
      return { id: `r${index}`, x: row.tooltipAt.x, y: row.tooltipAt.y, title: item.label, lines };
    });
  }

  protected renderChart(model: RankModel, width: number, height: number, fmt: Formatter): TemplateResult {
    const layout = this._layoutFor(model, width, fmt);
    const dimOthers = model.items.some((item) => item.highlight);
    const { axis, reference } = layout;
    // Gridlines go behind the bars, the reference line in front of them (it
    // is gapped around every text). The axis is decoration for screen
    // readers: every bar's name carries its amount.
    return this.chartSvg(
      width,
      height,
      svg`<g class="axis" aria-hidden="true">
        ${axis.gridlines.map((line) => svg`<line class="gridline" x1=${line.x} x2=${line.x} y1=${line.y1} y2=${line.y2}></line>`)}
        ${axis.ticks.map((tick) => svg`<text class="tick num" x=${tick.label.x} y=${tick.label.y} text-anchor=${tick.label.anchor} .textContent=${tick.label.text}></text>`)}
      </g>
      ${layout.rows.map((row) => {
        const { label, bar, value, hitArea } = row;
        return this.mark(
          `r${row.index}`,
          svg`${this.hitArea(hitArea.x, hitArea.y, hitArea.width, hitArea.height)}
          <text class="label" x=${label.x} y=${label.y} text-anchor=${label.anchor} .textContent=${label.text}></text>
          <rect class="bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} rx=${bar.radius}></rect>
          <text class="value num${value.inside ? ' inside' : ''}" x=${value.x} y=${value.y} text-anchor=${value.anchor} .textContent=${value.text}></text>`,
          dimOthers && !model.items[row.index]!.highlight ? 'dim' : '',
        );
      })}
      ${
        reference
          ? svg`<g class="reference">
          ${reference.segments.map((line) => svg`<line class="ref" x1=${line.x} x2=${line.x} y1=${line.y1} y2=${line.y2}></line>`)}
          <text class="note" x=${reference.label.x} y=${reference.label.y} text-anchor=${reference.label.anchor} .textContent=${reference.label.text}></text>
        </g>`
          : nothing
      }`,
    );
  }
}

/**
 * Values in full, or compact below `BREAKPOINTS.narrow`; ticks always
 * compact. Ticks are amounts in the displayed period (d3 makes them round
 * hourly amounts in the hourly view), turned back into annual ones for the
 * formatter.
 */
function rankingFormat(fmt: Formatter, width: number): RankingFormat {
  const displayedPerAnnual = fmt.amount(1);
  return {
    value: width < BREAKPOINTS.narrow ? fmt.compact : fmt.money,
    tick: (amount) => fmt.compact(amount / displayedPerAnnual),
    amount: fmt.amount,
  };
}

/** "Seattle" picks out "Seattle-Tacoma-Bellevue, WA": a match is the whole label or its start up to a non-letter. */
function isHighlighted(label: string, wanted: readonly string[]): boolean {
  const lower = label.toLowerCase();
  return wanted.some((prefix) => lower === prefix || (lower.startsWith(prefix) && !/\p{L}/u.test(lower[prefix.length]!)));
}
