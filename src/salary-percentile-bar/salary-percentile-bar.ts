import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SalaryElement, type DatasetMeta } from '../core/salary-element.js';
import type { ChartPoint } from '../core/controllers/points-controller.js';
import { ordinal, type Formatter } from '../core/format.js';
import { DataError } from '../core/data/errors.js';
import {
  DEFAULT_PERCENTILES,
  PERCENTILES,
  PERCENTILE_KEYS,
  parsePercentileSection,
  readPercentileTable,
  readAnnotation,
  readBands,
  readPercentiles,
  type PercentileData,
} from './data.js';
import {
  describeEstimate,
  estimatePercentile,
  layoutPercentileBar,
  percentileBarHeight,
  type Box,
  type PercentileBarLayout,
  type PlacedText,
} from './geometry.js';
import { percentileBarStyles } from './salary-percentile-bar.styles.js';
import type { ReadContext } from '../core/data/context.js';
import type { Grid } from '../core/data/grid.js';

/**
 * A salary distribution as one bar: the 10th to 90th percentile range with
 * the middle half emphasised, the median marked, every percentile labelled,
 * and optionally the reader's own salary, a reference line and labelled bands
 * such as experience levels.
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
 * @attr {number} marker - An annual amount to mark, e.g. the reader's salary; its percentile is estimated.
 * @attr {string} marker-label - Label of the marker (default "You").
 * @attr {number} reference - An annual amount drawn as a dashed reference line, e.g. the median of all occupations.
 * @attr {string} reference-label - Label of the reference line (default "Reference").
 * @attr {string} bands - Labelled ranges over the bar: "experience" for Entry/Mid/Senior/Staff, or a list such as "Entry:p10-p25, Senior:p50-p75" (ends are percentiles or amounts).
 */
export class SalaryPercentileBar extends SalaryElement<PercentileData> {
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
  protected readonly defaultLabel: string = 'Salary percentiles';

  private _layout?: { data: PercentileData; width: number; fmt: Formatter; layout: PercentileBarLayout };

  protected parseData(raw: unknown, where: string, _context: ReadContext): PercentileData {
    return this.applyOptions(parsePercentileSection(raw, where));
  }

  protected readAttributes(_context: ReadContext): PercentileData | undefined {
    if (PERCENTILE_KEYS.every((key) => this[key] === undefined || this[key] === null)) return undefined;
    const values = readPercentiles(
      (key) => this[key],
      (key) => key,
    );
    return this.applyOptions({ values, bands: [] });
  }

  protected readGrid(grid: Grid, _context: ReadContext, where: string): PercentileData {
    const found = readPercentileTable(grid.rows);
    if (!found) throw new DataError(where, 'has no rows of percentiles.');
    return this.applyOptions(parsePercentileSection(found, where));
  }

  protected defaultData(): { data: PercentileData; meta: DatasetMeta } {
    return { data: this.applyOptions(DEFAULT_PERCENTILES.data), meta: DEFAULT_PERCENTILES.meta };
  }

  /**
   * Marker, reference and bands attributes apply to data from any source and
   * win over the data's own. Every source passes through here, so a subclass
   * completes its data in one place.
   */
  protected applyOptions(data: PercentileData): PercentileData {
    const marker = readAnnotation(this.marker, this.markerLabel, 'marker', 'You') ?? data.marker;
    const reference = readAnnotation(this.reference, this.referenceLabel, 'reference', 'Reference') ?? data.reference;
    const bands = this.bands !== undefined && this.bands !== null ? readBands(this.bands, data.values, 'bands') : data.bands;
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
    );
  }

  private _layoutFor(data: PercentileData, width: number, fmt: Formatter): PercentileBarLayout {
    const cached = this._layout;
    if (cached && cached.data === data && cached.width === width && cached.fmt === fmt) return cached.layout;
    const layout = layoutPercentileBar(data, width, fmt);
    this._layout = { data, width, fmt, layout };
    return layout;
  }

  // Static, so it is drawn while loading too and the layout never moves.
  protected override renderLegend(_data?: PercentileData, _fmt?: Formatter): TemplateResult {
    return html`<ul class="legend" part="legend" aria-hidden="true">
      <li><span class="swatch middle-swatch"></span>Middle half (25th–75th)</li>
      <li><span class="swatch range-swatch"></span>10th–90th percentile</li>
      <li><span class="swatch median-swatch"></span>Median</li>
    </ul>`;
  }

  protected summarize(data: PercentileData, fmt: Formatter): string {
    const [p10, p25, p50, p75, p90] = data.values;
    let text =
      `The median is ${fmt.money(p50)} ${fmt.unit}. Half earn between ${fmt.money(p25)} and ${fmt.money(p75)}; ` +
      `one in ten earns less than ${fmt.money(p10)} and one in ten more than ${fmt.money(p90)}.`;
    if (data.marker) text += ` ${data.marker.label}: ${fmt.money(data.marker.value)}, ${describeEstimate(estimatePercentile(data.marker.value, data.values))}.`;
    if (data.reference) text += ` ${data.reference.label}: ${fmt.money(data.reference.value)}.`;
    return text;
  }

  protected points(data: PercentileData, width: number, _height: number, fmt: Formatter): ChartPoint[] {
    const layout = this._layoutFor(data, width, fmt);
    // Tooltips point at the top of the bar, or of a callout's text.
    const barTop = layout.barTop;
    const points: (ChartPoint & { order: number })[] = data.values.map((v, i) => {
      const p = PERCENTILES[i]!;
      const title = p === 50 ? 'Median (50th percentile)' : `${ordinal(p)} percentile`;
      const detail = p === 50 ? 'Half earn less, half earn more' : `${p}% earn less, ${100 - p}% earn more`;
      return { id: `p${p}`, order: layout.xs[i]!, x: layout.xs[i]!, y: barTop, title, lines: [`${fmt.money(v)} ${fmt.unit}`, detail] };
    });
    // Reading order is left to right; where marks coincide, the reference comes first, then the percentile, the marker and a band.
    if (data.marker && layout.marker) {
      const desc = describeEstimate(layout.marker.estimate);
      points.push({
        id: 'marker',
        order: layout.marker.x + 0.1,
        x: layout.marker.x,
        y: layout.marker.tipY,
        title: data.marker.label,
        lines: [`${fmt.money(data.marker.value)} ${fmt.unit}`, desc],
      });
    }
    if (data.reference && layout.reference) {
      points.push({
        id: 'reference',
        order: layout.reference.x - 0.1,
        x: layout.reference.x,
        y: barTop,
        title: data.reference.label,
        lines: [`${fmt.money(data.reference.value)} ${fmt.unit}`],
      });
    }
    data.bands.forEach((band, i) => {
      const shape = layout.bands[i]!;
      const range = `${fmt.money(band.from)} to ${fmt.money(band.to)} ${fmt.unit}`;
      const middle = (shape.x0 + shape.x1) / 2;
      points.push({ id: `band-${i}`, order: middle + 0.2, x: middle, y: shape.y, title: band.label || `Band ${i + 1}`, lines: [range] });
    });
    return points.sort((a, b) => a.order - b.order);
  }

  protected renderChart(data: PercentileData, width: number, height: number, fmt: Formatter): TemplateResult {
    const layout = this._layoutFor(data, width, fmt);
    const [x10, x25, x50, x75, x90] = layout.xs as [number, number, number, number, number];
    const { barTop, barHeight, marker, reference } = layout;
    const point = (id: string, hit: Box, body: TemplateResult) => this.mark(id, svg`${this.hitArea(hit.x, hit.y, hit.width, hit.height)}${body}`);
    const text = (className: string, placed: PlacedText) =>
      svg`<text class=${className} x=${placed.x} y=${placed.y} text-anchor=${placed.anchor} .textContent=${placed.text}></text>`;
    return this.chartSvg(
      width,
      height,
      svg`
      ${layout.bands.map((band, i) =>
        point(
          `band-${i}`,
          band.hit,
          svg`<path class="band" d=${band.bracket}></path>
            ${band.label ? svg`<text class="band-label" x=${band.labelX} y=${band.labelY} text-anchor="middle" .textContent=${band.label}></text>` : nothing}`,
        ),
      )}
      <rect class="range" x=${x10} y=${barTop} width=${Math.max(0, x90 - x10)} height=${barHeight} rx=${layout.barRadius}></rect>
      <rect class="middle" x=${x25} y=${barTop} width=${Math.max(0, x75 - x25)} height=${barHeight}></rect>
      <line class="median" x1=${x50} x2=${x50} y1=${layout.medianY1} y2=${layout.medianY2}></line>
      <line class="median-core" x1=${x50} x2=${x50} y1=${layout.medianY1} y2=${layout.medianY2}></line>
      ${layout.ticks.map((tick) =>
        point(
          `p${tick.percentile}`,
          tick.hit,
          svg`<line class="tick-line" x1=${tick.x} x2=${tick.x} y1=${tick.y1} y2=${tick.y2}></line>
            ${tick.valueText ? text(`tick-value num${tick.percentile === 50 ? ' is-median' : ''}`, tick.valueText) : nothing}
            ${tick.nameText ? text('tick-name', tick.nameText) : nothing}`,
        ),
      )}
      ${
        reference
          ? point(
              'reference',
              reference.hit,
              svg`<line class="ref" x1=${reference.x} x2=${reference.x} y1=${reference.y1} y2=${reference.y2}></line>${text('note', reference.label)}`,
            )
          : nothing
      }
      ${
        marker
          ? point(
              'marker',
              marker.hit,
              svg`<line class="marker-line" x1=${marker.x} x2=${marker.x} y1=${marker.y1} y2=${marker.y2}></line>
              <path class="marker-head" d=${marker.head} transform="translate(${marker.headX},${marker.headY}) rotate(180)"></path>
              ${text('marker-note', marker.label)}`,
            )
          : nothing
      }`,
    );
  }
}
