// Test-runner command that adds reliability figures up across test files into
// test-output/reliability-figures.json, for the record of what the suite tried.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = 'test-output/reliability-figures.json';
let reset = false;

export function figuresPlugin() {
  return {
    name: 'reliability-figures',
    async executeCommand({ command, payload }) {
      if (command !== 'record-figures') return undefined;
      mkdirSync('test-output', { recursive: true });
      let totals = {};
      if (reset) {
        try {
          totals = JSON.parse(readFileSync(FILE, 'utf8'));
        } catch {
          totals = {};
        }
      }
      reset = true;
      for (const [key, value] of Object.entries(payload)) totals[key] = typeof value === 'number' ? (totals[key] ?? 0) + value : value;
      writeFileSync(FILE, JSON.stringify(totals, null, 2) + '\n');
      return true;
    },
  };
}
