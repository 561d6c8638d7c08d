import type { Translate } from '../core/i18n/catalog.js';
import type { CoreMessages } from '../core/i18n/messages.js';
import type { BarMessages } from './messages.js';
import { PERCENTILES } from './data.js';
import type { BarWords, EstimateLength, PercentileEstimate, Wording } from './geometry.js';

/** A translator that knows the bar's messages (compare's knows them too). */
export type BarTranslate = Translate<CoreMessages & BarMessages>;

// Private-use characters no text has: they stand for a message's values until it is split into parts.
const FIRST_MARK = 0xe010;
const mark = (i: number) => String.fromCharCode(FIRST_MARK + i);
const MARKS = /([\ue010-\ue01f])/;

/**
 * A translated message as a wording: its own words at even indexes and the
 * values at odd ones, in the order the language puts them, so that a
 * right-to-left page can isolate each value. `translate` receives stand-ins
 * for the values and returns the message with them in place.
 */
function wordingOf(translate: (stand: (i: number) => string) => string, values: readonly string[]): Wording {
  return translate(mark)
    .split(MARKS)
    .map((part, i) => (i % 2 ? (values[part.charCodeAt(0) - FIRST_MARK] ?? '') : part));
}

/** An estimate in words, at a length: "≈ 62nd percentile", "below the 10th percentile", "above 90th". */
export function describeEstimate(t: BarTranslate, estimate: PercentileEstimate, length: EstimateLength = 'long'): string {
  const short = length === 'short';
  // A percentile in full ("90th percentile") or by its short name ("90th", "P90").
  const percentile = (count: number) => (short ? t('percentileShort', { count }) : t('percentile', { count }));
  switch (estimate.kind) {
    case 'below':
      return t(length === 'long' ? 'estimateBelow' : 'estimateBelowShort', { percentile: percentile(PERCENTILES[0]) });
    case 'above':
      return t(length === 'long' ? 'estimateAbove' : 'estimateAboveShort', { percentile: percentile(estimate.percentile) });
    case 'between': {
      const range = { from: estimate.from, to: estimate.to };
      if (length === 'long') return t('estimateBetween', range);
      return short ? t('tieName', range) : t('tiePercentile', range);
    }
    case 'unknown':
      return length === 'long' ? t('estimateUnknown') : t('estimateUnknownShort');
    case 'within': {
      if (estimate.upTo !== undefined) {
        const range = { from: estimate.percentile, to: estimate.upTo };
        return short ? t('tieName', range) : t('tiePercentile', range);
      }
      const rounded = Math.round(estimate.percentile);
      const exact = PERCENTILES.includes(rounded as 10) && rounded === estimate.percentile;
      return exact ? percentile(rounded) : t('estimateApprox', { percentile: percentile(rounded) });
    }
  }
}

/** The words the bar's layout writes, in the translator's language. */
export function barWords(t: BarTranslate): BarWords {
  return {
    tickName: (percentiles, short) => {
      const from = percentiles[0]!;
      const to = percentiles[percentiles.length - 1]!;
      if (from === to) return t('percentileShort', { count: from });
      return t(short ? 'tieNameShort' : 'tieName', { from, to });
    },
    estimate: (estimate, length) => describeEstimate(t, estimate, length),
    note: (label, amount, estimate) =>
      estimate === undefined
        ? wordingOf((v) => t('note', { label: v(0), amount: v(1) }), [label, amount])
        : wordingOf((v) => t('markerNote', { label: v(0), amount: v(1), estimate: v(2) }), [label, amount, estimate]),
    // The arrow is a word of the note, not a value: it is never isolated.
    edgeNote: (arrow, label, amount, estimate) =>
      estimate === undefined
        ? wordingOf((v) => t('edgeNoteShort', { arrow, label: v(0), amount: v(1) }), [label, amount])
        : wordingOf((v) => t('edgeNote', { arrow, label: v(0), amount: v(1), estimate: v(2) }), [label, amount, estimate]),
  };
}

const percentFormats = new Map<string, Intl.NumberFormat>();
/** A share as the locale writes a percentage: "10%", "10 %", "28,6 %". */
export function percentText(locale: string, percent: number): string {
  let format = percentFormats.get(locale);
  if (!format) percentFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })));
  return format.format(percent / 100);
}
