import { fitText, placeLabels, textWidth } from '../core/geometry/labels.js';
import { linearScale } from '../core/geometry/scale.js';
import { ordinal } from '../core/format.js';
import { PERCENTILES, type PercentileData } from './data.js';

/** What the geometry needs of a formatter. */
export interface AmountFormat {
  money(annual: number): string;
  compact(annual: number): string;
}

/** Where a value falls on the known distribution. */
export type PercentileEstimate =
  | { readonly kind: 'below' }
  | { readonly kind: 'above' }
  | { readonly kind: 'within'; readonly percentile: number };

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

// Vertical rhythm, in px.
export const ROW = {
  marker: 24,
  bands: 24,
  bar: 26,
  ticks: 38,
  reference: 20,
} as const;
const FONT = { value: 13, name: 11, note: 12 } as const;
const EDGE = 2;

export interface Features {
  readonly marker: boolean;
  readonly reference: boolean;
  readonly bands: boolean;
}

/** Chart height for the features drawn; the same before and after data arrives. */
export function percentileBarHeight(f: Features): number {
  return (f.marker ? ROW.marker : 0) + (f.bands ? ROW.bands : 0) + ROW.bar + ROW.ticks + (f.reference ? ROW.reference : 0);
}

export interface TickLabel {
  readonly percentile: number;
  readonly x: number;
  /** Left edge of the label block, or null when it did not fit. */
  readonly left: number | null;
  readonly width: number;
  readonly value: string;
  readonly name: string;
}

export interface Callout {
  readonly x: number;
  /** Left edge of the text, kept inside the chart. */
  readonly left: number;
  readonly y: number;
  readonly text: string;
}

export interface BandShape {
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  /** Label fitted to the band's width; "" when it does not fit (the tooltip still names it). */
  readonly label: string;
  /** Centre of the label, moved aside when the marker line would cross it. */
  readonly labelX: number;
}

export interface PercentileBarLayout {
  readonly width: number;
  readonly height: number;
  /** Bar top and height. */
  readonly barY: number;
  readonly barH: number;
  /** x of p10, p25, p50, p75, p90. */
  readonly xs: readonly number[];
  readonly ticks: readonly TickLabel[];
  /** Whether the tick values use the compact format. */
  readonly compact: boolean;
  readonly marker?: Callout & { readonly estimate: PercentileEstimate };
  readonly reference?: Callout;
  readonly bands: readonly BandShape[];
}

// Median first, then the ends, then the quartiles: what to keep when narrow.
const TICK_PRIORITY = [2, 1, 3, 1, 2];

function placeTicks(xs: readonly number[], values: readonly number[], width: number, format: (v: number) => string): TickLabel[] {
  const labels = values.map((v, i) => {
    const value = format(v);
    const name = ordinal(PERCENTILES[i]!);
    return { percentile: PERCENTILES[i]!, x: xs[i]!, value, name, width: Math.max(textWidth(value, FONT.value), textWidth(name, FONT.name)) };
  });
  const lefts = placeLabels(
    labels.map((l, i) => ({ x: l.x, width: l.width, priority: TICK_PRIORITY[i]! })),
    0,
    width,
  );
  return labels.map((l, i) => ({ ...l, left: lefts[i]! }));
}

function callout(x: number, y: number, text: string, width: number, fontSize: number): Callout {
  const fitted = fitText(text, width, fontSize);
  const w = textWidth(fitted, fontSize);
  return { x, y, text: fitted, left: Math.max(0, Math.min(width - w, x - w / 2)) };
}

/**
 * Lays out the percentile bar for a chart `width` px wide: positions of the
 * range, the middle band, the median, every label (fewer and shorter ones
 * when narrow, never overlapping), the reader's marker, a reference line and
 * labelled bands. Pure: no DOM, exact numbers for tests.
 */
export function layoutPercentileBar(data: PercentileData, width: number, fmt: AmountFormat): PercentileBarLayout {
  const { values, marker, reference, bands } = data;
  const extent = [values[0], values[4], marker?.value, reference?.value, ...bands.flatMap((b) => [b.from, b.to])].filter(
    (v): v is number => v !== undefined,
  );
  let lo = Math.min(...extent);
  let hi = Math.max(...extent);
  if (hi === lo) {
    lo -= 1;
    hi += 1;
  }
  const x = linearScale([lo, hi], [EDGE, width - EDGE]);
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

  // Full amounts when they all fit, compact ones when that shows more labels.
  const full = placeTicks(xs, values, width, (v) => fmt.money(v));
  const shown = (ticks: TickLabel[]) => ticks.filter((t) => t.left !== null).length;
  let ticks = full;
  let compact = false;
  if (shown(full) < values.length) {
    const short = placeTicks(xs, values, width, (v) => fmt.compact(v));
    if (shown(short) > shown(full)) {
      ticks = short;
      compact = true;
    }
  }

  let markerShape: PercentileBarLayout['marker'];
  if (marker) {
    const estimate = estimatePercentile(marker.value, values);
    const text = `${marker.label}: ${compact ? fmt.compact(marker.value) : fmt.money(marker.value)} · ${describeEstimate(estimate)}`;
    markerShape = { ...callout(x(marker.value), markerY + 15, text, width, FONT.note), estimate };
  }
  const referenceShape = reference
    ? callout(x(reference.value), referenceY + 15, `${reference.label}: ${compact ? fmt.compact(reference.value) : fmt.money(reference.value)}`, width, FONT.note)
    : undefined;

  const markerX = markerShape?.x;
  const bandShapes = bands.map((b) => {
    const x0 = x(b.from);
    const x1 = x(b.to);
    let label = fitText(b.label, x1 - x0 - 6, FONT.name);
    let labelX = (x0 + x1) / 2;
    const half = textWidth(label, FONT.name) / 2 + 6;
    // The marker's line runs through this row: keep the label clear of it, on the roomier side.
    if (label && markerX !== undefined && Math.abs(markerX - labelX) < half) {
      const left = markerX - x0;
      const right = x1 - markerX;
      const room = Math.max(left, right);
      label = fitText(b.label, room - 6, FONT.name);
      const w = textWidth(label, FONT.name) / 2 + 6;
      labelX = left >= right ? markerX - w : markerX + w;
    }
    return { x0, x1, y: bandsY, label, labelX };
  });

  return {
    width,
    height: y,
    barY,
    barH: ROW.bar - 8,
    xs,
    ticks,
    compact,
    marker: markerShape,
    reference: referenceShape,
    bands: bandShapes,
  };
}
