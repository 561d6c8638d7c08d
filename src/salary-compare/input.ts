import { annualFromHourly } from '../core/data/context.js';
import { ambiguousAmount, parseLocalizedAmount } from '../core/data/numbers.js';
import type { Translate } from '../core/i18n/catalog.js';
import type { CoreMessages } from '../core/i18n/messages.js';
import { PERCENTILES } from '../salary-percentile-bar/data.js';
import { estimatePercentile } from '../salary-percentile-bar/geometry.js';
import { describeEstimate } from '../salary-percentile-bar/words.js';
import type { CompareMessages } from './messages.js';

/** A translator that knows compare's messages. */
export type CompareTranslate = Translate<CoreMessages & CompareMessages>;

/**
 * Reads a salary as a reader types it, in the page's language: "95000",
 * "95,000", "$95k" in English; "95.000" or "95.000,50 €" in German; "95 000"
 * in French; "9,50,000" in Indian English. Undefined for anything else,
 * which the form then explains.
 */
export function parseSalaryInput(text: string, locale: string): number | undefined {
  const amount = parseLocalizedAmount(text, locale);
  return amount !== undefined && amount > 0 ? amount : undefined;
}

/**
 * The hint under a salary the form could not read, in the language of `t`:
 * for "95.000" on an English page, the two readings it could have; else
 * examples written the locale's way.
 */
export function inputHint(t: CompareTranslate, locale: string, typed = ''): string {
  const ambiguous = ambiguousAmount(typed.replace(/[^\d.,]/g, ''));
  if (ambiguous) {
    const readings = { typed: typed.trim(), yearly: ambiguous.integer };
    return ambiguous.decimal ? t('hintAmbiguous', { ...readings, hourly: ambiguous.decimal }) : t('hintAmbiguousYearly', readings);
  }
  const whole = new Intl.NumberFormat(locale).format(95000);
  const hourly = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(45.5);
  return t('hintExamples', { whole, hourly });
}

/** Amounts below this are hourly wages: no annual salary is that small. */
export const HOURLY_BELOW = 1000;

/** A typed amount as an annual salary: hourly amounts are multiplied by 2,080 hours. */
export const annualOf = (n: number): number => (n < HOURLY_BELOW ? annualFromHourly(n) : n);

/**
 * Where a salary falls, as a phrase in the language of `t`: "at the 50th
 * percentile", "at about the 62nd percentile", "at the 10th–25th percentile"
 * (equal percentiles), "below the 10th percentile", "between the 75th and
 * 90th percentiles".
 */
export function placeOf(t: CompareTranslate, salary: number, values: readonly number[], topCoded?: readonly boolean[]): string {
  const estimate = estimatePercentile(salary, values, topCoded);
  if (estimate.kind === 'unknown') return t('placeUnknown');
  if (estimate.kind !== 'within') return describeEstimate(t, estimate);
  if (estimate.upTo !== undefined) return t('placeTie', { from: estimate.percentile, to: estimate.upTo });
  const rounded = Math.round(estimate.percentile);
  // Exact only at a known percentile; anywhere else the figure is interpolated.
  const exact = PERCENTILES.includes(rounded as 10) && rounded === estimate.percentile;
  return t(exact ? 'placeAt' : 'placeAbout', { percentile: t('percentile', { count: rounded }) });
}
