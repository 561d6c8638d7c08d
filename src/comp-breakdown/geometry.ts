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
import { ESTIMATED_TEXT, type TextContext } from '../core/geometry/text.js';
import type { TextRole } from '../core/geometry/type-scale.js';

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

/** Largest donut, in px across on a 16 px page (it grows with the font); a narrower box gets a smaller one. */
export const DONUT_MAX_SIZE = 240;
/** The hole's radius as a share of the outer radius. */
export const DONUT_HOLE_RATIO = 0.62;
/** Gap between neighbouring parts of the ring, in radians. */
export const DONUT_PAD_ANGLE = 0.02;
/** Rounding of each ring piece's corners, in px. */
export const DONUT_CORNER_RADIUS = 3;
/** Chart height of the stacked bar, with the total's line above the bar, on a 16 px page. */
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
/** Leading between the centre's lines, added to the lower line's font size (px on a 16 px page). */
const CENTRE_LEADING = 5;
/** Air between the centre's text and the hole's edge (px on a 16 px page). */
const CENTRE_INSET = 4;
/** A line's ink above its baseline (digits and capitals) and below it ("p" in "midpoint"), in em. */
const ASCENT = 0.75;
const DESCENT = 0.22;
/** Decimals kept in path data and coordinates: a hundredth of a pixel. */
const DIGITS = 2;

const round = (n: number): number => Math.round(n * 10 ** DIGITS) / 10 ** DIGITS;

/**
 * Height of the chart for a variant in a box `width` px wide (full size before
 * the width is known). Both grow with the page's font, so larger text has room.
 */
export function chartHeight(variant: Variant, width: number, text: TextContext = ESTIMATED_TEXT): number {
  if (variant === 'bar') return round(BAR_CHART_HEIGHT * text.scale);
  const largest = round(DONUT_MAX_SIZE * text.scale);
  if (!(width > 0)) return largest;
  return Math.min(largest, width);
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
  /** The whole part's outline: its target for the pointer, and where its focus ring is drawn. */
  readonly outlinePath: string;
  /** Where the segment's tooltip points, in chart px. */
  readonly anchor: Point;
}

export interface DonutLayout {
  /** Centre of the ring, in chart px; paths and the centre's lines are relative to it. */
  readonly centre: Point;
  readonly innerRadius: number;
  readonly outerRadius: number;
  readonly segments: readonly DonutSegment[];
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
    return { index: slice.index, lowPath, rangePath, outlinePath: ring(slice)!, anchor: [round(centre[0] + x), round(centre[1] + y - DONUT_TOOLTIP_LIFT)] };
  });
  return { centre, innerRadius, outerRadius, segments };
}

/**
 * The centre's words, already in the reader's language: "Total", the amount
 * on one line ("$210K–$300K"), the same split onto two lines after its dash
 * (["$210K–", "$300K"]; undefined for a fixed total), and the midpoint note
 * ("" for none).
 */
export interface CentreText {
  readonly label: string;
  readonly amount: string;
  readonly split?: readonly [string, string] | undefined;
  readonly note: string;
}

/** One line of the donut's centre: its text, baseline (relative to the centre) and role. */
export interface CentreLine {
  readonly text: string;
  readonly y: number;
  readonly role: TextRole;
  /** Which line it is, for its class: the label, the amount (one or two lines) or the note. */
  readonly kind: 'label' | 'value' | 'note';
}

/** The total as one line, or split onto two; no lines when it has no split form. */
function amountLines({ amount, split }: CentreText, splitting: boolean): readonly string[] {
  if (!splitting) return [amount];
  return split ?? [];
}

/**
 * The centre's lines, fullest first, that fit inside the hole of radius
 * `innerRadius` by measured width: every line is checked against the hole's
 * chord at its ink's farthest edge from the centre. The amount is split onto
 * two lines after its dash, then the note dropped, then the amount set a size
 * smaller, then "Total" dropped; if nothing fits the centre stays empty (the
 * legend's Total row still gives the total).
 */
export function fitCentre(words: CentreText, innerRadius: number, text: TextContext = ESTIMATED_TEXT): CentreLine[] {
  const radius = innerRadius - CENTRE_INSET * text.scale;
  const attempts: [valueRole: TextRole, split: boolean, label: boolean, note: boolean][] = [
    ['total', false, true, true],
    ['total', true, true, true],
    ['total', false, true, false],
    ['total', true, true, false],
    ['value', false, true, false],
    ['value', true, true, false],
    ['value', false, false, false],
    ['value', true, false, false],
  ];
  for (const [valueRole, split, label, note] of attempts) {
    const values = amountLines(words, split);
    if (!values.length) continue;
    const lines: Omit<CentreLine, 'y'>[] = [
      ...(label ? [{ text: words.label, role: 'note' as const, kind: 'label' as const }] : []),
      ...values.map((value) => ({ text: value, role: valueRole, kind: 'value' as const })),
      ...(note && words.note ? [{ text: words.note, role: 'note' as const, kind: 'note' as const }] : []),
    ];
    const placed = centreLines(lines, text);
    if (placed.every((line) => lineWidth(line, text) <= chord(line, radius, text))) return placed;
  }
  return [];
}

/** Baselines for lines stacked with leading, the block's ink centred on the ring's centre. */
function centreLines(lines: readonly Omit<CentreLine, 'y'>[], text: TextContext): CentreLine[] {
  let baseline = 0;
  const placed = lines.map((line, i) => {
    if (i > 0) baseline += text.size(line.role) + CENTRE_LEADING * text.scale;
    return { ...line, y: baseline };
  });
  const first = placed[0];
  if (!first) return [];
  // Centre from the first line's cap height to the last baseline: descenders hang below, as digits have none.
  const top = first.y - ASCENT * text.size(first.role);
  const shift = -(top + baseline) / 2;
  return placed.map((line) => ({ ...line, y: round(line.y + shift) }));
}

const lineWidth = (line: CentreLine, text: TextContext): number => text.width(line.text, line.role, line.kind === 'value' ? 700 : 400);

/** Width of the hole at the line's ink edge farthest from the centre. */
function chord(line: CentreLine, radius: number, text: TextContext): number {
  const size = text.size(line.role);
  const farthest = Math.max(Math.abs(line.y - ASCENT * size), Math.abs(line.y + DESCENT * size));
  return 2 * Math.sqrt(Math.max(0, radius * radius - farthest * farthest));
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
  /** The whole part: its target for the pointer, and where its focus ring is drawn. */
  readonly box: Rect;
  /** Where the segment's tooltip points: the middle of its top edge. */
  readonly anchor: Point;
}

export interface BarLayout {
  /** Baseline of the total's line above the bar, and where it is anchored: the start edge (x 0, or the width when right to left). */
  readonly totalY: number;
  readonly totalX: number;
  /** Whether the total's line uses short amounts ($210K) to fit. */
  readonly compactTotal: boolean;
  readonly segments: readonly BarSegment[];
}

/** Options of the bar's layout: the page's text, its direction, and the gap between parts. */
export interface BarOptions {
  readonly text?: TextContext;
  /** Right to left: the first part sits at the right end and the total's line starts there. */
  readonly rtl?: boolean;
  readonly gap?: number;
}

/**
 * One bar `width` px long, divided in proportion to the high values, with
 * `gap` px between parts. Parts of zero take no room and get no segment.
 * Its rows grow with the page's font.
 */
export function barLayout(parts: readonly Part[], width: number, { text = ESTIMATED_TEXT, rtl = false, gap = BAR_GAP }: BarOptions = {}): BarLayout {
  const top = round(BAR_TOP * text.scale);
  const thickness = round(BAR_THICKNESS * text.scale);
  const layout = { totalY: round(BAR_TOTAL_BASELINE * text.scale), totalX: rtl ? width : 0, compactTotal: width < BREAKPOINTS.compact };
  const total = parts.reduce((sum, part) => sum + part.high, 0);
  if (!(total > 0)) return { ...layout, segments: [] };
  const shown = parts.filter((part) => part.high > 0).length;
  // Amounts to px, over the length left once the gaps are taken out.
  const x = scaleLinear()
    .domain([0, total])
    .range([0, Math.max(0, width - gap * (shown - 1))]);
  // Right to left, a piece from `start` for `length` px is mirrored about the bar's middle.
  const place = (start: number, length: number) => (rtl ? width - start - length : start);
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
    if (solid > MIN_PIECE) low = { x: round(place(left, solid)), y: top, width: round(solid), height: thickness };
    let range: Rect | undefined;
    if (light > MIN_PIECE) {
      const lightLength = Math.max(0, light - 2 * OUTLINE_INSET);
      range = {
        x: round(place(left + solid + OUTLINE_INSET, lightLength)),
        y: top + OUTLINE_INSET,
        width: round(lightLength),
        height: thickness - 2 * OUTLINE_INSET,
      };
    }
    const from = place(left, length);
    const box = { x: round(from), y: top, width: round(length), height: thickness };
    segments.push({ index, x: box.x, width: box.width, low, range, box, anchor: [round(from + length / 2), top] });
  }
  return { ...layout, segments };
}

/**
 * The bar's total line: the first of `candidates` (fullest first) that fits
 * `width` px, measured in the page's font at the size and weight it is drawn;
 * "" when none fits (the legend's Total row still gives it). Short amounts
 * are not short in every locale ("210.000 €" in German), so a fixed
 * breakpoint alone cannot keep the line inside the chart.
 */
export function fitBarTotal(candidates: readonly string[], width: number, text: TextContext = ESTIMATED_TEXT): string {
  return candidates.find((line) => text.width(line, 'value', 600) <= width) ?? '';
}
