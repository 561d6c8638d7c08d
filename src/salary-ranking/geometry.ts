import { scaleLinear } from 'd3-scale';
import { BREAKPOINTS } from '../core/geometry/breakpoints.js';
import { placeLabels } from '../core/geometry/labels.js';
import { ESTIMATED_TEXT, type TextContext } from '../core/geometry/text.js';
import type { TextRole } from '../core/geometry/type-scale.js';
import { isolate, RIGHT_TO_LEFT_ISOLATE } from '../core/bidi.js';

// Vertical metrics are written for a 16 px page (12 px labels) and grow with
// the host's font (`TextContext.scale`), rounded to whole pixels.
/** Row pitch with the labels in a column beside the bars. */
export const ROW_HEIGHT = 26;
/** Row pitch with each label above its bar (narrower than `BREAKPOINTS.compact`). */
export const STACKED_ROW_HEIGHT = 36;
export const BAR_HEIGHT = 18;
const BAR_RADIUS = 2;
/** A zero still shows as a sliver. */
const MIN_BAR_WIDTH = 1;
/** From a row's top to its bar's top: beside a label, and under a stacked label. */
const BAR_TOP = 4;
const STACKED_BAR_TOP = 16;
/** Baseline of 12 px text centred on an 18 px bar, from the bar's top. */
const BASELINE_IN_BAR = 13;
/** Baseline of a stacked label, from its row's top. */
const STACKED_LABEL_BASELINE = 12;
/** The hit area (and focus ring) reaches this far below its bar. */
const HIT_BELOW_BAR = 3;

/** Room above the rows for the reference line's label. */
export const REFERENCE_ROW_HEIGHT = 20;
const REFERENCE_LABEL_BASELINE = 12;
const REFERENCE_LINE_TOP = 16;

/** Room under the rows for the value axis's tick labels. */
export const AXIS_ROW_HEIGHT = 20;
/** Baseline of the tick labels, from the bottom of the rows. */
const TICK_BASELINE = 14;
/** One tick per this many px of axis, and never fewer than `MIN_TICK_COUNT`, asked of d3: a few, not a ruler. */
const TICK_SPACING = 240;
const MIN_TICK_COUNT = 3;
const TICK_LABEL_GAP = 6;

/** The label column takes at most this share of the width, and at least `LABEL_COLUMN_MIN_WIDTH`. */
const LABEL_COLUMN_MAX_SHARE = 0.38;
const LABEL_COLUMN_MIN_WIDTH = 60;
/** Horizontal room around a label in its column (or beside a stacked one)… */
const LABEL_PADDING = 10;
/** …of which this much separates the label's end from the bars. */
const LABEL_GAP = 8;

/** Text keeps this far from the chart's sides: a serif's "A" or "J" inks a little past its advance. */
const EDGE_INSET = 2;

/** From a bar's end to its value, inside or after the bar. */
const VALUE_PAD = 5;
/** Room kept after a value that sits after its bar: the pad plus a margin at the right edge. */
const VALUE_ROOM = VALUE_PAD + 3;

/**
 * Lines keep this many px away from the sides of any text, and this many
 * from its top and bottom (the box is already generous there), so a line
 * still shows in the 8 px between two rows whose values it passes.
 */
const TEXT_CLEARANCE_X = 3;
const TEXT_CLEARANCE_Y = 1;
/** Pieces of a gapped line shorter than this are left out: they read as specks, not lines. */
const MIN_SEGMENT = 6;
/** Extent of a text's box above and below its baseline, as a share of the font size (generous for common UI fonts). */
const TEXT_ASCENT = 1;
const TEXT_DESCENT = 0.3;

/** Text roles, the sizes the stylesheet draws them at. */
const LABEL_ROLE: TextRole = 'note';
const VALUE_ROLE: TextRole = 'note';
const TICK_ROLE: TextRole = 'label';
const REFERENCE_ROLE: TextRole = 'note';
/** Values inside a bar are drawn at this weight (`.inside` in the styles). */
const INSIDE_WEIGHT = 600;

export type TextAnchor = 'start' | 'middle' | 'end';

/** A piece of text as drawn: `x` is where `anchor` puts it, `y` its baseline. */
export interface TextMark {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: TextAnchor;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a text's ink is expected, for keeping lines off it. */
export interface TextBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A piece of a vertical line. */
export interface VerticalSegment {
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
}

export interface RankRow {
  readonly index: number;
  /** The label as drawn: shortened with an ellipsis when it does not fit. */
  readonly label: TextMark;
  /** At least `MIN_BAR_WIDTH` wide; undefined for a row with no figure, which shows `RankingFormat.noData` instead. */
  readonly bar?: Rect & { readonly radius: number };
  /** Inside the bar's end when it fits there (and may be written there), otherwise just after it; "No data" where the bar would start. */
  readonly value: TextMark & { readonly inside: boolean };
  /** The invisible area that takes the pointer and draws the focus ring. */
  readonly hitArea: Rect;
  /** Where the tooltip points: the middle of the bar's top edge (or of the "No data" text). */
  readonly tooltipAt: { readonly x: number; readonly y: number };
}

export interface AxisTick {
  /** In the displayed period (hourly amounts when the widget shows hourly ones). */
  readonly value: number;
  readonly x: number;
  readonly label: TextMark;
}

export interface RankingLayout {
  readonly height: number;
  /** Whether labels sit above their bars rather than in a column. */
  readonly stacked: boolean;
  /** Width of the label column; 0 when stacked. Bars start this far from the left edge (from the right one when mirrored). */
  readonly labelColumnWidth: number;
  readonly rows: readonly RankRow[];
  /** The value axis under the rows: nice ticks, and gridlines only where they cross no text. */
  readonly axis: { readonly ticks: readonly AxisTick[]; readonly gridlines: readonly VerticalSegment[] };
  readonly reference?: { readonly x: number; readonly segments: readonly VerticalSegment[]; readonly label: TextMark };
}

/**
 * How the layout writes amounts and words, already in the reader's language:
 * the element passes its locale's formatter and its messages.
 */
export interface RankingFormat {
  /** Value labels, from annual amounts: the bars' and the reference line's, all written together (one compact unit for all). */
  readonly values: (annuals: readonly number[]) => string[];
  /** Tick labels, from amounts in the displayed period, all written together. */
  readonly ticks: (amounts: readonly number[]) => string[];
  /** An annual amount in the displayed period, so ticks fall on round hourly amounts too (default: unchanged). */
  readonly amount?: (annual: number) => number;
  /** What a row with no figure shows where its bar would be ("No data"). */
  readonly noData: string;
  /** The reference line's label from its name and amount ("U.S.: $133,080"). */
  readonly referenceLabel: (label: string, amount: string) => string;
}

export interface RankingItem {
  readonly label: string;
  /** Annual amount; undefined for a row with no figure, drawn as "No data" where its bar would be, never as zero. */
  readonly value: number | undefined;
  /** The amount is a lower bound (a BLS top-code): its value reads "≥ $239,200". */
  readonly atLeast?: boolean;
  /** Write the value after the bar even where it fits inside: no text colour reads well enough on the bar's fill. */
  readonly valueOutside?: boolean;
}

/** A reference line: an amount and what it is. */
export interface RankingReference {
  readonly label: string;
  readonly value: number;
}

/** Before a lower bound's value. */
const AT_LEAST = '≥ ';

/** What the ranking is drawn against besides its rows: a reference line, the host's text and the page's direction. */
export interface RankingOptions {
  readonly reference?: RankingReference;
  /** Sizes and measured widths of the host's text (default: the DOM-free estimate for a 16 px page). */
  readonly text?: TextContext;
  /** A right-to-left page: the layout is mirrored, labels on the right and bars growing leftward from them. */
  readonly rtl?: boolean;
}

/** The vertical metrics at the host's font size: the 16 px page's, scaled and rounded to whole pixels. */
function metricsFor(text: TextContext) {
  const px = (base: number) => Math.round(base * text.scale);
  return {
    rowHeight: px(ROW_HEIGHT),
    stackedRowHeight: px(STACKED_ROW_HEIGHT),
    barHeight: px(BAR_HEIGHT),
    barTop: px(BAR_TOP),
    stackedBarTop: px(STACKED_BAR_TOP),
    baselineInBar: px(BASELINE_IN_BAR),
    stackedLabelBaseline: px(STACKED_LABEL_BASELINE),
    hitBelowBar: px(HIT_BELOW_BAR),
    referenceRowHeight: px(REFERENCE_ROW_HEIGHT),
    referenceLabelBaseline: px(REFERENCE_LABEL_BASELINE),
    referenceLineTop: px(REFERENCE_LINE_TOP),
    axisRowHeight: px(AXIS_ROW_HEIGHT),
    tickBaseline: px(TICK_BASELINE),
  };
}

/** Labels go above their bars below `BREAKPOINTS.compact`, sooner in larger text, whose column would crowd the bars. */
const isStacked = (width: number, text: TextContext) => width < BREAKPOINTS.compact * text.scale;

/** Chart height for `rowCount` bars at `width`: the reference row, the rows and the axis row; known before the data is. */
export function rankingHeight(rowCount: number, hasReference: boolean, width: number, text: TextContext = ESTIMATED_TEXT): number {
  const metrics = metricsFor(text);
  const rowHeight = isStacked(width, text) ? metrics.stackedRowHeight : metrics.rowHeight;
  return (hasReference ? metrics.referenceRowHeight : 0) + rowCount * rowHeight + (rowCount > 0 ? metrics.axisRowHeight : 0);
}

/**
 * Lays out ranked horizontal bars from zero: a label column (at most 38% of
 * the width; longer labels are shortened) or, below `BREAKPOINTS.compact`,
 * labels above full-width bars; bars on a d3 linear scale made nice for a
 * light value axis underneath; each value inside its bar when it fits there,
 * otherwise just after it. A row with no figure has no bar: "No data" stands
 * where the bar would start. Every text is placed by its measured width, and
 * the reference line and gridlines are gapped around every text's box. On a
 * right-to-left page the whole layout is mirrored.
 */
export function layoutRanking(items: readonly RankingItem[], width: number, format: RankingFormat, options: RankingOptions = {}): RankingLayout {
  const { reference, text = ESTIMATED_TEXT, rtl = false } = options;
  const metrics = metricsFor(text);
  const stacked = isStacked(width, text);
  const rowHeight = stacked ? metrics.stackedRowHeight : metrics.rowHeight;
  const rowsTop = reference ? metrics.referenceRowHeight : 0;
  const rowsBottom = rowsTop + items.length * rowHeight;
  const displayed = format.amount ?? ((annual: number) => annual);
  const boxOf = (mark: TextMark, markWidth: number, role: TextRole) => textBox(mark, markWidth, text.size(role));

  const labelColumnWidth = stacked ? 0 : labelColumnFor(items, width, text);
  const barStart = labelColumnWidth;
  // The bars' figures and the reference's, written in one go so that they share one compact unit.
  const figures = items.flatMap((item) => (item.value === undefined ? [] : [item.value]));
  const written = format.values(reference ? [...figures, reference.value] : figures);
  let figureIndex = 0;
  // "≥ " before a lower bound; "No data" for a row with no figure.
  const valueTexts = items.map((item) => (item.value === undefined ? format.noData : (item.atLeast ? AT_LEAST : '') + written[figureIndex++]!));
  const valueWidths = valueTexts.map((valueText) => text.width(valueText, VALUE_ROLE));
  const amounts = items.map((item) => (item.value === undefined ? 0 : displayed(item.value)));

  // d3 rounds the domain's end up to a round amount at its default
  // precision (a tenth of the way), so the top bar still nearly fills the
  // axis, and picks a few round ticks within it.
  const largest = Math.max(0, ...amounts, reference ? displayed(reference.value) : 0);
  const roughAxisWidth = width - barStart - (Math.max(0, ...valueWidths) + VALUE_ROOM);
  const tickCount = Math.max(MIN_TICK_COUNT, Math.floor(roughAxisWidth / TICK_SPACING));
  const scale = scaleLinear()
    .domain([0, largest || 1])
    .nice();
  const niceMax = scale.domain()[1]!;
  const tickValues = scale.ticks(tickCount);
  const tickTexts = format.ticks(tickValues);
  const tickWidths = tickTexts.map((tickText) => text.width(tickText, TICK_ROLE));

  // The axis ends as far right as it can while every bar keeps room for its
  // value after it, should the value not fit inside, and the last tick's
  // label fits centred under it.
  const roomAfter = [
    ...amounts.map((amount, index) => ({ amount, room: VALUE_ROOM + valueWidths[index]! })),
    { amount: tickValues[tickValues.length - 1] ?? 0, room: (tickWidths[tickWidths.length - 1] ?? 0) / 2 },
  ];
  let axisEnd = width;
  for (const { amount, room } of roomAfter) {
    if (amount > 0) axisEnd = Math.min(axisEnd, barStart + ((width - room - barStart) * niceMax) / amount);
  }
  scale.range([barStart, Math.max(barStart + 1, axisEnd)]);

  const textBoxes: TextBox[] = [];
  const rows = items.map((item, index): RankRow => {
    const rowTop = rowsTop + index * rowHeight;
    const barTop = rowTop + (stacked ? metrics.stackedBarTop : metrics.barTop);
    const baseline = barTop + metrics.baselineInBar;
    const hitArea = { x: 0, y: rowTop, width, height: barTop + metrics.barHeight + metrics.hitBelowBar - rowTop };

    const labelText = fitText(item.label, (stacked ? width : labelColumnWidth) - LABEL_PADDING, text, LABEL_ROLE) || '…';
    const label: TextMark = stacked
      ? { text: labelText, x: EDGE_INSET, y: rowTop + metrics.stackedLabelBaseline, anchor: 'start' }
      : { text: labelText, x: labelColumnWidth - LABEL_GAP, y: baseline, anchor: 'end' };
    textBoxes.push(boxOf(label, text.width(labelText, LABEL_ROLE), LABEL_ROLE));

    // No figure: no bar, and "No data" where it would start.
    if (item.value === undefined) {
      const noDataX = stacked ? EDGE_INSET : barStart;
      const noData = { text: format.noData, x: noDataX, y: baseline, anchor: 'start' as const, inside: false };
      textBoxes.push(boxOf(noData, valueWidths[index]!, VALUE_ROLE));
      return { index, label, value: noData, hitArea, tooltipAt: { x: noDataX + valueWidths[index]! / 2, y: barTop } };
    }
    const barWidth = scale(amounts[index]!) - barStart;
    const barEnd = barStart + barWidth;

    const valueText = valueTexts[index]!;
    const boldWidth = text.width(valueText, VALUE_ROLE, INSIDE_WEIGHT);
    const inside = !item.valueOutside && barWidth > boldWidth + 2 * VALUE_PAD;
    const value = inside
      ? { text: valueText, x: barEnd - VALUE_PAD, y: baseline, anchor: 'end' as const, inside }
      : { text: valueText, x: barEnd + VALUE_PAD, y: baseline, anchor: 'start' as const, inside };
    textBoxes.push(boxOf(value, inside ? boldWidth : valueWidths[index]!, VALUE_ROLE));

    return {
      index,
      label,
      bar: { x: barStart, y: barTop, width: Math.max(MIN_BAR_WIDTH, barWidth), height: metrics.barHeight, radius: BAR_RADIUS },
      value,
      hitArea,
      tooltipAt: { x: barStart + barWidth / 2, y: barTop },
    };
  });
  const rowTextBoxes = [...textBoxes];

  let referenceMark: RankingLayout['reference'];
  if (reference) {
    const x = scale(displayed(reference.value));
    const amount = written[figures.length]!;
    const whole = format.referenceLabel(reference.label, amount);
    const fitted = fitText(whole, width - 2 * EDGE_INSET, text, REFERENCE_ROLE);
    const labelWidth = text.width(fitted, REFERENCE_ROLE);
    const left = Math.max(EDGE_INSET, Math.min(width - EDGE_INSET - labelWidth, x - labelWidth / 2));
    const label: TextMark = { text: fitted, x: left + labelWidth / 2, y: metrics.referenceLabelBaseline, anchor: 'middle' };
    textBoxes.push(boxOf(label, labelWidth, REFERENCE_ROLE));
    // Its label sits above the line's top; only the rows' texts cut the line.
    const segments = clearSegments(x, metrics.referenceLineTop, rowsBottom, rowTextBoxes);
    // "U.S.: $133,080" on a right-to-left page reads from the right, each part in its own direction.
    // The words keep their own direction (left to right in every built-in language), the label and amount theirs.
    const drawn = rtl && fitted === whole ? isolate(format.referenceLabel(isolate(reference.label), isolate(amount))) : fitted;
    referenceMark = { x, label: { ...label, text: drawn }, segments };
  }

  // Tick labels centred under their gridlines, nudged inside the width; one
  // that would collide with another is left out with its gridline.
  const tickLefts = placeLabels(
    tickValues.map((value, index) => ({ x: scale(value), width: tickWidths[index]!, priority: 0 })),
    EDGE_INSET,
    width - EDGE_INSET,
    TICK_LABEL_GAP,
  );
  const ticks: AxisTick[] = [];
  tickValues.forEach((value, index) => {
    const left = tickLefts[index];
    if (left === null || left === undefined || items.length === 0) return;
    const label: TextMark = { text: tickTexts[index]!, x: left + tickWidths[index]! / 2, y: rowsBottom + metrics.tickBaseline, anchor: 'middle' };
    textBoxes.push(boxOf(label, tickWidths[index]!, TICK_ROLE));
    ticks.push({ value, x: scale(value), label });
  });
  const gridlines = ticks.flatMap((tick) => clearSegments(tick.x, rowsTop, rowsBottom, textBoxes));

  const layout: RankingLayout = {
    height: rankingHeight(items.length, !!reference, width, text),
    stacked,
    labelColumnWidth,
    rows,
    axis: { ticks, gridlines },
    reference: referenceMark,
  };
  return rtl ? mirrorRanking(layout, items, width) : layout;
}

/** The label column: as wide as the longest label needs, within its share of the width. */
function labelColumnFor(items: readonly RankingItem[], width: number, text: TextContext): number {
  const longest = Math.max(0, ...items.map((item) => text.width(item.label, LABEL_ROLE)));
  return Math.max(LABEL_COLUMN_MIN_WIDTH, Math.min(Math.round(width * LABEL_COLUMN_MAX_SHARE), longest + LABEL_PADDING));
}

/**
 * `label` as it fits in `room` px in a role: whole, or its longest start
 * that fits with an ellipsis; "" when not even 3 characters fit.
 */
export function fitText(label: string, room: number, text: TextContext, role: TextRole): string {
  if (text.width(label, role) <= room) return label;
  const chars = [...label];
  const shortened = (count: number) => chars.slice(0, count).join('').trimEnd() + '…';
  // Widths grow with the count of characters: halve the range.
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const count = Math.ceil((low + high) / 2);
    if (text.width(shortened(count), role) <= room) low = count;
    else high = count - 1;
  }
  return low >= 3 ? shortened(low) : '';
}

const MIRRORED_ANCHOR: Record<TextAnchor, TextAnchor> = { start: 'end', middle: 'middle', end: 'start' };

/**
 * The layout for a right-to-left page: every x mirrored, so the label column
 * is on the right and bars grow leftward from it, with anchors swapped. Row
 * labels are isolated (their own direction, whatever the page's), and
 * amounts read right to left, "≥" before the amount as an RTL reader reads.
 */
function mirrorRanking(layout: RankingLayout, items: readonly RankingItem[], width: number): RankingLayout {
  const mirrorText = <M extends TextMark>(mark: M, drawn = mark.text): M => ({ ...mark, text: drawn, x: width - mark.x, anchor: MIRRORED_ANCHOR[mark.anchor] });
  const mirrorRect = <R extends Rect>(rect: R): R => ({ ...rect, x: width - rect.x - rect.width });
  const mirrorLine = (line: VerticalSegment): VerticalSegment => ({ ...line, x: width - line.x });
  const amountText = (mark: TextMark, item: RankingItem | undefined) => {
    if (item?.value === undefined) return mark.text;
    const amount = item.atLeast ? `${AT_LEAST}${isolate(mark.text.slice(AT_LEAST.length))}` : mark.text;
    return isolate(amount, RIGHT_TO_LEFT_ISOLATE);
  };
  const { axis, reference } = layout;
  return {
    ...layout,
    rows: layout.rows.map((row) => ({
      ...row,
      label: mirrorText(row.label, isolate(row.label.text)),
      bar: row.bar && mirrorRect(row.bar),
      value: mirrorText(row.value, amountText(row.value, items[row.index])),
      hitArea: mirrorRect(row.hitArea),
      tooltipAt: { ...row.tooltipAt, x: width - row.tooltipAt.x },
    })),
    axis: {
      ticks: axis.ticks.map((tick) => ({ ...tick, x: width - tick.x, label: mirrorText(tick.label, isolate(tick.label.text, RIGHT_TO_LEFT_ISOLATE)) })),
      gridlines: axis.gridlines.map(mirrorLine),
    },
    reference: reference && { x: width - reference.x, label: mirrorText(reference.label), segments: reference.segments.map(mirrorLine) },
  };
}

/** The box a text of measured `width` is expected to cover. */
export function textBox(mark: TextMark, width: number, fontSize: number): TextBox {
  let left: number;
  switch (mark.anchor) {
    case 'start':
      left = mark.x;
      break;
    case 'middle':
      left = mark.x - width / 2;
      break;
    case 'end':
      left = mark.x - width;
      break;
  }
  return { left, right: left + width, top: mark.y - Math.ceil(fontSize * TEXT_ASCENT), bottom: mark.y + Math.ceil(fontSize * TEXT_DESCENT) };
}

/**
 * The pieces of the vertical line at `x` from `top` to `bottom` that stay
 * clear of every box; pieces shorter than `MIN_SEGMENT` are left out.
 */
export function clearSegments(x: number, top: number, bottom: number, boxes: readonly TextBox[]): VerticalSegment[] {
  const blocked = boxes
    .filter((box) => x > box.left - TEXT_CLEARANCE_X && x < box.right + TEXT_CLEARANCE_X)
    .map((box) => [box.top - TEXT_CLEARANCE_Y, box.bottom + TEXT_CLEARANCE_Y] as const)
    .sort((a, b) => a[0] - b[0]);
  const segments: VerticalSegment[] = [];
  let from = top;
  for (const [blockTop, blockBottom] of blocked) {
    const to = Math.min(blockTop, bottom);
    if (to - from >= MIN_SEGMENT) segments.push({ x, y1: from, y2: to });
    from = Math.max(from, blockBottom);
  }
  if (bottom - from >= MIN_SEGMENT) segments.push({ x, y1: from, y2: bottom });
  return segments;
}

/** The pieces of vertical lines as one path's data, a subpath each: "M10,0V20M10,30V40". */
export function segmentsPath(segments: readonly VerticalSegment[]): string {
  return segments.map((line) => `M${line.x},${line.y1}V${line.y2}`).join('');
}
