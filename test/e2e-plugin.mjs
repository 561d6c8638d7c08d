// Test-runner command for page-level tests: opens a real top-level page in the
// test browser, records console errors and page errors from the first line,
// scrolls through it like a reader (or signals printing), waits for every
// widget to settle, runs an expression and saves a screenshot.
// Browser side: executeServerCommand('e2e-visit', { url, width, ... }).
// 'package-css' returns the text of a stylesheet installed from npm, for pages
// that inline a real blog stylesheet (the servers refuse /node_modules/ paths).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { readThrough } from '../scripts/read-through.mjs';

const TAGS = 'salary-percentile-bar, state-salary-map, comp-breakdown, salary-ranking, salary-compare';

const require = createRequire(import.meta.url);

/** The text of a CSS file inside an installed package, e.g. "sakura.css/css/sakura.css". */
function packageCss(file) {
  if (typeof file !== 'string' || !file.endsWith('.css')) throw new Error(`package-css: not a .css file: ${file}`);
  return readFileSync(require.resolve(file), 'utf8');
}

export function e2ePlugin() {
  return {
    name: 'e2e-visit',
    async executeCommand({ command, payload, session }) {
      if (command === 'package-css') return packageCss(payload.file);
      if (command !== 'e2e-visit') return undefined;
      const {
        url,
        width = 1000,
        height = 900,
        media,
        colorScheme,
        javaScript = true,
        html,
        evaluate,
        screenshot,
        settle = true,
        scroll = true,
        beforePrint = false,
        // 'load' for self-contained pages that need not wait out networkidle0's half second.
        waitUntil = 'networkidle0',
      } = payload;
      const page = await session.browser.getPage(session.id).browser().newPage();
      const consoleErrors = [];
      const warnings = [];
      try {
        await page.setViewport({ width, height });
        await page.setJavaScriptEnabled(javaScript);
        const features = colorScheme ? [{ name: 'prefers-color-scheme', value: colorScheme }] : [];
        await page.emulateMediaFeatures(features);
        if (media) await page.emulateMediaType(media);
        page.on('console', (m) => {
          if (m.type() === 'error') consoleErrors.push(m.text());
          if (m.type() === 'warn' || m.type() === 'warning') warnings.push(m.text());
        });
        page.on('pageerror', (e) => consoleErrors.push(String(e.message ?? e)));
        if (html) {
          await page.goto(url, { waitUntil: 'domcontentloaded' });
          await page.setContent(html, { waitUntil });
        } else {
          await page.goto(url, { waitUntil });
        }
        if (javaScript && beforePrint) {
          // What the browser does before it prints: charts not yet drawn draw now.
          await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        } else if (javaScript && scroll) {
          // Charts far below draw as they approach (lazy drawing).
          await readThrough(page);
        }
        if (javaScript && settle) {
          // Every widget drawn, or showing its error, or empty: nothing still loading.
          await page.waitForFunction(
            (tags) =>
              [...document.querySelectorAll(tags)].every((el) => {
                const root = el.shadowRoot;
                return root && (root.querySelector('svg.chart, [role="alert"], .empty') || !root.querySelector('.loading'));
              }),
            { timeout: 10000 },
            TAGS,
          );
          await new Promise((r) => setTimeout(r, 100));
        }
        const result = evaluate ? await page.evaluate(evaluate) : null;
        if (screenshot) {
          mkdirSync(dirname(screenshot), { recursive: true });
          await page.screenshot({ path: screenshot, fullPage: true });
        }
        return { consoleErrors, warnings, result };
      } finally {
        await page.close();
      }
    },
  };
}
