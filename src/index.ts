/**
 * salary-widgets: every widget, registered on load. Include
 * `dist/salary-widgets.js` with a plain script tag, or import this module.
 */
import { defineAll } from './core/define.js';
// The bundle follows this import order. Stylesheets first, side by side, and
// the widgets in this order compress best: 0.4 KB less gzip than the natural
// order, measured over the possible orders (gzip only looks 32 KB back).
import './percentile-bar/percentile-bar.styles.js';
import './comp-breakdown/comp-breakdown.styles.js';
import './state-map/state-map.styles.js';
import './ranking/ranking.styles.js';
import './core/styles.js';
import './compare/compare.styles.js';
import { CompBreakdown } from './comp-breakdown/comp-breakdown.js';
import { SalaryPercentileBar } from './percentile-bar/percentile-bar.js';
import { SalaryCompare } from './compare/compare.js';
import { StateSalaryMap } from './state-map/state-map.js';
import { SalaryRanking } from './ranking/ranking.js';

export { SalaryElement, type DataOrigin, type DatasetMeta, type SalaryDataDetail, type SalaryErrorDetail } from './core/salary-element.js';
export { createFormatter, HOURS_PER_YEAR, type Formatter, type Period } from './core/format.js';
export { SalaryPercentileBar, StateSalaryMap, CompBreakdown, SalaryRanking, SalaryCompare };
export type { PercentileData, Band, Annotation } from './percentile-bar/data.js';
export type { StateValues } from './state-map/data.js';
export type { CompData, Component } from './comp-breakdown/data.js';
export type { CompareData } from './compare/compare.js';

/** Package version, also on `window.SalaryWidgets.version` in the script build. */
export const version = __VERSION__;

defineAll({
  'salary-percentile-bar': SalaryPercentileBar,
  'state-salary-map': StateSalaryMap,
  'comp-breakdown': CompBreakdown,
  'salary-ranking': SalaryRanking,
  'salary-compare': SalaryCompare,
});

declare global {
  interface HTMLElementTagNameMap {
    'salary-percentile-bar': SalaryPercentileBar;
    'state-salary-map': StateSalaryMap;
    'comp-breakdown': CompBreakdown;
    'salary-ranking': SalaryRanking;
    'salary-compare': SalaryCompare;
  }
}
