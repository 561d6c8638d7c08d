import { DataError, quote } from '../core/data/errors.js';
import { parseMoneyText } from '../core/data/table.js';
import { isRecord, jsonPath, own, readAmount, readText, splitPairs } from '../core/data/values.js';
import type { DatasetMeta } from '../core/salary-element.js';

export interface RankItem {
  readonly label: string;
  readonly value: number;
}

/** The most rows a ranking reads (and draws). */
export const MAX_ROWS = 200;

function readItems(entries: [unknown, unknown][], where: string): RankItem[] {
  if (entries.length > MAX_ROWS) throw new DataError(where, `expected at most ${MAX_ROWS} rows, got ${entries.length}.`);
  return entries.map(([label, value], index) => {
    const path = `${where}[${index}]`;
    return { label: readText(label ?? '', `${path}.label`, 120) || `Row ${index + 1}`, value: readAmount(value, `${path}.value`) };
  });
}

/** Validates the `ranking` section: a list of `{"label": …, "value": …}`. */
export function parseRankingSection(raw: unknown, where: string): RankItem[] {
  const at = where || 'ranking';
  if (!Array.isArray(raw)) throw new DataError(at, `expected a list of {"label", "value"}, got ${quote(raw)}.`);
  return readItems(
    raw.map((row, index) => {
      if (!isRecord(row)) throw new DataError(jsonPath(at, String(index)), `expected {"label", "value"}, got ${quote(row)}.`);
      return [own(row, 'label'), own(row, 'value')];
    }),
    at,
  );
}

/** Reads `values="San Jose:180000, Seattle:165000"`; a comma inside a label is written "\,". */
export function parseRankingValues(text: string): RankItem[] {
  return splitPairs(text, 'values', 'Seattle:165000').map(([label, value]) => ({
    label: readText(label, 'values', 120),
    value: readAmount(value, `values: ${quote(label, 30)}`),
  }));
}

/** Reads a table of label and amount rows; a leading rank column is ignored. */
export function readRankingTable(rows: readonly (readonly string[])[]): RankItem[] | undefined {
  const entries: [string, number][] = [];
  for (const cells of rows) {
    const value = [...cells]
      .reverse()
      .map(parseMoneyText)
      .find((amount) => amount !== undefined);
    const label = cells.find((cell) => /\p{L}/u.test(cell) && parseMoneyText(cell) === undefined);
    if (value !== undefined && label) entries.push([label, value]);
  }
  return entries.length ? readItems(entries, 'table') : undefined;
}

/** The seed's ten top-paying metro areas for software developers (BLS OEWS, May 2024). */
export const DEFAULT_RANKING: { items: RankItem[]; reference: { value: number; label: string }; meta: DatasetMeta } = {
  items: [
    { label: 'San Jose-Sunnyvale-Santa Clara, CA', value: 180000 },
    { label: 'Seattle-Tacoma-Bellevue, WA', value: 165000 },
    { label: 'San Francisco-Oakland-Berkeley, CA', value: 161000 },
    { label: 'New York-Newark-Jersey City, NY-NJ-PA', value: 155000 },
    { label: 'Boston-Cambridge-Nashua, MA-NH', value: 150000 },
    { label: 'Washington-Arlington-Alexandria, DC-VA-MD', value: 148000 },
    { label: 'Boulder, CO', value: 146000 },
    { label: 'Austin-Round Rock-Georgetown, TX', value: 142000 },
    { label: 'Raleigh-Cary, NC', value: 138000 },
    { label: 'Denver-Aurora-Lakewood, CO', value: 137000 },
  ],
  reference: { value: 133080, label: 'National median' },
  meta: {
    heading: 'The ten top-paying metro areas for software developers',
    description: 'Annual mean wage by metropolitan area',
    source: 'U.S. Bureau of Labor Statistics, OEWS, May 2024',
    sourceUrl: 'https://www.bls.gov/oes/2024/may/oes151252.htm',
  },
};
