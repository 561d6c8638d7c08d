/**
 * Registers <comp-breakdown> alone, for bundler users who import only what they use:
 * `import 'salary-widgets/comp-breakdown';`
 */
import { defineElements } from '../core/define.js';
import { CompBreakdown } from './comp-breakdown.js';

export { CompBreakdown };

defineElements({ 'comp-breakdown': CompBreakdown });

declare global {
  interface HTMLElementTagNameMap {
    'comp-breakdown': CompBreakdown;
  }
}
