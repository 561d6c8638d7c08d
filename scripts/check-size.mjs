// Fails when the one-script bundle grows past its gzip budget.
// The budget rises only deliberately, with each widget, and never past 30 KB.
import { measure } from './size.mjs';

const BUDGET_GZIP = 30 * 1024;
const HARD_LIMIT = 30 * 1024;

const { gzip } = measure('dist/salary-widgets.js');
const kb = (n) => (n / 1024).toFixed(2) + ' KB';
if (gzip > BUDGET_GZIP || gzip > HARD_LIMIT) {
  console.error(`Size budget exceeded: dist/salary-widgets.js is ${kb(gzip)} gzip, budget ${kb(BUDGET_GZIP)}.`);
  process.exit(1);
}
console.log(`Size budget: ${kb(gzip)} of ${kb(BUDGET_GZIP)} gzip.`);
