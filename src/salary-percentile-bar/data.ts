import { DataError, quote } from '../core/data/errors.js';
import { isRecord, jsonPath, own, readAmount, readAnnotation, readText, type Annotation } from '../core/data/values.js';
import { rejectHourlyLooking, sectionContext, toAnnual, type ReadContext } from '../core/data/context.js';

export const PERCENTILES = [10, 25, 50, 75, 90] as const;
export type PercentileKey = 'p10' | 'p25' | 'p50' | 'p75' | 'p90';
export const PERCENTILE_KEYS: readonly PercentileKey[] = ['p10', 'p25', 'p50', 'p75', 'p90'];

export type { Annotation } from '../core/data/values.js';

/** A labelled range over the bar, e.g. an experience level. */
export interface Band {
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

export type PercentileValues = readonly [number, number, number, number, number];

export interface PercentileData {
  /** Annual amounts at the 10th, 25th, 50th, 75th and 90th percentiles. */
  readonly values: PercentileValues;
  /**
   * Which of the five values are BLS top-codes ("#" in a table): the true
   * amount is at least the value. Absent when none is.
   */
  readonly topCoded?: readonly boolean[];
  /** The amounts were given as hourly wages and are shown × 2,080 (`amounts="hourly"`, an hourly table). */
  readonly fromHourly?: boolean;
  readonly reference?: Annotation;
  readonly marker?: Annotation;
  readonly bands: readonly Band[];
  /** Keeps the marker's row while there is no marker, so one can appear without moving the bar. */
  readonly markerRow?: boolean;
}

/**
 * Labels for what the author left unnamed, in the reader's language: the
 * marker ("You"), the reference ("Reference") and the experience levels.
 */
export interface DefaultLabels {
  readonly marker: string;
  readonly reference: string;
  /** The four experience levels, lowest first: Entry, Mid, Senior, Staff. */
  readonly levels: readonly [string, string, string, string];
}

/** The seed's mapping of career stages onto the percentile ranges; their names are `DefaultLabels.levels`. */
export const EXPERIENCE_RANGES = [
  { from: 'p10', to: 'p25' },
  { from: 'p25', to: 'p50' },
  { from: 'p50', to: 'p75' },
  { from: 'p75', to: 'p90' },
] as const;

/**
 * BLS OEWS, May 2024: software developers (SOC 15-1252), national, with the
 * median of all occupations as its reference. Its words (the reference's
 * label, the heading, the source) are the element's messages.
 */
export const DEFAULT_PERCENTILES = {
  values: [79850, 103050, 133080, 169000, 211450] as PercentileValues,
  reference: 49500,
  sourceUrl: 'https://www.bls.gov/oes/2024/may/oes151252.htm',
} as const;

/** Equal neighbours are valid (p10 = p25 at the minimum wage); a fall is not. */
export function checkOrder(values: readonly number[], names: readonly string[]): void {
  for (let i = 1; i < values.length; i++) {
    if (values[i]! < values[i - 1]!) {
      throw new DataError(names[i]!, `percentiles must not decrease, but ${names[i]} (${values[i]}) is below ${names[i - 1]} (${values[i - 1]}).`);
    }
  }
}

/**
 * Validates the five percentile amounts; `name(key)` says how to call each
 * one in messages, `where` the whole set. Hourly amounts (`amounts="hourly"`,
 * `"unit": "hourly"`) become annual × 2,080; annual ones that all look
 * hourly are an error.
 */
export function readPercentiles(
  read: (key: PercentileKey) => unknown,
  name: (key: PercentileKey) => string,
  context: ReadContext,
  where: string,
): PercentileValues {
  const given = PERCENTILE_KEYS.map((key) => {
    const raw = read(key);
    if (raw === undefined || raw === null || raw === '') throw new DataError(name(key), `missing; all five of p10, p25, p50, p75 and p90 are needed.`);
    return readAmount(raw, name(key));
  });
  checkOrder(given, PERCENTILE_KEYS.map(name));
  rejectHourlyLooking(given, where, context);
  return given.map((value) => toAnnual(value, context)) as unknown as PercentileValues;
}

/** Resolves a band end: "p25" names a percentile, anything else is an amount (hourly when the context says so). */
function bandEnd(value: unknown, values: PercentileValues, where: string, context: ReadContext): { value: number; percentile: boolean } {
  if (typeof value === 'string') {
    const m = /^\s*p(10|25|50|75|90)\s*$/i.exec(value);
    if (m) return { value: values[PERCENTILES.indexOf(Number(m[1]) as 10)]!, percentile: true };
  }
  return { value: toAnnual(readAmount(value, where), context), percentile: false };
}

/**
 * Reads bands from the attribute form ("experience", or "Entry:p10-p25, Mid:p25-p50")
 * or the JSON form ([{"label": "Entry", "from": "p10", "to": "p25"}]).
 * "experience" names its levels with `levels`; an author's labels stay as
 * written. A band between equal percentiles is valid and has no width; one
 * given in amounts must rise.
 */
export function readBands(raw: unknown, values: PercentileValues, where: string, context: ReadContext, levels: DefaultLabels['levels']): Band[] {
  if (raw === undefined || raw === null || raw === '') return [];
  let items: unknown[];
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text.toLowerCase() === 'experience') items = EXPERIENCE_RANGES.map((range, i) => ({ label: levels[i], ...range }));
    else {
      items = text.split(',').map((part, i) => {
        const m = /^(.*):\s*([^-\s]+)\s*-\s*([^-\s]+)\s*$/.exec(part.trim());
        if (!m) throw new DataError(where, `band ${i + 1} should look like "Entry:p10-p25" or "Entry:80000-100000", got ${quote(part.trim())}.`);
        return { label: m[1], from: m[2], to: m[3] };
      });
    }
  } else if (Array.isArray(raw)) {
    items = raw;
  } else {
    throw new DataError(where, `expected a list of bands, got ${quote(raw)}.`);
  }
  if (items.length > 12) throw new DataError(where, `at most 12 bands, got ${items.length}.`);
  return items.map((item, i) => {
    const at = `${where}[${i}]`;
    if (!isRecord(item)) throw new DataError(at, `expected {"label", "from", "to"}, got ${quote(item)}.`);
    const label = readText(own(item, 'label') ?? '', `${at}.label`, 60);
    const from = bandEnd(own(item, 'from'), values, `${at}.from`, context);
    const to = bandEnd(own(item, 'to'), values, `${at}.to`, context);
    const tie = from.percentile && to.percentile && to.value === from.value;
    if (!(to.value > from.value) && !tie) throw new DataError(at, `"to" (${to.value}) must be above "from" (${from.value}).`);
    return { label, from: from.value, to: to.value };
  });
}

/** An annotation read from JSON or attributes, made annual when its amounts are hourly. */
export function readAnnual(raw: unknown, label: unknown, where: string, fallbackLabel: string, context: ReadContext): Annotation | undefined {
  const annotation = readAnnotation(raw, label, where, fallbackLabel);
  return annotation && { ...annotation, value: toAnnual(annotation.value, context) };
}

/**
 * Validates a JSON section: {"p10": …, "p90": …, "reference": …, "marker": …, "bands": […]},
 * with `"unit": "hourly"` when its amounts are hourly; `labels` name what it leaves unnamed.
 */
export function parsePercentileSection(raw: unknown, where: string, context: ReadContext, labels: DefaultLabels): PercentileData {
  if (!isRecord(raw)) throw new DataError(where || 'data', `expected an object with p10, p25, p50, p75 and p90, got ${quote(raw)}.`);
  const section = sectionContext(raw, where, context);
  const values = readPercentiles(
    (key) => own(raw, key),
    (key) => jsonPath(where, key),
    section,
    where,
  );
  return {
    values,
    ...(section.hourly ? { fromHourly: true } : {}),
    reference: readAnnual(own(raw, 'reference'), own(raw, 'referenceLabel'), jsonPath(where, 'reference'), labels.reference, section),
    marker: readAnnual(own(raw, 'marker'), own(raw, 'markerLabel'), jsonPath(where, 'marker'), labels.marker, section),
    bands: readBands(own(raw, 'bands'), values, jsonPath(where, 'bands'), section, labels.levels),
  };
}
