import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Font sizes of chart text, in px on a page whose text is 16 px: the one
 * table that both the stylesheets (through the `--_text-*` properties below)
 * and the label measurements in the geometry modules read, so a label is
 * placed at the size it is drawn. Both follow the host's font size within
 * bounds (see `roleSize` in text.ts).
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

/** The page font size the table is written for. */
export const BASE_PX = 16;
/** Chart text never shrinks below 85% of its table size, nor grows past twice it. */
const MIN_RATIO = 0.85;
const MAX_RATIO = 2;

/** A role's size in px on a page whose text is `hostPx`: proportional, within bounds. */
export function roleSize(role: TextRole, hostPx: number): number {
  const base = TYPE_SCALE[role];
  return Math.min(base * MAX_RATIO, Math.max(base * MIN_RATIO, (base * hostPx) / BASE_PX));
}

// The CSS twin of roleSize().
const cssSize = (px: number) => `clamp(${px * MIN_RATIO}px, ${px / BASE_PX}em, ${px * MAX_RATIO}px)`;

/**
 * `--_text-value: clamp(11.05px, 0.8125em, 26px); …` on :host. The em resolves
 * where the property is used: chart text sits in the SVG, whose font size is
 * the host's, so every role is relative to the page's text.
 */
export const typeScaleStyles: CSSResult = unsafeCSS(
  `:host{${Object.entries(TYPE_SCALE)
    .map(([role, px]) => `--_text-${role}:${cssSize(px)};`)
    .join('')}}`,
);
