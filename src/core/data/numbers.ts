import { quote } from './errors.js';

/**
 * Numbers as people write them. Human channels (table and CSV cells, what a
 * reader types) are read in the element's locale: "79.850 €" in German,
 * "79 850 €" in French, "12,00,000" in Indian English, Arabic-Indic digits.
 * Machine channels (attributes, JSON) stay locale-free; see `readAmount`.
 */

/** The separators a locale writes numbers with. */
export interface NumberSymbols {
  readonly group: string;
  readonly decimal: string;
}

const symbolsCache = new Map<string, NumberSymbols>();

/** The locale's group and decimal separators, learned from Intl rather than kept in a table of our own. */
export function numberSymbols(locale: string): NumberSymbols {
  let symbols = symbolsCache.get(locale);
  if (!symbols) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    symbols = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    symbolsCache.set(locale, symbols);
  }
  return symbols;
}

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * Unicode decimal digits (Arabic-Indic, Devanagari, full-width, …) as ASCII
 * digits. Each script's digits are a run of ten code points from zero, so a
 * digit's value is its distance from the start of its run.
 */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    if (code >= 0x30 && code <= 0x39) return digit;
    let start = code;
    while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    return String((code - start) % 10);
  });
}

// Space-like characters people and locales put between digit groups: space,
// no-break space, narrow no-break space (French), thin space.
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
// Arabic decimal and thousands separators, written by Arabic locales.
const ARABIC_DECIMAL = '\u066b';
const ARABIC_GROUP = '\u066c';

/** Multipliers written after an amount: "95k", "95 Tsd.", "$1m", "1.2 Mio." ("mil" only where it means a thousand). */
function multiplier(suffix: string, locale: string): number | undefined {
  switch (suffix.toLowerCase()) {
    case '':
      return 1;
    case 'k':
    case 'tsd':
    case 'tsd.':
      return 1e3;
    case 'm':
    case 'mio':
    case 'mio.':
    case 'mn':
      return 1e6;
    case 'mil': {
      // Spanish and Portuguese "mil" is a thousand; in English it may mean a million.
      const language = locale.split('-')[0]!.toLowerCase();
      return language === 'es' || language === 'pt' ? 1e3 : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Reads an amount as a person writes it in `locale`, with any currency sign
 * or code and a thousand or million suffix; undefined when it is not one
 * number, or when its separators do not fit the locale ("79,850.00" in German).
 */
export function parseLocalizedAmount(text: string, locale: string): number | undefined {
  const { group, decimal } = numberSymbols(locale);
  let body = asciiDigits(text)
    // Direction marks that right-to-left locales put around numbers.
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replaceAll(ARABIC_DECIMAL, decimal)
    .replaceAll(ARABIC_GROUP, group)
    // Currency signs and codes ($, €, US$, USD, EUR …) say nothing about the amount.
    .replace(/\p{Sc}/gu, ' ')
    .replace(/\b(?:US|[A-Z]{3})\b/g, ' ')
    .replace(SPACES, ' ')
    .trim()
    // A currency's letters may stand before the number (R$, CHF, kr); words may not.
    .replace(/^\p{L}{1,3}\.?\s*/u, '');
  let sign = 1;
  if (/^[-\u2212]/.test(body)) {
    sign = -1;
    body = body.slice(1).trim();
  }
  const suffixed = /^(.*?\d)\s*([a-z.]*)$/i.exec(body);
  if (!suffixed) return undefined;
  const factor = multiplier(suffixed[2]!, locale);
  if (factor === undefined) return undefined;
  const digits = readDigits(suffixed[1]!, group, decimal);
  return digits === undefined ? undefined : sign * digits * factor;
}

/**
 * Digits with the locale's separators: groups of three (or of two before the
 * last three, as in Indian English), then at most one decimal separator.
 * A space always groups, whatever the locale.
 */
function readDigits(body: string, group: string, decimal: string): number | undefined {
  const groupIsSpace = /^\s$/.test(group.replace(SPACES, ' '));
  const groups = groupIsSpace ? [' '] : [group, ' '];
  const decimalAt = body.lastIndexOf(decimal);
  const whole = decimalAt < 0 ? body : body.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : body.slice(decimalAt + decimal.length);
  if (!/^\d*$/.test(fraction) || (decimalAt >= 0 && !fraction)) return undefined;
  const pattern = new RegExp(`[${groups.map(escapeForClass).join('')}]`);
  const parts = whole.split(pattern);
  // "15.000" on an English page, "79,850" on a German one: one separator, then
  // exactly three digits, is a thousands group in half the world. Refuse it
  // rather than read an amount a thousand times too small.
  if (parts.length === 1 && fraction.length === 3 && whole.length <= 3) return undefined;
  if (parts.some((part) => !/^\d+$/.test(part))) return undefined;
  // After the first, every group has three digits, or two before a final three (1,00,000).
  const rest = parts.slice(1);
  if (rest.length && (rest[rest.length - 1]!.length !== 3 || rest.slice(0, -1).some((part) => part.length !== 2 && part.length !== 3))) return undefined;
  const value = Number(`${parts.join('')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : undefined;
}

const escapeForClass = (text: string) => text.replace(/[\\\]^-]/g, '\\$&');

/**
 * Whether a plain-looking string would be read differently by a German or an
 * English reader: "79.850" and "85.000" (a dot then exactly three digits, so
 * thousands in much of Europe) or "1.234,56". Attributes and JSON must not
 * guess between a thousand-fold difference.
 */
export function ambiguousAmount(text: string): { readonly integer: string; readonly decimal?: string } | undefined {
  const trimmed = text.trim();
  // Groups of three after a dot, or after a comma: thousands, or one decimal separator?
  for (const separator of ['.', ',']) {
    const pattern = separator === '.' ? /^[+-]?\d{1,3}(\.\d{3})+$/ : /^[+-]?\d{1,3}(,\d{3})+$/;
    if (!pattern.test(trimmed)) continue;
    const integer = trimmed.replaceAll(separator, '');
    // One separator may also be a decimal point (79.850 = 79.85); two cannot.
    const single = trimmed.split(separator).length === 2;
    return { integer, decimal: single ? String(Number(trimmed.replace(separator, '.'))) : undefined };
  }
  // "1.234,56": thousands dots and a decimal comma.
  if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(trimmed)) return { integer: trimmed.replace(/\./g, '').replace(',', '.') };
  return undefined;
}

/**
 * Why a number written in another language's way cannot be read here, or
 * undefined: one separator, the locale's decimal one, then exactly three
 * digits ("15.000 €" on an English page, "15,000" on a German one). Money is
 * never written to a thousandth, so this is a table written in another
 * language, and reading it would make the amount a thousand times too small.
 */
export function misreadMessage(text: string, locale: string): string | undefined {
  const { decimal } = numberSymbols(locale);
  const digits = asciiDigits(text).replace(/[^\d.,]/g, '');
  const [whole, fraction, extra] = digits.split(decimal);
  if (extra !== undefined || !whole || !/^\d{1,3}$/.test(whole) || !fraction || !/^\d{3}$/.test(fraction)) return undefined;
  const meant = Number(whole + fraction);
  const read = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(Number(`${whole}.${fraction}`));
  return `${quote(text)} reads as ${read} in ${locale} numbers (${quote(decimal)} is the decimal separator); if ${meant} is meant, write ${new Intl.NumberFormat(locale).format(meant)}, or set lang to the language the table is written in.`;
}
