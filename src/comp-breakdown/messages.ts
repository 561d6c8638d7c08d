import { defineCatalogs } from '../core/i18n/catalog.js';

/** Every word of <comp-breakdown>, in each built-in language; the core's messages are added to these. */
export const BREAKDOWN_MESSAGES = defineCatalogs({
  en: {
    chartName: 'Compensation breakdown',
  },
  es: {
    chartName: 'Desglose de la remuneración',
  },
  fr: {
    chartName: 'Répartition de la rémunération',
  },
  de: {
    chartName: 'Aufschlüsselung der Vergütung',
  },
  pt: {
    chartName: 'Composição da remuneração',
  },
});
