import type { Formatter } from '../format.js';
import { CORE_MESSAGES, type CoreMessages } from '../i18n/messages.js';
import { createTranslator, type Translate } from '../i18n/catalog.js';
import { HOURS_PER_YEAR } from '../format.js';

/**
 * What a widget interpreted while reading data, so that it can say so to the
 * reader (in the caption and tooltips) and to the blogger (in the salary-data
 * event and the builder). Nothing is interpreted silently.
 */
export type DataNote =
  /** Amounts were read from this column of a table or CSV. */
  | { readonly kind: 'column'; readonly header: string }
  /** Hourly figures were converted to annual ones (× 2,080). */
  | { readonly kind: 'hourly' }
  /** Values marked "#" are top-coded by BLS: at least this annual amount. */
  | { readonly kind: 'top-coded'; readonly threshold: number; readonly labels: readonly string[] }
  /** Footnote markers were removed from these cells or headers. */
  | { readonly kind: 'footnotes'; readonly markers: readonly string[] }
  /** These rows have no figure ("-", "(8)", empty) and are drawn as no data. */
  | { readonly kind: 'missing'; readonly labels: readonly string[] }
  /** Rows that are not data: a repeated header, or a national or all-occupations row. */
  | { readonly kind: 'skipped'; readonly labels: readonly string[] };

/** English, for callers that give no translator. */
const ENGLISH = createTranslator<CoreMessages>([CORE_MESSAGES], 'en', 'en-US');

const list = (labels: readonly string[], t: Translate<CoreMessages>, max = 3) =>
  labels.length > max ? t('moreItems', { items: labels.slice(0, max).join(', '), count: labels.length - max }) : labels.join(', ');

/**
 * The sentence a reader sees in the caption for a note, in the language of
 * `t` (English by default), or undefined for
 * notes meant only for the author (the column chosen, rows skipped, which the
 * salary-data event and the builder report).
 */
export function describeNote(note: DataNote, fmt: Pick<Formatter, 'money'>, t: Translate<CoreMessages> = ENGLISH): string | undefined {
  switch (note.kind) {
    case 'hourly':
      return t('hourlyNote', { hours: HOURS_PER_YEAR });
    case 'top-coded':
      return t('topCodedNote', { amount: fmt.money(note.threshold), places: list(note.labels, t) });
    case 'footnotes':
      return t('footnotesNote', { markers: note.markers.join(' '), count: note.markers.length });
    case 'missing':
      return t('missingNote', { places: list(note.labels, t) });
    case 'column':
    case 'skipped':
      return undefined;
  }
}
