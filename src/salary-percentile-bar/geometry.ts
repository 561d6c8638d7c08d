import { scaleLinear } from 'd3-scale';
import { symbol, symbolTriangle } from 'd3-shape';
import { fitText, placeLabels, textWidth } from '../core/geometry/labels.js';
import { TYPE_SCALE } from '../core/geometry/type-scale.js';
import { ordinal, type Formatter } from '../core/format.js';
import { PERCENTILES, type PercentileData } from './data.js';

/** What the geometry needs of a formatter. */
export type AmountFormat = Pick<Formatter, 'money' | 'compact'>;

/** Where a value falls on the known distribution. */
export type PercentileEstimate = { readonly kind: 'below' } | { readonly kind: 'above' } | { readonly kind: 'within'; readonly percentile: number };

/**
 * Estimates the percentile of `value` by linear interpolation between the
 * known percentiles. Exact at the known points; outside the 10th to 90th it
 * only says below or above, since the shape of the tails is unknown.
 */
export function estimatePercentile(value: number, values: readonly number[]): PercentileEstimate {
  const first = values[0]!;
  const last = values[values.length - 1]!;
  if (value < first) return { kind: 'below' };
  if (value > last) return { kind: 'above' };
  for (let i = 0; i < values.length; i++) {
    if (value === values[i]) return { kind: 'within', percentile: PERCENTILES[i]! };
  }
  for (let i = 1; i < values.length; i++) {
    const lo = values[i - 1]!;
    const hi = values[i]!;
    if (value < hi) {
      const p0 = PERCENTILES[i - 1]!;
      const p1 = PERCENTILES[i]!;
      return { kind: 'within', percentile: p0 + ((p1 - p0) * (value - lo)) / (hi - lo) };
    }
  }
  return { kind: 'within', percentile: PERCENTILES[PERCENTILES.length - 1]! };
}

/** "≈ 62nd percentile", "below the 10th percentile", "above the 90th percentile". */
export function describeEstimate(estimate: PercentileEstimate): string {
  if (estimate.kind === 'below') return 'below the 10th percentile';
  if (estimate.kind === 'above') return 'above the 90th percentile';
  const rounded = Math.round(estimate.percentile);
  return PERCENTILES.includes(rounded as 10) && rounded === estimate.percentile ? `${ordinal(rounded)} percentile` : `≈ ${ordinal(rounded)} percentile`;
}

// Vertical rhythm, in px: one row per feature, top to bottom.
export const ROW = {
  marker: 24,
  bands: 24,
  bar: 26,
  ticks: 38,
  reference: 20,
} as const;

/** The scale keeps this much room at each end, so end marks are not cut in half. */
const EDGE = 2;
/** The bar sits this far below the top of its row, and is this much shorter than the row. */
const BAR_INSET = 4;
const BAR_SHRINK = 8;
const BAR_RADIUS = 3;
/** The median line overhangs the bar by this much above and below. */
const MEDIAN_OVERHANG = 3;
/** A tick runs from just under the bar down this far. */
const TICK_GAP = 1;
const TICK_LENGTH = 5;
/** Baselines of a tick's amount and its percentile name, below the bar. */
const VALUE_BASELINE = 20;
const NAME_BASELINE = 34;
/** Baseline of a callout's text within its row. */
const CALLOUT_BASELINE = 15;
/** The top of a line of text: a cap height and a little air above its baseline. */
const TEXT_TOP = 12;
/** The marker line starts this far below its label's baseline and overhangs the bar's foot by this much. */
const MARKER_LINE_START = 5;
const MARKER_LINE_OVERHANG = 2;
/** Band brackets: the label's baseline, and the bracket's top and feet, within the band row. */
const BAND_LABEL_BASELINE = 11;
const BAND_BRACKET_TOP = 15;
const BAND_BRACKET_FOOT = 20;
const BAND_HIT_HEIGHT = 22;
/** Clearance between a band label and the marker line or the band's ends. */
const BAND_LABEL_CLEARANCE = 6;
/** The marker's triangle: its area in px² (an equilateral triangle about 10 px wide). */
const MARKER_HEAD_AREA = 43;
/** Hit areas: at least this wide, and this far around a line. */
const HIT_MIN = 12;
const HIT_HALF = 6;
const TICK_HIT_HALF = 9;

export interface Features {
  readonly marker: boolean;
  readonly reference: boolean;
  readonly bands: boolean;
}

/** Chart height for the features drawn; the same before and after data arrives. */
export function percentileBarHeight(f: Features): number {
  return (f.marker ? ROW.marker : 0) + (f.bands ? ROW.bands : 0) + ROW.bar + ROW.ticks + (f.reference ? ROW.reference : 0);
}

/** A rectangle in chart pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Text placed at `x` with an SVG text-anchor: an end label is anchored to the chart's edge, so it stays inside whatever the font. */
export interface PlacedText {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly text: string;
}

export interface TickLabel {
  readonly percentile: number;
  readonly x: number;
  /** The tick line under the bar. */
  readonly y1: number;
  readonly y2: number;
  /** Left edge of the label block, or null when it did not fit. */
  readonly left: number | null;
  readonly width: number;
  readonly value: string;
  readonly name: string;
  /** Where the amount and the percentile name are drawn, when the label fits. */
  readonly valueText?: PlacedText;
  readonly nameText?: PlacedText;
  readonly hit: Box;
}

export interface Callout {
  readonly x: number;
  /** Left edge of the text, kept inside the chart. */
  readonly left: number;
  readonly y: number;
  readonly text: string;
  readonly label: PlacedText;
  /** Where its tooltip points: the top of its text. */
  readonly tipY: number;
  /** The line from the callout to the bar. */
  readonly y1: number;
  readonly y2: number;
  readonly hit: Box;
}

export interface BandShape {
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  /** The bracket over the band's range. */
  readonly bracket: string;
  /** Label fitted to the band's width; "" when it does not fit (the tooltip still names it). */
  readonly label: string;
  /** Centre of the label, moved aside when the marker line would cross it. */
  readonly labelX: number;
  readonly labelY: number;
  readonly hit: Box;
}

export interface PercentileBarLayout {
  readonly width: number;
  readonly height: number;
  /** The bar: top, bottom and height. */
  readonly barTop: number;
  readonly barBottom: number;
  readonly barHeight: number;
  readonly barRadius: number;
  /** The median line, overhanging the bar. */
  readonly medianY1: number;
  readonly medianY2: number;
  /** x of p10, p25, p50, p75, p90. */
  readonly xs: readonly number[];
  readonly ticks: readonly TickLabel[];
  /** Whether the tick values use the compact format. */
  readonly compact: boolean;
  readonly marker?: Callout & { readonly estimate: PercentileEstimate; readonly head: string; readonly headX: number; readonly headY: number };
  readonly reference?: Callout;
  readonly bands: readonly BandShape[];
}

// Median first, then the ends, then the quartiles: what to keep when narrow.
const TICK_PRIORITY = [2, 1, 3, 1, 2];

/**
 * Where to draw a label whose block starts at `left`: at an edge (less the
 * scale's margin, as a glyph may overhang its advance a little) it is anchored
 * to that edge, so a font wider than estimated still stays inside.
 */
function placeText(left: number, width: number, chartWidth: number, y: number, text: string): PlacedText {
  if (left <= EDGE) return { x: EDGE, y, anchor: 'start', text };
  if (left + width >= chartWidth - EDGE) return { x: chartWidth - EDGE, y, anchor: 'end', text };
  return { x: left + width / 2, y, anchor: 'middle', text };
}

function placeTicks(
  xs: readonly number[],
  values: readonly number[],
  width: number,
  format: (v: number) => string,
): Omit<TickLabel, 'y1' | 'y2' | 'hit' | 'valueText' | 'nameText'>[] {
  const labels = values.map((v, i) => {
    const value = format(v);
    const name = ordinal(PERCENTILES[i]!);
    const labelWidth = Math.max(textWidth(value, TYPE_SCALE.value), textWidth(name, TYPE_SCALE.label));
    return { percentile: PERCENTILES[i]!, x: xs[i]!, value, name, width: labelWidth };
  });
  const lefts = placeLabels(
    labels.map((l, i) => ({ x: l.x, width: l.width, priority: TICK_PRIORITY[i]! })),
    EDGE,
    width - EDGE,
  );
  return labels.map((l, i) => ({ ...l, left: lefts[i]! }));
}

/** A one-line note over or under the bar, with a line from it to the bar. */
function callout(x: number, rowTop: number, text: string, width: number, line: { y1: number; y2: number }, hitTop: number, hitBottom: number): Callout {
  const fitted = fitText(text, width, TYPE_SCALE.note);
  const textW = textWidth(fitted, TYPE_SCALE.note);
  const left = Math.max(EDGE, Math.min(width - EDGE - textW, x - textW / 2));
  const y = rowTop + CALLOUT_BASELINE;
  const label = placeText(left, textW, width, y, fitted);
  const hitLeft = Math.min(left, x - HIT_HALF);
  return {
    x,
    y,
    text: fitted,
    left,
    label,
    tipY: y - TEXT_TOP,
    ...line,
    hit: { x: hitLeft, y: hitTop, width: Math.max(HIT_MIN, textW), height: hitBottom - hitTop },
  };
}

/**
 * Lays out the percentile bar for a chart `width` px wide: positions of the
 * range, the middle band, the median, every label (fewer and shorter ones
 * when narrow, never overlapping), the reader's marker, a reference line and
 * labelled bands. Pure: no DOM, exact numbers for tests.
 */
export function layoutPercentileBar(data: PercentileData, width: number, fmt: AmountFormat): PercentileBarLayout {
  const { values, marker, reference, bands } = data;
  const extent = [values[0], values[4], marker?.value, reference?.value, ...bands.flatMap((b) => [b.from, b.to])].filter((v): v is number => v !== undefined);
  let lo = Math.min(...extent);
  let hi = Math.max(...extent);
  // A zero-width domain would put everything at the range's middle; give it a span instead.
  if (hi === lo) {
    lo -= 1;
    hi += 1;
  }
  const x = scaleLinear()
    .domain([lo, hi])
    .range([EDGE, width - EDGE]);
  const xs = values.map((v) => x(v));

  let y = 0;
  const markerY = y;
  if (marker || data.markerRow) y += ROW.marker;
  const bandsY = y;
  if (bands.length) y += ROW.bands;
  const barY = y;
  y += ROW.bar;
  y += ROW.ticks;
  const referenceY = y;
  if (reference) y += ROW.reference;

  const barTop = barY + BAR_INSET;
  const barHeight = ROW.bar - BAR_SHRINK;
  const barBottom = barTop + barHeight;

  // Full amounts when they all fit, compact ones when that shows more labels.
  const full = placeTicks(xs, values, width, (v) => fmt.money(v));
  const shown = (ticks: { left: number | null }[]) => ticks.filter((t) => t.left !== null).length;
  let placed = full;
  let compact = false;
  if (shown(full) < values.length) {
    const short = placeTicks(xs, values, width, (v) => fmt.compact(v));
    if (shown(short) > shown(full)) {
      placed = short;
      compact = true;
    }
  }
  const ticks: TickLabel[] = placed.map((t) => ({
    ...t,
    y1: barBottom + TICK_GAP,
    y2: barBottom + TICK_GAP + TICK_LENGTH,
    valueText: t.left === null ? undefined : placeText(t.left, t.width, width, barBottom + VALUE_BASELINE, t.value),
    nameText: t.left === null ? undefined : placeText(t.left, t.width, width, barBottom + NAME_BASELINE, t.name),
    // From just above the bar to the end of the tick.
    hit: { x: t.x - TICK_HIT_HALF, y: barTop - BAR_INSET, width: 2 * TICK_HIT_HALF, height: barBottom + TICK_GAP + TICK_LENGTH - (barTop - BAR_INSET) },
  }));
  const amount = (value: number) => (compact ? fmt.compact(value) : fmt.money(value));

  let markerShape: PercentileBarLayout['marker'];
  if (marker) {
    const estimate = estimatePercentile(marker.value, values);
    const markerX = x(marker.value);
    const text = `${marker.label}: ${amount(marker.value)} · ${describeEstimate(estimate)}`;
    const line = { y1: markerY + CALLOUT_BASELINE + MARKER_LINE_START, y2: barBottom + MARKER_LINE_OVERHANG };
    const note = callout(markerX, markerY, text, width, line, 0, barTop);
    // d3's triangle points up and is centred on its centroid: turn it over, tip just above the bar.
    const head = symbol(symbolTriangle, MARKER_HEAD_AREA)()!;
    const side = Math.sqrt((4 * MARKER_HEAD_AREA) / Math.sqrt(3));
    const triangleHeight = (side * Math.sqrt(3)) / 2;
    markerShape = { ...note, estimate, head, headX: markerX, headY: barTop - (2 * triangleHeight) / 3 };
  }
  const referenceShape = reference
    ? callout(
        x(reference.value),
        referenceY,
        `${reference.label}: ${amount(reference.value)}`,
        width,
        { y1: barTop - HIT_HALF, y2: referenceY + CALLOUT_BASELINE - TEXT_TOP },
        barTop - HIT_HALF,
        referenceY + ROW.reference,
      )
    : undefined;

  const markerX = markerShape?.x;
  const bandShapes = bands.map((b): BandShape => {
    const x0 = x(b.from);
    const x1 = x(b.to);
    let label = fitText(b.label, x1 - x0 - BAND_LABEL_CLEARANCE, TYPE_SCALE.label);
    let labelX = (x0 + x1) / 2;
    const half = textWidth(label, TYPE_SCALE.label) / 2 + BAND_LABEL_CLEARANCE;
    // The marker's line runs through this row: keep the label clear of it, on the roomier side.
    if (label && markerX !== undefined && Math.abs(markerX - labelX) < half) {
      const left = markerX - x0;
      const right = x1 - markerX;
      const room = Math.max(left, right);
      label = fitText(b.label, room - BAND_LABEL_CLEARANCE, TYPE_SCALE.label);
      const offset = textWidth(label, TYPE_SCALE.label) / 2 + BAND_LABEL_CLEARANCE;
      labelX = left >= right ? markerX - offset : markerX + offset;
    }
    const bracket = `M${x0 + 1},${bandsY + BAND_BRACKET_FOOT}V${bandsY + BAND_BRACKET_TOP}H${x1 - 1}V${bandsY + BAND_BRACKET_FOOT}`;
    return {
      x0,
      x1,
      y: bandsY,
      bracket,
      label,
      labelX,
      labelY: bandsY + BAND_LABEL_BASELINE,
      hit: { x: x0, y: bandsY, width: x1 - x0, height: BAND_HIT_HEIGHT },
    };
  });

  return {
    width,
    height: y,
    barTop,
    barBottom,
    barHeight,
    barRadius: BAR_RADIUS,
    medianY1: barTop - MEDIAN_OVERHANG,
    medianY2: barBottom + MEDIAN_OVERHANG,
    xs,
    ticks,
    compact,
    marker: markerShape,
    reference: referenceShape,
    bands: bandShapes,
  };
}
