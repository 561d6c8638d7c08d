import { defineCatalogs } from '../core/i18n/catalog.js';
import { BAR_MESSAGES } from '../salary-percentile-bar/messages.js';

/** Every word of <salary-compare>: the percentile bar's, and the form's own. */
export const COMPARE_MESSAGES = defineCatalogs({
  en: {
    ...BAR_MESSAGES.en,
    compareName: 'Compare a salary',
  },
  es: {
    ...BAR_MESSAGES.es,
    compareName: 'Comparar un salario',
  },
  fr: {
    ...BAR_MESSAGES.fr,
    compareName: 'Comparer un salaire',
  },
  de: {
    ...BAR_MESSAGES.de,
    compareName: 'Gehalt vergleichen',
  },
  pt: {
    ...BAR_MESSAGES.pt,
    compareName: 'Comparar um salário',
  },
});

export type CompareMessages = typeof COMPARE_MESSAGES.en;
