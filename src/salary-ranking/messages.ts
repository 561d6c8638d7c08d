import { defineCatalogs } from '../core/i18n/catalog.js';

/** Every word of <salary-ranking>, in each built-in language; the core's messages are added to these. */
export const RANKING_MESSAGES = defineCatalogs({
  en: {
    chartName: 'Ranking',
  },
  es: {
    chartName: 'Clasificación',
  },
  fr: {
    chartName: 'Classement',
  },
  de: {
    chartName: 'Rangliste',
  },
  pt: {
    chartName: 'Classificação',
  },
});
