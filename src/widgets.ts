/**
 * Every widget of the package, by tag: the one list that the script build
 * registers and that the tests iterate over.
 */
import { CompBreakdown } from './comp-breakdown/comp-breakdown.js';
import { SalaryCompare } from './salary-compare/salary-compare.js';
import { SalaryPercentileBar } from './salary-percentile-bar/salary-percentile-bar.js';
import { SalaryRanking } from './salary-ranking/salary-ranking.js';
import { StateSalaryMap } from './state-salary-map/state-salary-map.js';

export const WIDGETS = {
  'salary-percentile-bar': SalaryPercentileBar,
  'state-salary-map': StateSalaryMap,
  'comp-breakdown': CompBreakdown,
  'salary-ranking': SalaryRanking,
  'salary-compare': SalaryCompare,
} as const;

export type WidgetTag = keyof typeof WIDGETS;
export const WIDGET_TAGS = Object.keys(WIDGETS) as WidgetTag[];
