/**
 * Number formatting shared by every widget: currency amounts in the reader's
 * locale, compact labels where space is short, and the hourly view.
 */

/** BLS convention: an annual wage is 2,080 paid hours (52 weeks of 40 hours). */
export const HOURS_PER_YEAR = 2080;

export type Period = 'annual' | 'hourly';

// Members are function properties, not methods: they are closures over the
// locale, so they can be passed around as callbacks (`values.map(fmt.money)`).
export interface Formatter {
  readonly locale: string;
  readonly currency: string;
  readonly period: Period;
  /** Converts an annual amount into the displayed period. */
  readonly amount: (annual: number) => number;
  /** Full amount, e.g. "$133,080" or, hourly, "$63.98". */
  readonly money: (annual: number) => string;
  /**
   * Short amount for tight spaces: "$133K", "133 k €", "133 mil €" or, hourly,
   * "$64". Where the locale does not shorten thousands (German writes
   * "133.000 €") the whole amount is given, never one rounded to look exact.
   */
  readonly compact: (annual: number) => string;
  /**
   * Short amounts for one axis or legend, all in one unit; whole amounts
   * where Intl would mix units on it (en-IN writes "₹79.9K" beside "₹1.33L").
   */
  readonly compactAll: (annuals: readonly number[]) => string[];
  /** Plain number in the locale, e.g. "1,234". */
  readonly number: (n: number, maxFractionDigits?: number) => string;
}

// Building an Intl.NumberFormat, or asking whether a locale is supported, is
// slow next to formatting, and a page may hold hundreds of widgets that all
// use the same locale: every answer is computed once per page.
const cache = new Map<string, unknown>();
const once = <R>(id: string, make: () => R): R => {
  if (!cache.has(id)) cache.set(id, make());
  return cache.get(id) as R;
};

const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  once(locale + JSON.stringify(options), () => new Intl.NumberFormat(locale, options));

/** True when the runtime can format with this BCP 47 tag. */
export const isValidLocale = (tag: string): boolean =>
  once(`locale ${tag}`, () => {
    try {
      return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
    } catch {
      return false;
    }
  });

/**
 * True for a three-letter code such as "USD": exactly the codes
 * Intl.NumberFormat accepts, since it checks the form, not a list.
 */
export const isValidCurrency = (code: string): boolean => /^[A-Za-z]{3}$/.test(code);

/** The formatter for a locale, currency and period; one shared object per combination. */
export const createFormatter = (locale = 'en-US', currency = 'USD', period: Period = 'annual'): Formatter =>
  once(`formatter ${locale} ${currency} ${period}`, () => makeFormatter(locale, currency, period));

function makeFormatter(locale: string, currency: string, period: Period): Formatter {
  const hourly = period === 'hourly';
  const amount = (annual: number) => (hourly ? annual / HOURS_PER_YEAR : annual);
  // Each built at its first use: building one costs more than formatting hundreds of amounts.
  let fullFormat: Intl.NumberFormat | undefined;
  let shortFormat: Intl.NumberFormat | undefined;
  let wholeFormat: Intl.NumberFormat | undefined;
  const full = () =>
    (fullFormat ??= numberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: hourly ? 2 : 0,
      maximumFractionDigits: hourly ? 2 : 0,
    }));
  const short = () => (shortFormat ??= numberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 }));
  const whole = () => (wholeFormat ??= numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }));
  // The compact unit Intl writes for an amount ("K", "k", "mil", "L"), or "" for none.
  const unitOf = (annual: number) =>
    short()
      .formatToParts(amount(annual))
      .filter((part) => part.type === 'compact')
      .map((part) => part.value)
      .join('');
  const compact = (annual: number) => {
    if (hourly) return whole().format(amount(annual));
    // One formatToParts gives both the unit and the text: formatting is most of a chart's script time.
    const parts = short().formatToParts(amount(annual));
    return parts.some((part) => part.type === 'compact') ? parts.map((part) => part.value).join('') : whole().format(amount(annual));
  };
  // Plain numbers by their fraction digits, built once: number() runs for every rank and tick.
  const plain: Intl.NumberFormat[] = [];
  return {
    locale,
    currency,
    period,
    amount,
    money: (annual) => full().format(amount(annual)),
    // Hourly figures are already short; rounding to whole units is enough.
    compact,
    compactAll: (annuals) => {
      // Amounts under a thousand ($0 at an axis's start) read the same either way.
      const units = new Set(annuals.filter((annual) => Math.abs(amount(annual)) >= 1000).map(unitOf));
      const oneUnit = hourly || (units.size <= 1 && !units.has(''));
      return annuals.map((annual) => (oneUnit ? compact(annual) : whole().format(amount(annual))));
    },
    number: (n, digits = 0) => (plain[digits] ??= new Intl.NumberFormat(locale, { maximumFractionDigits: digits })).format(n),
  };
}
