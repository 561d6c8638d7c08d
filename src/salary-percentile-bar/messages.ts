import { defineCatalogs } from '../core/i18n/catalog.js';

/** Every word of <salary-percentile-bar>, in each built-in language; the core's messages are added to these. */
export const BAR_MESSAGES = defineCatalogs({
  en: {
    chartName: 'Salary percentiles',
  },
  es: {
    chartName: 'Percentiles salariales',
  },
  fr: {
    chartName: 'Centiles de salaire',
  },
  de: {
    chartName: 'Gehaltsperzentile',
  },
  pt: {
    chartName: 'Percentis salariais',
  },
});

export type BarMessages = typeof BAR_MESSAGES.en;
