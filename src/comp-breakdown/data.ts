import { DataError, quote } from '../core/data/errors.js';
import { isRecord, jsonPath, own, ownKeys, readText } from '../core/data/values.js';
import type { DatasetMeta } from '../core/salary-element.js';

/** A value as written: an amount or a percent of base, possibly a range. */
export interface ValueSpec {
  readonly percent: boolean;
  readonly low: number;
  readonly high: number;
}

export interface Component {
  readonly key: string;
  readonly label: string;
  readonly spec: ValueSpec;
  /** Annual amounts, resolved against base. */
  readonly low: number;
  readonly high: number;
  /** Whole-percent share of the total at the midpoints; the shares add up to 100. */
  readonly share: number;
}

export interface CompData {
  readonly components: readonly Component[];
  readonly low: number;
  readonly high: number;
}

/** The four named components and their labels, in drawing order. */
export const NAMED = { base: 'Base salary', bonus: 'Bonus', equity: 'Equity', benefits: 'Benefits' } as const;
export type NamedKey = keyof typeof NAMED;
const MAX_COMPONENTS = 12;

const PART = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/;

/**
 * Reads "22500", "15%", "10%-20%" or "15000–30000" (hyphen or en dash).
 * Amounts are plain numbers; both ends of a range are of the same kind.
 */
export function parseValue(raw: unknown, where: string): ValueSpec {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) throw new DataError(where, `expected an amount of 0 or more, got ${quote(raw)}.`);
    return { percent: false, low: raw, high: raw };
  }
  const hint = `expected an amount (22500), a percent of base (15%) or a range (10%-20%, 15000-30000), got ${quote(raw)}.`;
  if (typeof raw !== 'string') throw new DataError(where, hint);
  const ends = raw.replace(/\s+/g, '').split(/[-–—]/);
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

/** Resolves specs against base into annual amounts. */
export function resolveComponents(entries: readonly [string, string, unknown][], where: string): CompData {
  if (entries.length > MAX_COMPONENTS) throw new DataError(where || 'compensation', `at most ${MAX_COMPONENTS} components, got ${entries.length}.`);
  const specs = entries.map(([key, label, raw]) => ({ key, label, spec: parseValue(raw, jsonPath(where, key)) }));
  const base = specs.find((entry) => entry.key === 'base');
  if (base?.spec.percent) throw new DataError(jsonPath(where, 'base'), `base must be an amount, not a percent.`);
  const components = specs.map(({ key, label, spec }) => {
    if (spec.percent && !base) {
      throw new DataError(jsonPath(where, key), `${quote(spec.low + '%')} is a percent of base salary, so "base" is needed too.`);
    }
    const low = spec.percent ? (spec.low / 100) * base!.spec.low : spec.low;
    const high = spec.percent ? (spec.high / 100) * base!.spec.high : spec.high;
    return { key, label, spec, low, high };
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

/**
 * Validates the `compensation` section: `{"base": 150000, "bonus": "15%", …}`,
 * any other key being a component named by its key, and/or
 * `{"components": [{"label": "Signing bonus", "value": 20000}]}`.
 */
export function parseCompSection(raw: unknown, where: string): CompData {
  if (!isRecord(raw)) throw new DataError(where || 'compensation', `expected an object such as {"base": 150000, "bonus": "15%"}, got ${quote(raw)}.`);
  const entries: [string, string, unknown][] = [];
  for (const key of ownKeys(raw)) {
    if (key === 'components') continue;
    const value = raw[key];
    if (value === null || value === undefined) continue;
    // own(): "toString" or "valueOf" as a key must not find Object.prototype's.
    entries.push([key, (own(NAMED, key) as string | undefined) ?? readText(key, jsonPath(where, key), 60), value]);
  }
  const list = own(raw, 'components');
  if (list !== undefined) {
    const at = jsonPath(where, 'components');
    if (!Array.isArray(list)) throw new DataError(at, `expected a list of {"label", "value"}, got ${quote(list)}.`);
    list.forEach((item, index) => {
      if (!isRecord(item)) throw new DataError(`${at}[${index}]`, `expected {"label", "value"}, got ${quote(item)}.`);
      const label = readText(own(item, 'label') ?? '', `${at}[${index}].label`, 60) || `Component ${index + 1}`;
      entries.push([`components[${index}]`, label, own(item, 'value')]);
    });
  }
  return resolveComponents(entries, where);
}

/** The seed's example: a senior backend developer at a large technology company. */
export const DEFAULT_COMP: { data: CompData; meta: DatasetMeta } = {
  data: resolveComponents(
    [
      ['base', NAMED.base, 150000],
      ['bonus', NAMED.bonus, '10%-20%'],
      ['equity', NAMED.equity, '20%-60%'],
      ['benefits', 'Health and retirement benefits', '15000-30000'],
    ],
    '',
  ),
  meta: {
    heading: 'Total compensation of a senior backend developer',
    description: 'Base salary plus typical ranges at a large technology company',
    source: 'Pay ranges from industry surveys, as cited with BLS OEWS, May 2024',
  },
};

/** Which named component a table row's label means, if any. */
function namedKey(label: string): NamedKey | undefined {
  const words = label.toLowerCase();
  if (/\bbase\b/.test(words)) return 'base';
  if (/^(annual |performance )?bonus/.test(words)) return 'bonus';
  if (/\bequity\b|\bstock\b|\brsus?\b/.test(words)) return 'equity';
  if (/benefit/.test(words)) return 'benefits';
  return undefined;
}

/**
 * Reads a table of "label | value" rows such as "Base salary | $150,000" or
 * "Bonus | 10–20%". Currency signs and thousands separators are dropped, and
 * "10–20%" means 10% to 20%. Rows without a value are skipped as headers.
 */
export function readCompTable(rows: readonly (readonly string[])[]): CompData | undefined {
  const entries: [string, string, unknown][] = [];
  rows.forEach((cells, rowIndex) => {
    const [label = '', raw = ''] = cells;
    let value = raw.replace(/[\s$,]|USD/g, '');
    if (!/\d/.test(value)) return;
    value = value.replace(/^([\d.]+)([-–—])([\d.]+)%$/, '$1%$2$3%');
    const key = namedKey(label);
    // A named key is taken by its first row; a second "Bonus" row is a part of its own.
    if (key && !entries.some(([taken]) => taken === key)) entries.push([key, label || NAMED[key], value]);
    else entries.push([`row ${rowIndex + 1}`, label || `Row ${rowIndex + 1}`, value]);
  });
  return entries.length ? resolveComponents(entries, 'table') : undefined;
}
