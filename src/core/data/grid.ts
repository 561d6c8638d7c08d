import { csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import { footnoteMarkers, readCell, TOP_CODE, withoutFootnotes } from './cells.js';
import { DataError, quote } from './errors.js';
import { misreadMessage } from './numbers.js';
import type { DataNote } from './notes.js';
import { annualFromHourly } from './context.js';

/**
 * Rows of text cells with their header, whatever they came from: a `<table>`
 * in the post, a CSV or TSV file, or rows pasted from a spreadsheet.
 */
export interface Grid {
  /** Header cells, or [] when the data has no header row. */
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** How many header rows were repeated among the data rows and left out. */
  readonly repeatedHeaders: number;
}

const cellText = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * A table's grid. Header rows are those in `<thead>` or made only of `<th>`;
 * the last one before the data names the columns, and any later one (a
 * header repeated mid-table, as long BLS tables do) is left out.
 */
export function gridFromTable(table: HTMLTableElement): Grid {
  let headers: string[] = [];
  const rows: string[][] = [];
  let repeatedHeaders = 0;
  for (const row of table.rows) {
    const cells = [...row.cells];
    if (!cells.length) continue;
    const isHeader = row.parentElement?.localName === 'thead' || cells.every((c) => c.localName === 'th');
    if (isHeader && !rows.length) headers = cells.map(cellText);
    else if (isHeader) repeatedHeaders++;
    else rows.push(cells.map(cellText));
  }
  // A header written with <td> cells, as editors often make them: a first row with no amount, above rows with some.
  if (!headers.length && isHeaderRow(rows)) headers = rows.shift()!;
  return { headers, rows, repeatedHeaders };
}

/**
 * Whether a cell looks like an amount in any locale ("$79,850", "79.850 €", "95k", "#"), for telling a header row
 * from data before the columns are known. Percents ("10%") and words ("Annual wage") do not.
 */
function looksLikeAmount(cell: string): boolean {
  const text = withoutFootnotes(cell);
  return text === '#' || (/\d/.test(text) && !text.includes('%') && !/\p{L}{4,}/u.test(text));
}

/** Whether the first row names columns: none of its cells is an amount, and the rows under it have some. */
function isHeaderRow(rows: readonly (readonly string[])[]): boolean {
  const [head, ...rest] = rows;
  return !!head && rest.length > 0 && !head.some(looksLikeAmount) && rest.some((row) => row.some(looksLikeAmount));
}

/** CSV, TSV or semicolon-separated text (as European spreadsheets save it): the delimiter its first line uses most. */
export function gridFromText(text: string): Grid {
  // The first line with text: a <script type="text/csv"> usually starts with a line break.
  const first = text.split(/\r?\n/).find((line) => line.trim()) ?? '';
  const count = (c: string) => first.split(c).length - 1;
  let parsed: string[][];
  if (count('\t') > 0) parsed = tsvParseRows(text);
  else if (count(';') > count(',')) parsed = dsvFormat(';').parseRows(text);
  else parsed = csvParseRows(text);
  const rows = parsed.map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim())).filter((row) => row.some(Boolean));
  // "State,Annual mean wage" is a header; "California,170910" is not.
  const [head, ...rest] = rows;
  if (!head || !isHeaderRow(rows)) return { headers: [], rows, repeatedHeaders: 0 };
  const same = (row: readonly string[]) => row.length === head.length && row.every((cell, i) => cell === head[i]);
  return { headers: head, rows: rest.filter((row) => !same(row)), repeatedHeaders: rest.filter(same).length };
}

/** Every column's index, as wide as the header or the widest row. */
export const columnIndexes = ({ headers, rows }: Grid): number[] =>
  Array.from({ length: Math.max(headers.length, ...rows.map((row) => row.length)) }, (_, index) => index);

/** What a column holds, judged by its header. */
export type ColumnKind = 'annual' | 'hourly' | 'money' | 'not-money' | 'label' | 'unknown';

// Headers in the languages bloggers write in: English, German, French, Spanish, Portuguese.
// Order matters: "Employment per 1,000 jobs" is not money, "Hourly mean wage" is hourly, not a generic wage.
const NOT_MONEY =
  /employment|per 1,?000|\bjobs?\b|location quotient|\blq\b|\brank|\bfips\b|\bcode\b|\bid\b|percent|%|\bshare\b|\bcount\b|number of|\byear\b|\bse\b|\brse\b|error|beschäftig|emploi|empleo|emprego|\brang|classement|quotient|cociente/;
const HOURLY = /hourly|\bh_(mean|median|pct\d+)\b|per hour|an hour|\/ ?(hr|hour|h)\b|stunde|stündlich|horaire|de l'heure|por hora/;
const ANNUAL = /annual|yearly|\ba_(mean|median|pct\d+)\b|per year|a year|\/ ?(yr|year)\b|salary|salaries|jahr|jährlich|annuel|par an\b|anual|por año|por ano/;
const MONEY =
  /wage|\bpay\b|earnings|income|\bmean\b|median|amount|\bvalue\b|compensation|\$|usd|eur|€|gehalt|lohn|einkommen|vergütung|betrag|salaire|rémunération|revenu|montant|moyen|médian|salario|sueldo|ingreso|remuneración|monto|promedio|salário|remuneração|rendimento|valor|mediana|média/;
const LABEL =
  /state|\barea|metro|\bmsa\b|region|\bcity|occupation|\btitle\b|\bname\b|\blabel\b|location|place|country|county|job|role|bundesland|\bland\b|staat|stadt|\bort\b|beruf|état|région|ville|pays|métier|\bnom\b|estado|ciudad|país|cidade|nombre|profesión|profissão|área/;

export function classifyHeader(header: string): ColumnKind {
  const text = withoutFootnotes(header).toLowerCase();
  if (!text) return 'unknown';
  if (HOURLY.test(text)) return 'hourly';
  if (NOT_MONEY.test(text)) return 'not-money';
  if (ANNUAL.test(text)) return 'annual';
  if (MONEY.test(text)) return 'money';
  if (LABEL.test(text)) return 'label';
  return 'unknown';
}

/** The column (or row) of amounts among these: annual first, else money, else hourly (× 2,080); -1 for none. */
export const amountIndex = (kinds: readonly ColumnKind[]): number =>
  (['annual', 'money', 'hourly'] as const).map((kind) => kinds.indexOf(kind)).find((index) => index >= 0) ?? -1;

/** Rows that summarise rather than belong: the national figure, all occupations. */
const NATIONAL = /^(u\.?\s?s\.?|united states|us total|u\.s\. total|national|nationwide|national average|all occupations|total,? all occupations)$/i;

export function isNationalLabel(label: string): boolean {
  return NATIONAL.test(withoutFootnotes(label));
}

export interface ColumnOptions {
  /** The `value-column` attribute: header text or a 1-based index. */
  readonly valueColumn?: string | undefined;
  /** The `label-column` attribute: header text or a 1-based index. */
  readonly labelColumn?: string | undefined;
  /** Whether the author declared the amounts hourly (`amounts="hourly"`). */
  readonly hourly: boolean;
  readonly locale: string;
  /** What the grid came from, for messages: "table", "CSV". */
  readonly where: string;
}

export interface LabelledAmount {
  readonly label: string;
  /** Annual amount; undefined for no data. */
  readonly value: number | undefined;
  /** The true value is at least `value` (BLS "#"). */
  readonly topCoded: boolean;
  /** Read from an hourly figure × 2,080. */
  readonly fromHourly: boolean;
}

export interface LabelledAmounts {
  readonly items: readonly LabelledAmount[];
  /** A national or all-occupations row, left out of the items. */
  readonly national?: LabelledAmount;
  readonly notes: readonly DataNote[];
}

/** A column named in `value-column` or `label-column` (the attribute): a 1-based index or header text. */
export function namedColumn(name: string, grid: Grid, attribute: string, where: string): number {
  const { headers } = grid;
  const width = columnIndexes(grid).length;
  const trimmed = name.trim();
  if (/^\d+$/.test(trimmed)) {
    const index = Number(trimmed) - 1;
    if (index >= 0 && index < width) return index;
    throw new DataError(attribute, `the ${where} has ${width} columns, so there is no column ${trimmed}.`);
  }
  const wanted = withoutFootnotes(trimmed).toLowerCase();
  const index = headers.findIndex((h) => withoutFootnotes(h).toLowerCase() === wanted);
  if (index >= 0) return index;
  throw new DataError(attribute, `no column headed ${quote(trimmed)}; ${describeHeaders(headers, where)}`);
}

/** The headers as messages quote them: `"State", "Annual mean wage (2)"`. */
export const headerList = (headers: readonly string[]): string => headers.map((h) => quote(h, 30)).join(', ');

/** What a message says it found, for an author looking for the column to name. */
export function describeHeaders(headers: readonly string[], where: string): string {
  return headers.length ? `found headers ${headerList(headers)}.` : `the ${where} has no header row.`;
}

/** Whether most non-empty cells of a column read as amounts. */
function mostlyAmounts(rows: readonly (readonly string[])[], index: number, locale: string): boolean {
  let amounts = 0;
  let others = 0;
  for (const row of rows) {
    const cell = readCell(row[index] ?? '', locale, 'annual');
    if (cell.kind === 'amount') amounts++;
    else if (cell.kind === 'invalid') others++;
  }
  return amounts > 0 && amounts >= others;
}

/** What a table reader interpreted, for `tableNotes`. */
export interface TableReading {
  /** The column (or row) the amounts were read from, footnotes removed; "" for none. */
  readonly column: string;
  /** The amounts came from an hourly column (× 2,080) the author did not declare hourly. */
  readonly hourlyColumn: boolean;
  /** Footnote markers removed, repeats and all. */
  readonly markers: Iterable<string>;
  readonly topCoded?: readonly string[];
  readonly missing?: readonly string[];
  /** Rows left out (national, total, not a percentile), besides the grid's repeated headers. */
  readonly skipped: readonly string[];
  readonly repeatedHeaders: number;
}

/** The notes for what a table reader interpreted, in the order the caption gives them. */
export function tableNotes({ column, hourlyColumn, markers, topCoded = [], missing = [], skipped, repeatedHeaders }: TableReading): DataNote[] {
  const notes: DataNote[] = [];
  const footnotes = [...new Set(markers)];
  const skippedRows = [...skipped, ...Array<string>(repeatedHeaders).fill('a repeated header row')];
  if (column) notes.push({ kind: 'column', header: column });
  // amounts="hourly" is noted by the element; an hourly column chosen by its header is noted here.
  if (hourlyColumn) notes.push({ kind: 'hourly' });
  if (topCoded.length) notes.push({ kind: 'top-coded', threshold: TOP_CODE.annual, labels: topCoded });
  if (footnotes.length) notes.push({ kind: 'footnotes', markers: footnotes });
  if (missing.length) notes.push({ kind: 'missing', labels: missing });
  if (skippedRows.length) notes.push({ kind: 'skipped', labels: skippedRows });
  return notes;
}

/**
 * Reads rows of a label and an amount from a grid. Columns are chosen by
 * their headers, never by position: an annual column first, else a money
 * column, else an hourly one (× 2,080); employment, location quotients,
 * ranks and codes are never amounts. `value-column` and `label-column` name
 * the columns outright. Footnote markers are removed, "#" is BLS's top-code,
 * "-" and "(8)" are no data, and national rows are set aside.
 */
export function readLabelledAmounts(grid: Grid, options: ColumnOptions): LabelledAmounts {
  const { headers, rows } = grid;
  const { locale, where } = options;
  const columns = columnIndexes(grid);
  if (!rows.length) throw new DataError(where, 'has no rows of data.');
  const kinds = headers.map(classifyHeader);

  let valueIndex: number;
  if (options.valueColumn?.trim()) {
    valueIndex = namedColumn(options.valueColumn, grid, 'value-column', where);
    const named = headers[valueIndex];
    if (named !== undefined && kinds[valueIndex] === 'not-money') {
      throw new DataError(
        'value-column',
        `${quote(withoutFootnotes(named), 40)} does not hold money (employment, a quotient, a rank or a code); name a wage or salary column.`,
      );
    }
  } else if (headers.length) {
    valueIndex = amountIndex(kinds);
    if (valueIndex < 0) throw new DataError(where, `no column of annual amounts; ${describeHeaders(headers, where)} Name one with value-column.`);
  } else {
    // No header to go by: the first column of amounts.
    valueIndex = columns.find((i) => mostlyAmounts(rows, i, locale)) ?? -1;
    if (valueIndex < 0) throw new DataError(where, 'no column of amounts, and no header row to name one; add a header such as "Annual mean wage".');
  }

  let labelIndex: number;
  if (options.labelColumn?.trim()) labelIndex = namedColumn(options.labelColumn, grid, 'label-column', where);
  else {
    const others = columns.filter((i) => i !== valueIndex);
    labelIndex = others.find((i) => kinds[i] === 'label') ?? others.find((i) => kinds[i] !== 'not-money' && !mostlyAmounts(rows, i, locale)) ?? -1;
    if (labelIndex < 0) throw new DataError(where, `no column of names or places to label the amounts; ${describeHeaders(headers, where)}`);
  }

  const header = headers[valueIndex] ?? '';
  const hourly = options.hourly || kinds[valueIndex] === 'hourly';
  const unit = hourly ? 'hourly' : 'annual';
  const items: LabelledAmount[] = [];
  let national: LabelledAmount | undefined;
  const topCoded: string[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  const markers = [headers[valueIndex], headers[labelIndex]].flatMap((h) => footnoteMarkers(h ?? ''));

  rows.forEach((row, i) => {
    const rawLabel = row[labelIndex] ?? '';
    const label = withoutFootnotes(rawLabel);
    markers.push(...footnoteMarkers(rawLabel));
    const cell = readCell(row[valueIndex] ?? '', locale, unit);
    if (cell.kind === 'invalid') {
      const column = header ? `column ${quote(withoutFootnotes(header), 40)}` : `column ${valueIndex + 1}`;
      const problem = misreadMessage(cell.text, locale) ?? `expected an amount, got ${quote(cell.text)}.`;
      throw new DataError(`${where} row ${i + 1} (${quote(label || rawLabel, 40)}), ${column}`, problem);
    }
    if (!label) return;
    let item: LabelledAmount;
    if (cell.kind === 'missing') item = { label, value: undefined, topCoded: false, fromHourly: false };
    else {
      markers.push(...cell.footnotes);
      item = { label, value: hourly ? annualFromHourly(cell.value) : cell.value, topCoded: cell.topCoded, fromHourly: hourly };
    }
    if (isNationalLabel(label)) {
      national ??= item;
      skipped.push(label);
      return;
    }
    if (item.value === undefined) missing.push(label);
    if (item.topCoded) topCoded.push(label);
    items.push(item);
  });
  const notes = tableNotes({
    column: withoutFootnotes(header),
    hourlyColumn: hourly && !options.hourly,
    markers,
    topCoded,
    missing,
    skipped,
    repeatedHeaders: grid.repeatedHeaders,
  });
  return { items, national, notes };
}
