import { scaleLinear } from 'd3-scale';
import { symbol, symbolTriangle } from 'd3-shape';
import { placeLabels } from '../core/geometry/labels.js';
import { ESTIMATED_TEXT, type TextContext } from '../core/geometry/text.js';
import type { Formatter } from '../core/format.js';
import { PERCENTILES, type PercentileData } from './data.js';
import { isolate } from '../core/bidi.js';

/** What the geometry needs of a formatter. */
export type AmountFormat = Pick<Formatter, 'money' | 'compact' | 'compactAll'>;

/** Where a value falls on the known distribution. */
export type PercentileEstimate =
  | { readonly kind: 'below' }
  /** Above the highest percentile known exactly: the 90th, or the one under a top-code. */
  | { readonly kind: 'above'; readonly percentile: number }
  /** Exact at a known percentile, or interpolated; `upTo` when the value is that of several equal percentiles. */
  | { readonly kind: 'within'; readonly percentile: number; readonly upTo?: number }
  /** Between a known percentile and a top-coded one, whose true figure is only known to be at least its value. */
  | { readonly kind: 'between'; readonly from: number; readonly to: number }
  /** At or over a top-code when every percentile is top-coded. */
  | { readonly kind: 'unknown' };

/**
 * Estimates the percentile of `value` by linear interpolation between the
 * known percentiles. Exact at the known points (a value shared by equal
 * percentiles is all of them); outside the 10th to 90th it only says below
 * or above, since the shape of the tails is unknown. Above a top-coded
 * percentile's lower bound nothing finer than "above the last exact one"
 * can be said, and between it and the last exact one only "between".
 */
export function estimatePercentile(value: number, values: readonly number[], topCoded: readonly boolean[] = []): PercentileEstimate {
  // BLS top-codes the top of the distribution: every percentile from the first top-code up is one.
  const firstTopCoded = topCoded.indexOf(true);
  const last = (firstTopCoded < 0 ? values.length : firstTopCoded) - 1;
  if (value < values[0]!) return { kind: 'below' };
  if (last < 0) return { kind: 'unknown' };
  const at = values.findIndex((v, i) => i <= last && v === value);
  if (at >= 0) {
    let end = at;
    while (end < last && values[end + 1] === value) end++;
    return end > at ? { kind: 'within', percentile: PERCENTILES[at]!, upTo: PERCENTILES[end]! } : { kind: 'within', percentile: PERCENTILES[at]! };
  }
  if (value > values[last]!) {
    if (firstTopCoded >= 0 && value < values[firstTopCoded]!) return { kind: 'between', from: PERCENTILES[last]!, to: PERCENTILES[firstTopCoded]! };
    return { kind: 'above', percentile: PERCENTILES[last]! };
  }
  // Not at a known value and within them: values[i - 1] < value < values[i], so the span is never zero.
  const i = values.findIndex((v) => value < v);
  const [lo, hi] = [values[i - 1]!, values[i]!];
  const [p0, p1] = [PERCENTILES[i - 1]!, PERCENTILES[i]!];
  return { kind: 'within', percentile: p0 + ((p1 - p0) * (value - lo)) / (hi - lo) };
}

/** A marker or reference farther than this share of the 10th–90th span beyond either end is drawn at the edge, off the scale. */
export const OFF_SCALE_SHARE = 0.15;

export type Side = 'below' | 'above';

/** Whether a marker or reference lies so far beyond the 10th or 90th percentile that it is drawn off the scale. */
export function offScale(value: number, values: readonly number[]): Side | undefined {
  const low = values[0]!;
  const high = values[values.length - 1]!;
  const margin = (high - low) * OFF_SCALE_SHARE;
  if (value < low - margin) return 'below';
  if (value > high + margin) return 'above';
  return undefined;
}

/** The arrow an off-scale note starts with, pointing where its value lies (on a left-to-right scale). */
const ARROW: Record<Side, string> = { below: '←', above: '→' };
const ARROW_RTL: Record<Side, string> = { below: '→', above: '←' };

/** How long a wording of an estimate is: "above the 90th percentile", "above 90th percentile", "above 90th". */
export type EstimateLength = 'long' | 'medium' | 'short';

/**
 * The words the layout writes, already in the reader's language: the
 * geometry only chooses among them by measured width.
 */
export interface BarWords {
  /** The name under a tick: "10th"; for equal percentiles "10th–25th", or "10–25th" when `short`. */
  readonly tickName: (percentiles: readonly number[], short: boolean) => string;
  /** Where an amount falls, at a length: "≈ 62nd percentile", "below the 10th percentile". */
  readonly estimate: (estimate: PercentileEstimate, length: EstimateLength) => string;
  /** A note on the scale: "You: $150,000 · ≈ 62nd percentile", or with no estimate "Reference: $70,000". */
  readonly note: (label: string, amount: string, estimate?: string) => Wording;
  /** A note at an edge, off the scale: "→ You: $2,000,000, above the 90th percentile", or with no estimate "← All occupations median: $49,500". */
  readonly edgeNote: (arrow: string, label: string, amount: string, estimate?: string) => Wording;
}

/** The words, how the text is measured and which way the scale runs. */
export interface BarTextOptions {
  readonly words: BarWords;
  /** Sizes and widths of the page's text; the 16 px estimate by default. */
  readonly text?: TextContext;
  /** A right-to-left page: the scale runs right to left (the 10th percentile on the right) and composed strings isolate their parts. */
  readonly rtl?: boolean;
}

// Vertical rhythm, in px on a 16 px page (times the text's scale): one row per feature, top to bottom.
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
/** Clearance between a band label and the marker line or the band's ends. */
const BAND_LABEL_CLEARANCE = 6;
/** The marker's triangle: its area in px² (an equilateral triangle about 10 px wide). */
const MARKER_HEAD_AREA = 43;
/**
 * Hit areas are at least this wide and tall, WCAG 2.5.8's minimum target, and
 * never overlap: each row holds its own marks' targets (marker, bands, ticks,
 * reference), and ticks share their row by meeting between them.
 */
export const TARGET = 24;
/** The reference row is shorter than a target: its hit area reaches this far up, under the ticks' labels. */
const REFERENCE_HIT_OVERHANG = 4;
/** The reference line starts this far above the bar. */
const REFERENCE_LINE_OVERHANG = 6;
/** Space kept between neighbouring tick labels, so amounts never touch, and between a label and a line passing it. */
const LABEL_GAP = 6;
const LINE_CLEARANCE = 2;
/** How far a line of text reaches above and below its baseline, in ems (a font's ascent and descent, generously). */
const ASCENT_EM = 1;
const DESCENT_EM = 0.3;

export interface Features {
  readonly marker: boolean;
  readonly reference: boolean;
  readonly bands: boolean;
}

/** Chart height for the features drawn, with rows grown by `scale` with the font; the same before and after data arrives. */
export function percentileBarHeight(f: Features, scale = 1): number {
  return ((f.marker ? ROW.marker : 0) + (f.bands ? ROW.bands : 0) + ROW.bar + ROW.ticks + (f.reference ? ROW.reference : 0)) * scale;
}

/**
 * A string in parts: literal words at even indexes, values (a label, an
 * amount, an estimate) at odd ones, which a right-to-left page isolates.
 */
export type Wording = readonly string[];

/**
 * The wording in full when it fits `room` px as measured, else cut to its
 * longest start that fits with an ellipsis; undefined when fewer than 3
 * characters would be left.
 */
export function fitWording(parts: Wording, room: number, measure: (text: string) => number): Wording | undefined {
  const chars = parts.map((part) => [...part]);
  const total = chars.reduce((sum, part) => sum + part.length, 0);
  for (let n = total; n >= 3; n--) {
    let budget = n;
    const cut = chars.map((part) => {
      const kept = part.slice(0, Math.max(0, budget)).join('');
      budget -= part.length;
      return kept;
    });
    if (n < total) {
      // The ellipsis ends the last part kept; the parts after it are gone.
      let last = cut.length - 1;
      while (last > 0 && !cut[last]) last--;
      cut.length = last + 1;
      cut[last] = `${cut[last]!.trimEnd()}…`;
    }
    if (measure(cut.join('')) <= room) return cut;
  }
  return undefined;
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
  /** The mark's id: "p50", or "p10-p25" for equal percentiles drawn as one. */
  readonly id: string;
  /** The percentiles at this tick: one, or several that are equal. */
  readonly percentiles: readonly number[];
  /** Whether the median is among them. */
  readonly median: boolean;
  /** Whether the amount is a BLS top-code, shown as "≥ $239,200". */
  readonly topCoded: boolean;
  readonly x: number;
  /** The tick line under the bar. */
  readonly y1: number;
  readonly y2: number;
  /** Left edge of the label block, or null when it did not fit. */
  readonly left: number | null;
  readonly width: number;
  /** The amount, e.g. "$133,080" or "≥ $239,200". */
  readonly value: string;
  /** The percentile's name, e.g. "50th", or "10th–25th" for equal ones. */
  readonly name: string;
  /** Where the amount and the percentile name are drawn, when the label fits. */
  readonly valueText?: PlacedText;
  readonly nameText?: PlacedText;
  /** Its target: the tick, its labels and the room around them; or, when `pointer` is false, only where its focus ring goes. */
  readonly hit: Box;
  /** False when neighbours crowd the tick out of its row: then no pointer reaches it, only the keyboard. */
  readonly pointer: boolean;
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
  /** The line from the callout to the bar; none when the value is off the scale. */
  readonly line?: { readonly y1: number; readonly y2: number };
  /** A stretch of the line left undrawn, where it would cross a tick's labels. */
  readonly gap?: { readonly y1: number; readonly y2: number };
  /** Set when the value is too far beyond the 10th or 90th percentile to be on the scale: the note sits at that edge. */
  readonly offScale?: Side;
  readonly hit: Box;
}

export interface MarkerShape extends Callout {
  readonly estimate: PercentileEstimate;
  /** The triangle over the bar, pointing down at the value; none off the scale. */
  readonly head?: { readonly path: string; readonly x: number; readonly y: number };
}

export interface BandShape {
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  /** The bracket over the band's range, or a single upright line for a band between equal percentiles. */
  readonly bracket: string;
  /** Label fitted to the band's width; "" when it does not fit (the tooltip still names it). */
  readonly label: string;
  /** Where the label is drawn: centred on its room, or anchored to an edge it would cross. */
  readonly labelX: number;
  readonly labelY: number;
  readonly labelAnchor: PlacedText['anchor'];
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
  /** One tick per distinct amount: equal percentiles share a tick and a label. */
  readonly ticks: readonly TickLabel[];
  /** Whether the tick values use the compact format. */
  readonly compact: boolean;
  readonly marker?: MarkerShape;
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

/** Indexes of the five values, grouped where neighbours are equal: [[0, 1], [2], [3], [4]] when p10 = p25. */
export function equalRuns(values: readonly number[]): number[][] {
  const runs: number[][] = [];
  values.forEach((value, i) => {
    const run = runs[runs.length - 1];
    if (run && values[run[0]!] === value) run.push(i);
    else runs.push([i]);
  });
  return runs;
}

type PlacedTick = Pick<TickLabel, 'id' | 'percentiles' | 'median' | 'topCoded' | 'x' | 'value' | 'name' | 'width' | 'left'>;

/** The text of one layout: its words, measured widths, the rows' scale and the page's direction. */
interface Typeset {
  readonly words: BarWords;
  readonly text: TextContext;
  readonly rtl: boolean;
}

/** Weights the stylesheet draws amounts at: the median's bolder. */
const VALUE_WEIGHT = 600;
const MEDIAN_WEIGHT = 750;
const NOTE_WEIGHT = 600;

/** A part of a composed string, isolated on a right-to-left page so neighbours cannot reorder it. */
const isolated = (type: Typeset, part: string) => (type.rtl && part ? isolate(part) : part);

/** The wording as drawn: on a right-to-left page its values isolated. */
const joinWording = (type: Typeset, parts: Wording) => parts.map((part, i) => (i % 2 ? isolated(type, part) : part)).join('');

function placeTicks(
  runs: readonly number[][],
  xs: readonly number[],
  topCoded: readonly boolean[],
  width: number,
  format: (index: number) => string,
  compact: boolean,
  type: Typeset,
): PlacedTick[] {
  const labels = runs.map((run) => {
    const first = run[0]!;
    const percentiles = run.map((i) => PERCENTILES[i]!);
    const coded = run.some((i) => topCoded[i]);
    const value = `${coded ? '≥ ' : ''}${format(first)}`;
    // Equal percentiles are named as a range: "10th–25th", or "10–25th" where room is short.
    const name = type.words.tickName(percentiles, compact);
    const median = percentiles.includes(50);
    const labelWidth = Math.max(type.text.width(value, 'value', median ? MEDIAN_WEIGHT : VALUE_WEIGHT), type.text.width(name, 'label'));
    return {
      id: percentiles.map((p) => `p${p}`).join('-'),
      percentiles,
      median,
      topCoded: coded,
      x: xs[first]!,
      value: isolated(type, value),
      name: isolated(type, name),
      width: labelWidth,
      priority: Math.max(...run.map((i) => TICK_PRIORITY[i]!)),
    };
  });
  const lefts = placeLabels(labels, EDGE, width - EDGE, LABEL_GAP * type.text.scale);
  return labels.map(({ priority: _priority, ...label }, i) => ({ ...label, left: lefts[i]! }));
}

/** The span [a, b] moved to lie within [lo, hi], or all of [lo, hi] when that is narrower. */
function inside(a: number, b: number, lo: number, hi: number): [number, number] {
  if (b - a >= hi - lo) return [lo, hi];
  if (a < lo) return [lo, lo + b - a];
  if (b > hi) return [hi - (b - a), hi];
  return [a, b];
}

/**
 * Tick targets, `top` to `bottom`. The row is shared out between the ticks,
 * cut midway between neighbours but never inside a label; in its share each
 * tick takes a target's width around itself, and its labels. So a tick with
 * labels is at least as wide as they are. A tick whose labels gave way and
 * whose share is narrower than a target is crowded out: it is no pointer
 * target (the keyboard and the table reach it), and its box only draws its
 * focus ring.
 */
function tickTargets(ticks: readonly PlacedTick[], width: number, top: number, bottom: number): Pick<TickLabel, 'hit' | 'pointer'>[] {
  // Left to right on the page, whichever way the scale runs.
  const order = ticks.map((_, i) => i).sort((i, j) => ticks[i]!.x - ticks[j]!.x);
  const placed = order.map((i) => ticks[i]!);
  const labelEnd = (t: PlacedTick) => (t.left === null ? -Infinity : t.left + t.width);
  const labelStart = (t: PlacedTick) => (t.left === null ? Infinity : t.left);
  const cuts = placed.slice(1).map((next, k) => {
    const lo = Math.max(...placed.slice(0, k + 1).map(labelEnd));
    const hi = Math.min(...placed.slice(k + 1).map(labelStart));
    return Math.max(lo, Math.min(hi, (placed[k]!.x + next.x) / 2));
  });
  const targets: Pick<TickLabel, 'hit' | 'pointer'>[] = [];
  placed.forEach((t, k) => {
    const [from, to] = [cuts[k - 1] ?? 0, cuts[k] ?? width];
    let [a, b] = inside(t.x - TARGET / 2, t.x + TARGET / 2, from, to);
    if (t.left !== null) [a, b] = [Math.min(a, t.left), Math.max(b, t.left + t.width)];
    const pointer = b - a >= TARGET;
    if (!pointer) [a, b] = inside(t.x - TARGET / 2, t.x + TARGET / 2, 0, width);
    targets[order[k]!] = { hit: { x: a, y: top, width: b - a, height: bottom - top }, pointer };
  });
  return targets;
}

/**
 * A one-line note over or under the bar, with a line from it to the bar
 * unless it is off the scale. `texts` are its wordings, longest first;
 * `weight` the font weight it is drawn at.
 */
function callout(
  x: number,
  rowTop: number,
  texts: readonly Wording[],
  width: number,
  line: { y1: number; y2: number } | undefined,
  hitTop: number,
  hitBottom: number,
  type: Typeset,
  weight: number,
  side?: Side,
): Callout {
  // The first wording that fits as measured, else the shortest one cut to fit.
  const room = width - 2 * EDGE;
  const measure = (text: string) => type.text.width(text, 'note', weight);
  const parts = texts.find((wording) => measure(wording.join('')) <= room) ?? fitWording(texts[texts.length - 1] ?? [], room, measure) ?? [];
  const fitted = joinWording(type, parts);
  const textW = measure(parts.join(''));
  const left = Math.max(EDGE, Math.min(width - EDGE - textW, x - textW / 2));
  const s = type.text.scale;
  const y = rowTop + CALLOUT_BASELINE * s;
  const label = placeText(left, textW, width, y, fitted);
  // The text, and a target's width around the point it marks.
  const [hitLeft, hitRight] = inside(Math.min(left, x - TARGET / 2), Math.max(left + textW, x + TARGET / 2), 0, width);
  return {
    x,
    y,
    text: fitted,
    left,
    label,
    tipY: y - TEXT_TOP * s,
    ...(line ? { line } : {}),
    ...(side ? { offScale: side } : {}),
    hit: { x: hitLeft, y: hitTop, width: hitRight - hitLeft, height: hitBottom - hitTop },
  };
}

/** The largest stretch of [from, to] that no obstacle covers. */
function largestGap(from: number, to: number, obstacles: readonly (readonly [number, number])[]): [number, number] {
  let best: [number, number] = [from, from];
  let start = from;
  for (const [a, b] of [...obstacles].sort((p, q) => p[0] - q[0])) {
    if (b <= start || a >= to) continue;
    if (a - start > best[1] - best[0]) best = [start, a];
    start = Math.max(start, b);
  }
  if (to - start > best[1] - best[0]) best = [start, to];
  return best;
}

/**
 * Band brackets and their labels. A band between equal percentiles has no
 * width: it is an upright line, labelled in full over it where there is
 * room. Other labels fit their band, and step aside from the marker's line
 * and from those full labels. `x0` and `x1` are a band's left and right
 * edges whichever way the scale runs.
 */
function layoutBands(data: PercentileData, x: (v: number) => number, width: number, bandsY: number, markerX: number | undefined, type: Typeset): BandShape[] {
  const s = type.text.scale;
  const labelY = bandsY + BAND_LABEL_BASELINE * s;
  const measure = (text: string) => type.text.width(text, 'label');
  const fit = (text: string, room: number) => fitWording([text], room, measure)?.[0] ?? '';
  const shapes = data.bands.map((band) => {
    const [x0, x1] = [x(band.from), x(band.to)].sort((a, b) => a - b) as [number, number];
    return { band, x0, x1, labelWidth: measure(band.label) };
  });
  // Bands with no width get their labels first, in full, the earlier band winning where they collide.
  const flat = shapes.flatMap((shape, i) => (shape.x1 - shape.x0 < 1 ? [i] : []));
  const flatLefts = new Map<number, number | null>();
  // A full label centred on its line, kept inside the chart, and moved to one side of the marker's line when that crosses it.
  const flatCentre = (x0: number, labelWidth: number) => {
    const half = labelWidth / 2;
    const centre = Math.max(EDGE + half, Math.min(width - EDGE - half, x0));
    if (markerX === undefined || Math.abs(markerX - centre) >= half + BAND_LABEL_CLEARANCE) return centre;
    const right = markerX + BAND_LABEL_CLEARANCE + half;
    const left = markerX - BAND_LABEL_CLEARANCE - half;
    // The side that reads after the marker: right of it, or left of it on a right-to-left scale.
    if (type.rtl) return left - half >= EDGE ? left : right;
    return right + half <= width - EDGE ? right : left;
  };
  placeLabels(
    flat.map((i) => ({ x: flatCentre(shapes[i]!.x0, shapes[i]!.labelWidth), width: shapes[i]!.labelWidth, priority: -i })),
    EDGE,
    width - EDGE,
  ).forEach((left, k) => flatLefts.set(flat[k]!, shapes[flat[k]!]!.band.label ? left : null));
  const obstacles: [number, number][] = [];
  if (markerX !== undefined) obstacles.push([markerX - BAND_LABEL_CLEARANCE, markerX + BAND_LABEL_CLEARANCE]);
  for (const [i, left] of flatLefts) {
    if (left !== null) obstacles.push([left - BAND_LABEL_CLEARANCE, left + shapes[i]!.labelWidth + BAND_LABEL_CLEARANCE]);
  }
  // The whole band row: a target's height.
  const hitHeight = ROW.bands * s;
  const bracketTop = bandsY + BAND_BRACKET_TOP * s;
  const bracketFoot = bandsY + BAND_BRACKET_FOOT * s;

  return shapes.map(({ band, x0, x1, labelWidth }, i): BandShape => {
    const hitTop = bandsY;
    if (flatLefts.has(i)) {
      const left = flatLefts.get(i);
      const placed = left === null || left === undefined ? undefined : placeText(left, labelWidth, width, labelY, isolated(type, band.label));
      return {
        x0,
        x1,
        y: bandsY,
        bracket: `M${x0},${bracketTop}V${bandsY + ROW.bands * s}`,
        label: placed?.text ?? '',
        labelX: placed?.x ?? x0,
        labelY,
        labelAnchor: placed?.anchor ?? 'middle',
        hit: { x: x0 - TARGET / 2, y: hitTop, width: TARGET, height: hitHeight },
      };
    }
    let label = fit(band.label, x1 - x0 - BAND_LABEL_CLEARANCE);
    let labelX = (x0 + x1) / 2;
    const half = measure(label) / 2;
    // Something runs through this band's row where the label would be: use the largest room it leaves.
    if (label && obstacles.some(([a, b]) => a < labelX + half && b > labelX - half)) {
      const [from, to] = largestGap(x0, x1, obstacles);
      label = fit(band.label, to - from - BAND_LABEL_CLEARANCE);
      labelX = (from + to) / 2;
    }
    return {
      x0,
      x1,
      y: bandsY,
      bracket: `M${x0 + 1},${bracketFoot}V${bracketTop}H${x1 - 1}V${bracketFoot}`,
      label: isolated(type, label),
      labelX,
      labelY,
      labelAnchor: 'middle',
      hit: { x: x0, y: hitTop, width: x1 - x0, height: hitHeight },
    };
  });
}

/**
 * Lays out the percentile bar for a chart `width` px wide: positions of the
 * range, the middle band, the median, every label (fewer and shorter ones
 * when narrow, never overlapping; one for equal percentiles), the reader's
 * marker, a reference line and labelled bands. A marker or reference far
 * beyond the 10th or 90th percentile is a note at that edge, and does not
 * stretch the scale. Labels are placed by their widths in the page's font
 * and rows grow with it; on a right-to-left page the scale runs from the
 * right. Pure: no DOM, exact numbers for tests.
 */
export function layoutPercentileBar(data: PercentileData, width: number, fmt: AmountFormat, options: BarTextOptions): PercentileBarLayout {
  const text = options.text ?? ESTIMATED_TEXT;
  const rtl = options.rtl ?? false;
  const words = options.words;
  const type: Typeset = { words, text, rtl };
  const s = text.scale;
  const { values, marker, reference, bands } = data;
  const topCoded = data.topCoded ?? [];
  const markerSide = marker && offScale(marker.value, values);
  const referenceSide = reference && offScale(reference.value, values);
  const onScale = (note: { value: number } | undefined, side: Side | undefined) => (note && !side ? [note.value] : []);
  const extent = [values[0], values[4], ...onScale(marker, markerSide), ...onScale(reference, referenceSide), ...bands.flatMap((b) => [b.from, b.to])];
  let lo = Math.min(...extent);
  let hi = Math.max(...extent);
  // A zero-width domain would put everything at the range's middle; give it a span instead.
  if (hi === lo) {
    lo -= 1;
    hi += 1;
  }
  const x = scaleLinear()
    .domain([lo, hi])
    .range(rtl ? [width - EDGE, EDGE] : [EDGE, width - EDGE]);
  const xs = values.map((v) => x(v));

  let y = 0;
  const markerY = y;
  if (marker || data.markerRow) y += ROW.marker * s;
  const bandsY = y;
  if (bands.length) y += ROW.bands * s;
  const barY = y;
  y += ROW.bar * s;
  y += ROW.ticks * s;
  const referenceY = y;
  if (reference) y += ROW.reference * s;

  const barTop = barY + BAR_INSET * s;
  const barHeight = (ROW.bar - BAR_SHRINK) * s;
  const barBottom = barTop + barHeight;

  // Full amounts when they all fit, compact ones when that shows more labels. Compact amounts on the
  // scale, ticks and notes alike, share one unit (whole amounts where Intl would mix them); a note
  // off the scale stands apart.
  const runs = equalRuns(values);
  const scaled = [...values, ...onScale(marker, markerSide), ...onScale(reference, referenceSide)];
  const shortAmounts = fmt.compactAll(scaled);
  const shortOf = (value: number) => {
    const i = scaled.indexOf(value);
    return i < 0 ? fmt.compact(value) : shortAmounts[i]!;
  };
  const full = placeTicks(runs, xs, topCoded, width, (i) => fmt.money(values[i]!), false, type);
  const shown = (ticks: { left: number | null }[]) => ticks.filter((t) => t.left !== null).length;
  let placed = full;
  let compact = false;
  if (shown(full) < runs.length) {
    const short = placeTicks(runs, xs, topCoded, width, (i) => shortAmounts[i]!, true, type);
    if (shown(short) > shown(full)) {
      placed = short;
      compact = true;
    }
  }
  const tickTop = barBottom + TICK_GAP * s;
  const tickBottom = tickTop + TICK_LENGTH * s;
  // The ticks' targets fill their rows, down to the reference's.
  const targets = tickTargets(placed, width, barY, referenceY - REFERENCE_HIT_OVERHANG * s);
  const ticks: TickLabel[] = placed.map((t, i) => ({
    ...t,
    y1: tickTop,
    y2: tickBottom,
    valueText: t.left === null ? undefined : placeText(t.left, t.width, width, barBottom + VALUE_BASELINE * s, t.value),
    nameText: t.left === null ? undefined : placeText(t.left, t.width, width, barBottom + NAME_BASELINE * s, t.name),
    ...targets[i]!,
  }));
  const amount = (value: number) => (compact ? shortOf(value) : fmt.money(value));
  // "below" is the scale's low end: the left edge, or the right one on a right-to-left scale.
  const edgeOf = (side: Side) => ((side === 'below') !== rtl ? EDGE : width - EDGE);
  const arrows = rtl ? ARROW_RTL : ARROW;

  let markerShape: MarkerShape | undefined;
  if (marker) {
    const estimate = estimatePercentile(marker.value, values, topCoded);
    const amountText = amount(marker.value);
    // The wordings, longest first: the estimate in full, shorter, shortest, then none.
    const lengths: EstimateLength[] = ['long', 'medium', 'short'];
    if (markerSide) {
      // "→ You: $2,000,000, above the 90th percentile", at the right edge.
      const arrow = arrows[markerSide];
      const texts = [
        ...lengths.map((length) => words.edgeNote(arrow, marker.label, amountText, words.estimate(estimate, length))),
        words.edgeNote(arrow, marker.label, amountText),
      ];
      const row = callout(edgeOf(markerSide), markerY, texts, width, undefined, markerY, bandsY, type, NOTE_WEIGHT, markerSide);
      markerShape = { ...row, estimate };
    } else {
      const markerX = x(marker.value);
      const texts = [...lengths.map((length) => words.note(marker.label, amountText, words.estimate(estimate, length))), words.note(marker.label, amountText)];
      const line = { y1: markerY + (CALLOUT_BASELINE + MARKER_LINE_START) * s, y2: barBottom + MARKER_LINE_OVERHANG * s };
      // d3's triangle points up and is centred on its centroid: turn it over, tip just above the bar.
      const area = MARKER_HEAD_AREA * s * s;
      const path = symbol(symbolTriangle, area)()!;
      const side = Math.sqrt((4 * area) / Math.sqrt(3));
      const triangleHeight = (side * Math.sqrt(3)) / 2;
      const head = { path, x: markerX, y: barTop - (2 * triangleHeight) / 3 };
      markerShape = { ...callout(markerX, markerY, texts, width, line, markerY, bandsY, type, NOTE_WEIGHT), estimate, head };
    }
  }

  let referenceShape: Callout | undefined;
  const referenceBottom = referenceY + ROW.reference * s;
  const referenceHitTop = referenceY - REFERENCE_HIT_OVERHANG * s;
  if (reference && referenceSide) {
    // "← All occupations median: $49,500", at the left edge.
    const wording = words.edgeNote(arrows[referenceSide], reference.label, amount(reference.value));
    referenceShape = callout(edgeOf(referenceSide), referenceY, [wording], width, undefined, referenceHitTop, referenceBottom, type, 400, referenceSide);
  } else if (reference) {
    const referenceX = x(reference.value);
    // The dashed line runs down past the ticks' labels: it breaks around any it would cross.
    const crossed = ticks.some((t) => t.left !== null && t.left - LINE_CLEARANCE < referenceX && referenceX < t.left + t.width + LINE_CLEARANCE);
    const gap = {
      y1: barBottom + VALUE_BASELINE * s - ASCENT_EM * text.size('value') - LINE_CLEARANCE,
      y2: barBottom + NAME_BASELINE * s + DESCENT_EM * text.size('label') + LINE_CLEARANCE,
    };
    const shape = callout(
      referenceX,
      referenceY,
      [words.note(reference.label, amount(reference.value))],
      width,
      { y1: barTop - REFERENCE_LINE_OVERHANG * s, y2: referenceY + (CALLOUT_BASELINE - TEXT_TOP) * s },
      referenceHitTop,
      referenceBottom,
      type,
      400,
    );
    referenceShape = crossed ? { ...shape, gap } : shape;
  }

  return {
    width,
    height: y,
    barTop,
    barBottom,
    barHeight,
    barRadius: BAR_RADIUS,
    medianY1: barTop - MEDIAN_OVERHANG * s,
    medianY2: barBottom + MEDIAN_OVERHANG * s,
    xs,
    ticks,
    compact,
    marker: markerShape,
    reference: referenceShape,
    bands: layoutBands(data, x, width, bandsY, markerShape?.head?.x, type),
  };
}
