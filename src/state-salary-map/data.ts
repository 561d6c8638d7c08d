import { DataError, quote } from '../core/data/errors.js';
import { isRecord, jsonPath, own, ownKeys, readAmount, splitPairs } from '../core/data/values.js';
import { parseMoneyText } from '../core/data/table.js';
import type { DatasetMeta } from '../core/salary-element.js';
import { findState } from './states.js';

export interface StateValues {
  /** Amount by postal code; states without a value are simply absent. */
  readonly values: ReadonlyMap<string, number>;
  /** State names in the input that matched no state; they are skipped with a warning. */
  readonly unknown: readonly string[];
}

function collect(entries: Iterable<[unknown, unknown]>, where: string): StateValues {
  const values = new Map<string, number>();
  const unknown: string[] = [];
  for (const [id, raw] of entries) {
    const state = findState(id);
    if (!state) {
      unknown.push(quote(id, 30));
      continue;
    }
    const at = jsonPath(where, typeof id === 'string' ? id.trim() : String(id));
    if (values.has(state.postal)) throw new DataError(at, `${state.name} has more than one value.`);
    if (raw === null || raw === undefined || raw === '') continue; // explicitly no data
    values.set(state.postal, readAmount(raw, at));
  }
  if (unknown.length > 50) unknown.length = 50;
  return { values, unknown };
}

/**
 * Validates the `states` section: an object keyed by state
 * (`{"CA": 170910}`) or a list of `{"state": …, "value": …}`. States are
 * named by postal code, full name or FIPS code, in any case.
 */
export function parseStatesSection(raw: unknown, where: string): StateValues {
  if (Array.isArray(raw)) {
    if (raw.length > 1000) throw new DataError(where || 'states', `expected at most 1000 rows, got ${raw.length}.`);
    return collect(
      raw.map((row, i) => {
        if (!isRecord(row)) throw new DataError(`${where || 'states'}[${i}]`, `expected {"state": …, "value": …}, got ${quote(row)}.`);
        return [own(row, 'state'), own(row, 'value')] as [unknown, unknown];
      }),
      where,
    );
  }
  if (!isRecord(raw)) throw new DataError(where || 'states', `expected an object such as {"CA": 170910} or a list of {"state", "value"}, got ${quote(raw)}.`);
  const keys = ownKeys(raw);
  if (keys.length > 1000) throw new DataError(where || 'states', `expected at most 1000 states, got ${keys.length}.`);
  return collect(
    keys.map((k) => [k, raw[k]]),
    where,
  );
}

/** Reads the compact attribute form: `values="CA:170910, WA:163440"`. */
export function parseValuesAttribute(text: string, where = 'values'): StateValues {
  return collect(splitPairs(text, where, 'CA:170910'), where);
}

/**
 * Reads a table whose rows name a state and an amount. The state is the first
 * cell that names one by code or name (a bare number may be a rank, so FIPS
 * codes count only as two digits); the amount is the last cell that reads as
 * money. Rows without an amount are skipped as headers or notes.
 */
export function readStatesTable(rows: readonly (readonly string[])[]): StateValues | undefined {
  const entries: [string, number][] = [];
  for (const cells of rows) {
    const amount = [...cells]
      .reverse()
      .map(parseMoneyText)
      .find((n) => n !== undefined);
    if (amount === undefined) continue;
    const name =
      cells.find((c) => !/^\d+$/.test(c) && findState(c)) ??
      cells.find((c) => /^\d\d$/.test(c) && findState(c)) ??
      cells.find((c) => !/\d/.test(c)) ??
      cells[0]!;
    entries.push([name, amount]);
  }
  return entries.length ? collect(entries, 'table') : undefined;
}

/** Ten top-paying states for software developers, as given in the seed (BLS OEWS, May 2024). */
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
    unknown: [],
  },
  meta: {
    heading: 'The ten top-paying states for software developers',
    description: 'Annual wage by state; only the top ten are shown',
    source: 'U.S. Bureau of Labor Statistics, OEWS, May 2024',
    sourceUrl: 'https://www.bls.gov/oes/2024/may/oes151252.htm',
  },
};
