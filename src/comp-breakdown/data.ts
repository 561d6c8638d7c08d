import { footnoteMarkers, readCell, withoutFootnotes } from '../core/data/cells.js';
import { rejectHourlyLooking, sectionContext, toAnnual, type ReadContext } from '../core/data/context.js';
import { DataError, quote } from '../core/data/errors.js';
import { classifyHeader, columnIndexes, describeHeaders, namedColumn, tableNotes, type Grid } from '../core/data/grid.js';
import { ambiguousAmount, asciiDigits, misreadMessage, parseLocalizedAmount } from '../core/data/numbers.js';
import { cleanText, isRecord, jsonPath, own, ownKeys, readText } from '../core/data/values.js';

/** A value as written: an amount or a percent of base, possibly a range. */
export interface ValueSpec {
  readonly percent: boolean;
  readonly low: number;
  readonly high: number;
}

/** The four named components, in drawing order. */
export const NAMED_KEYS = ['base', 'bonus', 'equity', 'benefits'] as const;
export type NamedKey = (typeof NAMED_KEYS)[number];

/**
 * A name the widget gives a part that the author did not name: a named
 * component, the default's health and retirement benefits, or a numbered
 * list item or table row. Data is read without a language, so the element
 * puts it into words in the reader's language when it draws.
 */
export type GivenName = { readonly named: NamedKey | 'healthBenefits' } | { readonly numbered: 'component' | 'row'; readonly number: number };

/** What a part is called: the author's own words, kept as written, or a name the widget gives. */
export type PartLabel = string | GivenName;

/** A part as the author wrote it, before percents are resolved against base. */
export interface WrittenPart {
  /** "base", "bonus", "equity", "benefits", or a key of its own; only "base" is special. */
  readonly key: string;
  readonly label: PartLabel;
  readonly spec: ValueSpec;
  /** Names the part in messages: "bonus", "compensation.components[0]", `table row 2 ("Bonus")`. */
  readonly where: string;
}

export interface Component {
  readonly key: string;
  readonly label: PartLabel;
  /** The value as written (hourly when it was given hourly). */
  readonly spec: ValueSpec;
  /** Annual amounts, resolved against base. */
  readonly low: number;
  readonly high: number;
  /** Whole-percent share of the total at the midpoints; the shares add up to 100. */
  readonly share: number;
  /** An amount given hourly and converted × 2,080. */
  readonly fromHourly: boolean;
}

export interface CompData {
  readonly components: readonly Component[];
  readonly low: number;
  readonly high: number;
}

/** Whether a JSON key or attribute name is one of the four named components. */
const isNamedKey = (key: string): key is NamedKey => (NAMED_KEYS as readonly string[]).includes(key);
const MAX_COMPONENTS = 12;
const MAX_LABEL = 60;

const PART = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/;

/**
 * Reads a value from an attribute or JSON (a machine channel, so no locale):
 * 22500, "22500", "15%", "10%-20%" or "15000–30000" (hyphen or en dash).
 * Amounts are plain numbers; both ends of a range are of the same kind.
 * "150.000" or "15.000-30.000" is an error with a hint, never a guess.
 */
export function parseValue(raw: unknown, where: string): ValueSpec {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) throw new DataError(where, `expected an amount of 0 or more, got ${quote(raw)}.`);
    return { percent: false, low: raw, high: raw };
  }
  const hint = `expected an amount (22500), a percent of base (15%) or a range (10%-20%, 15000-30000), got ${quote(raw)}.`;
  if (typeof raw !== 'string') throw new DataError(where, hint);
  const ends = raw.replace(/\s+/g, '').split(/[-–—]/);
  rejectAmbiguous(raw, ends, where);
  if (ends.length > 2 || ends.some((end) => !PART.test(end))) {
    throw new DataError(where, raw.trim().startsWith('-') ? `expected an amount of 0 or more, got ${quote(raw)}.` : hint);
  }
  // Each end as [text, number, "%" or ""]; a single value is both ends.
  const [lowEnd, highEnd = lowEnd] = ends.map((end) => PART.exec(end)!) as [RegExpExecArray, RegExpExecArray?];
  if (lowEnd[2] !== highEnd[2]) throw new DataError(where, `both ends of a range must be amounts or both percents, got ${quote(raw)}.`);
  const low = Number(lowEnd[1]);
  const high = Number(highEnd[1]);
  if (!Number.isFinite(high)) throw new DataError(where, hint);
  if (high < low) throw new DataError(where, `a range runs from low to high, got ${quote(raw)}.`);
  return { percent: lowEnd[2] === '%', low, high };
}

/**
 * "150.000" is 150,000 to a German reader and 150 to an English one, so an
 * attribute or JSON value written so is refused with both plain spellings,
 * in the words the core uses for every other amount (see `readAmount`).
 */
function rejectAmbiguous(raw: string, ends: readonly string[], where: string): void {
  const readings = ends.map((end) => {
    const percent = end.endsWith('%') ? '%' : '';
    const number = percent ? end.slice(0, -1) : end;
    return { percent, number, ambiguous: ambiguousAmount(number) };
  });
  if (!readings.some((reading) => reading.ambiguous)) return;
  const plain = readings.map(({ number, percent, ambiguous }) => `${ambiguous?.integer ?? number}${percent}`).join('-');
  const decimalsExist = readings.every(({ ambiguous }) => !ambiguous || ambiguous.decimal !== undefined);
  const decimal = readings.map(({ number, percent, ambiguous }) => `${ambiguous?.decimal ?? number}${percent}`).join('-');
  const orDecimal = decimalsExist ? `, or ${decimal} for a decimal` : '';
  throw new DataError(where, `${quote(raw)} is ambiguous; write ${plain} (no separators)${orDecimal}.`);
}

/** A value read from an attribute or JSON, as a part. */
export function writtenPart(key: string, label: PartLabel, raw: unknown, where: string): WrittenPart {
  return { key, label, spec: parseValue(raw, where), where };
}

export interface ResolveOptions {
  /** Names the data as a whole in messages: "compensation", "table", or "" for attributes. */
  readonly where: string;
  /** How to ask for a base salary when a percent has none: `"base"`, or `a "Base salary" row`. */
  readonly baseName: string;
}

const percentText = (spec: ValueSpec) => (spec.low === spec.high ? `${spec.low}%` : `${spec.low}%-${spec.high}%`);

/**
 * Resolves parts against base into annual amounts. Amounts given hourly
 * (`context.hourly`) are converted × 2,080; percents stay percents of the
 * (converted) base. Annual amounts that are all under 1,000 are refused as
 * hourly-looking; percents are not amounts and do not count.
 */
export function resolveParts(parts: readonly WrittenPart[], context: ReadContext, { where, baseName }: ResolveOptions): CompData {
  if (parts.length > MAX_COMPONENTS) throw new DataError(where || 'compensation', `at most ${MAX_COMPONENTS} components, got ${parts.length}.`);
  const amounts = parts.filter((part) => !part.spec.percent);
  if (amounts.length) {
    rejectHourlyLooking(
      amounts.flatMap(({ spec }) => [spec.low, spec.high]),
      where || amounts[0]!.where,
      context,
    );
  }
  const base = parts.find((part) => part.key === 'base');
  if (base?.spec.percent) throw new DataError(base.where, 'the base salary must be an amount, not a percent.');
  const components = parts.map(({ key, label, spec, where: at }) => {
    if (!spec.percent) return { key, label, spec, low: toAnnual(spec.low, context), high: toAnnual(spec.high, context), fromHourly: context.hourly };
    if (!base) throw new DataError(at, `${quote(percentText(spec))} is a percent of base salary, so ${baseName} is needed too.`);
    const baseLow = toAnnual(base.spec.low, context);
    const baseHigh = toAnnual(base.spec.high, context);
    return { key, label, spec, low: (spec.low / 100) * baseLow, high: (spec.high / 100) * baseHigh, fromHourly: false };
  });
  const shares = wholeShares(components.map((component) => component.low + component.high));
  return {
    components: components.map((component, index) => ({ ...component, share: shares[index]! })),
    low: components.reduce((sum, component) => sum + component.low, 0),
    high: components.reduce((sum, component) => sum + component.high, 0),
  };
}

/**
 * Whole percents that add up to exactly 100 (largest remainder method), so a
 * legend never shows 59 + 9 + 24 + 9 = 101 beside a total of 100%.
 */
export function wholeShares(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (!(total > 0)) return weights.map(() => 0);
  const exact = weights.map((weight) => (weight / total) * 100);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((sum, floor) => sum + floor, 0);
  // Largest remainder first; equal remainders in the parts' order.
  const order = exact.map((share, index) => ({ remainder: share - floors[index]!, index })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left-- <= 0) break;
    floors[index]!++;
  }
  return floors;
}

/** Keys of the section that describe it rather than name a part. */
const SECTION_SETTINGS = new Set(['components', 'unit']);

/**
 * Validates the `compensation` section: `{"base": 150000, "bonus": "15%", …}`,
 * any other key being a component named by its key, and/or
 * `{"components": [{"label": "Signing bonus", "value": 20000}]}`.
 * `"unit": "hourly"` declares the amounts hourly, as `amounts="hourly"` does.
 */
export function parseCompSection(raw: unknown, where: string, context: ReadContext): CompData {
  if (!isRecord(raw)) throw new DataError(where || 'compensation', `expected an object such as {"base": 150000, "bonus": "15%"}, got ${quote(raw)}.`);
  const section = sectionContext(raw, where, context);
  const parts: WrittenPart[] = [];
  for (const key of ownKeys(raw)) {
    if (SECTION_SETTINGS.has(key)) continue;
    const value = raw[key];
    if (value === null || value === undefined) continue;
    const label = isNamedKey(key) ? { named: key } : readText(key, jsonPath(where, key), MAX_LABEL);
    parts.push(writtenPart(key, label, value, jsonPath(where, key)));
  }
  const list = own(raw, 'components');
  if (list !== undefined) {
    const at = jsonPath(where, 'components');
    if (!Array.isArray(list)) throw new DataError(at, `expected a list of {"label", "value"}, got ${quote(list)}.`);
    list.forEach((item, index) => {
      if (!isRecord(item)) throw new DataError(`${at}[${index}]`, `expected {"label", "value"}, got ${quote(item)}.`);
      const label = readText(own(item, 'label') ?? '', `${at}[${index}].label`, MAX_LABEL) || { numbered: 'component' as const, number: index + 1 };
      parts.push(writtenPart(`components[${index}]`, label, own(item, 'value'), `${at}[${index}]`));
    });
  }
  return resolveParts(parts, section, { where, baseName: '"base"' });
}

/** The default's base salary, the guide's worked example; its source names it. */
export const DEFAULT_BASE = 150000;

/** Reading with no author settings: annual amounts in US English. */
const PLAIN_CONTEXT: ReadContext = { locale: 'en-US', hourly: false, note: () => undefined };

/**
 * The seed's example: a senior backend developer earning $150,000 base at a
 * large technology company, with the bonus, equity and benefits ranges the
 * guide reports from industry salary surveys. None of it is a BLS figure.
 * Its heading and source are words, so the element gives them in the
 * reader's language.
 */
export const DEFAULT_COMP: CompData = resolveParts(
  [
    writtenPart('base', { named: 'base' }, DEFAULT_BASE, 'base'),
    writtenPart('bonus', { named: 'bonus' }, '10%-20%', 'bonus'),
    writtenPart('equity', { named: 'equity' }, '20%-60%', 'equity'),
    writtenPart('benefits', { named: 'healthBenefits' }, '15000-30000', 'benefits'),
  ],
  PLAIN_CONTEXT,
  { where: '', baseName: '"base"' },
);

// ---------------------------------------------------------------------------
// Tables and CSV: human channels, read in the element's locale.

/** A table or CSV cell holding a part's value. */
export type ValueCell =
  | { readonly kind: 'value'; readonly spec: ValueSpec; readonly footnotes: readonly string[] }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly problem: string };

// "%", the Arabic percent sign and the full-width one, with any space before it ("10 %").
const PERCENT_SIGN = /\s*[%\u066a\uff05]$/;
// Between the ends of a range: a hyphen or dash, or a word ("15.000 bis 30.000 €").
const RANGE_SEPARATOR = /\s*[-‒–—]\s*|\s+(?:to|bis|à)\s+/i;
// "10–20% of base salary": what a percent means here anyway, so it may be said. "Of total" may not.
const OF_BASE = /(%)\s*(?:of (?:the )?base(?: salary| pay)?|vom (?:grund|basis|fix)gehalt|des (?:grund|basis|fix)gehalts|du salaire de base|de la base)$/i;

/** What a value cell should look like in `locale`, for messages: "an amount (15.000), …". */
function expectedValue(locale: string): string {
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  return `an amount (${number.format(15000)}), a percent of base (${percent.format(0.1)}) or a range (${number.format(15000)}–${number.format(30000)})`;
}

/** One end of a range, or a single value: an amount or a percent. */
function readEnd(text: string, end: string, locale: string): { percent: boolean; value: number } | string {
  const percent = PERCENT_SIGN.test(end);
  const number = end.replace(PERCENT_SIGN, '');
  const value = parseLocalizedAmount(number, locale);
  if (value === undefined)
    return misreadMessage(number, locale)?.replace(quote(number), quote(text)) ?? `expected ${expectedValue(locale)}, got ${quote(text)}.`;
  if (value < 0) return `expected an amount of 0 or more, got ${quote(text)}.`;
  return { percent, value };
}

/**
 * Reads a part's value as a table or CSV shows it, in `locale`: "$150,000",
 * "15.000 €" (de), "15 000 €" (fr), "10 %", "15.000–30.000 €", "10–20 %"
 * (a bare low end takes the high end's percent sign). Footnote markers are
 * removed and returned; "-", "(8)" and empty cells are missing.
 */
export function readValueCell(raw: string, locale: string): ValueCell {
  const text = raw.replace(/\s+/g, ' ').trim();
  const cell = readCell(text, locale, 'annual');
  if (cell.kind === 'missing') return { kind: 'missing' };
  // A top-code is a lower bound: no share of a total can be worked out from it.
  if (cell.kind === 'amount' && cell.topCoded) {
    return {
      kind: 'invalid',
      problem: `${quote(text)} is a top-code, a lower bound rather than a figure, so no share of the total can be worked out from it; give the part's amount.`,
    };
  }
  const footnotes = footnoteMarkers(text);
  const ends = withoutFootnotes(text).replace(OF_BASE, '$1').split(RANGE_SEPARATOR);
  if (ends[0] === '' && ends.length === 2) return { kind: 'invalid', problem: `expected an amount of 0 or more, got ${quote(text)}.` };
  if (ends.length > 2) return { kind: 'invalid', problem: `expected ${expectedValue(locale)}, got ${quote(text)}.` };
  const [lowText = '', highText = lowText] = ends;
  const low = readEnd(text, lowText, locale);
  if (typeof low === 'string') return { kind: 'invalid', problem: low };
  const high = readEnd(text, highText, locale);
  if (typeof high === 'string') return { kind: 'invalid', problem: high };
  // "10–20 %": a low end of bare digits is a percent when the high end is.
  const lowPercent = low.percent || (high.percent && /^[\d\s.,]+$/.test(asciiDigits(lowText)));
  if (lowPercent !== high.percent) return { kind: 'invalid', problem: `both ends of a range must be amounts or both percents, got ${quote(text)}.` };
  if (high.value < low.value) return { kind: 'invalid', problem: `a range runs from low to high, got ${quote(text)}.` };
  return { kind: 'value', spec: { percent: high.percent, low: low.value, high: high.value }, footnotes };
}

/** What a column holds for the breakdown, judged by its header. */
type PartColumn = 'label' | 'value' | 'hourly' | 'not-value' | 'unknown';

// Header words of a breakdown table, beyond the core's money and place words.
const PART_LABEL_HEADER =
  /component|\bparts?\b|\bitems?\b|element|\btype\b|\bkind\b|komponente|bestandteil|\bposten\b|\bart\b|composante|composant|élément|componente|elemento|concepto|partida/;
const PART_VALUE_HEADER = /amount|\bvalues?\b|\bwert\b|betrag|\bhöhe\b|valeur|montant|\bvalor\b|monto|importe|\bcost\b|\bsumme?\b|of base/;

/**
 * The breakdown's reading of a header. The core's `classifyHeader` decides
 * hourly, money and not-money columns; "Component" and "Betrag" are words of
 * this widget's own tables. "Compensation component" names parts, although
 * the core would call "compensation" money.
 */
function partColumn(header: string): PartColumn {
  const kind = classifyHeader(header);
  const text = withoutFootnotes(header).toLowerCase();
  if (kind === 'hourly') return 'hourly';
  if (PART_LABEL_HEADER.test(text)) return 'label';
  if (PART_VALUE_HEADER.test(text) || kind === 'annual' || kind === 'money') return 'value';
  if (kind === 'label') return 'label';
  if (kind === 'not-money') return 'not-value';
  return 'unknown';
}

/** Whether more cells of a column read as values (or no data) than not. */
function mostlyValues(rows: readonly (readonly string[])[], index: number, locale: string): boolean {
  let values = 0;
  let others = 0;
  for (const row of rows) {
    if (readValueCell(row[index] ?? '', locale).kind === 'invalid') others++;
    else values++;
  }
  return values > others;
}

/**
 * Where the header row is, whatever the source said. A "header" with a value
 * in it is data (a CSV whose first row is "Bonus,10–20%"); a first row of
 * `<td>` cells with header words and no values is a header (tables from
 * editors that do not mark headers).
 */
function placeHeaders(grid: Grid, locale: string): Grid {
  const { headers, rows } = grid;
  if (headers.some((cell) => readValueCell(cell, locale).kind === 'value')) return { ...grid, headers: [], rows: [headers, ...rows] };
  const [first, ...rest] = rows;
  if (!headers.length && first && rest.length) {
    const noValues = first.every((cell) => readValueCell(cell, locale).kind === 'invalid');
    const known = first.map(partColumn);
    if (noValues && known.includes('value') && known.includes('label')) return { ...grid, headers: first, rows: rest };
  }
  return grid;
}

/** A row that sums the others ("Total", "Gesamtvergütung", "Somme"): the widget draws its own total. */
const TOTAL_LABEL = /^(?:total|gesamt\p{L}*|insgesamt|summe|somme|suma)\b/iu;

/** Which named component a row's label means, if any: base salary matters, as percents are of it. */
function namedKey(label: string): NamedKey | undefined {
  const words = label.toLowerCase();
  if (/\bbase\b|^(annual )?salary$|grundgehalt|basisgehalt|fixgehalt|festgehalt|grundvergütung|^(jahres)?gehalt$/.test(words)) return 'base';
  if (/^(annual |performance )?bonus/.test(words)) return 'bonus';
  if (/\bequity\b|\bstock\b|\brsus?\b/.test(words)) return 'equity';
  if (/benefit/.test(words)) return 'benefits';
  return undefined;
}

/** The columns of labels and values, by header, by the author's attributes, or label then value. */
function chooseColumns(table: Grid, context: ReadContext, where: string) {
  const { headers, rows } = table;
  const columns = columnIndexes(table);
  const kinds = headers.map(partColumn);
  let valueIndex: number;
  if (context.valueColumn?.trim()) valueIndex = namedColumn(context.valueColumn, table, 'value-column', where);
  else if (headers.length) {
    // "Vergütung | Betrag": both sound like money; the one whose cells are values wins.
    const candidates = columns.filter((index) => kinds[index] === 'value');
    valueIndex = candidates.find((index) => mostlyValues(rows, index, context.locale)) ?? candidates[0] ?? kinds.indexOf('hourly');
    if (valueIndex < 0) {
      throw new DataError(where, `no column of amounts or percents; ${describeHeaders(headers, where)} Head it "Amount" or name it with value-column.`);
    }
  } else {
    if (columns.length < 2) throw new DataError(where, 'expected two columns, a part and its value (such as "Bonus | 10%"), but found one.');
    valueIndex = 1;
  }

  let labelIndex: number;
  if (context.labelColumn?.trim()) labelIndex = namedColumn(context.labelColumn, table, 'label-column', where);
  else if (headers.length) {
    const others = columns.filter((index) => index !== valueIndex);
    labelIndex =
      others.find((index) => kinds[index] === 'label') ??
      others.find((index) => kinds[index] !== 'not-value' && !mostlyValues(rows, index, context.locale)) ??
      -1;
    if (labelIndex < 0)
      throw new DataError(where, `no column naming the parts; ${describeHeaders(headers, where)} Head it "Component" or name it with label-column.`);
  } else labelIndex = valueIndex === 0 ? 1 : 0;
  return { valueIndex, labelIndex };
}

/**
 * Reads a table, CSV or TSV of parts: a label column ("Component",
 * "Komponente", "Composante", …) and a value column ("Amount", "Value",
 * "Betrag", "Montant", "Annual value", …), chosen by header or named with
 * `value-column` and `label-column`; without a header row, label then value.
 * Cells are read in the element's locale. A column headed as hourly
 * ("Hourly amount") is converted × 2,080, as `amounts="hourly"` does.
 *
 * A row with no figure ("-", "(8)", an empty cell) is left out of the chart
 * and named in the caption ("No figure published for Equity."): published
 * tables mark a part that does not apply or was not disclosed so, and the
 * rest of the breakdown is still true. Leaving it out is said, not silent;
 * the total is then the total of the parts that have figures. A table where
 * no row has a figure is an error. A "Total" row is skipped (and noted for
 * the author): the widget draws its own total from the parts. `rowName`
 * names an unlabelled row with no figure in the caption, in the reader's
 * language.
 */
export function readCompGrid(grid: Grid, context: ReadContext, where: string, rowName: (row: number) => string = (row) => `Row ${row}`): CompData {
  const table = placeHeaders(grid, context.locale);
  const { headers, rows } = table;
  if (!rows.length) throw new DataError(where, 'has no rows; expected rows of a part and its value, such as "Bonus | 10%".');
  const { valueIndex, labelIndex } = chooseColumns(table, context, where);
  const header = headers[valueIndex] ?? '';
  const hourlyColumn = !context.hourly && partColumn(header) === 'hourly';
  const column = header ? `column ${quote(withoutFootnotes(header), 40)}` : `column ${valueIndex + 1}`;

  const parts: WrittenPart[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  const markers = [headers[valueIndex], headers[labelIndex]].flatMap((cell) => footnoteMarkers(cell ?? ''));
  const takenKeys = new Set<string>();
  rows.forEach((row, index) => {
    const rawLabel = row[labelIndex] ?? '';
    const rawValue = row[valueIndex] ?? '';
    if (!rawLabel.trim() && !rawValue.trim()) return;
    const written = cleanText(withoutFootnotes(rawLabel), MAX_LABEL);
    // Messages for the author name an unlabelled row in English; readers (the caption's notes) in their language.
    const label = written || `Row ${index + 1}`;
    const noteName = written || rowName(index + 1);
    markers.push(...footnoteMarkers(rawLabel));
    if (TOTAL_LABEL.test(label)) {
      skipped.push(label);
      return;
    }
    const at = `${where} row ${index + 1} (${quote(label, 40)})`;
    const cell = readValueCell(rawValue, context.locale);
    if (cell.kind === 'invalid') throw new DataError(`${at}, ${column}`, cell.problem);
    if (cell.kind === 'missing') {
      missing.push(noteName);
      return;
    }
    markers.push(...cell.footnotes);
    // A named key is taken by its first row; a second "Bonus" row is a part of its own.
    const named = namedKey(label);
    const key = named && !takenKeys.has(named) ? named : `row ${index + 1}`;
    takenKeys.add(key);
    parts.push({ key, label: written || { numbered: 'row', number: index + 1 }, spec: cell.spec, where: at });
  });
  if (!parts.length) {
    const found = missing.length ? ` (${missing.map((label) => quote(label, 30)).join(', ')} have none)` : '';
    throw new DataError(where, `no part has a figure${found}; expected rows of a part and its value, such as "Bonus | 10%".`);
  }

  const data = resolveParts(parts, hourlyColumn ? { ...context, hourly: true } : context, { where, baseName: 'a "Base salary" row' });
  const notes = tableNotes({ column: withoutFootnotes(header), hourlyColumn, markers, missing, skipped, repeatedHeaders: grid.repeatedHeaders });
  notes.forEach((note) => context.note(note));
  return data;
}
