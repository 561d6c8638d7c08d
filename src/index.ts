/**
 * salary-widgets: every widget, registered on load. Include
 * `dist/salary-widgets.js` with a plain script tag, or import this module.
 * To register one widget only, import its own entry instead, such as
 * `salary-widgets/salary-percentile-bar`.
 */
import { defineElements } from './core/define.js';
import { WIDGETS } from './widgets.js';

// Each entry declares its tag in HTMLElementTagNameMap; importing them for types costs nothing at run time.
import type {} from './salary-percentile-bar/index.js';
import type {} from './state-salary-map/index.js';
import type {} from './comp-breakdown/index.js';
import type {} from './salary-ranking/index.js';
import type {} from './salary-compare/index.js';

export { SalaryElement, type DataOrigin, type DatasetMeta } from './core/salary-element.js';
export type { SalaryDataDetail, SalaryErrorDetail, SalaryDataEvent, SalaryErrorEvent } from './core/events.js';
export { DataError } from './core/data/errors.js';
// How the widgets read tables and numbers, for tools such as the embed builder.
export { gridFromText, readLabelledAmounts, classifyHeader, type Grid, type LabelledAmounts } from './core/data/grid.js';
export { parseLocalizedAmount } from './core/data/numbers.js';
export { describeNote, type DataNote } from './core/data/notes.js';
// Words: add a language, or change built-in words, for every widget on the page.
export { addMessages, LANGUAGES, type Message } from './core/i18n/catalog.js';
export { createFormatter, HOURS_PER_YEAR, type Formatter, type Period } from './core/format.js';
export { SalaryPercentileBar } from './salary-percentile-bar/salary-percentile-bar.js';
export { StateSalaryMap } from './state-salary-map/state-salary-map.js';
export { CompBreakdown } from './comp-breakdown/comp-breakdown.js';
export { SalaryRanking } from './salary-ranking/salary-ranking.js';
export { SalaryCompare, type CompareData } from './salary-compare/salary-compare.js';
export type { PercentileData, Band, Annotation } from './salary-percentile-bar/data.js';
export type { StateValues } from './state-salary-map/data.js';
export type { CompData, Component } from './comp-breakdown/data.js';
export { WIDGETS, WIDGET_TAGS, type WidgetTag } from './widgets.js';

/** Package version, also on `window.SalaryWidgets.version` in the script build. */
export const version = __VERSION__;

defineElements(WIDGETS);
