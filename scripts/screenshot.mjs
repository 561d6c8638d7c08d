// Saves full-page screenshots of a page at 1,200 and 320 px, in light and dark:
//   node scripts/screenshot.mjs /demo/index.html [out-dir] [css-selector]
// With a selector, only that element is captured, at twice the pixel density.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { startServer } from './serve.mjs';
import { readThrough } from './read-through.mjs';

const path = process.argv[2] ?? '/demo/index.html';
const out = process.argv[3] ?? 'test-output/screenshots';
const selector = process.argv[4];
mkdirSync(out, { recursive: true });
const server = await startServer(0);
const base = `http://localhost:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: [...CHROME_ARGS, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'salary-shot-'))}`],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  for (const [width, scheme] of [
    [1200, 'light'],
    [320, 'light'],
    [1200, 'dark'],
    [320, 'dark'],
  ]) {
    await page.setViewport({ width, height: 800, deviceScaleFactor: selector ? 2 : 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(base + path, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 300));
    // Charts draw as they approach the screen: scroll through the page first.
    await readThrough(page);
    const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}${selector ? '-part' : ''}-${width}-${scheme}.png`;
    if (selector) await (await page.$(selector)).screenshot({ path: join(out, name) });
    else await page.screenshot({ path: join(out, name), fullPage: true });
    console.log(join(out, name));
  }
} finally {
  await browser.close();
  server.close();
}
