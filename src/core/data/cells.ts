import { parseLocalizedAmount } from './numbers.js';

/**
 * One cell of a published table, as BLS and spreadsheets write them:
 * "$79,850", "$79,850(1)", "#" (top-coded), "-" or "(8)" (no data).
 */
export type CellReading =
  | {
      readonly kind: 'amount';
      readonly value: number;
      /** "#": the true value is at least `value` (BLS top-code). */
      readonly topCoded: boolean;
      /** Footnote markers that were removed, e.g. ["(1)"]. */
      readonly footnotes: readonly string[];
    }
  | { readonly kind: 'missing'; readonly text: string }
  | { readonly kind: 'invalid'; readonly text: string };

/**
 * BLS OEWS top-codes (May 2024): a wage shown as "#" is at least this much.
 * https://www.bls.gov/oes/current/oes_tec.htm
 */
export const TOP_CODE = { annual: 239_200, hourly: 115 } as const;

/** Cells that mean "no data": never zero, never a reason to look in another column. */
const MISSING = new Set(['', '-', '–', '—', '*', '**', '(5)', '(8)', 'n/a', 'na', '…', '...']);

// Footnote markers wherever they sit: "(1)" to "(9)", "*", "†", "‡", superscript digits.
const FOOTNOTES = /\([1-9]\)|[*†‡]+|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g;

/** The footnote markers in a cell, header or label, for the note that says they were removed: "$79,850(1)" → ["(1)"]. */
export const footnoteMarkers = (text: string): string[] => text.match(FOOTNOTES) ?? [];

/** A header or label without its footnote markers: "Annual Wage (2)" → "Annual Wage". */
export function withoutFootnotes(text: string): string {
  return text.replace(FOOTNOTES, ' ').replace(/\s+/g, ' ').trim();
}

/** Reads one amount cell in `locale`; a top-code takes the BLS threshold for the column's unit. */
export function readCell(raw: string, locale: string, unit: 'annual' | 'hourly'): CellReading {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (MISSING.has(text.toLowerCase())) return { kind: 'missing', text };
  const footnotes = footnoteMarkers(text);
  const bare = withoutFootnotes(text);
  // Only a footnote marker: the note explains why there is no figure.
  if (!bare) return { kind: 'missing', text };
  if (bare === '#') return { kind: 'amount', value: TOP_CODE[unit], topCoded: true, footnotes };
  // "≥ $239,200" as a blogger may copy it from a chart: a lower bound too.
  const atLeast = /^(?:≥|>=)\s*/.exec(bare);
  const value = parseLocalizedAmount(atLeast ? bare.slice(atLeast[0].length) : bare, locale);
  if (value === undefined || value < 0) return { kind: 'invalid', text };
  return { kind: 'amount', value, topCoded: !!atLeast, footnotes };
}
