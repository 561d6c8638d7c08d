/**
 * Registers <state-salary-map> alone, for bundler users who import only what they use:
 * `import 'salary-widgets/state-salary-map';`
 */
import { defineElements } from '../core/define.js';
import { StateSalaryMap } from './state-salary-map.js';

export { StateSalaryMap };

defineElements({ 'state-salary-map': StateSalaryMap });

declare global {
  interface HTMLElementTagNameMap {
    'state-salary-map': StateSalaryMap;
  }
}
