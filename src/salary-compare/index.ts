/**
 * Registers <salary-compare> alone, for bundler users who import only what they use:
 * `import 'salary-widgets/salary-compare';`
 */
import { defineElements } from '../core/define.js';
import { SalaryCompare } from './salary-compare.js';

export { SalaryCompare };

defineElements({ 'salary-compare': SalaryCompare });

declare global {
  interface HTMLElementTagNameMap {
    'salary-compare': SalaryCompare;
  }
}
