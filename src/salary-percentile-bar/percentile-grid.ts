import { footnoteMarkers, readCell, withoutFootnotes } from '../core/data/cells.js';
import { annualFromHourly, rejectHourlyLooking, type ReadContext } from '../core/data/context.js';
import { DataError, quote } from '../core/data/errors.js';
import { amountIndex, classifyHeader, columnIndexes, describeHeaders, headerList, namedColumn, tableNotes, type Grid } from '../core/data/grid.js';
import { ambiguousAmount } from '../core/data/numbers.js';
import { PERCENTILES, PERCENTILE_KEYS, type PercentileKey, type PercentileValues } from './data.js';

/**
 * Percentile tables as they are published and pasted: BLS's wide layout
 * (`Percentile | 10% | 25% | 50% (Median) | 75% | 90%`, one row per wage
 * kind), its long layout (`10th | $79,850 | $38.39`, with or without a
 * header row), BLS's flat files (`A_PCT10 … A_PCT90`), and the same in
 * German, French and other languages.
 */

/** Five percentiles read from a table or CSV. */
export interface PercentileReading {
  /** Annual amounts. */
  readonly values: PercentileValues;
  /** Which values are BLS top-codes ("#"), kept as lower bounds. */
  readonly topCoded: readonly boolean[];
  /** The amounts were hourly wages, converted × 2,080. */
  readonly fromHourly: boolean;
}

type Unit = 'annual' | 'hourly';

/** How messages name each percentile. */
const NAMES: Record<PercentileKey, string> = { p10: '10th', p25: '25th', p50: 'median', p75: '75th', p90: '90th' };
const ALL_FIVE = 'all five (10th, 25th, median, 75th, 90th) are needed';

// "10th", "10%", "50% (Median)", "10th percentile", "10. Perzentil", "10e centile", "10 %".
const NUMBERED =
  /^(10|25|50|75|90)\s*(?:%|st|nd|rd|th|e|er|ème|eme|º|°|o|\.)?\s*(?:percentile|perzentil|centile|percentil)?\s*(?:\(?\s*(?:median|médiane|mediane|mediana)\s*\)?)?$/;
// "p10", "P90", "pct25", BLS flat files' "A_PCT10" and "H_PCT90" (annual, hourly).
const CODED = /^(?:([ah])_)?(?:p|pct|perc|percentile)\s*_?(10|25|50|75|90)$/;
const MEDIAN = /^(?:([ah])_)?(?:median|médiane|mediane|mediana|zentralwert)$/;
// Quartiles and deciles by name, as statistics offices write them.
const FIRST = '(?:1st|first|1\\.|1er|1e|premier|erstes|unteres|lower|primer)';
const THIRD = '(?:3rd|third|3\\.|3e|troisième|drittes|oberes|upper|tercer)';
const NINTH = '(?:9th|ninth|9\\.|9e|neuvième|neuntes|noveno)';
const QUARTILE = '(?:quartile|quartil|cuartil)';
const DECILE = '(?:decile|décile|dezil|decil)';
const NAMED: readonly [RegExp, PercentileKey][] = [
  [new RegExp(`^(?:d1|${FIRST}\\s*${DECILE})$`), 'p10'],
  [new RegExp(`^(?:q1|${FIRST}\\s*${QUARTILE})$`), 'p25'],
  [new RegExp(`^(?:q3|${THIRD}\\s*${QUARTILE})$`), 'p75'],
  [new RegExp(`^(?:d9|${NINTH}\\s*${DECILE})$`), 'p90'],
];

/** The percentile a header or row label names, and the unit it says (BLS's "A_" and "H_" prefixes), if any. */
export function percentileName(text: string): { readonly key: PercentileKey; readonly unit?: Unit } | undefined {
  const name = withoutFootnotes(text).toLowerCase();
  const unitOf = (prefix: string | undefined): Unit | undefined => {
    if (prefix === 'a') return 'annual';
    if (prefix === 'h') return 'hourly';
    return undefined;
  };
  let m = NUMBERED.exec(name);
  if (m) return { key: `p${m[1]}` as PercentileKey };
  m = CODED.exec(name);
  if (m) return { key: `p${m[2]}` as PercentileKey, unit: unitOf(m[1]) };
  m = MEDIAN.exec(name);
  if (m) return { key: 'p50', unit: unitOf(m[1]) };
  const named = NAMED.find(([pattern]) => pattern.test(name));
  return named && { key: named[1] };
}

/** One series of five cells to read, with where each sits for messages. */
interface Series {
  /** The row or column the amounts come from, for the note and messages. */
  readonly name: string;
  readonly unit: Unit;
  readonly cells: ReadonlyMap<PercentileKey, { readonly text: string; readonly at: string }>;
  /** Labels of rows that are not percentiles, left out. */
  readonly skipped: readonly string[];
  /** Footnote markers on the chosen row's label or column's header. */
  readonly markers: readonly string[];
}

const distinctKeys = (names: readonly (PercentileKey | undefined)[]) => new Set(names.filter(Boolean)).size;

/**
 * A first row that is really a header: a table whose header cells are `<td>`,
 * or a CSV whose header holds "10", "25" … (read as amounts).
 */
function withHeaderRow(grid: Grid, locale: string): Grid {
  const [first, ...rest] = grid.rows;
  if (grid.headers.length || !first || !rest.length) return grid;
  const names = first.map((cell) => percentileName(cell)?.key);
  const percentileRow = distinctKeys(names) >= 3;
  const noAmounts = first.every((cell) => readCell(cell, locale, 'annual').kind !== 'amount');
  // A long table's first data row ("10th | $79,850") holds amounts; its header row does not.
  return percentileRow || (noAmounts && !percentileName(first[0] ?? '')) ? { ...grid, headers: first, rows: rest } : grid;
}

/** The wide layout: percentiles across the header, one row per kind of wage. */
function wideSeries(grid: Grid, context: ReadContext, where: string): Series | undefined {
  const columns = grid.headers.map((header, index) => ({ index, header, ...percentileName(header) })).filter((c) => c.key);
  if (distinctKeys(columns.map((c) => c.key)) < 3) return undefined;
  // BLS flat files have A_PCT10 … and H_PCT10 … side by side: annual first, then unmarked, then hourly.
  const groupUnit = (['annual', undefined, 'hourly'] as const).find((unit) => columns.some((c) => c.unit === unit));
  const group = columns.filter((c) => c.unit === groupUnit);
  const byKey = new Map<PercentileKey, { index: number; header: string }>();
  for (const column of group) {
    const key = column.key!;
    const seen = byKey.get(key);
    if (seen) throw new DataError(where, `two columns for the ${NAMES[key]} percentile: ${quote(seen.header)} and ${quote(column.header)}.`);
    byKey.set(key, column);
  }
  const absent = PERCENTILE_KEYS.find((key) => !byKey.has(key));
  if (absent) throw new DataError(where, `no column for the ${NAMES[absent]} percentile; ${ALL_FIVE}. Found headers ${headerList(grid.headers)}.`);

  const percentileIndexes = new Set(columns.map((c) => c.index));
  const labelOf = (row: readonly string[]) => withoutFootnotes(row.find((_, i) => !percentileIndexes.has(i)) ?? '');
  const rows = grid.rows.filter((row) => row.some(Boolean));
  if (!rows.length) throw new DataError(where, 'has percentile headers but no row of amounts.');
  const labels = rows.map(labelOf);
  const rowNames = labels.map((l, i) => quote(l || `row ${i + 1}`, 30)).join(', ');

  let chosen: number;
  if (context.valueColumn?.trim()) {
    // Here amounts run along a row: value-column names the row, by its label or its number.
    const wanted = withoutFootnotes(context.valueColumn).toLowerCase();
    chosen = /^\d+$/.test(wanted) ? Number(wanted) - 1 : labels.findIndex((label) => label.toLowerCase() === wanted);
    if (chosen < 0 || chosen >= rows.length)
      throw new DataError('value-column', `no row ${quote(context.valueColumn.trim())} of percentiles; found rows ${rowNames}.`);
  } else if (groupUnit || rows.length === 1) {
    if (rows.length > 1) throw new DataError(where, `several rows of percentiles (${rowNames}); keep the one to draw, or name it with value-column.`);
    chosen = 0;
  } else {
    chosen = amountIndex(labels.map(classifyHeader));
    if (chosen < 0)
      throw new DataError(where, `several rows of percentiles and none says it is annual or hourly wages: ${rowNames}. Name the row with value-column.`);
  }

  const row = rows[chosen]!;
  const name = labels[chosen] || `row ${chosen + 1}`;
  const rowUnit = classifyHeader(labels[chosen]!) === 'hourly' ? 'hourly' : 'annual';
  const unit = context.hourly ? 'hourly' : (groupUnit ?? rowUnit);
  const cells = new Map(
    [...byKey].map(([key, column]) => [
      key,
      { text: row[column.index] ?? '', at: `${where} row ${quote(name, 30)}, column ${quote(withoutFootnotes(column.header), 30)}` },
    ]),
  );
  const rawLabel = row.find((_, i) => !percentileIndexes.has(i)) ?? '';
  return { name: groupUnit ? `${group[0]!.header} … ${group[group.length - 1]!.header}` : name, unit, cells, skipped: [], markers: footnoteMarkers(rawLabel) };
}

/** The long layout: one row per percentile, amounts in a column chosen by its header. */
function longSeries(grid: Grid, context: ReadContext, where: string): Series | undefined {
  const { headers, rows } = grid;
  const columns = columnIndexes(grid);
  let nameColumn = -1;
  let most = 2;
  for (const i of columns) {
    const count = distinctKeys(rows.map((row) => percentileName(row[i] ?? '')?.key));
    if (count > most) [nameColumn, most] = [i, count];
  }
  if (nameColumn < 0) return undefined;

  let valueColumn: number;
  if (context.valueColumn?.trim()) {
    valueColumn = namedColumn(context.valueColumn, grid, 'value-column', where);
    const named = headers[valueColumn];
    if (valueColumn === nameColumn || (named !== undefined && classifyHeader(named) === 'not-money')) {
      throw new DataError('value-column', `${quote(withoutFootnotes(named ?? ''), 40)} does not hold wages; name a wage or salary column.`);
    }
  } else if (headers.length) {
    valueColumn = amountIndex(headers.map((header, i) => (i === nameColumn ? 'label' : classifyHeader(header))));
    if (valueColumn < 0) throw new DataError(where, `no column of annual amounts; ${describeHeaders(headers, where)} Name one with value-column.`);
  } else {
    // No header to go by: the first column of amounts.
    const amounts = (i: number) => rows.filter((row) => readCell(row[i] ?? '', context.locale, 'annual').kind === 'amount').length;
    valueColumn = columns.find((i) => i !== nameColumn && amounts(i) * 2 >= rows.length) ?? -1;
    if (valueColumn < 0) throw new DataError(where, 'has a column of percentiles but no column of amounts beside it.');
  }

  const header = withoutFootnotes(headers[valueColumn] ?? '');
  const unit = context.hourly || classifyHeader(header) === 'hourly' ? 'hourly' : 'annual';
  const column = header ? `column ${quote(header, 30)}` : `column ${valueColumn + 1}`;
  const cells = new Map<PercentileKey, { text: string; at: string }>();
  const skipped: string[] = [];
  rows.forEach((row, i) => {
    const label = withoutFootnotes(row[nameColumn] ?? '');
    const key = percentileName(label)?.key;
    if (!key) {
      if (row.some(Boolean)) skipped.push(label || `row ${i + 1}`);
      return;
    }
    if (cells.has(key)) throw new DataError(`${where} row ${i + 1} (${quote(label, 30)})`, `the ${NAMES[key]} percentile is given twice.`);
    cells.set(key, { text: row[valueColumn] ?? '', at: `${where} row ${i + 1} (${quote(label, 30)}), ${column}` });
  });
  const absent = PERCENTILE_KEYS.find((key) => !cells.has(key));
  if (absent) throw new DataError(where, `no row for the ${NAMES[absent]} percentile; ${ALL_FIVE}.`);
  return { name: header || `column ${valueColumn + 1}`, unit, cells, skipped, markers: footnoteMarkers(headers[valueColumn] ?? '') };
}

/** Where the grid looked, for the message when it holds no percentiles. */
function describeGrid(grid: Grid): string {
  if (grid.headers.length) return `found headers ${headerList(grid.headers)}`;
  const starts = grid.rows.slice(0, 3).map((row) => quote(row[0] ?? '', 30));
  return starts.length ? `found rows starting ${starts.join(', ')}` : 'it is empty';
}

/**
 * Why "79.850" or "79,850" is refused: its separator groups thousands in
 * one language and marks decimals in another. Says which language the page
 * is read in, and how to name the table's own.
 */
function foreignHint(text: string, locale: string): string {
  const number = text.replace(/[^\d.,]/g, '');
  if (!ambiguousAmount(number)) return '';
  return `, which could be read two ways in the page's language (${locale}); set the language the table is written in, such as lang="de", on the element or the page`;
}

/**
 * Reads five percentiles from a table or CSV in either layout. The amounts
 * come from the annual row or column, else an hourly one × 2,080; footnote
 * markers are removed, "#" is BLS's top-code (kept as a lower bound), and a
 * percentile with no figure is an error naming it. Everything interpreted
 * is noted through the context; `nameFor` names a top-coded percentile for
 * the reader ("90th percentile", "90. Perzentil").
 */
export function readPercentileGrid(grid: Grid, context: ReadContext, where: string, nameFor: (percentile: number) => string): PercentileReading {
  const read = withHeaderRow(grid, context.locale);
  const series = wideSeries(read, context, where) ?? longSeries(read, context, where);
  if (!series) throw new DataError(where, `no row or column of percentiles (10th, 25th, median, 75th, 90th); ${describeGrid(read)}.`);

  const given: number[] = [];
  const topCoded: boolean[] = [];
  const markers = [...series.markers];
  for (const key of PERCENTILE_KEYS) {
    const { text, at } = series.cells.get(key)!;
    const cell = readCell(text, context.locale, series.unit);
    if (cell.kind === 'invalid') throw new DataError(at, `expected an amount, got ${quote(cell.text)}${foreignHint(cell.text, context.locale)}.`);
    if (cell.kind === 'missing') throw new DataError(at, `the ${NAMES[key]} percentile has no figure (${quote(cell.text || 'an empty cell')}); ${ALL_FIVE}.`);
    given.push(cell.value);
    topCoded.push(cell.topCoded);
    markers.push(...cell.footnotes);
  }
  for (let i = 1; i < given.length; i++) {
    const [key, before] = [PERCENTILE_KEYS[i]!, PERCENTILE_KEYS[i - 1]!];
    if (given[i]! < given[i - 1]!) {
      throw new DataError(
        series.cells.get(key)!.at,
        `percentiles must not decrease, but the ${NAMES[key]} (${given[i]}) is below the ${NAMES[before]} (${given[i - 1]}).`,
      );
    }
  }
  const hourly = series.unit === 'hourly';
  // BLS's top-codes are thresholds, not the author's figures: they say nothing about the unit.
  const figures = given.filter((_, i) => !topCoded[i]);
  if (!hourly) rejectHourlyLooking(figures, where, context);

  const notes = tableNotes({
    column: series.name,
    hourlyColumn: hourly && !context.hourly,
    markers,
    topCoded: PERCENTILES.filter((_, i) => topCoded[i]).map((percentile) => nameFor(percentile)),
    skipped: series.skipped,
    repeatedHeaders: read.repeatedHeaders,
  });
  notes.forEach((note) => context.note(note));
  const values = given.map((value) => (hourly ? annualFromHourly(value) : value)) as unknown as PercentileValues;
  return { values, topCoded, fromHourly: hourly };
}
