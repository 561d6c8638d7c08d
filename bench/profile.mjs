// The profile behind the benchmark: where the renderer's main thread spends
// its time on scenario (a), read from a Chromium trace (DevTools protocol
// `Tracing`), and how many DOM nodes each widget makes. bench/run.mjs runs it
// (`--only profile` for this part alone) and writes it into bench/RESULTS.md.
//
// A full run saves its profile as bench/profile-before.json, with the git tree
// of src/ it measured. While src/ is unchanged, each full run replaces it and
// the section has one "before" column; once src/ differs, the file is kept and
// shown as "before" beside this run's "after". `--profile-baseline` makes this
// run the "before" whatever src/ is.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { format, resolveConfig } from 'prettier';

/** The scenario (a) pages that are profiled: ours drawing everything at once, and the two peers. */
export const PROFILED = ['salary-widgets', 'plot + d3', 'chart.js'];

const TRACE_CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'cc',
];

// Trace event names → what they are. Everything else a task does is "other".
const SCRIPT = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'MinorGC',
  'MajorGC',
  'GCEvent',
  'CompileScript',
  'CompileCode',
  'CacheScript',
  'LocalWindowProxy::Initialize',
  'LocalWindowProxy::CreateContext',
  'ContextCreatedNotification',
  'InstallConditionalFeatures',
]);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']);
const LAYOUT = new Set(['Layout']);
const PAINT = new Set([
  'Paint',
  'PaintImage',
  'PaintSetup',
  'PrePaint',
  'Layerize',
  'UpdateLayer',
  'UpdateLayerTree',
  'Commit',
  'CompositeLayers',
  'RasterTask',
  'Decode Image',
  'ImageDecodeTask',
]);
export const KINDS = ['script', 'style', 'layout', 'paint', 'other'];
const SAMPLED_ROUNDS = 3;

function kindOf(name) {
  if (SCRIPT.has(name) || /^v8\./i.test(name)) return 'script';
  if (STYLE.has(name)) return 'style';
  if (LAYOUT.has(name)) return 'layout';
  if (PAINT.has(name)) return 'paint';
  return undefined;
}

// Where script is entered from: the innermost of these around a script slice.
const ENTRIES = {
  ParseHTML: 'element construction and upgrades while the parser runs',
  RunMicrotasks: 'microtasks (Lit updates: render, template cloning, DOM writes)',
  FireAnimationFrame: 'animation-frame callbacks',
  TimerFire: 'timers',
  EvaluateScript: 'evaluating scripts (for the peers, their drawing too)',
  EventDispatch: 'event listeners',
};

/**
 * Splits the main thread's time between `start` and `end` (µs, trace clock).
 * Complete slices nest on a thread; each microsecond goes to the innermost
 * slice that has a kind, or to "other" inside a task with none; the rest of
 * the window is idle. Layout and style inside script are counted as forced.
 */
export function splitMainThread(events, start, end) {
  const slices = [];
  const open = [];
  for (const e of events) {
    if (e.ph === 'X' && e.dur > 0) slices.push({ name: e.name, ts: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) slices.push({ name: b.name, ts: b.ts, end: e.ts });
    }
  }
  // Parents before children: earlier start first, longer first at the same start.
  slices.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const time = Object.fromEntries(KINDS.map((k) => [k, 0]));
  const forced = { style: { ms: 0, count: 0 }, layout: { ms: 0, count: 0 } };
  // Where script runs, less what it forces: for placing profiler samples.
  const scriptSpans = [];
  const forcedSpans = [];
  const entries = {};
  const others = {};
  let busy = 0;
  const stack = [];
  const clip = (s) => Math.max(0, Math.min(s.end, end) - Math.max(s.ts, start));
  const settle = (s) => {
    // Self time: the slice's own time in the window, less its children's.
    const self = Math.max(0, clip(s) - s.childTime) / 1000;
    const kind = s.kind ?? 'other';
    time[kind] += self;
    if (kind === 'other') others[s.name] = (others[s.name] ?? 0) + self;
    if (kind === 'script') {
      const entry = ENTRIES[s.entry] ?? 'other callbacks (observers, tasks)';
      entries[entry] = (entries[entry] ?? 0) + self;
    }
  };
  for (const s of slices) {
    while (stack.length && stack.at(-1).end <= s.ts) settle(stack.pop());
    const parent = stack.at(-1);
    if (parent) s.end = Math.min(s.end, parent.end);
    const own = kindOf(s.name);
    s.kind = own ?? parent?.kind;
    s.entry = ENTRIES[s.name] ? s.name : parent?.entry;
    s.childTime = 0;
    if (parent) parent.childTime += clip(s);
    else busy += clip(s) / 1000;
    if ((own === 'layout' || own === 'style') && parent?.kind === 'script' && clip(s) > 0) {
      forced[own].ms += clip(s) / 1000;
      forced[own].count++;
    }
    if (own === 'script' && parent?.kind !== 'script') scriptSpans.push(s);
    if (own && own !== 'script' && parent?.kind === 'script') forcedSpans.push(s);
    stack.push(s);
  }
  while (stack.length) settle(stack.pop());
  return { ...time, busy, idle: (end - start) / 1000 - busy, forced, entries, others, scriptSpans, forcedSpans };
}

/** Loads a page with tracing on; returns its first-frame time and main-thread split (and script by source, if sampled). */
async function traceOnce(browser, url, { sample = false, root } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  await page.tracing.start({ categories: sample ? [...TRACE_CATEGORIES, 'disabled-by-default-v8.cpu_profiler'] : TRACE_CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__done !== undefined', { timeout: 120000, polling: 50 });
  const done = await page.evaluate('window.__done');
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  await context.close();
  const events = trace.traceEvents ?? trace;
  // performance.now() counts from the document's navigation start, which the trace marks.
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) throw new Error(`No navigationStart for ${url} in the trace`);
  const start = nav.ts;
  const end = nav.ts + done * 1000;
  const onMain = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  const { scriptSpans, forcedSpans, ...split } = splitMainThread(onMain, start, end);
  if (sample) return scriptBySource(events, nav, { start, end, scriptSpans, forcedSpans, root });
  // Raster runs on worker threads, in parallel with the main thread: reported beside it, not in it.
  const raster = events
    .filter((e) => e.name === 'RasterTask' && e.ph === 'X' && e.pid === nav.pid && e.tid !== nav.tid && e.ts >= start && e.ts <= end)
    .reduce((total, e) => total + e.dur / 1000, 0);
  return { done, ...split, raster };
}

// Our bundle's source map, to name the source file of each sampled function.
let bundleMap;
const sourceOf = (frame, root) => {
  bundleMap ??= new SourceMap(JSON.parse(readFileSync(new URL('dist/salary-widgets.js.map', `file://${root}`), 'utf8')));
  const entry = bundleMap.findEntry(frame.lineNumber ?? 0, frame.columnNumber ?? 0);
  const source = entry?.originalSource ?? '';
  if (/\/(lit-html|lit-element|@lit|lit)\//.test(source)) return ['Lit'];
  if (/\/(d3-[a-z]+|internmap)\//.test(source)) return ['d3'];
  const ours = source.match(/src\/.*$/)?.[0];
  // The function's first line, to find it in the source.
  return ours ? [ours, `${ours}:${entry.originalLine + 1}`] : ['salary-widgets.js, unmapped'];
};

/**
 * Script time by the sampled function's source: V8's sampling profiler runs
 * inside the trace, and each sample taken inside script (and outside any
 * layout or style recalculation it forced) counts until the next sample.
 */
function scriptBySource(events, nav, { start, end, scriptSpans, forcedSpans, root }) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === nav.pid && e.tid === nav.tid);
  if (!profile) return { sources: {}, functions: {} };
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === nav.pid && e.id === profile.id).sort((a, b) => a.ts - b.ts);
  const nodes = new Map();
  const samples = [];
  let t = profile.args.data.startTime;
  for (const chunk of chunks) {
    const data = chunk.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    ids.forEach((id, i) => {
      t += data.timeDeltas?.[i] ?? 0;
      samples.push({ id, t });
    });
  }
  const within = (spans, at) => spans.find((s) => s.ts <= at && at < s.end);
  const sources = {};
  const functions = {};
  for (let i = 0; i < samples.length - 1; i++) {
    const { id, t: at } = samples[i];
    if (at < start || at >= end) continue;
    const span = within(scriptSpans, at);
    if (!span || within(forcedSpans, at)) continue;
    const weight = (Math.min(samples[i + 1].t, span.end, end) - at) / 1000;
    const frame = nodes.get(id)?.callFrame ?? {};
    let label;
    let fn;
    if (frame.functionName === '(garbage collector)') label = 'GC';
    else if (frame.codeType === 'other') label = `${frame.functionName} (native, outside JS)`;
    else if (!frame.url) label = `built-in ${frame.functionName || '(anonymous)'}()`;
    else if (frame.url.endsWith('/lib/salary-widgets.js')) [label, fn] = sourceOf(frame, root);
    else if (frame.url.includes('/lib/')) label = frame.url.slice(frame.url.lastIndexOf('/') + 1);
    else label = "the page's inline script";
    sources[label] = (sources[label] ?? 0) + weight;
    if (fn) functions[fn] = (functions[fn] ?? 0) + weight;
  }
  return { sources, functions };
}

/** What a source label belongs to, for the totals. */
const groupOf = (label) =>
  label.startsWith('src/')
    ? 'our code (src/)'
    : label.startsWith('built-in ')
      ? 'built-in and DOM calls'
      : label.endsWith('(native, outside JS)')
        ? 'native, outside JS'
        : label;

// In the page: nodes under a root, shadow roots included, by type; Lit's markers are comments.
const CENSUS = `(root) => {
  const c = { elements: 0, text: 0, blank: 0, comments: 0, chart: 0, tags: {} };
  const walk = (node, inChart) => {
    for (const n of node.childNodes) {
      const chart = inChart || (n.localName === 'svg' && n.classList.contains('chart'));
      if (n.nodeType === 1) {
        c.elements++;
        c.tags[n.localName] = (c.tags[n.localName] ?? 0) + 1;
        if (n.shadowRoot) walk(n.shadowRoot, chart);
        walk(n, chart);
      } else if (n.nodeType === 3) /\\S/.test(n.data) ? c.text++ : c.blank++;
      else if (n.nodeType === 8) c.comments++;
      if (chart && n.nodeType !== 8) c.chart++;
    }
  };
  walk(root, false);
  return c;
}`;

/** The five widgets, with their default data, each in a 600 px box, drawn at once. */
const WIDGETS = [
  ['salary-percentile-bar', '<salary-percentile-bar loading="eager"></salary-percentile-bar>'],
  ['state-salary-map', '<state-salary-map loading="eager"></state-salary-map>'],
  ['comp-breakdown (donut)', '<comp-breakdown loading="eager"></comp-breakdown>'],
  ['comp-breakdown variant="bar"', '<comp-breakdown variant="bar" loading="eager"></comp-breakdown>'],
  ['salary-ranking', '<salary-ranking loading="eager"></salary-ranking>'],
  ['salary-compare', '<salary-compare loading="eager"></salary-compare>'],
];
export const profilePages = {
  '/profile/widgets.html': {
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>widgets</title>
<style>body{margin:0;font:14px system-ui,sans-serif}.box{width:600px;padding:0;margin:0 0 24px}</style>
<script src="/lib/salary-widgets.js"></script></head><body>${WIDGETS.map(([, tag]) => `<div class="box">${tag}</div>`).join('')}</body></html>`,
  },
};

const sum = (c) => c.elements + c.text + c.blank;
const topTags = (tags, n = 4) =>
  Object.entries(tags)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([tag, count]) => `${tag} ${count}`)
    .join(', ');

/** Nodes per widget at 600 px, and per chart in scenario (a) for ours and the peers. */
async function countNodes(browser, origin) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  await page.goto(`${origin}/profile/widgets.html`, { waitUntil: 'load' });
  await page.waitForFunction(`[...document.querySelectorAll('.box > *')].every((el) => el.shadowRoot?.querySelector('svg.chart'))`, {
    timeout: 30000,
    polling: 50,
  });
  // Two frames, so anything drawn after a first layout is there too.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const counts = await page.evaluate(`[...document.querySelectorAll('.box > *')].map((el) => (${CENSUS})(el.shadowRoot))`);
  const widgets = WIDGETS.map(([name], i) => ({ name, ...counts[i], total: sum(counts[i]) }));

  // Scenario (a): everything inside each grid cell, host element included.
  const perChart = [];
  const pageTotals = [];
  const cellsOf = async (lib) => {
    await page.goto(`${origin}/a/${encodeURIComponent(lib)}.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.__done !== undefined', { timeout: 120000, polling: 50 });
    const whole = await page.evaluate(`(${CENSUS})(document.documentElement)`);
    pageTotals.push({ name: `${lib}: the whole page`, ...whole, total: sum(whole) + 1, min: '', max: '' });
    return page.evaluate(`[...document.querySelectorAll('.cell')].map((cell) => (${CENSUS})(cell))`);
  };
  const spread = (label, cells) => {
    const totals = cells.map(sum);
    const c = cells[0];
    perChart.push({ name: label, ...c, total: median(totals), min: Math.min(...totals), max: Math.max(...totals) });
  };
  const ours = await cellsOf('salary-widgets');
  spread('salary-widgets: salary-ranking, 10 bars, 300 px', ours.slice(0, 50));
  spread('salary-widgets: comp-breakdown donut, 300 px', ours.slice(50));
  const plot = await cellsOf('plot + d3');
  spread('Plot: Plot.barX, 10 bars, 300 px', plot.slice(0, 50));
  spread('Plot + d3-shape: donut, 300 px', plot.slice(50));
  const chart = await cellsOf('chart.js');
  spread('Chart.js: bar or doughnut (one canvas)', chart);
  await context.close();
  return { widgets, perChart: [...perChart, ...pageTotals] };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Traces scenario (a) `rounds` times per library, alternating the order, and
 * counts nodes. Returns medians per library and the per-round ratios.
 */
export async function runProfile({ browser, origin, scenario, rounds, root, log = () => {} }) {
  const runs = Object.fromEntries(PROFILED.map((lib) => [lib, []]));
  for (let round = 0; round < rounds; round++) {
    const order = PROFILED.map((_, i) => PROFILED[(i + round) % PROFILED.length]);
    if (round % 2) order.reverse();
    for (const lib of order) runs[lib].push(await traceOnce(browser, `${origin}/${scenario.id}/${encodeURIComponent(lib)}.html`));
    log('.');
  }
  const libs = {};
  for (const lib of PROFILED) {
    const r = runs[lib];
    const med = (f) => median(r.map(f));
    const names = (key) => [...new Set(r.flatMap((x) => Object.keys(x[key])))];
    libs[lib] = {
      done: med((x) => x.done),
      busy: med((x) => x.busy),
      idle: med((x) => x.idle),
      raster: med((x) => x.raster),
      ...Object.fromEntries(KINDS.map((k) => [k, med((x) => x[k])])),
      // Each kind's share of the busy time, per round, then the median.
      share: Object.fromEntries(KINDS.map((k) => [k, med((x) => x[k] / x.busy)])),
      forced: Object.fromEntries(['style', 'layout'].map((k) => [k, { ms: med((x) => x.forced[k].ms), count: med((x) => x.forced[k].count) }])),
      entries: Object.fromEntries(names('entries').map((n) => [n, med((x) => x.entries[n] ?? 0)])),
      others: Object.fromEntries(names('others').map((n) => [n, med((x) => x.others[n] ?? 0)])),
    };
  }
  // Ours ÷ each peer, within each round, then the median: robust to a slow round.
  const ratios = {};
  for (const lib of PROFILED.slice(1)) {
    ratios[lib] = Object.fromEntries([...KINDS, 'busy', 'done'].map((k) => [k, median(runs[PROFILED[0]].map((x, i) => x[k] / runs[lib][i][k]))]));
  }
  // Script by source: fewer rounds, apart, as the sampler slows script down.
  const sampled = Object.fromEntries(PROFILED.map((lib) => [lib, []]));
  for (let round = 0; round < SAMPLED_ROUNDS; round++) {
    const order = round % 2 ? [...PROFILED].reverse() : PROFILED;
    for (const lib of order) sampled[lib].push(await traceOnce(browser, `${origin}/${scenario.id}/${encodeURIComponent(lib)}.html`, { sample: true, root }));
    log('.');
  }
  for (const lib of PROFILED) {
    // Shares of the sampled script time, per round, then the median.
    const rounds = sampled[lib].map(({ sources, functions }) => {
      const total = Object.values(sources).reduce((a, b) => a + b, 0);
      const groups = {};
      for (const [label, v] of Object.entries(sources)) groups[groupOf(label)] = (groups[groupOf(label)] ?? 0) + v;
      const shares = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v / total]));
      return { sources: shares(sources), functions: shares(functions), groups: shares(groups) };
    });
    for (const key of ['sources', 'functions', 'groups']) {
      const labels = [...new Set(rounds.flatMap((r) => Object.keys(r[key])))];
      libs[lib][`script ${key}`] = Object.fromEntries(labels.map((label) => [label, median(rounds.map((r) => r[key][label] ?? 0))]));
    }
  }
  const nodes = await countNodes(browser, origin);
  return { source: sourceState(root), rounds, libs, ratios, nodes };
}

/** The git tree of src/ (with `+dirty` for uncommitted changes): what the profile describes. */
export function sourceState(root) {
  const git = (...args) =>
    execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  try {
    return `${git('rev-parse', 'HEAD:src')}${git('status', '--porcelain', '--', 'src') ? '+dirty' : ''}`;
  } catch {
    return 'unknown';
  }
}

const BASELINE = new URL('./profile-before.json', import.meta.url);

/** The saved "before" profile, if any. */
export function loadBaseline() {
  return existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : undefined;
}

/** Saves a profile as the "before" (bench/profile-before.json), formatted as Prettier would. */
export async function saveBaseline(profile) {
  const text = JSON.stringify({ note: 'Generated by npm run bench (bench/profile.mjs): the profile before the performance work.', ...profile }, null, 2);
  writeFileSync(BASELINE, await format(text, { ...(await resolveConfig(BASELINE.pathname)), filepath: BASELINE.pathname }));
}

const ms = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const pct = (n) => (Number.isFinite(n) ? `${Math.round(n * 100)}%` : '–');
const x2 = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');

/** The section of bench/RESULTS.md: before (and after, once src/ has changed). */
export function profileSection(result, before) {
  const after = before.source === result.source ? undefined : result;
  const ours = PROFILED[0];
  const columns = [
    [`${ours}${after ? ' before' : ''}`, before.libs[ours]],
    ...(after ? [[`${ours} after`, after.libs[ours]]] : []),
    ...PROFILED.slice(1).map((lib) => [lib, result.libs[lib]]),
  ];
  const lines = [];
  lines.push(
    `## Profile: where the time goes (${after ? 'before and after' : 'before'})`,
    '',
    `Scenario (a) as above (50 bar charts and 50 donuts; ours with \`loading="eager"\`, every chart drawn at once), traced with the DevTools protocol \`Tracing\` domain, ${result.rounds} rounds per library in alternating order, each page in a fresh browser context.` +
      (after
        ? ` "Before" is bench/profile-before.json, run on ${before.date} (${before.machine}) from src/ tree \`${before.source.slice(0, 10)}\`; "after" and the peers are this run, from src/ tree \`${result.source.slice(0, 10)}\`. Before and after are different runs: on a shared machine, compare the shares and the ratios to the peers, which are taken within each run, more than the milliseconds.`
        : ` src/ tree \`${result.source.slice(0, 10)}\`; this run is also saved as bench/profile-before.json, for the "after" column.`),
    '',
    "**Method.** The window is the renderer main thread (`CrRendererMain` of the process that committed the page) from navigation start to the first complete frame, as in the table above (every chart drawn, then two animation frames). Trace slices on that thread nest; each microsecond goes to the *innermost* slice that has a kind, so a layout forced inside a script call counts as layout, not script, and nothing is counted twice. **Script**: `EvaluateScript`, `FunctionCall`, `RunMicrotasks`, `FireAnimationFrame`, `TimerFire`, `EventDispatch`, every `v8.*`/`V8.*` slice (compile, execute, GC) and context set-up. **Style**: `UpdateLayoutTree`, `RecalculateStyles`, `ParseAuthorStyleSheet`. **Layout**: `Layout`. **Paint**: `PrePaint`, `Paint`, `PaintImage`, `Layerize`, `UpdateLayer*`, `Commit`, raster if on the main thread. **Other**: the rest of a task's time (HTML parsing outside script, loading, IPC). **Idle**: the window's time outside any task (waiting for the network, for the next frame, for raster). Each row is the median over rounds, so a column need not add up; shares are of busy time, per round, then the median; ratios are ours ÷ the peer within each round, then the median. Tracing slows every page down a little, so these first-frame times are longer than in the untraced table above. The last row is the script time Chromium's Performance metrics report (the \"Script ms\" of the table above); where it and the trace disagree, the trace's is the one that adds up to the first-frame time.",
    '',
  );
  const head = [
    'Main thread, navigation start → first complete frame',
    ...columns.map(([n]) => n),
    ...PROFILED.slice(1).map((lib) => `${ours}${after ? ' after' : ''} ÷ ${lib}`),
  ];
  lines.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
  // A row: a label, a cell per column, and ours ÷ each peer (blank where there is no ratio).
  const row = (label, cell, ratio) =>
    lines.push(
      `| ${[label, ...columns.map(([, c]) => cell(c)), ...PROFILED.slice(1).map((lib) => (ratio ? x2(result.ratios[lib][ratio]) : ''))].join(' | ')} |`,
    );
  for (const k of KINDS) row(k, (c) => `${ms(c[k])} ms (${pct(c.share[k])})`, k);
  row('**busy (sum of tasks)**', (c) => `**${ms(c.busy)} ms**`, 'busy');
  row('idle', (c) => `${ms(c.idle)} ms`);
  row('first complete frame (traced)', (c) => `${ms(c.done)} ms`, 'done');
  row('of the style time: forced inside script', (c) => `${ms(c.forced.style.ms)} ms in ${ms(c.forced.style.count)} recalcs`);
  row('of the layout time: forced inside script', (c) => `${ms(c.forced.layout.ms)} ms in ${ms(c.forced.layout.count)} layouts`);
  row('raster on worker threads (beside, not in, the main thread)', (c) => `${ms(c.raster)} ms`);
  row("for comparison: script by Chromium's `ScriptDuration` metric (the untraced table above)", (c) =>
    c.scriptMetric === undefined ? '–' : `${ms(c.scriptMetric)} ms`,
  );
  lines.push('');

  // Script by where it was entered, and what "other" is, for each column.
  const breakdown = (key, title) => {
    lines.push(`${title}`, '');
    for (const [name, c] of columns) {
      const parts = Object.entries(c[key])
        .filter(([, v]) => v >= 0.5)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([n, v]) => `${n} ${ms(v)} ms`);
      lines.push(`- ${name}: ${parts.join('; ') || '–'}.`);
    }
    lines.push('');
  };
  breakdown('entries', 'Script time by where it was entered (the innermost parser, microtask, frame, timer, event or evaluation slice around it):');
  breakdown('others', '"Other" by slice name (its own time, largest first):');
  lines.push(
    `Script by source, sampled: V8's sampling profiler inside the trace, ${SAMPLED_ROUNDS} more rounds per library (apart from the rounds above, as sampling slows script down), each sample inside a script slice (and outside any layout or style recalculation it forced) counted until the next one, by its innermost function's source: our bundle's functions are placed through its source map (Lit, d3, or a file in src/); calls into the browser (DOM, \`Intl\`, built-ins) are named where V8 shows them as frames (a built-in V8 runs without a frame, such as an \`Intl\` formatter's \`format\`, counts in its caller). Shares are of the sampled script time, median over rounds; the ms beside each apply the share to the script time above.`,
    '',
  );
  for (const [name, c] of columns) {
    // Shares of the sampled script, and what they come to of the script time measured without the sampler.
    const top = (o, n) =>
      Object.entries(o ?? {})
        .filter(([, v]) => v >= 0.005)
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${k} ${pct(v)} (≈${ms(v * c.script)} ms)`)
        .join('; ');
    const fns = top(c['script functions'], 6);
    lines.push(
      `- ${name}: ${top(c['script groups'], 6) || '–'}. By file: ${top(c['script sources'], 8) || '–'}.${fns ? ` Hottest functions of ours (file:line of the function): ${fns}.` : ''}`,
    );
  }
  lines.push('');

  const nodeTable = (title, key, rows, extra) => {
    lines.push(title, '');
    const head = [
      '',
      'elements',
      'text (of which whitespace)',
      '**elements + text**',
      'in `svg.chart`',
      'comments (Lit markers)',
      'all nodes',
      'most common elements',
    ];
    if (extra) head.splice(4, 0, extra.head);
    lines.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
    for (const r of rows) {
      const cells = [
        r.name,
        r.elements,
        `${r.text + r.blank} (${r.blank})`,
        `**${r.total}**`,
        key === 'widgets' || r.name.startsWith('salary-widgets:') ? r.chart : '–',
        r.comments,
        r.total + r.comments,
        topTags(r.tags),
      ];
      if (extra) cells.splice(4, 0, extra.cell(r));
      lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('');
  };
  const widgetRows = after
    ? before.nodes.widgets.flatMap((b, i) => [
        { ...b, name: `${b.name} (before)` },
        { ...after.nodes.widgets[i], name: `${after.nodes.widgets[i].name} (after)` },
      ])
    : result.nodes.widgets;
  nodeTable(
    'DOM nodes per widget, with its default data in a 600 px box (`loading="eager"`): the nodes in its shadow root, SVG included. "Elements + text" is the figure to compare; Lit\'s comment markers are nodes too (Chromium\'s node count includes them) and are shown beside it.',
    'widgets',
    widgetRows,
  );
  const chartRows = after
    ? [
        ...before.nodes.perChart.filter((r) => r.name.startsWith('salary-widgets')).map((r) => ({ ...r, name: `${r.name} (before)` })),
        ...after.nodes.perChart.map((r) => (r.name.startsWith('salary-widgets') ? { ...r, name: `${r.name} (after)` } : r)),
      ]
    : result.nodes.perChart;
  nodeTable(
    "DOM nodes per chart in scenario (a): everything inside a grid cell (the host element, its shadow root and light DOM for ours; the `<svg>` for Plot and d3; the `<canvas>` for Chart.js), median over the 50 charts of each kind; then each whole page (the document and every shadow root in it). These are the nodes in the document; Chromium's node count in the table above also counts nodes not yet collected, such as templates and replaced nodes.",
    'perChart',
    chartRows,
    { head: 'min–max', cell: (r) => `${r.min}–${r.max}` },
  );
  return lines;
}
