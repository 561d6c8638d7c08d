import { html, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { BAR_MESSAGES, type BarMessages } from './messages.js';
import type { Catalogs } from '../core/i18n/catalog.js';
import { SalaryElement, type DatasetMeta } from '../core/salary-element.js';
import type { ChartPoint } from '../core/controllers/points-controller.js';
import { HOURS_PER_YEAR, createFormatter, type Formatter } from '../core/format.js';
import type { DataTable } from '../core/table.js';
import { DataError } from '../core/data/errors.js';
import { readChoice } from '../core/data/values.js';
import {
  DEFAULT_PERCENTILES,
  PERCENTILES,
  PERCENTILE_KEYS,
  parsePercentileSection,
  readAnnual,
  readBands,
  readPercentiles,
  type DefaultLabels,
  type PercentileData,
} from './data.js';
import { readPercentileGrid } from './percentile-grid.js';
import {
  equalRuns,
  estimatePercentile,
  layoutPercentileBar,
  percentileBarHeight,
  type BandShape,
  type Box,
  type Callout,
  type MarkerShape,
  type PercentileBarLayout,
  type TickLabel,
} from './geometry.js';
import { barWords, describeEstimate, percentText, type BarTranslate } from './words.js';
import { percentileBarStyles } from './salary-percentile-bar.styles.js';
import type { ReadContext } from '../core/data/context.js';
import type { Grid } from '../core/data/grid.js';
import type { TextContext } from '../core/geometry/text.js';

/**
 * A salary distribution as one bar: the 10th to 90th percentile range with
 * the middle half emphasised, the median marked, every percentile labelled,
 * and optionally the reader's own salary, a reference line and labelled bands
 * such as experience levels.
 *
 * Besides attributes and JSON it reads a table or CSV in either of BLS's
 * layouts: wide (`Percentile | 10% | 25% | 50% (Median) | 75% | 90%`, with
 * an annual and an hourly row) or long (`10th | $79,850 | $38.39`). Equal
 * percentiles are valid; a marker or reference far beyond the bar is a note
 * at its edge.
 *
 * With no data it shows the national distribution for software developers
 * (BLS OEWS, May 2024).
 *
 * @tag salary-percentile-bar
 * @summary Salary percentiles (10th, 25th, median, 75th, 90th) as an accessible bar.
 *
 * @attr {number} p10 - Annual amount at the 10th percentile.
 * @attr {number} p25 - Annual amount at the 25th percentile.
 * @attr {number} p50 - Annual amount at the median.
 * @attr {number} p75 - Annual amount at the 75th percentile.
 * @attr {number} p90 - Annual amount at the 90th percentile.
 * @attr {number} marker - An annual amount to mark, e.g. the reader's salary; its percentile is estimated. Far beyond the 10th or 90th percentile (more than 15% of their span) it is a note at that edge, off the scale.
 * @attr {string} marker-label - Label of the marker (default "You").
 * @attr {number} reference - An annual amount drawn as a dashed reference line, e.g. the median of all occupations; far off the bar, a note at its edge.
 * @attr {string} reference-label - Label of the reference line (default "Reference").
 * @attr {string} bands - Labelled ranges over the bar: "experience" for Entry/Mid/Senior/Staff, or a list such as "Entry:p10-p25, Senior:p50-p75" (ends are percentiles or amounts).
 */
export class SalaryPercentileBar extends SalaryElement<PercentileData, BarMessages> {
  static override styles = [...SalaryElement.styles, percentileBarStyles];

  static override properties: PropertyDeclarations = {
    p10: {},
    p25: {},
    p50: {},
    p75: {},
    p90: {},
    marker: {},
    markerLabel: { attribute: 'marker-label' },
    reference: {},
    referenceLabel: { attribute: 'reference-label' },
    bands: {},
  };

  declare p10: string | number | undefined;
  declare p25: string | number | undefined;
  declare p50: string | number | undefined;
  declare p75: string | number | undefined;
  declare p90: string | number | undefined;
  declare marker: string | number | undefined;
  declare markerLabel: string | undefined;
  declare reference: string | number | undefined;
  declare referenceLabel: string | undefined;
  /** Bands as an attribute string ("experience", "Entry:p10-p25, …") or a list of {label, from, to}. */
  declare bands: unknown;

  protected readonly section = 'percentiles';
  protected readonly messages: Catalogs<BarMessages> = BAR_MESSAGES;
  protected get defaultLabel(): string {
    return this.t('chartName');
  }

  private _layout?: { data: PercentileData; width: number; fmt: Formatter; t: BarTranslate; text: TextContext; rtl: boolean; layout: PercentileBarLayout };

  /** What the data leaves unnamed, in the reader's language: "You", "Reference", the experience levels. */
  protected defaultLabels(): DefaultLabels {
    const t = this.t;
    return {
      marker: t('you'),
      reference: t('reference'),
      levels: [t('levelEntry'), t('levelMid'), t('levelSenior'), t('levelStaff')],
    };
  }

  protected parseData(raw: unknown, where: string, context: ReadContext): PercentileData {
    return this.applyOptions(parsePercentileSection(raw, where, context, this.defaultLabels()), context);
  }

  protected readAttributes(context: ReadContext): PercentileData | undefined {
    if (PERCENTILE_KEYS.every((key) => this[key] === undefined || this[key] === null)) return undefined;
    const values = readPercentiles(
      (key) => this[key],
      (key) => key,
      context,
      'p10',
    );
    return this.applyOptions({ values, bands: [], ...(context.hourly ? { fromHourly: true } : {}) }, context);
  }

  protected readGrid(grid: Grid, context: ReadContext, where: string): PercentileData {
    const { values, topCoded, fromHourly } = readPercentileGrid(grid, context, where, (count) => this.t('percentile', { count }));
    return this.applyOptions({ values, bands: [], ...(topCoded.some(Boolean) ? { topCoded } : {}), ...(fromHourly ? { fromHourly } : {}) }, context);
  }

  protected defaultData(): { data: PercentileData; meta: DatasetMeta } {
    // The default's own figures are annual; a marker or reference the author adds follows `amounts`.
    const context: ReadContext = {
      locale: this.fmt.locale,
      hourly: readChoice(this.amounts, 'amounts', ['annual', 'hourly'] as const) === 'hourly',
      note: () => {},
    };
    const t = this.t;
    const data: PercentileData = {
      values: DEFAULT_PERCENTILES.values,
      reference: { value: DEFAULT_PERCENTILES.reference, label: t('defaultReference') },
      bands: [],
    };
    return {
      data: this.applyOptions(data, context),
      meta: { heading: t('defaultHeading'), description: t('defaultDescription'), source: t('blsSource'), sourceUrl: DEFAULT_PERCENTILES.sourceUrl },
    };
  }

  /**
   * Marker, reference and bands attributes apply to data from any source and
   * win over the data's own. Every source passes through here, so a subclass
   * completes its data in one place.
   */
  protected applyOptions(data: PercentileData, context: ReadContext): PercentileData {
    const labels = this.defaultLabels();
    const marker = readAnnual(this.marker, this.markerLabel, 'marker', labels.marker, context) ?? data.marker;
    const reference = readAnnual(this.reference, this.referenceLabel, 'reference', labels.reference, context) ?? data.reference;
    const bands = this.bands !== undefined && this.bands !== null ? readBands(this.bands, data.values, 'bands', context, labels.levels) : data.bands;
    if (this.marker === undefined && this.markerLabel !== undefined && !data.marker) {
      throw new DataError('marker-label', 'needs "marker", the amount it labels.');
    }
    return { ...data, marker, reference, bands };
  }

  protected chartHeight(): number {
    const data = this.currentData;
    return percentileBarHeight(
      data
        ? { marker: !!data.marker, reference: !!data.reference, bands: data.bands.length > 0 }
        : { marker: this.marker !== undefined, reference: this.reference !== undefined, bands: !!this.bands },
      this.text.scale,
    );
  }

  private _layoutFor(data: PercentileData, width: number, fmt: Formatter): PercentileBarLayout {
    const cached = this._layout;
    const { t, text, rtl } = this;
    if (cached && cached.data === data && cached.width === width && cached.fmt === fmt && cached.t === t && cached.text === text && cached.rtl === rtl)
      return cached.layout;
    const layout = layoutPercentileBar(data, width, fmt, { words: barWords(t), text, rtl });
    this._layout = { data, width, fmt, t, text, rtl, layout };
    return layout;
  }

  // Static, so it is drawn while loading too and the layout never moves.
  protected override renderLegend(_data?: PercentileData, _fmt?: Formatter): TemplateResult {
    // Each item's swatch is its ::before, and its text a property: no node or marker more than needed.
    return html`<ul class="legend" part="legend" aria-hidden="true">
      <li class="middle-item" .textContent=${this.t('legendMiddle')}></li>
      <li class="range-item" .textContent=${this.t('legendRange')}></li>
      <li class="median-item" .textContent=${this.t('median')}></li>
    </ul>`;
  }

  protected summarize(data: PercentileData, fmt: Formatter): string {
    const t = this.t;
    // "at least $239,200 a year (top-coded by BLS)": the period goes with the amount, before the note.
    const amount = (i: number, perPeriod = false) => {
      const money = perPeriod ? this.perPeriod(fmt.money(data.values[i]!)) : fmt.money(data.values[i]!);
      return data.topCoded?.[i] ? t('atLeastTopCoded', { amount: money }) : money;
    };
    const runs = equalRuns(data.values);
    const sentences: string[] = [];
    if (runs.length === 1) sentences.push(t('summaryAllSame', { amount: amount(0, true) }));
    else {
      sentences.push(t('summary', { median: amount(2, true), p10: amount(0), p25: amount(1), p75: amount(3), p90: amount(4) }));
      for (const run of runs) if (run.length > 1) sentences.push(t(run.length === 2 ? 'summaryEqualPair' : 'summaryEqualRun', percentileRange(run)));
    }
    if (data.fromHourly && fmt.period === 'annual') sentences.push(t('summaryHourly', { hours: HOURS_PER_YEAR }));
    if (data.marker) {
      const estimate = describeEstimate(t, estimatePercentile(data.marker.value, data.values, data.topCoded));
      sentences.push(t('summaryMarker', { label: data.marker.label, amount: fmt.money(data.marker.value), estimate }));
    }
    if (data.reference) sentences.push(t('markName', { title: data.reference.label, details: fmt.money(data.reference.value) }));
    return sentences.join(' ');
  }

  /**
   * Every percentile, and the reference and marker when drawn, in reading
   * order (by amount): name and amount in the displayed period, with the
   * other period beside it when hourly amounts are shown or were given. The
   * CSV has plain numbers: whole a year, to the cent an hour.
   */
  protected override tableOf(data: PercentileData, fmt: Formatter): DataTable {
    const t = this.t;
    const annual = createFormatter(fmt.locale, fmt.currency, 'annual');
    const hourly = createFormatter(fmt.locale, fmt.currency, 'hourly');
    const periods = fmt.period === 'hourly' ? [hourly, annual] : data.fromHourly ? [annual, hourly] : [annual];
    // Where amounts are equal the reference comes first and the marker last, as on the bar.
    const rows: { name: string; value: number; topCoded?: boolean; order: number }[] = PERCENTILES.map((count, i) => ({
      name: count === 50 ? t('medianTitle') : t('percentile', { count }),
      value: data.values[i]!,
      topCoded: data.topCoded?.[i],
      order: 0,
    }));
    if (data.reference) rows.push({ name: data.reference.label, value: data.reference.value, order: -1 });
    if (data.marker) {
      const estimate = describeEstimate(t, estimatePercentile(data.marker.value, data.values, data.topCoded));
      rows.push({ name: t('tableMarker', { label: data.marker.label, estimate }), value: data.marker.value, order: 1 });
    }
    rows.sort((a, b) => a.value - b.value || a.order - b.order);
    const columns = [t('tableName'), ...periods.map((f) => t(f.period === 'hourly' ? 'tableHourly' : 'tableAnnual'))];
    return {
      caption: t('tableCaption', { title: this.meta.heading ?? this.defaultLabel }),
      columns,
      rows: rows.map((row) => [row.name, ...periods.map((f) => `${row.topCoded ? '≥ ' : ''}${f.money(row.value)}`)]),
      csv: { columns, rows: rows.map((row) => [row.name, ...periods.map((f) => Math.round(f.amount(row.value) * 100) / 100)]) },
    };
  }

  /** A tick's tooltip: the amount, what it means, and anything interpreted to get it. */
  private _tickPoint(tick: TickLabel, data: PercentileData, barTop: number, fmt: Formatter): ChartPoint {
    const t = this.t;
    const percentiles = tick.percentiles;
    const first = percentiles[0]!;
    const last = percentiles[percentiles.length - 1]!;
    const value = data.values[PERCENTILES.indexOf(first as 10)]!;
    let title: string;
    if (percentiles.length > 1) title = t('tiePercentile', { from: first, to: last });
    else if (first === 50) title = t('medianTitle');
    else title = t('percentile', { count: first });
    const lines = [this.perPeriod(`${tick.topCoded ? '≥ ' : ''}${fmt.money(value)}`)];
    if (tick.topCoded) lines.push(t('tickTopCoded'));
    if (data.fromHourly && fmt.period === 'annual') lines.push(t('fromHourly', { hours: HOURS_PER_YEAR }));
    if (percentiles.length === PERCENTILES.length) lines.push(t('allSame'));
    else if (percentiles.length > 1) lines.push(t(percentiles.length === 2 ? 'equalPair' : 'equalRun', { from: first, to: last }));
    if (first === 50 && last === 50) lines.push(t('halfAndHalf'));
    else lines.push(t('lessAndMore', { below: percentText(fmt.locale, first), above: percentText(fmt.locale, 100 - last) }));
    return { id: tick.id, x: tick.x, y: barTop, title, lines };
  }

  protected points(data: PercentileData, width: number, _height: number, fmt: Formatter): ChartPoint[] {
    return this._orderedPoints(data, width, fmt);
  }

  /** The marks' points in reading order, which is also their order in the DOM and for the arrow keys. */
  private _orderedPoints(data: PercentileData, width: number, fmt: Formatter): ChartPoint[] {
    const layout = this._layoutFor(data, width, fmt);
    // Tooltips point at the top of the bar, or of a callout's text.
    const barTop = layout.barTop;
    // Reading order follows the scale: from the right on a right-to-left page.
    const along = this.rtl ? -1 : 1;
    const points: (ChartPoint & { order: number })[] = layout.ticks.map((tick) => ({ ...this._tickPoint(tick, data, barTop, fmt), order: along * tick.x }));
    const t = this.t;
    const offScale = (side: 'below' | 'above' | undefined) =>
      side ? [t('offScaleAt', { where: describeEstimate(t, side === 'below' ? { kind: 'below' } : { kind: 'above', percentile: 90 }) })] : [];
    // Where marks coincide, the reference comes first, then the percentile, the marker and a band.
    if (data.marker && layout.marker) {
      const desc = describeEstimate(t, layout.marker.estimate);
      points.push({
        id: 'marker',
        order: along * layout.marker.x + 0.1,
        x: layout.marker.x,
        y: layout.marker.tipY,
        title: data.marker.label,
        lines: [this.perPeriod(fmt.money(data.marker.value)), desc, ...(layout.marker.offScale ? [t('offScale')] : [])],
      });
    }
    if (data.reference && layout.reference) {
      points.push({
        id: 'reference',
        order: along * layout.reference.x - 0.1,
        x: layout.reference.x,
        y: layout.reference.offScale ? layout.reference.tipY : barTop,
        title: data.reference.label,
        lines: [this.perPeriod(fmt.money(data.reference.value)), ...offScale(layout.reference.offScale)],
      });
    }
    data.bands.forEach((band, i) => {
      const shape = layout.bands[i]!;
      const range = this.perPeriod(band.to === band.from ? fmt.money(band.from) : t('amountRange', { from: fmt.money(band.from), to: fmt.money(band.to) }));
      const middle = (shape.x0 + shape.x1) / 2;
      points.push({
        id: `band-${i}`,
        order: along * middle + 0.2,
        x: middle,
        y: shape.y,
        title: band.label || t('bandName', { number: i + 1 }),
        lines: [range],
      });
    });
    return points.sort((a, b) => a.order - b.order).map(({ order: _order, ...point }) => point);
  }

  protected renderChart(data: PercentileData, width: number, height: number, fmt: Formatter): TemplateResult {
    const layout = this._layoutFor(data, width, fmt);
    const [x10, x25, x50, x75, x90] = layout.xs as [number, number, number, number, number];
    const { barTop, barHeight } = layout;
    const bodies = new Map<string, { body: TemplateResult; hit: Box; crowded?: boolean }>();
    layout.bands.forEach((band, i) => bodies.set(`band-${i}`, { body: this._bandBody(band), hit: band.hit }));
    for (const tick of layout.ticks) bodies.set(tick.id, { body: this._tickBody(tick), hit: tick.hit, crowded: !tick.pointer });
    if (layout.reference) bodies.set('reference', { body: this._referenceBody(layout.reference), hit: layout.reference.hit });
    if (layout.marker) bodies.set('marker', { body: this._markerBody(layout.marker), hit: layout.marker.hit });
    // The marks follow the bar in reading order: a screen reader meets them in the order the arrow keys visit them.
    const marks = this._orderedPoints(data, width, fmt).map(({ id }) => {
      const mark = bodies.get(id)!;
      return this.mark(id, mark.body, mark.crowded ? 'crowded' : '', mark.hit);
    });
    return this.chartSvg(
      width,
      height,
      svg`<rect class="range" x=${Math.min(x10, x90)} y=${barTop} width=${Math.abs(x90 - x10)} height=${barHeight} rx=${layout.barRadius}></rect>
        <rect class="middle" x=${Math.min(x25, x75)} y=${barTop} width=${Math.abs(x75 - x25)} height=${barHeight}></rect>
        <line class="median" x1=${x50} x2=${x50} y1=${layout.medianY1} y2=${layout.medianY2}></line>
        <line class="median-core" x1=${x50} x2=${x50} y1=${layout.medianY1} y2=${layout.medianY2}></line>${marks}`,
    );
  }

  // Each mark's body is one template of its lines and texts (mark() adds its hit area), in one variant per case: every
  // nested template or conditional would add Lit's comment markers to each mark. A mark's name says
  // everything its texts do: they are hidden from screen readers, so nothing is read twice.

  /** A tick under the bar, with its amount and percentile name when they fit. */
  private _tickBody(tick: TickLabel): TemplateResult {
    const { x, y1, y2, valueText: value, nameText: name } = tick;
    // The geometry places both texts or neither.
    if (!value || !name) return svg`<line class="tick-line" x1=${x} x2=${x} y1=${y1} y2=${y2}></line>`;
    return svg`<line class="tick-line" x1=${x} x2=${x} y1=${y1} y2=${y2}></line>
      <text class="tick-value num${tick.median ? ' is-median' : ''}" x=${value.x} y=${value.y} text-anchor=${value.anchor} aria-hidden="true" .textContent=${value.text}></text>
      <text class="tick-name" x=${name.x} y=${name.y} text-anchor=${name.anchor} aria-hidden="true" .textContent=${name.text}></text>`;
  }

  /** A band's bracket over the bar, with its label when it fits. */
  private _bandBody(band: BandShape): TemplateResult {
    if (!band.label) return svg`<path class="band" d=${band.bracket}></path>`;
    return svg`<path class="band" d=${band.bracket}></path>
      <text class="band-label" x=${band.labelX} y=${band.labelY} text-anchor=${band.labelAnchor} aria-hidden="true" .textContent=${band.label}></text>`;
  }

  /** The reference's note, with its dashed line when on the scale: the line is two stretches where it breaks around a tick's labels. */
  private _referenceBody(reference: Callout): TemplateResult {
    const { x, line, gap, label } = reference;
    if (!line) return svg`<text class="note" x=${label.x} y=${label.y} text-anchor=${label.anchor} aria-hidden="true" .textContent=${label.text}></text>`;
    if (!gap)
      return svg`<line class="ref" x1=${x} x2=${x} y1=${line.y1} y2=${line.y2}></line>
        <text class="note" x=${label.x} y=${label.y} text-anchor=${label.anchor} aria-hidden="true" .textContent=${label.text}></text>`;
    return svg`<line class="ref" x1=${x} x2=${x} y1=${line.y1} y2=${gap.y1}></line>
      <line class="ref" x1=${x} x2=${x} y1=${gap.y2} y2=${line.y2}></line>
      <text class="note" x=${label.x} y=${label.y} text-anchor=${label.anchor} aria-hidden="true" .textContent=${label.text}></text>`;
  }

  /** The marker's note, with its line and arrow head down to the bar when on the scale. */
  private _markerBody(marker: MarkerShape): TemplateResult {
    const { x, line, head, label } = marker;
    // The geometry draws the line and the head together, or neither (off the scale).
    if (!line || !head)
      return svg`<text class="marker-note" x=${label.x} y=${label.y} text-anchor=${label.anchor} aria-hidden="true" .textContent=${label.text}></text>`;
    // The halo keeps the marker's line apart from the bar under it, in greyscale too.
    return svg`<line class="marker-halo" x1=${x} x2=${x} y1=${line.y1} y2=${line.y2}></line>
      <line class="marker-line" x1=${x} x2=${x} y1=${line.y1} y2=${line.y2}></line>
      <path class="marker-head" d=${head.path} transform="translate(${head.x},${head.y}) rotate(180)"></path>
      <text class="marker-note" x=${label.x} y=${label.y} text-anchor=${label.anchor} aria-hidden="true" .textContent=${label.text}></text>`;
  }
}

/** The first and last percentile of a run of equal ones, by their indexes. */
function percentileRange(run: readonly number[]): { from: number; to: number } {
  return { from: PERCENTILES[run[0]!]!, to: PERCENTILES[run[run.length - 1]!]! };
}
