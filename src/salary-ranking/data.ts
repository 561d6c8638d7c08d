import { rejectHourlyLooking, sectionContext, toAnnual, type ReadContext } from '../core/data/context.js';
import { DataError, quote } from '../core/data/errors.js';
import { readLabelledAmounts, type Grid } from '../core/data/grid.js';
import { isRecord, jsonPath, own, readAmount, readText, splitPairs } from '../core/data/values.js';

export interface RankItem {
  readonly label: string;
  /** Annual amount; undefined when the data has no figure for this row (drawn as "No data", never as zero). */
  readonly value: number | undefined;
  /** BLS "#": the true amount is at least `value`. */
  readonly topCoded: boolean;
  /** Given as an hourly wage and converted × 2,080. */
  readonly fromHourly: boolean;
}

/** The rows to rank, and a table's national row, which becomes the reference line unless `reference` is set. */
export interface RankData {
  readonly items: readonly RankItem[];
  readonly national?: { readonly label: string; readonly value: number };
}

/** The most rows a ranking reads (and draws). */
export const MAX_ROWS = 200;

const plain = (label: string, value: number | undefined, context: ReadContext): RankItem => ({
  label,
  value: value === undefined ? undefined : toAnnual(value, context),
  topCoded: false,
  fromHourly: context.hourly && value !== undefined,
});

/** Checks what every source must give: some rows, not too many, at least one figure, and annual amounts that do not look hourly. */
function checkItems(items: readonly RankItem[], where: string, context: ReadContext): void {
  if (items.length > MAX_ROWS) throw new DataError(where, `expected at most ${MAX_ROWS} rows, got ${items.length}.`);
  const values = items.flatMap((item) => (item.value === undefined ? [] : [item.value]));
  if (!values.length) throw new DataError(where, 'expected at least one row with an amount; every row has no figure.');
  // Converted amounts are annual already; only the ones given as annual can look hourly.
  rejectHourlyLooking(
    items.filter((item) => !item.fromHourly && !item.topCoded).flatMap((item) => (item.value === undefined ? [] : [item.value])),
    where,
    context,
  );
}

/**
 * Validates the `ranking` section: a list of `{"label": …, "value": …}`, or
 * `{"unit": "hourly", "rows": [...]}` for hourly amounts. A `"value": null`
 * is a row with no figure; a row with no label is named by `unnamed` from
 * its number, 1 for the first (the element gives it in the reader's language).
 */
export function parseRankingSection(raw: unknown, where: string, context: ReadContext, unnamed = (row: number) => `Row ${row}`): RankData {
  const at = where || 'ranking';
  let rows: unknown = raw;
  let read = context;
  if (isRecord(raw)) {
    if (own(raw, 'rows') === undefined) {
      throw new DataError(at, `expected a list of {"label", "value"}, or {"unit": "hourly", "rows": [...]}, got ${quote(raw)}.`);
    }
    read = sectionContext(raw, at, context);
    rows = own(raw, 'rows');
    if (!Array.isArray(rows)) throw new DataError(jsonPath(at, 'rows'), `expected a list of {"label", "value"}, got ${quote(rows)}.`);
  }
  if (!Array.isArray(rows)) throw new DataError(at, `expected a list of {"label", "value"}, got ${quote(raw)}.`);
  const listPath = rows === raw ? at : jsonPath(at, 'rows');
  if (rows.length > MAX_ROWS) throw new DataError(listPath, `expected at most ${MAX_ROWS} rows, got ${rows.length}.`);
  const items = rows.map((row: unknown, index) => {
    const path = `${listPath}[${index}]`;
    if (!isRecord(row)) throw new DataError(path, `expected {"label", "value"}, got ${quote(row)}.`);
    const label = readText(own(row, 'label') ?? '', `${path}.label`, 120) || unnamed(index + 1);
    const value = own(row, 'value');
    return plain(label, value === null ? undefined : readAmount(value, `${path}.value`), read);
  });
  noteMissing(items, read);
  checkItems(items, listPath, read);
  return { items };
}

/** Reads `values="San Jose:180000, Seattle:165000"`; a comma inside a label is written "\,". */
export function parseRankingValues(text: string, context: ReadContext): RankData {
  const pairs = splitPairs(text, 'values', 'Seattle:165000');
  if (pairs.length > MAX_ROWS) throw new DataError('values', `expected at most ${MAX_ROWS} rows, got ${pairs.length}.`);
  const items = pairs.map(([label, value]) => plain(readText(label, 'values', 120), readAmount(value, `values: ${quote(label, 30)}`), context));
  checkItems(items, 'values', context);
  return { items };
}

/**
 * Reads a table, CSV or TSV by its headers (see readLabelledAmounts): the
 * annual column, else any money column, else an hourly one × 2,080; never
 * employment, location quotients or ranks. What was interpreted goes to the
 * context's notes. A national row is set aside for the reference line.
 */
export function readRankingGrid(grid: Grid, context: ReadContext, where: string): RankData {
  const read = readLabelledAmounts(withoutRankColumn(grid, context), { ...context, where });
  read.notes.forEach((note) => context.note(note));
  if (!read.items.length) {
    const national = read.national ? ` besides the national row ${quote(read.national.label)}` : '';
    throw new DataError(where, `expected rows of a label and an amount${national}; found none.`);
  }
  checkItems(read.items, where, context);
  const { national } = read;
  return {
    items: read.items.map((item) => ({ ...item, label: readText(item.label, where, 120) })),
    national: national?.value === undefined ? undefined : { label: readText(national.label, where, 60), value: national.value },
  };
}

/** "1", "2.", "#3": a rank as lists number their rows. */
const RANK_CELL = /^#?(\d{1,3})\.?$/;

/**
 * A grid without a header row gives no name to its columns, so a leading
 * column that counts its rows (1, 2, 3 or with ties 1, 2, 2, 4) would pass
 * for the first column of amounts. It is a rank, never the amount: it is
 * dropped unless the author names columns by number.
 */
function withoutRankColumn(grid: Grid, context: ReadContext): Grid {
  if (grid.headers.length || context.valueColumn?.trim() || context.labelColumn?.trim()) return grid;
  const ranks = grid.rows.map((row) => (row.length > 2 ? RANK_CELL.exec(row[0] ?? '') : null));
  const counts = ranks.every((match, index) => {
    const rank = Number(match?.[1]);
    const previous = index ? Number(ranks[index - 1]?.[1]) : 1;
    return match && rank >= previous && rank <= index + 1;
  });
  return counts ? { ...grid, rows: grid.rows.map((row) => row.slice(1)) } : grid;
}

/** JSON rows with `"value": null` have no figure: the caption names them. */
function noteMissing(items: readonly RankItem[], context: ReadContext): void {
  const labels = items.filter((item) => item.value === undefined).map((item) => item.label);
  if (labels.length) context.note({ kind: 'missing', labels });
}

/**
 * The seed's ten top-paying metro areas for software developers (BLS OEWS,
 * May 2024), with the national median as reference. Its heading, description,
 * source and reference label are words, in the element's message catalog.
 */
export const DEFAULT_RANKING: { items: RankItem[]; reference: number; sourceUrl: string } = {
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
  ].map((item) => ({ ...item, topCoded: false, fromHourly: false })),
  reference: 133080,
  sourceUrl: 'https://www.bls.gov/oes/2024/may/oes151252.htm',
};
