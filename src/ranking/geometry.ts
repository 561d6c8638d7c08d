import { fitText, textWidth } from '../core/geometry/labels.js';
import { linearScale } from '../core/geometry/scale.js';

export const ROW = 26;
export const BAR = 18;
export const TOP = 20;
const FONT = 12;

export interface RankRow {
  readonly index: number;
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

/** Chart height for `rows` bars, with a row on top for a reference label. */
export const rankingHeight = (rows: number, reference: boolean) => (reference ? TOP : 0) + rows * ROW;

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
  const labelWidth = Math.max(60, Math.min(Math.round(width * 0.38), Math.max(0, ...items.map((d) => textWidth(d.label, FONT))) + 10));
  const room = Math.max(0, ...values.map((v) => textWidth(v, FONT))) + 8;
  const max = Math.max(0, ...items.map((d) => d.value), reference?.value ?? 0);
  const x = linearScale([0, max || 1], [labelWidth, Math.max(labelWidth + 1, width - room)]);
  const top = reference ? TOP : 0;
  const rows = items.map((d, i) => {
    const w = x(d.value) - labelWidth;
    return {
      index: i,
      label: fitText(d.label, labelWidth - 10, FONT) || '…',
      y: top + i * ROW,
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
  return { height: top + items.length * ROW, labelWidth, rows, reference: ref };
}
