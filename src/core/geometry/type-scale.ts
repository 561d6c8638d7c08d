import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Font sizes of chart text, in px: the one table that both the stylesheets
 * (through the `--_text-*` properties below) and the label measurements in
 * the geometry modules read, so a label is placed at the size it is drawn.
 */
export const TYPE_SCALE = {
  /** Amounts under the percentile bar. */
  value: 13,
  /** Percentile names, band labels, map state codes. */
  label: 11,
  /** Callouts (marker, reference), ranking labels and values, breakdown labels. */
  note: 12,
  /** Amounts inside map tiles. */
  small: 10,
  /** The amount in the donut's centre. */
  total: 17,
} as const;

export type TextRole = keyof typeof TYPE_SCALE;

/** `--_text-value: 13px; …` on :host, for the widgets' stylesheets. */
export const typeScaleStyles: CSSResult = unsafeCSS(
  `:host{${Object.entries(TYPE_SCALE)
    .map(([role, px]) => `--_text-${role}:${px}px;`)
    .join('')}}`,
);
