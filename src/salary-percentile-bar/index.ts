/**
 * Registers <salary-percentile-bar> alone, for bundler users who import only what they use:
 * `import 'salary-widgets/salary-percentile-bar';`
 */
import { defineElements } from '../core/define.js';
import { SalaryPercentileBar } from './salary-percentile-bar.js';

export { SalaryPercentileBar };

defineElements({ 'salary-percentile-bar': SalaryPercentileBar });

declare global {
  interface HTMLElementTagNameMap {
    'salary-percentile-bar': SalaryPercentileBar;
  }
}
