import { scaleLinear } from 'd3-scale';
import { BREAKPOINTS } from '../core/geometry/breakpoints.js';
import { fitText, placeLabels, textWidth } from '../core/geometry/labels.js';
import { TYPE_SCALE } from '../core/geometry/type-scale.js';

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

const LABEL_SIZE = TYPE_SCALE.note;
const VALUE_SIZE = TYPE_SCALE.note;
const TICK_SIZE = TYPE_SCALE.label;
const REFERENCE_SIZE = TYPE_SCALE.note;

/**
 * textWidth() assumes an average letter; amounts are digits, "$" and "K",
 * which run wider, and inside a bar they are bold: measure them as if set
 * this much larger.
 */
const AMOUNT_WIDTH_FACTOR = 1.1;
const BOLD_AMOUNT_WIDTH_FACTOR = 1.25;
const amountWidth = (text: string, fontSize: number, bold = false) => textWidth(text, fontSize * (bold ? BOLD_AMOUNT_WIDTH_FACTOR : AMOUNT_WIDTH_FACTOR));

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
  /** At least `MIN_BAR_WIDTH` wide; undefined for a row with no figure, which shows `NO_DATA_TEXT` instead. */
  readonly bar?: Rect & { readonly radius: number };
  /** Inside the bar's end (light text) when it fits there, otherwise just after it; "No data" where the bar would start. */
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
  /** Width of the label column; 0 when stacked. Bars start here. */
  readonly labelColumnWidth: number;
  readonly rows: readonly RankRow[];
  /** The value axis under the rows: nice ticks, and gridlines only where they cross no text. */
  readonly axis: { readonly ticks: readonly AxisTick[]; readonly gridlines: readonly VerticalSegment[] };
  readonly reference?: { readonly x: number; readonly segments: readonly VerticalSegment[]; readonly label: TextMark };
}

/** How the layout writes amounts; the element passes its locale's formatter. */
export interface RankingFormat {
  /** A bar's value label, from its annual amount. */
  readonly value: (annual: number) => string;
  /** A tick label, from an amount in the displayed period. */
  readonly tick: (amount: number) => string;
  /** An annual amount in the displayed period, so ticks fall on round hourly amounts too (default: unchanged). */
  readonly amount?: (annual: number) => number;
}

export interface RankingItem {
  readonly label: string;
  /** Annual amount; undefined for a row with no figure, drawn as "No data" where its bar would be, never as zero. */
  readonly value: number | undefined;
  /** The amount is a lower bound (a BLS top-code): its value reads "≥ $239,200". */
  readonly atLeast?: boolean;
}

/** A reference line: an amount and what it is. */
export interface RankingReference {
  readonly label: string;
  readonly value: number;
}

/** What a row with no figure shows where its bar would be. */
export const NO_DATA_TEXT = 'No data';
/** Before a lower bound's value. */
const AT_LEAST = '≥ ';

/** Chart height for `rowCount` bars at `width`: the reference row, the rows and the axis row; known before the data is. */
export function rankingHeight(rowCount: number, hasReference: boolean, width: number): number {
  const rowHeight = width < BREAKPOINTS.compact ? STACKED_ROW_HEIGHT : ROW_HEIGHT;
  return (hasReference ? REFERENCE_ROW_HEIGHT : 0) + rowCount * rowHeight + (rowCount > 0 ? AXIS_ROW_HEIGHT : 0);
}

/**
 * Lays out ranked horizontal bars from zero: a label column (at most 38% of
 * the width; longer labels are shortened) or, below `BREAKPOINTS.compact`,
 * labels above full-width bars; bars on a d3 linear scale made nice for a
 * light value axis underneath; each value inside its bar when it fits there,
 * otherwise just after it. A row with no figure has no bar: "No data" stands
 * where the bar would start.
 */
export function layoutRanking(items: readonly RankingItem[], width: number, format: RankingFormat, reference?: RankingReference): RankingLayout {
  const stacked = width < BREAKPOINTS.compact;
  const rowHeight = stacked ? STACKED_ROW_HEIGHT : ROW_HEIGHT;
  const rowsTop = reference ? REFERENCE_ROW_HEIGHT : 0;
  const rowsBottom = rowsTop + items.length * rowHeight;
  const displayed = format.amount ?? ((annual: number) => annual);

  const labelColumnWidth = stacked ? 0 : labelColumnFor(items, width);
  const barStart = labelColumnWidth;
  const valueTexts = items.map((item) => valueLabel(item, format));
  const valueWidths = items.map((item, index) =>
    item.value === undefined ? textWidth(NO_DATA_TEXT, VALUE_SIZE) : amountWidth(valueTexts[index]!, VALUE_SIZE),
  );
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
  const tickTexts = tickValues.map((value) => format.tick(value));
  const tickWidths = tickTexts.map((text) => amountWidth(text, TICK_SIZE));

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
    const barTop = rowTop + (stacked ? STACKED_BAR_TOP : BAR_TOP);
    const hitArea = { x: 0, y: rowTop, width, height: barTop + BAR_HEIGHT + HIT_BELOW_BAR - rowTop };

    const labelText = fitText(item.label, (stacked ? width : labelColumnWidth) - LABEL_PADDING, LABEL_SIZE) || '…';
    const label: TextMark = stacked
      ? { text: labelText, x: 0, y: rowTop + STACKED_LABEL_BASELINE, anchor: 'start' }
      : { text: labelText, x: labelColumnWidth - LABEL_GAP, y: barTop + BASELINE_IN_BAR, anchor: 'end' };
    textBoxes.push(textBox(label, textWidth(labelText, LABEL_SIZE), LABEL_SIZE));

    // No figure: no bar, and "No data" where it would start.
    if (item.value === undefined) {
      const noData = { text: NO_DATA_TEXT, x: barStart, y: barTop + BASELINE_IN_BAR, anchor: 'start' as const, inside: false };
      textBoxes.push(textBox(noData, valueWidths[index]!, VALUE_SIZE));
      return { index, label, value: noData, hitArea, tooltipAt: { x: barStart + valueWidths[index]! / 2, y: barTop } };
    }
    const barWidth = scale(amounts[index]!) - barStart;
    const barEnd = barStart + barWidth;

    const valueText = valueTexts[index]!;
    const boldWidth = amountWidth(valueText, VALUE_SIZE, true);
    const inside = barWidth > boldWidth + 2 * VALUE_PAD;
    const value = inside
      ? { text: valueText, x: barEnd - VALUE_PAD, y: barTop + BASELINE_IN_BAR, anchor: 'end' as const, inside }
      : { text: valueText, x: barEnd + VALUE_PAD, y: barTop + BASELINE_IN_BAR, anchor: 'start' as const, inside };
    textBoxes.push(textBox(value, inside ? boldWidth : valueWidths[index]!, VALUE_SIZE));

    return {
      index,
      label,
      bar: { x: barStart, y: barTop, width: Math.max(MIN_BAR_WIDTH, barWidth), height: BAR_HEIGHT, radius: BAR_RADIUS },
      value,
      hitArea,
      tooltipAt: { x: barStart + barWidth / 2, y: barTop },
    };
  });
  const rowTextBoxes = [...textBoxes];

  let referenceMark: RankingLayout['reference'];
  if (reference) {
    const x = scale(displayed(reference.value));
    const text = fitText(`${reference.label}: ${format.value(reference.value)}`, width, REFERENCE_SIZE);
    const labelWidth = textWidth(text, REFERENCE_SIZE);
    const left = Math.max(0, Math.min(width - labelWidth, x - labelWidth / 2));
    const label: TextMark = { text, x: left + labelWidth / 2, y: REFERENCE_LABEL_BASELINE, anchor: 'middle' };
    textBoxes.push(textBox(label, labelWidth, REFERENCE_SIZE));
    // Its label sits above the line's top; only the rows' texts cut the line.
    referenceMark = { x, label, segments: clearSegments(x, REFERENCE_LINE_TOP, rowsBottom, rowTextBoxes) };
  }

  // Tick labels centred under their gridlines, nudged inside the width; one
  // that would collide with another is left out with its gridline.
  const tickLefts = placeLabels(
    tickValues.map((value, index) => ({ x: scale(value), width: tickWidths[index]!, priority: 0 })),
    0,
    width,
    TICK_LABEL_GAP,
  );
  const ticks: AxisTick[] = [];
  tickValues.forEach((value, index) => {
    const left = tickLefts[index];
    if (left === null || left === undefined || items.length === 0) return;
    const label: TextMark = { text: tickTexts[index]!, x: left + tickWidths[index]! / 2, y: rowsBottom + TICK_BASELINE, anchor: 'middle' };
    textBoxes.push(textBox(label, tickWidths[index]!, TICK_SIZE));
    ticks.push({ value, x: scale(value), label });
  });
  const gridlines = ticks.flatMap((tick) => clearSegments(tick.x, rowsTop, rowsBottom, textBoxes));

  return {
    height: rankingHeight(items.length, !!reference, width),
    stacked,
    labelColumnWidth,
    rows,
    axis: { ticks, gridlines },
    reference: referenceMark,
  };
}

/** A bar's value label: "≥ " before a lower bound. */
function valueLabel(item: RankingItem, format: RankingFormat): string {
  if (item.value === undefined) return NO_DATA_TEXT;
  return (item.atLeast ? AT_LEAST : '') + format.value(item.value);
}

/** The label column: as wide as the longest label needs, within its share of the width. */
function labelColumnFor(items: readonly RankingItem[], width: number): number {
  const longest = Math.max(0, ...items.map((item) => textWidth(item.label, LABEL_SIZE)));
  return Math.max(LABEL_COLUMN_MIN_WIDTH, Math.min(Math.round(width * LABEL_COLUMN_MAX_SHARE), longest + LABEL_PADDING));
}

/** The box a text of estimated `width` is expected to cover. */
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
