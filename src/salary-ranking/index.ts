/**
 * Registers <salary-ranking> alone, for bundler users who import only what they use:
 * `import 'salary-widgets/salary-ranking';`
 */
import { defineElements } from '../core/define.js';
import { SalaryRanking } from './salary-ranking.js';

export { SalaryRanking };

defineElements({ 'salary-ranking': SalaryRanking });

declare global {
  interface HTMLElementTagNameMap {
    'salary-ranking': SalaryRanking;
  }
}
