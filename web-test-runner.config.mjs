import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/summary-reporter.mjs';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { testServer } from './test/server.mjs';
import { forcedColorsPlugin } from './test/forced-colors-plugin.mjs';
import { e2ePlugin } from './test/e2e-plugin.mjs';
import { figuresPlugin } from './test/figures-plugin.mjs';
import { a11yPlugin } from './test/a11y-plugin.mjs';

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a background page gets no rendering steps, so no ResizeObserver callbacks.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    forcedColorsPlugin(),
    e2ePlugin(),
    figuresPlugin(),
    a11yPlugin(),
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json', define: { __VERSION__: '"test"' } }),
  ],
  middleware: [testServer],
  reporters: [defaultReporter(), summaryReporter()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [...CHROME_ARGS, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'salary-widgets-chrome-'))}`],
      },
    }),
  ],
};
