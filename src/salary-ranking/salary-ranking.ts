import { nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { RANKING_MESSAGES } from './messages.js';
import { SalaryElement, type DatasetMeta } from '../core/salary-element.js';
import type { ChartPoint } from '../core/controllers/points-controller.js';
import { createFormatter, HOURS_PER_YEAR, type Formatter } from '../core/format.js';
import { readAnnotation, readChoice, readInteger, readText, type Annotation } from '../core/data/values.js';
import { BREAKPOINTS } from '../core/geometry/breakpoints.js';
import type { TextContext } from '../core/geometry/text.js';
import { DEFAULT_RANKING, MAX_ROWS, parseRankingSection, parseRankingValues, readRankingGrid, type RankData, type RankItem } from './data.js';
import { layoutRanking, rankingHeight, segmentsPath, type RankingFormat, type RankingLayout } from './geometry.js';
import { isolate } from '../core/bidi.js';
import { rankingStyles } from './salary-ranking.styles.js';
import { backdrop, inkOn, paint, type Ink } from './ink.js';
import type { ReadContext } from '../core/data/context.js';
import type { Grid } from '../core/data/grid.js';
import type { DataTable } from '../core/table.js';

/** How values are written on plain bars and on bars dimmed beside highlighted ones. */
interface Inks {
  readonly plain: Ink;
  readonly dim: Ink;
}

/** The inks on screen, and on paper, where a fixed theme prints light on white. */
interface BarInks {
  readonly screen: Inks;
  readonly paper: Inks;
}

/** Hidden bars of each kind, whose computed fills are read; on paper also the widget's own background. */
interface Swatches {
  readonly screen: { readonly plain: SVGRectElement; readonly dim: SVGRectElement };
  readonly paper: { readonly plain: SVGRectElement; readonly dim: SVGRectElement; readonly background: SVGRectElement };
}

/** Rows to reserve room for while data loads, unless `top` says fewer: as many as the default data has. */
const DEFAULT_ROWS = DEFAULT_RANKING.items.length;

/** A row as drawn. */
interface RankRow extends RankItem {
  /** 1 for the highest; rows with equal amounts share a rank. Undefined for a row with no figure. */
  readonly rank: number | undefined;
  readonly highlight: boolean;
}

interface RankModel {
  /** Rows as drawn: sorted and cut to `top`. */
  readonly items: readonly RankRow[];
  /** Rows with a figure, the "of N" in "1st of N". */
  readonly ranked: number;
  /** Every row read, with a figure or without. */
  readonly total: number;
  /** Labels of the rows with no figure, shown or not. */
  readonly missing: readonly string[];
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
 * JSON: the `ranking` section is a list of `{"label", "value"}`, or
 * `{"unit": "hourly", "rows": [...]}` when the amounts are hourly wages.
 *
 * Tables, CSV and TSV are read by their headers, as BLS publishes them: the
 * annual column ("Annual mean wage"), else another money column, else an
 * hourly one × 2,080 (`value-column` and `label-column` name them outright).
 * Employment, location quotients and a leading rank column are never the
 * amount. A "U.S.", "National" or "All occupations" row is not a bar: it
 * becomes the reference line, labelled with its own label, unless
 * `reference` is set.
 *
 * A top-coded amount (BLS "#": at least $239,200 a year) is kept as its lower
 * bound and reads "≥ $239,200"; it ranks above every lower amount, top-codes
 * among themselves keep the table's order, and its tooltip, accessible name
 * and the caption say it is top-coded.
 *
 * A row with no figure ("-", "(8)", "**" or an empty cell in a table;
 * `"value": null` in JSON) is never drawn as zero. With `sort="value"` it
 * comes after every ranked row, with "No data" where its bar would be, and no
 * rank; with `sort="none"` it keeps its place. It is a mark like the others:
 * reachable with the arrow keys, with a tooltip and an accessible name that
 * say it has no data, and the caption names it. `top` counts it like any row,
 * so a list cut by `top` leaves it out (the caption still names it).
 *
 * @tag salary-ranking
 * @summary Labelled amounts as ranked horizontal bars, with an optional reference line.
 *
 * @attr {string} values - Compact data: "San Jose:180000, Seattle:165000"; write a comma inside a label as "\,". Annual amounts, or hourly ones with `amounts="hourly"`.
 * @attr {'value'|'none'} sort - "value" (default) ranks highest first; "none" keeps the given order.
 * @attr {number} top - Show only the first N rows.
 * @attr {string} highlight - Labels to emphasise: the whole label or its start, e.g. "Seattle"; separate several with "|".
 * @attr {number} reference - An annual amount drawn as a dashed line across the bars, e.g. the national median. Unset, a table's national row is the reference.
 * @attr {string} reference-label - Label of the reference line (default "Reference", or the national row's own label).
 */
export class SalaryRanking extends SalaryElement<RankModel, typeof RANKING_MESSAGES.en> {
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
  protected readonly messages = RANKING_MESSAGES;
  protected get defaultLabel(): string {
    return this.t('chartName');
  }
  private _layoutCache?: { model: RankModel; width: number; fmt: Formatter; text: TextContext; rtl: boolean; inks: BarInks; layout: RankingLayout };
  /** How values are written on plain and on dimmed bars, from the fills the browser paints. */
  private _inks: BarInks = { screen: { plain: 'light', dim: 'dark' }, paper: { plain: 'light', dim: 'dark' } };
  /** Hidden plain and dimmed bars, styled by the same rules as the drawn ones, whose computed fills are read. */
  private _swatches?: Swatches;

  protected parseData(raw: unknown, where: string, context: ReadContext): RankModel {
    return this._model(parseRankingSection(raw, where, context, (row) => this.t('unnamedRow', { row })));
  }

  protected override keysHint(): string {
    return this.t('rowKeysHint');
  }

  protected readAttributes(context: ReadContext): RankModel | undefined {
    return this.values === undefined || this.values === null ? undefined : this._model(parseRankingValues(String(this.values), context));
  }

  protected readGrid(grid: Grid, context: ReadContext, where: string): RankModel {
    return this._model(readRankingGrid(grid, context, where));
  }

  protected defaultData(): { data: RankModel; meta: DatasetMeta } {
    const reference = { value: DEFAULT_RANKING.reference, label: this.t('defaultReference') };
    const meta = {
      heading: this.t('defaultHeading'),
      description: this.t('defaultDescription'),
      source: this.t('blsSource'),
      sourceUrl: DEFAULT_RANKING.sourceUrl,
    };
    return { data: this._model({ items: DEFAULT_RANKING.items }, reference), meta };
  }

  private _model({ items, national }: RankData, fallbackReference?: Annotation): RankModel {
    const sort = readChoice(this.sort, 'sort', ['value', 'none'] as const) ?? 'value';
    const top = readInteger(this.top, 'top', 1, MAX_ROWS, MAX_ROWS);
    const reference =
      readAnnotation(this.reference, this.referenceLabel, 'reference', this.t('reference')) ?? this._nationalReference(national) ?? fallbackReference;
    const wanted = (this.highlight ?? '')
      .split('|')
      .map((part) => part.trim().toLowerCase())
      .filter(Boolean);
    // Array.prototype.sort is stable: equal rows, top-codes among them, keep their order.
    const ranked = items.filter((item) => item.value !== undefined).sort(compareRank);
    const missing = items.filter((item) => item.value === undefined);
    const rankOf = (item: RankItem) => (item.value === undefined ? undefined : ranked.filter((other) => compareRank(other, item) < 0).length + 1);
    const rows = (sort === 'value' ? [...ranked, ...missing] : items)
      .slice(0, top)
      .map((item) => ({ ...item, rank: rankOf(item), highlight: isHighlighted(item.label, wanted) }));
    return { items: rows, ranked: ranked.length, total: items.length, missing: missing.map((item) => item.label), reference };
  }

  /** A table's national row as the reference line, labelled with `reference-label` or its own label ("U.S."). */
  private _nationalReference(national: RankData['national']): Annotation | undefined {
    if (!national) return undefined;
    const label = this.referenceLabel === undefined || this.referenceLabel === null ? '' : readText(this.referenceLabel, 'reference-label', 60);
    return { value: national.value, label: label || national.label };
  }

  protected chartHeight(width: number): number {
    const data = this.currentData;
    if (data) return rankingHeight(data.items.length, !!data.reference, width, this.text);
    let rowCount = DEFAULT_ROWS;
    try {
      rowCount = readInteger(this.top, 'top', 1, MAX_ROWS, DEFAULT_ROWS);
    } catch {
      // The error state shows instead.
    }
    return rankingHeight(rowCount, this.reference !== undefined && this.reference !== null, width, this.text);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Made here, while the page is being written anyway, so that reading them later forces no extra style pass.
    this._swatches ??= this._createSwatches();
  }

  protected override readPage(): void {
    super.readPage();
    // The theme, accent and page are known once the host is styled; the layout then knows where values may go.
    if (this.isConnected) this._inks = this._readInks();
  }

  /**
   * The text each kind of bar takes, from its fill as painted: the computed
   * fill of a hidden bar of that kind (a theme's light-dark(), a custom
   * accent, a dimmed bar's translucent accent), over the backgrounds behind
   * the widget. Paper is read too, as the print styles paint it: in a light
   * scheme, on white. The browser prints without drawing again, so both are
   * written into the chart.
   */
  private _readInks(): BarInks {
    const swatches = (this._swatches ??= this._createSwatches());
    const fill = (element: SVGRectElement) => getComputedStyle(element).fill;
    const read = (behind: readonly string[], bars: Swatches['screen']): Inks => ({
      plain: inkOn(paint([...behind, fill(bars.plain)])),
      dim: inkOn(paint([...behind, fill(bars.dim)])),
    });
    const inks = { screen: read(backdrop(this), swatches.screen), paper: read(['#fff', fill(swatches.paper.background)], swatches.paper) };
    // The same object while nothing changed, so the layout cache holds.
    return JSON.stringify(inks) === JSON.stringify(this._inks) ? this._inks : inks;
  }

  private _createSwatches(): Swatches {
    const svgNs = 'http://www.w3.org/2000/svg';
    const element = <K extends keyof SVGElementTagNameMap>(tag: K, className: string, ...children: Element[]) => {
      const created = document.createElementNS(svgNs, tag);
      created.setAttribute('class', className);
      created.append(...children);
      return created;
    };
    // Classes on the bars themselves rather than groups around them: fewer nodes in every widget.
    const screen = { plain: element('rect', 'bar'), dim: element('rect', 'bar dim') };
    const paper = { plain: element('rect', 'bar paper'), dim: element('rect', 'bar dim paper') };
    const background = element('rect', 'background paper');
    const holder = element('svg', 'swatches', screen.plain, screen.dim, paper.plain, paper.dim, background);
    holder.setAttribute('aria-hidden', 'true');
    // Lit renders after it: the shadow root was empty when Lit chose where to render.
    this.renderRoot.prepend(holder);
    return { screen, paper: { ...paper, background } };
  }

  private _layoutFor(model: RankModel, width: number, fmt: Formatter): RankingLayout {
    const { rtl } = this;
    const text = this.text;
    const inks = this._inks;
    const cached = this._layoutCache;
    if (cached && cached.model === model && cached.width === width && cached.fmt === fmt && cached.text === text && cached.rtl === rtl && cached.inks === inks)
      return cached.layout;
    const dimOthers = model.items.some((item) => item.highlight);
    // After the bar when no text reads on it, on screen or on paper.
    const outside = (item: RankRow) =>
      (dimOthers && !item.highlight ? [inks.screen.dim, inks.paper.dim] : [inks.screen.plain, inks.paper.plain]).includes('outside');
    const items = model.items.map((item) => ({ label: item.label, value: item.value, atLeast: item.topCoded, valueOutside: outside(item) }));
    const format: RankingFormat = {
      ...rankingAmounts(fmt, width),
      noData: this.t('noData'),
      referenceLabel: (label, amount) => this.t('referenceLine', { label, amount }),
    };
    const layout = layoutRanking(items, width, format, { reference: model.reference, text, rtl });
    this._layoutCache = { model, width, fmt, text, rtl, inks, layout };
    return layout;
  }

  protected summarize(model: RankModel, fmt: Formatter): string {
    const shown = model.items.filter((item) => item.value !== undefined).sort(compareRank);
    const [highest, lowest] = [shown[0], shown[shown.length - 1]];
    const amount = (item: RankItem) => (item.topCoded ? this.t('topCodedAmount', { amount: fmt.money(item.value ?? 0) }) : fmt.money(item.value ?? 0));
    const parts: string[] = [];
    if (highest && lowest) {
      parts.push(this.t('summaryRange', { highest: highest.label, highestAmount: amount(highest), lowest: lowest.label, lowestAmount: amount(lowest) }));
    }
    parts.push(this.t('summaryShown', { count: model.items.length, total: model.total }));
    if (model.missing.length) parts.push(this.t('missingNote', { places: model.missing.join(', ') }));
    if (model.reference) parts.push(this.t('markName', { title: model.reference.label, details: fmt.money(model.reference.value) }));
    return parts.join(' ');
  }

  /**
   * The rows drawn, named first, with their rank and amount: in the chart's
   * order, rows with no figure last. The CSV has plain numbers in the
   * displayed period, and empty cells where a row has no figure.
   */
  protected override tableOf(model: RankModel, fmt: Formatter): DataTable {
    const columns = [this.t('nameColumn'), this.t('rankColumn'), this.t(fmt.period === 'hourly' ? 'amountColumnHourly' : 'amountColumnAnnual')];
    const rows = [...model.items.filter((item) => item.rank !== undefined), ...model.items.filter((item) => item.rank === undefined)];
    const amount = (item: RankRow) => {
      if (item.value === undefined) return this.t('noData');
      return item.topCoded ? `≥ ${fmt.money(item.value)}` : fmt.money(item.value);
    };
    return {
      caption: this.t('rankingTable', { title: this.meta.heading ?? this.defaultLabel }),
      columns,
      rows: rows.map((item) => [item.label, item.rank === undefined ? '' : fmt.number(item.rank), amount(item)]),
      csv: {
        columns,
        rows: rows.map((item) => [item.label, item.rank ?? '', item.value === undefined ? '' : plainAmount(fmt.amount(item.value))]),
      },
    };
  }

  protected points(model: RankModel, width: number, _height: number, fmt: Formatter): ChartPoint[] {
    const layout = this._layoutFor(model, width, fmt);
    return model.items.map((item, index) => {
      const row = layout.rows[index]!;
      const at = { id: `r${index}`, x: row.tooltipAt.x, y: row.tooltipAt.y, title: item.label };
      if (item.value === undefined || item.rank === undefined) {
        const lines = [this.t('noData'), this.t('notRanked')];
        return { ...at, lines: this.rtl ? lines.map((line) => isolate(line)) : lines, label: this.t('noDataName', { label: item.label }) };
      }
      const money = this.perPeriod(fmt.money(item.value));
      const rank = this.t('rank', { rank: this.t('ordinal', { count: item.rank }), total: model.ranked });
      const lines = [item.topCoded ? `≥ ${money}` : money];
      const spoken = [item.topCoded ? this.t('atLeast', { amount: money }) : money];
      if (item.topCoded) {
        lines.push(this.t('topCodedLine'));
        spoken.push(this.t('topCodedByBls'));
      }
      if (item.fromHourly) {
        const hourly = createFormatter(fmt.locale, fmt.currency, 'hourly').money(item.value);
        lines.push(this.t('hourlyLine', { hours: HOURS_PER_YEAR, amount: hourly }));
        spoken.push(this.t('fromHourlyWage', { amount: hourly, hours: HOURS_PER_YEAR }));
      }
      spoken.push(rank);
      // Emphasis is not only visual: a highlighted row says so in its name.
      if (item.highlight) spoken.push(this.t('highlighted'));
      // On a right-to-left page each line keeps its own direction: "$180,000 a year" never reads "a year $180,000".
      const shown = this.rtl ? [...lines, rank].map((line) => isolate(line)) : [...lines, rank];
      return { ...at, lines: shown, label: this.t('markName', { title: item.label, details: spoken.join(', ') }) };
    });
  }

  protected renderChart(model: RankModel, width: number, height: number, fmt: Formatter): TemplateResult {
    const layout = this._layoutFor(model, width, fmt);
    const dimOthers = model.items.some((item) => item.highlight);
    const { axis, reference } = layout;
    // Gridlines go behind the bars, the reference line in front of them (it
    // is gapped around every text). The axis is decoration for screen
    // readers: every bar's name carries its amount, and a row's texts are
    // hidden under its name. Every node counts on a page of charts: each
    // kind of line is one path, no group wraps what needs none, and no
    // whitespace stands between tags.
    const ticks = axis.ticks.map(
      ({ label }) => svg`<text class="tick num" x=${label.x} y=${label.y} text-anchor=${label.anchor} aria-hidden="true" .textContent=${label.text}></text>`,
    );
    const rows = layout.rows.map((row) => {
      const { label, bar, value, hitArea } = row;
      const dim = dimOthers && !model.items[row.index]!.highlight;
      // Two whole templates rather than a bar inside a condition, which would add a marker node to every row.
      let body: TemplateResult;
      if (bar) {
        const kind = dim ? 'dim' : 'plain';
        const valueClass = value.inside ? `value num inside ink-${this._inks.screen[kind]} paper-ink-${this._inks.paper[kind]}` : 'value num';
        body = svg`<text class="label" x=${label.x} y=${label.y} text-anchor=${label.anchor} aria-hidden="true" .textContent=${label.text}></text><rect class="bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} rx=${bar.radius}></rect><text class=${valueClass} x=${value.x} y=${value.y} text-anchor=${value.anchor} aria-hidden="true" .textContent=${value.text}></text>`;
      } else {
        body = svg`<text class="label" x=${label.x} y=${label.y} text-anchor=${label.anchor} aria-hidden="true" .textContent=${label.text}></text><text class="value no-data" x=${value.x} y=${value.y} text-anchor=${value.anchor} aria-hidden="true" .textContent=${value.text}></text>`;
      }
      // The row's hit area, drawn by mark() in its own template, also draws its focus ring.
      return this.mark(`r${row.index}`, body, dim ? 'dim' : '', hitArea);
    });
    const referenceMarks = reference
      ? svg`<path class="ref reference" d=${segmentsPath(reference.segments)}></path><text class="note reference" x=${reference.label.x} y=${reference.label.y} text-anchor=${reference.label.anchor} .textContent=${reference.label.text}></text>`
      : nothing;
    return this.chartSvg(
      width,
      height,
      svg`<path class="gridline" aria-hidden="true" d=${segmentsPath(axis.gridlines)}></path>${ticks}${rows}${referenceMarks}`,
    );
  }
}

/**
 * Values in full, or compact below `BREAKPOINTS.narrow`; ticks always
 * compact. Each set is written together, in one compact unit (or in full
 * where Intl would mix units, as en-IN's "K" and "L"). Ticks are amounts in
 * the displayed period (d3 makes them round hourly amounts in the hourly
 * view), turned back into annual ones for the formatter.
 */
function rankingAmounts(fmt: Formatter, width: number): Pick<RankingFormat, 'values' | 'ticks' | 'amount'> {
  const displayedPerAnnual = fmt.amount(1);
  return {
    values: width < BREAKPOINTS.narrow ? fmt.compactAll : (annuals) => annuals.map(fmt.money),
    ticks: (amounts) => fmt.compactAll(amounts.map((amount) => amount / displayedPerAnnual)),
    amount: fmt.amount,
  };
}

/** An amount for a spreadsheet: whole in a year, to the cent in an hour. */
const plainAmount = (amount: number): number => Math.round(amount * 100) / 100;

/**
 * Ranking order, highest first: a larger amount, or at an equal amount a
 * top-code (the true figure is at least that); 0 for rows that tie.
 */
function compareRank(a: RankItem, b: RankItem): number {
  const difference = (b.value ?? 0) - (a.value ?? 0);
  if (difference) return difference;
  return Number(b.topCoded) - Number(a.topCoded);
}

/** "Seattle" picks out "Seattle-Tacoma-Bellevue, WA": a match is the whole label or its start up to a non-letter. */
function isHighlighted(label: string, wanted: readonly string[]): boolean {
  const lower = label.toLowerCase();
  return wanted.some((prefix) => lower === prefix || (lower.startsWith(prefix) && !/\p{L}/u.test(lower[prefix.length]!)));
}
