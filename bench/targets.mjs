// The performance issue's targets, checked against this run: each with the
// figure measured, whether it is met, and for a missed one its measured
// cause and what would close it. bench/run.mjs writes this section into
// bench/RESULTS.md after the scenario tables.

// The run before the performance work (bench/RESULTS.md at commit a17ee40,
// same machine, same method): the figures "no slower than today" is read
// against.
export const BEFORE = {
  run: 'commit a17ee40 (2026-11-30)',
  // (a), ours drawing everything ÷ the peer, per round, median.
  aPlot: 2.15,
  aChart: 1.12,
  aNodes: 29144,
  // (b) ours ÷ ECharts, and our first frame.
  bECharts: 0.55,
  bMs: 141,
  // (c) 1,000 bars ÷ 10 bars.
  c: 1559 / 171,
};

const x = (n) => `${n.toFixed(2)}×`;
const row = (target, measured, met, cause = '') => `| ${target} | ${measured} | ${met ? 'met' : '**missed**'} | ${cause} |`;

/**
 * @param {{ report: { scenario: { id: string }, rows: any[], runs: Record<string, any[]>, ratio: (a: string, b: string) => number, perRound: (a: string, b: string) => number[] }[], profile?: any, before?: (lib: string) => string, beforeRev?: string }} run
 */
export function targetsSection({ report, profile, before, beforeRev }) {
  const find = (id) => report.find((r) => r.scenario.id === id);
  const lib = (id, name) => find(id)?.rows.find((r) => r.lib === name);
  // A ratio of two pages of one scenario, per round, then the median.
  const ratio = (id, a, b) => find(id)?.ratio(a, b);
  // Whether this run drew the "before" script's page of a scenario.
  const drewBefore = (id, name) => !!before && !!lib(id, before(name));
  const lines = ['## The targets of the performance issue, checked against this run', ''];
  lines.push(
    'Time ratios are ours ÷ the peer within each round, then the median (below 1 is faster). ' +
      (drewBefore('a', 'salary-widgets')
        ? `"Before" is the script as it was before the performance work (commit ${beforeRev}), built from git and drawn in the same rounds as the pages above.`
        : `"Before" is the run at ${BEFORE.run}, the last before this work.`),
    '',
    '| Target | Measured (before → now) | | Measured cause, and what would close it |',
    '| --- | --- | --- | --- |',
  );
  const a = find('a');
  if (a) {
    const plot = lib('a', 'plot + d3');
    const chart = lib('a', 'chart.js');
    const ours = lib('a', 'salary-widgets');
    const p = profile?.libs;
    const ms = (l, k) => (p?.[l] ? `${Math.round(p[l][k])} ms` : '–');
    const scriptShare = profile?.libs?.['salary-widgets']?.['script groups'] ?? {};
    const pct = (k) => `${Math.round((scriptShare[k] ?? 0) * 100)}%`;
    const traced = p
      ? `Traced: ours ${ms('salary-widgets', 'script')} script, ${ms('salary-widgets', 'style')} style, ${ms('salary-widgets', 'layout')} layout, against Plot's ${ms('plot + d3', 'script')}, ${ms('plot + d3', 'style')} and ${ms('plot + d3', 'layout')}, with no layout forced inside script any more (${profile.libs['salary-widgets'].forced.layout.count} forced, was 100). Of our script, ${pct('our code (src/)')} is our own code, ${pct('Lit')} Lit, ${pct('built-in and DOM calls')} DOM and \`Intl\` calls.`
      : '';
    const work =
      'What remains is work Plot does not do for each chart: an accessible name for every mark and a summary sentence, the keyboard points, text measured so labels fit, inks chosen from the painted colours, amounts formatted by `Intl` (a page\'s first `Intl` call costs 12–35 ms of ICU set-up, measured apart), and the figure around the chart (heading, caption, legend, "Show table") laid out as HTML.';
    const close =
      'Closing it would mean drawing less than users and assistive technology now get (no value labels, no shell), or replacing Lit templates and measured fitting with precomputed layouts; neither is planned.';
    lines.push(
      row(
        '(a) first frame ≤ 0.6× Plot',
        `${x(drewBefore('a', 'salary-widgets') ? ratio('a', before('salary-widgets'), 'plot + d3') : BEFORE.aPlot)} → ${x(plot.timeRatio)}`,
        plot.timeRatio <= 0.6,
        plot.timeRatio <= 0.6 ? '' : `${traced} ${work} ${close}`,
      ),
      row(
        '(a) first frame ≤ 0.3× Chart.js',
        `${x(drewBefore('a', 'salary-widgets') ? ratio('a', before('salary-widgets'), 'chart.js') : BEFORE.aChart)} → ${x(chart.timeRatio)}`,
        chart.timeRatio <= 0.3,
        chart.timeRatio <= 0.3
          ? ''
          : "Chart.js spends its time in script drawing to canvas; 0.3× of it is about half of Plot's time, so this closes only with the one above.",
      ),
    );
    const perChart = profile?.nodes?.perChart ?? [];
    const count = (prefix) => perChart.find((r) => r.name.startsWith(prefix) && !r.name.endsWith('(before)'));
    const ranking = count('salary-widgets: salary-ranking');
    const bars = count('Plot: Plot.barX');
    const donut = count('salary-widgets: comp-breakdown');
    const d3donut = count('Plot + d3-shape');
    const et = (r) => (r ? r.elements + r.text : NaN);
    if (ranking && bars) {
      const met = et(ranking) <= et(bars) && et(donut) <= et(d3donut);
      lines.push(
        row(
          '(a) DOM nodes per chart ≤ Plot',
          `ranking ${et(ranking)} elements and text nodes against Plot's ${et(bars)}; donut ${et(donut)} against d3's ${et(d3donut)}; Chromium's node count for the page ${drewBefore('a', 'salary-widgets') ? lib('a', before('salary-widgets')).nodes : BEFORE.aNodes} → ${ours.nodes} (Plot ${plot.nodes})`,
          met,
          met
            ? ''
            : 'A ten-bar ranking draws what Plot\'s bars leave out: a value on each bar (10 texts), a pointer target of at least 24 px per row that also draws the two-tone focus ring (10 rects: the bars are 18 px high), a named group per row that carries its accessible name (10), and the figure around it (heading, summary, keyboard hint, status, "Show table", caption, colour swatches read for text contrast: about 20). The donut adds its legend, centre total and labels. Every one of these is something a reader gets; what is left is closer only by leaving them out.',
        ),
      );
    }
  }
  const b = find('b');
  if (b) {
    const echarts = lib('b', 'echarts');
    const ours = lib('b', 'salary-widgets');
    lines.push(
      row(
        '(b) choropleth ≤ 0.3× ECharts',
        `${x(drewBefore('b', 'salary-widgets') ? ratio('b', before('salary-widgets'), 'echarts') : BEFORE.bECharts)} → ${x(echarts.timeRatio)}`,
        echarts.timeRatio <= 0.3,
        echarts.timeRatio <= 0.3
          ? ''
          : `The same page with our script and no chart already takes ${x(b.ratio('salary-widgets, script alone (no chart)', 'echarts'))} ECharts' time (the table above): the target is below what loading and starting our script costs, whatever the map does. The map adds ${x(echarts.timeRatio - b.ratio('salary-widgets, script alone (no chart)', 'echarts'))}: the first \`Intl\` call's ICU set-up, the outlines decoded and projected, 51 paths and the legend. It would close only with a much smaller script (its ${(ours.gzip / 1024).toFixed(1)} KiB gzip carry five widgets and five languages), not by drawing the map faster.`,
      ),
      drewBefore('b', 'salary-widgets')
        ? (() => {
            const now = ratio('b', 'salary-widgets', before('salary-widgets'));
            const rounds = b.perRound('salary-widgets', before('salary-widgets'));
            return row(
              '(b) no slower than before',
              `now ÷ before, in the same rounds: ${x(now)} (first frame ${Math.round(lib('b', before('salary-widgets')).timeMedian)} → ${Math.round(ours.timeMedian)} ms); within 5%, this machine's noise, counts as no slower`,
              now <= 1.05,
              now <= 1.05
                ? ''
                : `${Math.min(...rounds) < 1 ? `The rounds range from ${x(Math.min(...rounds))} to ${x(Math.max(...rounds))}, some faster than before, so this run cannot tell the difference from noise.` : `No round was faster (${x(Math.min(...rounds))} to ${x(Math.max(...rounds))}).`} What the map page does more than before: an on-screen chart that is lazy (the default) first renders its reserved box and is placed after the frame's writes, in one layout, before it draws. The same map with \`loading="eager"\`, which skips both, takes ${x(b.ratio('salary-widgets, eager', 'salary-widgets'))} of its time in this run${b.ratio('salary-widgets, eager', 'salary-widgets') >= 0.97 ? ', so that is not where a difference comes from.' : `: placing costs about ${Math.round((1 - b.ratio('salary-widgets, eager', 'salary-widgets')) * 100)}%, which drawing the first waiting chart of a frame at once, when nothing above it is still waiting, would save.`}`,
            );
          })()
        : row(
            '(b) no slower than before',
            `ratio to ECharts ${x(BEFORE.bECharts)} → ${x(echarts.timeRatio)}; first frame ${BEFORE.bMs} → ${Math.round(ours.timeMedian)} ms (across runs: within 10%, this machine's noise between runs, counts as no slower)`,
            echarts.timeRatio <= BEFORE.bECharts * 1.1,
          ),
    );
  }
  const c = find('c');
  if (c?.ratio) {
    const ours = c.ratio('1000 bars', '10 bars');
    const was = drewBefore('c', '1000 bars') ? c.ratio(before('1000 bars'), before('10 bars')) : BEFORE.c;
    const floor = c.ratio('1000 trivial elements (floor)', '10 trivial elements (floor)');
    lines.push(
      row(
        '(c) 1,000 bars within 1.5× of 10',
        `${x(was)} → ${x(ours)} (floor: ${x(floor)})`,
        ours <= 1.5,
        ours <= 1.5
          ? ''
          : `The page itself sets a floor: 1,000 trivial custom elements (a shadow root and one svg each) take ${x(floor)} the time of 10 in the same run, as the parser must read and attach every element before the first frame. Above that floor each waiting bar costs its first render: its data read and its reserved box (heading, summary, legend, buttons and caption, which make its final height), styled and laid out. Closing the rest would take reserving the height without that box, from an estimate, which would move the page when a chart draws.`,
      ),
    );
  }
  const d = find('d');
  if (d) {
    const extras = d.runs['salary-widgets'].map((r) => r.extra);
    const frames = Math.max(...extras.map((e) => e.frames));
    const others = Math.max(...extras.map((e) => e.others));
    lines.push(
      row(
        '(d) one attribute change: ≤ 1 frame, no other widget rendered',
        `frame ${frames} at most; ${others} renders of the other 99 at most`,
        frames <= 1 && others === 0,
      ),
    );
  }
  const cls = Math.max(...report.flatMap((r) => r.rows.map((x) => x.cls)));
  lines.push(row('CLS 0 on every scenario', `largest ${cls.toFixed(3)}`, cls === 0));
  if (b) {
    const extras = b.runs['salary-widgets'].map((r) => r.extra);
    const frames = Math.max(...extras.map((e) => e.frames));
    lines.push(row('A resize from 900 to 600 px drawn in the next frame', `frame ${frames} at most`, frames <= 1));
  }
  lines.push('');
  return lines;
}
