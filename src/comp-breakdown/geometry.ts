/**
 * Donut and stacked-bar geometry for a breakdown whose parts may be ranges.
 * Each part takes room for its high value; its low value is drawn solid over
 * a light piece that runs on to the high value. Pure: no DOM.
 *
 * d3-shape's pie() lays the parts out around the ring and arc() draws each
 * piece; in the bar, stack() gives each part's offset and a d3-scale linear
 * scale turns amounts into pixels. Every coordinate the element's templates
 * bind comes from the layouts below.
 */
import { scaleLinear } from 'd3-scale';
import { arc, pie, stack } from 'd3-shape';
import { BREAKPOINTS } from '../core/geometry/breakpoints.js';
import { ESTIMATED_TEXT } from '../core/geometry/text.js';
import { TYPE_SCALE } from '../core/geometry/type-scale.js';

export interface Part {
  readonly low: number;
  readonly high: number;
}

export type Point = readonly [x: number, y: number];

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Variant = 'donut' | 'bar';

/** Largest donut, in px across; a narrower box gets a smaller one. */
export const DONUT_MAX_SIZE = 240;
/** The hole's radius as a share of the outer radius. */
export const DONUT_HOLE_RATIO = 0.62;
/** Gap between neighbouring parts of the ring, in radians. */
export const DONUT_PAD_ANGLE = 0.02;
/** Rounding of each ring piece's corners, in px. */
export const DONUT_CORNER_RADIUS = 3;
/** Chart height of the stacked bar, with the total's line above the bar. */
export const BAR_CHART_HEIGHT = 60;
/** Gap between neighbouring parts of the bar, in px. */
export const BAR_GAP = 2;

/** Baseline of the bar's total line. */
const BAR_TOTAL_BASELINE = 14;
/** Top edge and thickness of the bar. */
const BAR_TOP = 24;
const BAR_THICKNESS = 28;
/**
 * The light piece of a range is outlined with a 1 px stroke centred on its
 * edge: inset by half of that, the outline ends where the solid piece does.
 */
const OUTLINE_INSET = 0.5;
/** Pieces narrower than this (px) are not drawn. */
const MIN_PIECE = 0.01;
/** Tooltips point this far above a ring piece's middle, so they cover less of it. */
const DONUT_TOOLTIP_LIFT = 6;
/** The total's baseline sits this far below the centre, so its digits straddle it. */
const CENTRE_VALUE_BASELINE = 4;
/** Leading between the centre's lines, added to the lower line's font size. */
const CENTRE_LEADING = 5;
/** Decimals kept in path data and coordinates: a hundredth of a pixel. */
const DIGITS = 2;

const round = (n: number): number => Math.round(n * 10 ** DIGITS) / 10 ** DIGITS;

/** Height of the chart for a variant in a box `width` px wide (full size before the width is known). */
export function chartHeight(variant: Variant, width: number): number {
  if (variant === 'bar') return BAR_CHART_HEIGHT;
  if (!(width > 0)) return DONUT_MAX_SIZE;
  return Math.min(DONUT_MAX_SIZE, width);
}

/** One part's place around the ring, from d3's pie(). */
export interface DonutSlice {
  /** Index of the part in the list given; parts of zero take no room and get no slice. */
  readonly index: number;
  /** Radians, clockwise from 12 o'clock; the slice's room includes its pad. */
  readonly startAngle: number;
  readonly endAngle: number;
  readonly padAngle: number;
  /**
   * Where the solid low piece ends: the low value's share of the room left
   * after the pad, so the solid piece is to the whole part as low is to high.
   */
  readonly lowEndAngle: number;
}

/** Slices in the parts' own order (not sorted by size), padded only when there is more than one. */
export function donutSlices(parts: readonly Part[], padAngle = DONUT_PAD_ANGLE): DonutSlice[] {
  const shown = parts.map((part, index) => ({ part, index })).filter(({ part }) => part.high > 0);
  const slices = pie<{ part: Part; index: number }>()
    .sort(null)
    .value(({ part }) => part.high)
    .padAngle(shown.length > 1 ? padAngle : 0)(shown);
  return slices.map(({ data: { part, index }, startAngle, endAngle, padAngle: pad }) => ({
    index,
    startAngle,
    endAngle,
    padAngle: pad,
    lowEndAngle: startAngle + pad + (endAngle - startAngle - pad) * (part.low / part.high),
  }));
}

export interface DonutSegment {
  /** Index of the part in the list given. */
  readonly index: number;
  /** The solid low piece; undefined when the low value is 0. */
  readonly lowPath: string | undefined;
  /** The light piece under it, the whole part up to the high value; undefined for a fixed amount. */
  readonly rangePath: string | undefined;
  /** Where the segment's tooltip points, in chart px. */
  readonly anchor: Point;
}

export interface DonutLayout {
  /** Centre of the ring, in chart px; paths and the centre's lines are relative to it. */
  readonly centre: Point;
  readonly innerRadius: number;
  readonly outerRadius: number;
  readonly segments: readonly DonutSegment[];
  /** Baselines of the centre's lines: "Total", the amount, and the midpoint note (only for a range). */
  readonly labelY: number;
  readonly valueY: number;
  readonly noteY: number | undefined;
}

/** The ring centred in a `width` × `height` chart, as large as the height allows. */
export function donutLayout(parts: readonly Part[], width: number, height: number): DonutLayout {
  const outerRadius = height / 2;
  const innerRadius = outerRadius * DONUT_HOLE_RATIO;
  const centre: Point = [width / 2, outerRadius];
  const ring = arc<{ startAngle: number; endAngle: number; padAngle: number }>()
    .innerRadius(innerRadius)
    .outerRadius(outerRadius)
    .cornerRadius(DONUT_CORNER_RADIUS)
    .digits(DIGITS);
  const lightRing = arc<{ startAngle: number; endAngle: number; padAngle: number }>()
    .innerRadius(innerRadius + OUTLINE_INSET)
    .outerRadius(outerRadius - OUTLINE_INSET)
    .cornerRadius(DONUT_CORNER_RADIUS)
    .digits(DIGITS);
  const segments = donutSlices(parts).map((slice): DonutSegment => {
    const part = parts[slice.index]!;
    // arc() returns a string when it has no context to draw into.
    let lowPath: string | undefined;
    if (part.low > 0) lowPath = ring({ ...slice, endAngle: slice.lowEndAngle })!;
    let rangePath: string | undefined;
    if (part.high > part.low) rangePath = lightRing(slice)!;
    const [x, y] = ring.centroid(slice);
    return { index: slice.index, lowPath, rangePath, anchor: [round(centre[0] + x), round(centre[1] + y - DONUT_TOOLTIP_LIFT)] };
  });
  const isRange = parts.some((part) => part.low !== part.high);
  // Three lines (label, amount, note) for a range; a fixed total has no note,
  // so its two lines move down by half a line to stay centred.
  const notePitch = TYPE_SCALE.note + CENTRE_LEADING;
  const valueY = isRange ? CENTRE_VALUE_BASELINE : CENTRE_VALUE_BASELINE + notePitch / 2;
  return {
    centre,
    innerRadius,
    outerRadius,
    segments,
    labelY: valueY - (TYPE_SCALE.total + CENTRE_LEADING),
    valueY,
    noteY: isRange ? valueY + notePitch : undefined,
  };
}

export interface BarSegment {
  /** Index of the part in the list given. */
  readonly index: number;
  /** The part's whole room along the bar: x and width, in px. */
  readonly x: number;
  readonly width: number;
  /** The solid low piece; undefined when the low value is 0. */
  readonly low: Rect | undefined;
  /** The light piece after it, up to the high value; undefined for a fixed amount. */
  readonly range: Rect | undefined;
  /** Where the segment's tooltip points: the middle of its top edge. */
  readonly anchor: Point;
}

export interface BarLayout {
  /** Baseline of the total's line above the bar. */
  readonly totalY: number;
  /** Whether the total's line uses short amounts ($210K) to fit. */
  readonly compactTotal: boolean;
  readonly segments: readonly BarSegment[];
}

/**
 * One bar `width` px long, divided in proportion to the high values, with
 * `gap` px between parts. Parts of zero take no room and get no segment.
 */
export function barLayout(parts: readonly Part[], width: number, gap = BAR_GAP): BarLayout {
  const layout = { totalY: BAR_TOTAL_BASELINE, compactTotal: width < BREAKPOINTS.compact };
  const total = parts.reduce((sum, part) => sum + part.high, 0);
  if (!(total > 0)) return { ...layout, segments: [] };
  const shown = parts.filter((part) => part.high > 0).length;
  // Amounts to px, over the length left once the gaps are taken out.
  const x = scaleLinear()
    .domain([0, total])
    .range([0, Math.max(0, width - gap * (shown - 1))]);
  // One row with a column per part: stack() gives each part's [start, end) in amounts.
  const series = stack<readonly Part[], number>()
    .keys(parts.map((_, index) => index))
    .value((row, index) => row[index]!.high)([parts]);
  const segments: BarSegment[] = [];
  for (const column of series) {
    const index = column.key;
    const part = parts[index]!;
    const [start, end] = column[0]!;
    if (!(part.high > 0)) continue;
    // Each part drawn before this one left a gap.
    const left = x(start) + gap * segments.length;
    const length = x(end) - x(start);
    const solid = x(part.low);
    const light = length - solid;
    let low: Rect | undefined;
    if (solid > MIN_PIECE) low = { x: round(left), y: BAR_TOP, width: round(solid), height: BAR_THICKNESS };
    let range: Rect | undefined;
    if (light > MIN_PIECE) {
      range = {
        x: round(left + solid + OUTLINE_INSET),
        y: BAR_TOP + OUTLINE_INSET,
        width: round(Math.max(0, light - 2 * OUTLINE_INSET)),
        height: BAR_THICKNESS - 2 * OUTLINE_INSET,
      };
    }
    segments.push({ index, x: round(left), width: round(length), low, range, anchor: [round(left + length / 2), BAR_TOP] });
  }
  return { ...layout, segments };
}

/**
 * The bar's total line: the first of `candidates` (fullest first) that fits
 * `width` px at the size it is drawn, else the last. Short amounts are not
 * short in every locale ("210.000 €" in German), so a fixed breakpoint
 * alone cannot keep the line inside the chart.
 */
export function fitBarTotal(candidates: readonly string[], width: number): string {
  return candidates.find((text) => ESTIMATED_TEXT.width(text, 'value') <= width) ?? candidates[candidates.length - 1] ?? '';
}
