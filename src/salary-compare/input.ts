import { parseMoneyText } from '../core/data/table.js';
import { describeEstimate, estimatePercentile } from '../salary-percentile-bar/geometry.js';
import { HOURS_PER_YEAR } from '../core/format.js';

/**
 * Reads a salary as a reader types it: "95000", "95,000", "$95k", "€ 95 K",
 * "45.50". Undefined for anything else, which the form then explains.
 */
export function parseSalaryInput(text: string): number | undefined {
  const [, amount = '', k] = /^(.*?)\s*(k?)$/i.exec(text.replace(/[€£¥]|eur|gbp/gi, '').trim())!;
  const n = parseMoneyText(amount);
  return n! > 0 ? n! * (k ? 1000 : 1) : undefined;
}

/** Amounts below this are hourly wages: no annual salary is that small. */
export const HOURLY_BELOW = 1000;

/** A typed amount as an annual salary: hourly amounts are multiplied by 2,080 hours. */
export const annualOf = (n: number): number => (n < HOURLY_BELOW ? n * HOURS_PER_YEAR : n);

/** Where a salary falls, as a phrase: "at the 50th percentile", "at about the 62nd percentile", "below the 10th percentile". */
export function placeOf(salary: number, values: readonly number[]): string {
  const estimate = estimatePercentile(salary, values);
  const text = describeEstimate(estimate);
  // "50th percentile" and "≈ 62nd percentile" read "at the …" and "at about the …".
  return estimate.kind === 'within' ? `at ${text.replace(/^(≈ )?/, (approx) => (approx ? 'about the ' : 'the '))}` : text;
}
