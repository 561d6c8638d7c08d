// npm run bench [-- --rounds 7] [-- --only a,c,profile] [-- --profile-baseline]
// Draws the same content with salary-widgets and with the chart libraries a
// blogger might pick instead, in one run of headless Chromium, alternating
// the order every round, and reports sizes, timings and per-round ratios;
// then profiles scenario (a) and counts nodes per widget (bench/profile.mjs).
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { scenarios } from './scenarios.mjs';
import { loadBaseline, profilePages, profileSection, runProfile, saveBaseline } from './profile.mjs';
import { targetsSection } from './targets.mjs';

const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const ROUNDS = Number(arg('--rounds')) || 7;
// --only a,c runs some scenarios and leaves bench/RESULTS.md alone; --only profile runs the profile alone and prints it.
const ONLY = arg('--only')?.split(',');
const PROFILE = !ONLY || ONLY.includes('profile');
// This run's profile becomes the "before" one (bench/profile-before.json) whatever src/ is.
const NEW_BASELINE = process.argv.includes('--profile-baseline');
const root = new URL('..', import.meta.url).pathname;

// The scripts each page may load, by URL path → file.
const FILES = {
  '/lib/salary-widgets.js': 'dist/salary-widgets.js',
  '/lib/chart.js': 'node_modules/chart.js/dist/chart.umd.min.js',
  '/lib/echarts.js': 'node_modules/echarts/dist/echarts.min.js',
  '/lib/d3.js': 'node_modules/d3/dist/d3.min.js',
  '/lib/plot.js': 'node_modules/@observablehq/plot/dist/plot.umd.min.js',
};
const bytes = Object.fromEntries(Object.entries(FILES).map(([url, file]) => [url, readFileSync(join(root, file))]));

// The script as it was before the performance work, built from git, drawn beside
// this one in the same rounds: "before" and "after" as ratios within each round.
// --before <rev> picks another commit; --before none leaves it out.
const BEFORE_REV = arg('--before') ?? 'a17ee40';
const BEFORE_PAGES = { a: ['salary-widgets'], b: ['salary-widgets'], c: ['10 bars', '1000 bars'] };
const beforeName = (lib) => `${lib}, before (${BEFORE_REV})`;
function buildBefore() {
  const dir = mkdtempSync(join(tmpdir(), 'salary-before-'));
  try {
    execFileSync('git', ['worktree', 'add', '--detach', dir, BEFORE_REV], { cwd: root, stdio: 'ignore' });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    execFileSync('npx', ['rollup', '-c', '--silent'], { cwd: dir, stdio: 'ignore' });
    return readFileSync(join(dir, 'dist/salary-widgets.js'));
  } catch (error) {
    console.log(`No "before" pages: ${BEFORE_REV} could not be built (${error.message.split('\n')[0]}).`);
    return undefined;
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' });
  }
}
const beforeScript = BEFORE_REV === 'none' ? undefined : buildBefore();
if (beforeScript) {
  bytes['/lib/salary-widgets-before.js'] = beforeScript;
  for (const s of scenarios) {
    for (const lib of BEFORE_PAGES[s.id] ?? []) {
      const page = s.pages[lib];
      s.pages[beforeName(lib)] = {
        ...page,
        scripts: ['/lib/salary-widgets-before.js'],
        html: page.html.replaceAll('/lib/salary-widgets.js', '/lib/salary-widgets-before.js'),
      };
    }
  }
}
const pages = new Map();
for (const s of scenarios) for (const [lib, page] of Object.entries(s.pages)) pages.set(`/${s.id}/${lib}.html`, page);
for (const [path, page] of Object.entries(profilePages)) pages.set(path, page);

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (bytes[path]) return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bytes[path]);
  if (pages.has(path)) return res.writeHead(200, { 'Content-Type': 'text/html' }).end(pages.get(path).html);
  if (path.endsWith('.json') && pages.has(path.replace(/\.json$/, '.html')))
    return res.writeHead(200, { 'Content-Type': 'application/json' }).end(pages.get(path.replace(/\.json$/, '.html')).json ?? '{}');
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: [...CHROME_ARGS, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'salary-bench-'))}`],
});

async function measure(scenario, lib) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.goto(`${origin}/${scenario.id}/${encodeURIComponent(lib)}.html`, { waitUntil: 'load' });
  await page.waitForFunction('window.__done !== undefined', { timeout: 120000, polling: 50 });
  const done = await page.evaluate('window.__done');
  const cls = await page.evaluate(`new Promise((resolve) => {
    let sum = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(sum), 100);
  })`);
  let extra;
  if (scenario.pages[lib].extra) {
    await page.evaluate('window.__resizeNow = window.__changeNow = true');
    await page.waitForFunction('window.__extra !== undefined', { timeout: 30000, polling: 16 });
    extra = await page.evaluate('window.__extra');
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  await context.close();
  return { time: done, script: m.ScriptDuration * 1000, heap: m.JSHeapUsedSize / 1024 / 1024, nodes: m.Nodes, cls, extra };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const kb = (n) => (n / 1024).toFixed(1);

const report = [];
for (const scenario of scenarios.filter((s) => !ONLY || ONLY.includes(s.id))) {
  const libs = Object.keys(scenario.pages);
  const runs = Object.fromEntries(libs.map((l) => [l, []]));
  process.stdout.write(`${scenario.title}: `);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order so no library always runs first or last.
    const order = libs.map((_, i) => libs[(i + round) % libs.length]);
    if (round % 2) order.reverse();
    for (const lib of order) runs[lib].push(await measure(scenario, lib));
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  // What the page must load: its scripts, and data files such as ECharts' GeoJSON.
  const size = (lib) => {
    const page = scenario.pages[lib];
    const files = [...page.scripts.map((url) => bytes[url]), ...(page.json ? [Buffer.from(page.json)] : [])];
    return files.reduce(
      (acc, b) => ({
        gzip: acc.gzip + gzipSync(b, { level: 9 }).length,
        brotli: acc.brotli + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      }),
      { gzip: 0, brotli: 0 },
    );
  };
  const ours = libs[0];
  const rows = libs.map((lib) => {
    const r = runs[lib];
    const t = r.map((x) => x.time);
    const ratio = (key) => median(r.map((x, i) => runs[ours][i][key] / x[key]));
    return {
      lib,
      ...size(lib),
      timeMedian: median(t),
      timeMin: Math.min(...t),
      timeMax: Math.max(...t),
      script: median(r.map((x) => x.script)),
      heap: median(r.map((x) => x.heap)),
      nodes: median(r.map((x) => x.nodes)),
      cls: Math.max(...r.map((x) => x.cls)),
      timeRatio: ratio('time'),
      scriptRatio: ratio('script'),
      heapRatio: ratio('heap'),
    };
  });
  // What a scenario measures after the first frame (a resize, an attribute change), reported under its table.
  const notes = libs
    .filter((lib) => scenario.pages[lib].extra)
    .map((lib) =>
      scenario.note(
        lib,
        runs[lib].map((r) => r.extra),
      ),
    );
  // Ratios between a scenario's own pages, per round, then the median.
  const perRound = (a, b) => runs[a].map((x, i) => x.time / runs[b][i].time);
  const ratio = (a, b) => median(perRound(a, b));
  if (scenario.summary) notes.push(scenario.summary(ratio));
  for (const n of notes) console.log(n);
  report.push({ scenario, rows, notes, runs, ratio, perRound });
  console.table(
    rows.map((r) => ({
      library: r.lib,
      'gzip KB': kb(r.gzip),
      'brotli KB': kb(r.brotli),
      'first frame ms (median)': fmt(r.timeMedian, 0),
      'min–max': `${fmt(r.timeMin, 0)}–${fmt(r.timeMax, 0)}`,
      'script ms': fmt(r.script, 0),
      'heap MB': fmt(r.heap),
      nodes: r.nodes,
      CLS: fmt(r.cls, 3),
      [`${ours} time ÷ this`]: fmt(r.timeRatio, 2),
    })),
  );
}

const chromium = execFileSync(findChrome(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
  .toString()
  .trim();
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, headless ${chromium}`;

// The profile: a trace of scenario (a) per library (at least 5 rounds), and nodes per widget.
let profileLines = [];
let profile;
if (PROFILE) {
  process.stdout.write('Profile of (a), traced: ');
  profile = await runProfile({
    browser,
    origin,
    scenario: scenarios.find((s) => s.id === 'a'),
    rounds: Math.max(5, ROUNDS),
    root,
    log: (s) => process.stdout.write(s),
  });
  process.stdout.write('\n');
  // Script by Chromium's Performance metrics, from scenario (a) above, beside the trace's.
  const a = report.find((r) => r.scenario.id === 'a');
  for (const row of a?.rows ?? []) if (profile.libs[row.lib]) profile.libs[row.lib].scriptMetric = row.script;
  const saved = loadBaseline();
  const keep = saved && !NEW_BASELINE && saved.source !== profile.source;
  const before = keep ? saved : { date, machine, ...profile };
  if (!keep && (!ONLY || NEW_BASELINE)) await saveBaseline(before);
  profileLines = profileSection(profile, before);
  if (ONLY) console.log(profileLines.join('\n'));
}
await browser.close();
server.close();

if (ONLY) process.exit(0);
// bench/RESULTS.md: the method, the machine, and this run.
const lines = [
  '<!-- Generated by `npm run bench` (bench/run.mjs): run it again rather than editing this file. -->',
  '',
  '# Benchmark results',
  '',
  `Run by \`npm run bench\` on ${date}: ${ROUNDS} rounds, order alternating every round, each page in a fresh browser context of headless ${chromium}, viewport 1300 × 900.`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}. Timings on a shared machine are noisy; compare the ratios, which are taken within each round.`,
  '',
  '**Method.** Each page loads only its library (sizes are the gzip and brotli bytes of those scripts) and draws the same content. "First frame" is the time from navigation start until every chart is drawn and two animation frames have passed; "script" is main-thread script time, "heap" the used JS heap and "nodes" the DOM node count after drawing (Chromium\'s Performance metrics); CLS is the layout shift score. Ratios are this project\'s figure divided by the library\'s, per round, then the median.' +
    (beforeScript
      ? ` Rows marked "before (${BEFORE_REV})" draw the same page with this project's script as it was at that commit, before the performance work, built from git for this run; their ratio is now ÷ before.`
      : ''),
  '',
];
for (const { scenario, rows, notes } of report) {
  lines.push(`## ${scenario.title}`, '', scenario.description, '');
  lines.push(
    '| Library | gzip KB | brotli KB | First frame ms, median (min–max) | Script ms | Heap MB | DOM nodes | CLS | Time ratio | Script ratio | Heap ratio |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    lines.push(
      `| ${r.lib} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${fmt(r.timeMedian, 0)} (${fmt(r.timeMin, 0)}–${fmt(r.timeMax, 0)}) | ${fmt(r.script, 0)} | ${fmt(r.heap)} | ${r.nodes} | ${fmt(r.cls, 3)} | ${fmt(r.timeRatio, 2)} | ${fmt(r.scriptRatio, 2)} | ${fmt(r.heapRatio, 2)} |`,
    );
  }
  lines.push('');
  for (const n of notes) lines.push(n, '');
}
lines.push(...targetsSection({ report, profile, before: beforeScript ? beforeName : undefined, beforeRev: BEFORE_REV }), ...profileLines);
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n'));
console.log('Wrote bench/RESULTS.md');
