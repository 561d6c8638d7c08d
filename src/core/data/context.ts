import { DataError, quote } from './errors.js';
import type { DataNote } from './notes.js';
import { isRecord, own } from './values.js';
import { HOURS_PER_YEAR } from '../format.js';

/** What every reader of data needs to know besides the data itself. */
export interface ReadContext {
  /** The element's locale, for reading human-written numbers (table and CSV cells). */
  readonly locale: string;
  /** Whether the given amounts are hourly and become annual × 2,080 (`amounts="hourly"`). */
  readonly hourly: boolean;
  /** The `value-column` attribute, for tables and CSV. */
  readonly valueColumn?: string | undefined;
  /** The `label-column` attribute, for tables and CSV. */
  readonly labelColumn?: string | undefined;
  /** Records something the widget interpreted, to show the reader and the author. */
  note(note: DataNote): void;
}

/** An hourly wage as an annual one, to the cent (63.98 × 2,080 = 133,078.40, not 133,078.39999…). */
export const annualFromHourly = (hourly: number): number => Math.round(hourly * HOURS_PER_YEAR * 100) / 100;

/** An amount as given, made annual when the context says it is hourly. */
export function toAnnual(value: number, context: ReadContext): number {
  return context.hourly ? annualFromHourly(value) : value;
}

/**
 * The context for a JSON section: `"unit": "hourly"` in the section declares
 * its amounts hourly, as `amounts="hourly"` does for attributes.
 */
export function sectionContext(raw: unknown, where: string, context: ReadContext): ReadContext {
  const unit = isRecord(raw) ? own(raw, 'unit') : undefined;
  if (unit === undefined || unit === 'annual') return context;
  if (unit !== 'hourly') throw new DataError(where ? `${where}.unit` : 'unit', `expected "annual" or "hourly", got ${quote(unit)}.`);
  if (!context.hourly) context.note({ kind: 'hourly' });
  return { ...context, hourly: true };
}

/**
 * Annual amounts that are all under 1,000 are almost surely hourly wages
 * given without saying so: drawing them would show "$0.01 an hour".
 */
export function rejectHourlyLooking(values: readonly number[], where: string, context: ReadContext): void {
  if (context.hourly) return;
  const given = values.filter((v) => v > 0);
  if (given.length && given.every((v) => v < 1000)) {
    throw new DataError(
      where,
      `every amount is under 1,000 (such as ${given[0]}), which looks hourly; add amounts="hourly" (or "unit": "hourly" in JSON) to convert them × 2,080, or give annual amounts.`,
    );
  }
}
