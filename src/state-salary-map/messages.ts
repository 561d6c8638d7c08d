import { defineCatalogs } from '../core/i18n/catalog.js';

/**
 * Every word of <state-salary-map>, in each built-in language; the core's
 * messages (noData, atLeast, topCodedByBls, fromHourly, perYear…) are added
 * to these. State names and postal codes stay as the data gives them.
 * French puts a no-break space before ":" and ";".
 */
export const MAP_MESSAGES = defineCatalogs({
  en: {
    chartName: 'Map of salaries by state',
    defaultHeading: 'The ten top-paying states for software developers',
    defaultDescription: 'Annual wage by state; only the top ten are shown',
    // A top-coded amount where space is short: tiles and the ranked list.
    atLeastShort: '≥ {amount}',
    rankOf: { type: 'ordinal', one: '{count}st of {total}', two: '{count}nd of {total}', few: '{count}rd of {total}', other: '{count}th of {total}' },
    extremes: 'Highest: {highest}, {highestAmount}; lowest: {lowest}, {lowestAmount}.',
    statesWithData: { one: '{count} of {total} states has data.', other: '{count} of {total} states have data.' },
    tableCaption: '{title}: all values',
    tableRank: 'Rank',
    tableState: 'State',
    tableValue: 'Value',
    tableNote: 'Note',
    legendName: 'Legend: {classes}.',
    legendRange: '{low} to {high}',
    legendNoData: 'hatched, no data',
    mapKeysHint:
      'Arrow keys move between states on the map; Page Down and Page Up go by rank; Home and End go to the first and the last; Escape closes the tooltip.',
  },
  es: {
    chartName: 'Mapa de salarios por estado',
    defaultHeading: 'Los diez estados que mejor pagan a los desarrolladores de software',
    defaultDescription: 'Salario anual por estado; solo se muestran los diez primeros',
    atLeastShort: '≥ {amount}',
    rankOf: '{count}.º de {total}',
    extremes: 'Salario más alto: {highest}, {highestAmount}; más bajo: {lowest}, {lowestAmount}.',
    statesWithData: { one: '{count} de {total} estados tiene datos.', other: '{count} de {total} estados tienen datos.' },
    tableCaption: '{title}: todos los valores',
    tableRank: 'Puesto',
    tableState: 'Estado',
    tableValue: 'Valor',
    tableNote: 'Nota',
    legendName: 'Leyenda: {classes}.',
    legendRange: 'de {low} a {high}',
    legendNoData: 'rayado, sin datos',
    mapKeysHint:
      'Las flechas pasan de un estado a otro en el mapa; Av Pág y Re Pág siguen la clasificación; Inicio y Fin van al primero y al último; Escape cierra la información emergente.',
  },
  fr: {
    chartName: 'Carte des salaires par État',
    defaultHeading: 'Les dix États où les développeurs de logiciels sont les mieux payés',
    defaultDescription: 'Salaire annuel par État\u00a0; seuls les dix premiers sont affichés',
    atLeastShort: '≥ {amount}',
    rankOf: { type: 'ordinal', one: '{count}er sur {total}', other: '{count}e sur {total}' },
    extremes: 'Salaire le plus élevé\u00a0: {highest}, {highestAmount}\u00a0; le plus bas\u00a0: {lowest}, {lowestAmount}.',
    statesWithData: { one: '{count} État sur {total} a des données.', other: '{count} États sur {total} ont des données.' },
    tableCaption: '{title}\u00a0: toutes les valeurs',
    tableRank: 'Rang',
    tableState: 'État',
    tableValue: 'Valeur',
    tableNote: 'Remarque',
    legendName: 'Légende\u00a0: {classes}.',
    legendRange: 'de {low} à {high}',
    legendNoData: 'hachuré, pas de données',
    mapKeysHint:
      'Les flèches passent d’un État à l’autre sur la carte\u00a0; Page suivante et Page précédente suivent le classement\u00a0; Début et Fin vont au premier et au dernier\u00a0; Échap ferme l’infobulle.',
  },
  de: {
    chartName: 'Karte der Gehälter nach Bundesstaat',
    defaultHeading: 'Die zehn Bundesstaaten mit den höchsten Gehältern für Softwareentwickler',
    defaultDescription: 'Jahresgehalt nach Bundesstaat; nur die zehn höchsten sind dargestellt',
    atLeastShort: '≥ {amount}',
    rankOf: 'Platz {count} von {total}',
    extremes: 'Am höchsten: {highest}, {highestAmount}; am niedrigsten: {lowest}, {lowestAmount}.',
    statesWithData: 'Daten für {count} von {total} Bundesstaaten.',
    tableCaption: '{title}: alle Werte',
    tableRank: 'Rang',
    tableState: 'Bundesstaat',
    tableValue: 'Wert',
    tableNote: 'Hinweis',
    legendName: 'Legende: {classes}.',
    legendRange: '{low} bis {high}',
    legendNoData: 'schraffiert: keine Daten',
    mapKeysHint:
      'Pfeiltasten wechseln zwischen den Bundesstaaten auf der Karte; Bild ab und Bild auf folgen der Rangliste; Pos1 und Ende springen zum ersten und letzten; Esc schließt den Tooltip.',
  },
  pt: {
    chartName: 'Mapa de salários por estado',
    defaultHeading: 'Os dez estados que mais pagam a desenvolvedores de software',
    defaultDescription: 'Salário anual por estado; apenas os dez primeiros são mostrados',
    atLeastShort: '≥ {amount}',
    rankOf: '{count}º de {total}',
    extremes: 'Maior salário: {highest}, {highestAmount}; menor: {lowest}, {lowestAmount}.',
    statesWithData: { one: '{count} de {total} estados tem dados.', other: '{count} de {total} estados têm dados.' },
    tableCaption: '{title}: todos os valores',
    tableRank: 'Posição',
    tableState: 'Estado',
    tableValue: 'Valor',
    tableNote: 'Observação',
    legendName: 'Legenda: {classes}.',
    legendRange: 'de {low} a {high}',
    legendNoData: 'hachurado, sem dados',
    mapKeysHint:
      'As setas passam de um estado a outro no mapa; Page Down e Page Up seguem a classificação; Home e End vão ao primeiro e ao último; Esc fecha a dica.',
  },
});
