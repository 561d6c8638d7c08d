import { fitText, textWidth } from '../core/geometry/labels.js';
import { linearScale } from '../core/geometry/scale.js';

export const ROW = 26;
export const BAR = 18;
export const TOP = 20;
const FONT = 12;
/** Below this width labels go above their bars, at full width, instead of in a column beside them. */
export const STACK = 420;
const STACKED_ROW = 36;

export interface RankRow {
  readonly index: number;
  /** Where the label's text ends (right-aligned in a column) or starts (above the bar). */
  readonly labelX: number;
  readonly labelY: number;
  readonly barY: number;
  /** The label as drawn: shortened with an ellipsis when it does not fit. */
  readonly label: string;
  readonly y: number;
  readonly x: number;
  readonly width: number;
  readonly value: string;
  /** Whether the value label sits inside the bar (light text) or after it. */
  readonly inside: boolean;
}

export interface RankingLayout {
  readonly height: number;
  readonly labelWidth: number;
  readonly rows: readonly RankRow[];
  readonly reference?: { readonly x: number; readonly text: string; readonly left: number };
}

/** Chart height for `rows` bars at `width`, with a row on top for a reference label. */
export const rankingHeight = (rows: number, reference: boolean, width: number) => (reference ? TOP : 0) + rows * (width < STACK ? STACKED_ROW : ROW);

/**
 * Lays out ranked horizontal bars from zero: a label column (at most 38% of
 * the width; longer labels are shortened), bars to scale, and each value
 * inside its bar when it fits there, otherwise just after it.
 */
export function layoutRanking(
  items: readonly { label: string; value: number }[],
  width: number,
  format: (v: number) => string,
  reference?: { value: number; label: string },
): RankingLayout {
  const values = items.map((d) => format(d.value));
  const stacked = width < STACK;
  const row = stacked ? STACKED_ROW : ROW;
  const labelWidth = stacked ? 0 : Math.max(60, Math.min(Math.round(width * 0.38), Math.max(0, ...items.map((d) => textWidth(d.label, FONT))) + 10));
  const room = Math.max(0, ...values.map((v) => textWidth(v, FONT))) + 8;
  const max = Math.max(0, ...items.map((d) => d.value), reference?.value ?? 0);
  const x = linearScale([0, max || 1], [labelWidth, Math.max(labelWidth + 1, width - room)]);
  const top = reference ? TOP : 0;
  const rows = items.map((d, i) => {
    const w = x(d.value) - labelWidth;
    const y = top + i * row;
    return {
      index: i,
      label: fitText(d.label, (stacked ? width : labelWidth) - 10, FONT) || '…',
      labelX: stacked ? 0 : labelWidth - 8,
      labelY: stacked ? y + 12 : y + 17,
      barY: stacked ? y + 16 : y + 4,
      y,
      x: labelWidth,
      width: w,
      value: values[i]!,
      inside: w > textWidth(values[i]!, FONT) + 10,
    };
  });
  let ref: RankingLayout['reference'];
  if (reference) {
    const rx = x(reference.value);
    const text = fitText(`${reference.label}: ${format(reference.value)}`, width, FONT);
    const tw = textWidth(text, FONT);
    ref = { x: rx, text, left: Math.max(0, Math.min(width - tw, rx - tw / 2)) };
  }
  return { height: top + items.length * row, labelWidth, rows, reference: ref };
}
