import { annualFromHourly } from '../core/data/context.js';
import { ambiguousAmount, parseLocalizedAmount } from '../core/data/numbers.js';
import { describeEstimate, estimatePercentile } from '../salary-percentile-bar/geometry.js';

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
 * The hint under a salary the form could not read: for "95.000" on an
 * English page, the two readings it could have; else examples written the
 * locale's way.
 */
export function inputHint(locale: string, typed = ''): string {
  const ambiguous = ambiguousAmount(typed.replace(/[^\d.,]/g, ''));
  if (ambiguous) {
    const hourly = ambiguous.decimal ? `, or ${ambiguous.decimal} for an hourly wage` : '';
    return `"${typed.trim()}" can be read two ways; type ${ambiguous.integer} for a yearly salary${hourly}.`;
  }
  const whole = new Intl.NumberFormat(locale).format(95000);
  const hourly = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(45.5);
  return `Type an amount such as 95000, ${whole}, 95k or, hourly, ${hourly}.`;
}

/** Amounts below this are hourly wages: no annual salary is that small. */
export const HOURLY_BELOW = 1000;

/** A typed amount as an annual salary: hourly amounts are multiplied by 2,080 hours. */
export const annualOf = (n: number): number => (n < HOURLY_BELOW ? annualFromHourly(n) : n);

/**
 * Where a salary falls, as a phrase: "at the 50th percentile", "at about the
 * 62nd percentile", "at the 10th–25th percentile" (equal percentiles),
 * "below the 10th percentile", "between the 75th and 90th percentiles".
 */
export function placeOf(salary: number, values: readonly number[], topCoded?: readonly boolean[]): string {
  const estimate = estimatePercentile(salary, values, topCoded);
  if (estimate.kind === 'unknown') return 'at a percentile that cannot be told, as every percentile is top-coded';
  const text = describeEstimate(estimate);
  // "50th percentile" and "≈ 62nd percentile" read "at the …" and "at about the …".
  return estimate.kind === 'within' ? `at ${text.replace(/^(≈ )?/, (approx) => (approx ? 'about the ' : 'the '))}` : text;
}
