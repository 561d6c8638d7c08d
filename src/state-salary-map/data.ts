import { DataError, quote } from '../core/data/errors.js';
import { isRecord, jsonPath, own, ownKeys, readAmount, splitPairs } from '../core/data/values.js';
import { TOP_CODE, withoutFootnotes } from '../core/data/cells.js';
import { rejectHourlyLooking, sectionContext, toAnnual, type ReadContext } from '../core/data/context.js';
import { classifyHeader, readLabelledAmounts, type Grid } from '../core/data/grid.js';
import type { DatasetMeta } from '../core/salary-element.js';
import { findState } from './states.js';

export interface StateValues {
  /** Annual amount by postal code; states without a value are simply absent. */
  readonly values: ReadonlyMap<string, number>;
  /** States whose figure is BLS's top-code ("#"): the true value is at least theirs. */
  readonly topCoded: ReadonlySet<string>;
  /** Whether the amounts were hourly wages, converted × 2,080. */
  readonly fromHourly: boolean;
  /** State names in the input that matched no state; they are skipped with a warning. */
  readonly unknown: readonly string[];
}

/** How many unknown names a warning quotes. */
const MAX_UNKNOWN = 50;

/**
 * Names that match no state (a territory, a typo, a name in another
 * language): noted as skipped, for the builder and the salary-data event,
 * and returned quoted for the element's console warning.
 */
function skipUnknown(names: readonly unknown[], context: ReadContext): string[] {
  const first = names.slice(0, MAX_UNKNOWN);
  if (first.length) context.note({ kind: 'skipped', labels: first.map((name) => (typeof name === 'string' ? name.trim() : quote(name))) });
  return first.map((name) => quote(name, 30));
}

/** BLS's top-code as a blogger may copy it into an attribute or JSON: `"CA": "#"`. */
const isTopCode = (raw: unknown) => typeof raw === 'string' && raw.trim() === '#';

/** Reads [state, amount] pairs from attributes or JSON, where amounts are plain numbers (or "#"). */
function collect(entries: Iterable<[unknown, unknown]>, where: string, context: ReadContext): StateValues {
  const values = new Map<string, number>();
  const topCoded = new Set<string>();
  const unknown: unknown[] = [];
  for (const [id, raw] of entries) {
    const state = findState(id);
    if (!state) {
      unknown.push(id);
      continue;
    }
    const at = jsonPath(where, typeof id === 'string' ? id.trim() : String(id));
    if (values.has(state.postal)) throw new DataError(at, `${state.name} has more than one value.`);
    if (raw === null || raw === undefined || raw === '') continue; // explicitly no data
    if (isTopCode(raw)) {
      topCoded.add(state.postal);
      values.set(state.postal, TOP_CODE.annual);
    } else values.set(state.postal, toAnnual(readAmount(raw, at), context));
  }
  // Top-codes are BLS's thresholds, not the author's figures: they say nothing about the unit.
  // Amounts declared hourly are never checked, so they could be converted as they were read.
  const figures = [...values].filter(([postal]) => !topCoded.has(postal)).map(([, value]) => value);
  rejectHourlyLooking(figures, where || 'states', context);
  if (topCoded.size) context.note({ kind: 'top-coded', threshold: TOP_CODE.annual, labels: [...topCoded].map((postal) => findState(postal)!.name) });
  return { values, topCoded, fromHourly: context.hourly, unknown: skipUnknown(unknown, context) };
}

/**
 * Validates the `states` section: an object keyed by state
 * (`{"CA": 170910}`, with `"unit": "hourly"` for hourly wages) or a list of
 * `{"state": …, "value": …}`. States are named by postal code, full name or
 * FIPS code, in any case; "#" is BLS's top-code.
 */
export function parseStatesSection(raw: unknown, where: string, context: ReadContext): StateValues {
  if (Array.isArray(raw)) {
    if (raw.length > 1000) throw new DataError(where || 'states', `expected at most 1000 rows, got ${raw.length}.`);
    return collect(
      raw.map((row, i) => {
        if (!isRecord(row)) throw new DataError(`${where || 'states'}[${i}]`, `expected {"state": …, "value": …}, got ${quote(row)}.`);
        return [own(row, 'state'), own(row, 'value')] as [unknown, unknown];
      }),
      where,
      context,
    );
  }
  if (!isRecord(raw)) throw new DataError(where || 'states', `expected an object such as {"CA": 170910} or a list of {"state", "value"}, got ${quote(raw)}.`);
  const section = sectionContext(raw, where, context);
  const keys = ownKeys(raw).filter((key) => key !== 'unit');
  if (keys.length > 1000) throw new DataError(where || 'states', `expected at most 1000 states, got ${keys.length}.`);
  return collect(
    keys.map((k) => [k, raw[k]]),
    where,
    section,
  );
}

/** Reads the compact attribute form: `values="CA:170910, WA:163440"`. */
export function parseValuesAttribute(text: string, context: ReadContext): StateValues {
  return collect(splitPairs(text, 'values', 'CA:170910'), 'values', context);
}

/** A header that says its column holds FIPS codes: "FIPS", "State FIPS", "FIPS code". */
const FIPS_HEADER = /^(state )?fips( code)?$/i;

/** Whether a cell names a state in words or by postal code (a bare number may be a rank or an amount). */
const namesState = (cell: string | undefined) => !!cell && !/^\d+$/.test(cell) && !!findState(withoutFootnotes(cell));

/**
 * The label column to ask for: `label-column` when set; else a column headed
 * "FIPS" (or "State FIPS", "FIPS code") when no other column holds names,
 * that is, none is headed like one ("State", "Area", …) and none names a
 * state in words or by postal code; else none, and the shared reader picks
 * the column of names by its header. Codes are never preferred to names.
 */
function stateColumn(grid: Grid, context: ReadContext): string | undefined {
  if (context.labelColumn?.trim()) return context.labelColumn;
  const fips = grid.headers.findIndex((header) => FIPS_HEADER.test(withoutFootnotes(header)));
  if (fips < 0) return undefined;
  const hasNames = grid.headers.some((header, i) => i !== fips && (classifyHeader(header) === 'label' || grid.rows.some((row) => namesState(row[i]))));
  return hasNames ? undefined : String(fips + 1);
}

/**
 * Reads a table, CSV or TSV of states by its headers (see
 * `readLabelledAmounts`): the label column names states by name, postal code
 * or FIPS code; an annual column is preferred, an hourly one is converted
 * × 2,080. "#" is a top-code, "-", "(8)" and empty cells are no data, the
 * national row is set aside, rows naming no state are skipped with a
 * warning. What was interpreted is passed on as notes.
 */
export function readStatesGrid(grid: Grid, context: ReadContext, where: string): StateValues {
  const read = readLabelledAmounts(grid, { ...context, labelColumn: stateColumn(grid, context), where });
  read.notes.forEach((note) => context.note(note));
  const values = new Map<string, number>();
  const topCoded = new Set<string>();
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const item of read.items) {
    const state = findState(item.label);
    if (!state) {
      unknown.push(item.label);
      continue;
    }
    if (seen.has(state.postal)) throw new DataError(where, `${state.name} has more than one row.`);
    seen.add(state.postal);
    if (item.value === undefined) continue; // no figure published: drawn as no data
    values.set(state.postal, item.value);
    if (item.topCoded) topCoded.add(state.postal);
  }
  if (!seen.size) {
    const example = unknown.length ? ` (such as ${quote(unknown[0], 30)})` : '';
    throw new DataError(
      where,
      `no row names a state${example}; expected state names, postal codes or FIPS codes. Name the column of states with label-column.`,
    );
  }
  const fromHourly = read.items.some((item) => item.fromHourly);
  // Converted amounts are annual; top-codes are BLS's thresholds, not the author's figures.
  const figures = [...values].filter(([postal]) => !topCoded.has(postal)).map(([, value]) => value);
  if (!fromHourly) rejectHourlyLooking(figures, where, context);
  return { values, topCoded, fromHourly, unknown: skipUnknown(unknown, context) };
}

/**
 * Ten top-paying states for software developers, as given in the seed (BLS
 * OEWS, May 2024). The heading, description and source are words, in the
 * element's catalog; only the link travels with the figures.
 */
export const DEFAULT_STATES: { data: StateValues; meta: DatasetMeta } = {
  data: {
    values: new Map([
      ['CA', 170910],
      ['WA', 163440],
      ['NY', 152780],
      ['MA', 148530],
      ['MD', 145200],
      ['NJ', 143870],
      ['CO', 141220],
      ['VA', 139560],
      ['CT', 137880],
      ['OR', 136240],
    ]),
    topCoded: new Set(),
    fromHourly: false,
    unknown: [],
  },
  meta: {
    sourceUrl: 'https://www.bls.gov/oes/2024/may/oes151252.htm',
  },
};
