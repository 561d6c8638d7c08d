import { defineCatalogs } from '../core/i18n/catalog.js';

/** Every word of <state-salary-map>, in each built-in language; the core's messages are added to these. */
export const MAP_MESSAGES = defineCatalogs({
  en: {
    chartName: 'Map of salaries by state',
  },
  es: {
    chartName: 'Mapa de salarios por estado',
  },
  fr: {
    chartName: 'Carte des salaires par État',
  },
  de: {
    chartName: 'Karte der Gehälter nach Bundesstaat',
  },
  pt: {
    chartName: 'Mapa de salários por estado',
  },
});
