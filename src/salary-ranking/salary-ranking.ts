import { svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SalaryElement, type DatasetMeta } from '../core/salary-element.js';
import type { ChartPoint } from '../core/controllers/points-controller.js';
import { ordinal, type Formatter } from '../core/format.js';
import { readAnnotation, readChoice, readInteger, type Annotation } from '../core/data/values.js';
import { DEFAULT_RANKING, parseRankingSection, parseRankingValues, readRankingTable, type RankItem } from './data.js';
import { BAR, layoutRanking, rankingHeight, type RankingLayout } from './geometry.js';
import { rankingStyles } from './salary-ranking.styles.js';

interface RankModel {
  /** Rows as drawn: sorted and cut to `top`. */
  readonly items: readonly (RankItem & { readonly rank: number; readonly highlight: boolean })[];
  readonly total: number;
  readonly reference?: Annotation;
}

/**
 * Ranked horizontal bars of labelled amounts: metro areas, states,
 * specialisations. Bars start at zero; values sit inside a bar when they fit.
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
  private _layout?: { model: RankModel; width: number; fmt: Formatter; layout: RankingLayout };

  protected parseData(raw: unknown, where: string): RankModel {
    return this._model(parseRankingSection(raw, where));
  }

  protected readAttributes(): RankModel | undefined {
    return this.values === undefined || this.values === null ? undefined : this._model(parseRankingValues(String(this.values)));
  }

  protected override readTable(table: HTMLTableElement): RankModel | undefined {
    const items = readRankingTable(table);
    return items && this._model(items);
  }

  protected defaultData(): { data: RankModel; meta: DatasetMeta } {
    return { data: this._model(DEFAULT_RANKING.items, DEFAULT_RANKING.reference), meta: DEFAULT_RANKING.meta };
  }

  private _model(items: readonly RankItem[], fallbackReference?: Annotation): RankModel {
    const sort = readChoice(this.sort, 'sort', ['value', 'none'] as const) ?? 'value';
    const top = readInteger(this.top, 'top', 1, 200, 200);
    const reference = readAnnotation(this.reference, this.referenceLabel, 'reference', 'Reference') ?? fallbackReference;
    const wanted = (this.highlight ?? '').split('|').map((s) => s.trim().toLowerCase()).filter(Boolean);
    // "Seattle" picks out "Seattle-Tacoma-Bellevue, WA": a match is the whole label or its start up to a non-letter.
    const picks = (label: string) => wanted.some((w) => (label = label.toLowerCase()) === w || (label.startsWith(w) && !/\p{L}/u.test(label[w.length]!)));
    const ranked = [...items].sort((a, b) => b.value - a.value);
    const rankOf = (d: RankItem) => ranked.findIndex((r) => r.value === d.value) + 1;
    const rows = (sort === 'value' ? ranked : items).slice(0, top).map((d) => ({ ...d, rank: rankOf(d), highlight: picks(d.label) }));
    return { items: rows, total: items.length, reference };
  }

  protected chartHeight(width: number): number {
    const data = this.currentData;
    if (data) return rankingHeight(data.items.length, !!data.reference, width);
    let rows = 10;
    try {
      rows = readInteger(this.top, 'top', 1, 200, 10);
    } catch {
      // The error state shows instead.
    }
    return rankingHeight(rows, this.reference !== undefined && this.reference !== null, width);
  }

  private _layoutFor(model: RankModel, width: number, fmt: Formatter): RankingLayout {
    const c = this._layout;
    if (c && c.model === model && c.width === width && c.fmt === fmt) return c.layout;
    const layout = layoutRanking(model.items, width, width < 480 ? fmt.compact : fmt.money, model.reference);
    this._layout = { model, width, fmt, layout };
    return layout;
  }

  protected summarize(model: RankModel, fmt: Formatter): string {
    const sorted = [...model.items].sort((a, b) => b.value - a.value);
    const [hi, lo] = [sorted[0], sorted[sorted.length - 1]];
    if (!hi || !lo) return 'No rows to rank.';
    return `Highest: ${hi.label}, ${fmt.money(hi.value)}; lowest shown: ${lo.label}, ${fmt.money(lo.value)}. ${model.items.length} of ${model.total} shown.${
      model.reference ? ` ${model.reference.label}: ${fmt.money(model.reference.value)}.` : ''
    }`;
  }

  protected points(model: RankModel, width: number, _height: number, fmt: Formatter): ChartPoint[] {
    const layout = this._layoutFor(model, width, fmt);
    return model.items.map((d, i) => {
      const row = layout.rows[i]!;
      const lines = [`${fmt.money(d.value)} ${fmt.unit}`, `${ordinal(d.rank)} of ${model.total}`];
      return { id: `r${i}`, x: row.x + row.width / 2, y: row.barY, title: d.label, lines };
    });
  }

  protected renderChart(model: RankModel, width: number, height: number, fmt: Formatter): TemplateResult {
    const l = this._layoutFor(model, width, fmt);
    const dim = model.items.some((d) => d.highlight);
    return this.chartSvg(
      width,
      height,
      svg`${l.reference
        ? svg`<line class="ref" x1=${l.reference.x} x2=${l.reference.x} y1="16" y2=${height}></line>
          <text class="note" x=${l.reference.left} y="12" .textContent=${l.reference.text}></text>`
        : ''}
      ${l.rows.map((r) => {
        const y = r.barY;
        return this.mark(
          `r${r.index}`,
          svg`${this.hitArea(0, r.y, width, y + BAR - r.y + 3)}
          <text class="label" x=${r.labelX} y=${r.labelY} text-anchor=${r.x ? 'end' : 'start'} .textContent=${r.label}></text>
          <rect class="bar" x=${r.x} y=${y} width=${Math.max(1, r.width)} height=${BAR} rx="2"></rect>
          <text class="value num ${r.inside ? 'inside' : ''}" x=${r.inside ? r.x + r.width - 5 : r.x + r.width + 5} y=${y + 13} text-anchor=${r.inside ? 'end' : 'start'} .textContent=${r.value}></text>`,
          dim && !model.items[r.index]!.highlight ? 'dim' : '',
        );
      })}`,
    );
  }
}
