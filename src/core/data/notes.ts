import type { Formatter } from '../format.js';

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

const list = (labels: readonly string[], max = 3) =>
  labels.length > max ? `${labels.slice(0, max).join(', ')} and ${labels.length - max} more` : labels.join(', ');

/**
 * The sentence a reader sees in the caption for a note, or undefined for
 * notes meant only for the author (the column chosen, rows skipped, which the
 * salary-data event and the builder report).
 */
export function describeNote(note: DataNote, fmt: Pick<Formatter, 'money'>): string | undefined {
  switch (note.kind) {
    case 'hourly':
      return 'Hourly wages shown as annual: hourly wage × 2,080 hours.';
    case 'top-coded':
      return `≥ ${fmt.money(note.threshold)}: top-coded by BLS (${list(note.labels)}); the true figure is at least this.`;
    case 'footnotes':
      return `Footnote markers ${note.markers.join(' ')} were removed from the figures.`;
    case 'missing':
      return `No figure published for ${list(note.labels)}.`;
    case 'column':
    case 'skipped':
      return undefined;
  }
}
