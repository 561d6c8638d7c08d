// The benchmark's pages: the same content for each library, generated here.
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';

const require = createRequire(import.meta.url);

// Deterministic pseudo-random numbers, so every run draws the same charts.
let seed = 42;
const rand = () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
const METROS = ['San Jose', 'Seattle', 'San Francisco', 'New York', 'Boston', 'Washington', 'Boulder', 'Austin', 'Raleigh', 'Denver'];
const bars = Array.from({ length: 50 }, () => METROS.map((label) => ({ label, value: Math.round(100000 + rand() * 90000) })));
const donuts = Array.from({ length: 50 }, () => [
  150000,
  15000 + Math.round(rand() * 15000),
  30000 + Math.round(rand() * 60000),
  15000 + Math.round(rand() * 15000),
]);
const SLICES = ['Base', 'Bonus', 'Equity', 'Benefits'];

// Marks the first complete frame: `ready()` is polled each frame; two more frames after it holds.
const PROBE = (ready) => `<script>
  (function wait() {
    if (!(${ready})) return requestAnimationFrame(wait);
    requestAnimationFrame(() => requestAnimationFrame(() => (window.__done = performance.now())));
  })();
</script>`;
const shell = (head, body, ready) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<style>body{margin:0;font:14px system-ui,sans-serif}.grid{display:grid;grid-template-columns:repeat(4,300px);gap:12px;padding:12px}.cell{width:300px;height:240px}</style>
${head}</head><body>${body}${PROBE(ready)}</body></html>`;
const drawn = (selector) => `[...document.querySelectorAll('${selector}')].every((el) => el.shadowRoot && el.shadowRoot.querySelector('svg.chart'))`;

// Ready when the charts in the first screen are drawn. The cells are found once,
// by the host page's own boxes, so the probe adds no layout work per frame.
const firstScreenDrawn = (selector) =>
  `(window.__firstScreen ??= [...document.querySelectorAll('.cell')].filter((c) => c.getBoundingClientRect().top < innerHeight).map((c) => c.querySelector('${selector}')).filter(Boolean)).every((el) => el.shadowRoot && el.shadowRoot.querySelector('svg.chart'))`;

const cells = (n, make) => `<div class="grid">${Array.from({ length: n }, (_, i) => make(i)).join('')}</div>`;

const ourCharts = (extra) =>
  cells(50, (i) => `<div class="cell"><salary-ranking ${extra} values="${bars[i].map((d) => `${d.label}:${d.value}`).join(',')}"></salary-ranking></div>`) +
  cells(
    50,
    (i) =>
      `<div class="cell"><comp-breakdown ${extra} base="${donuts[i][0]}" bonus="${donuts[i][1]}" equity="${donuts[i][2]}" benefits="${donuts[i][3]}"></comp-breakdown></div>`,
  );

const barsAndDonuts = {
  id: 'a',
  title: '(a) 50 bar charts of 10 values and 50 donuts of 4 slices',
  description:
    'Each bar chart has ten labelled horizontal bars; each donut four slices. Animations are off in every library. The first row draws every chart at once (`loading="eager"`), the same work as the other libraries; the second is the default lazy drawing, timed to the first complete screen (the 16 charts in view of 100).',
  pages: {
    // loading="eager": every chart drawn at once, the same work as the others.
    'salary-widgets': {
      scripts: ['/lib/salary-widgets.js'],
      html: shell('<script src="/lib/salary-widgets.js"></script>', ourCharts('loading="eager"'), drawn('salary-ranking, comp-breakdown')),
    },
    'salary-widgets, lazy (first screen)': {
      scripts: ['/lib/salary-widgets.js'],
      html: shell('<script src="/lib/salary-widgets.js"></script>', ourCharts(''), firstScreenDrawn('salary-ranking, comp-breakdown')),
    },
    'chart.js': {
      scripts: ['/lib/chart.js'],
      html: shell(
        '<script src="/lib/chart.js"></script>',
        cells(100, (i) => `<div class="cell"><canvas id="c${i}" width="300" height="240"></canvas></div>`) +
          `<script>
            const bars = ${JSON.stringify(bars)}, donuts = ${JSON.stringify(donuts)};
            Chart.defaults.animation = false;
            bars.forEach((b, i) => new Chart(document.getElementById('c' + i), { type: 'bar', data: { labels: b.map((d) => d.label), datasets: [{ data: b.map((d) => d.value) }] }, options: { indexAxis: 'y', responsive: false, plugins: { legend: { display: false } } } }));
            donuts.forEach((d, i) => new Chart(document.getElementById('c' + (50 + i)), { type: 'doughnut', data: { labels: ${JSON.stringify(SLICES)}, datasets: [{ data: d }] }, options: { responsive: false } }));
            window.__drawn = true;
          </script>`,
        'window.__drawn',
      ),
    },
    echarts: {
      scripts: ['/lib/echarts.js'],
      html: shell(
        '<script src="/lib/echarts.js"></script>',
        cells(100, (i) => `<div class="cell" id="c${i}"></div>`) +
          `<script>
            const bars = ${JSON.stringify(bars)}, donuts = ${JSON.stringify(donuts)};
            bars.forEach((b, i) => echarts.init(document.getElementById('c' + i)).setOption({ animation: false, grid: { left: 90 }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: b.map((d) => d.label) }, series: [{ type: 'bar', data: b.map((d) => d.value) }] }));
            donuts.forEach((d, i) => echarts.init(document.getElementById('c' + (50 + i))).setOption({ animation: false, series: [{ type: 'pie', radius: ['45%', '70%'], data: d.map((value, j) => ({ value, name: ${JSON.stringify(SLICES)}[j] })) }] }));
            window.__drawn = true;
          </script>`,
        'window.__drawn',
      ),
    },
    'plot + d3': {
      scripts: ['/lib/d3.js', '/lib/plot.js'],
      html: shell(
        '<script src="/lib/d3.js"></script><script src="/lib/plot.js"></script>',
        cells(100, (i) => `<div class="cell" id="c${i}"></div>`) +
          `<script>
            const bars = ${JSON.stringify(bars)}, donuts = ${JSON.stringify(donuts)};
            bars.forEach((b, i) => document.getElementById('c' + i).append(Plot.plot({ width: 300, height: 240, marginLeft: 90, marks: [Plot.barX(b, { x: 'value', y: 'label' })] })));
            // Plot has no pie mark: donuts use d3-shape, as a Plot user would.
            const arc = d3.arc().innerRadius(55).outerRadius(90), colours = d3.schemeTableau10;
            donuts.forEach((d, i) => {
              const svg = d3.create('svg').attr('width', 300).attr('height', 240);
              svg.append('g').attr('transform', 'translate(150,120)').selectAll('path').data(d3.pie().sort(null)(d)).join('path').attr('d', arc).attr('fill', (_, j) => colours[j]);
              document.getElementById('c' + (50 + i)).append(svg.node());
            });
            window.__drawn = true;
          </script>`,
        'window.__drawn',
      ),
    },
  },
};

// The same simplified state outlines our map ships, as GeoJSON for ECharts (y flipped: ECharts treats y as latitude).
const topology = presimplify(structuredClone(require('us-atlas/states-albers-10m.json')));
delete topology.objects.nation;
const geo = feature(simplify(topology, 18), topology.objects.states);
for (const f of geo.features) {
  const flip = (ring) => ring.map(([x, y]) => [Math.round(x), -Math.round(y)]);
  f.geometry.coordinates = f.geometry.type === 'Polygon' ? f.geometry.coordinates.map(flip) : f.geometry.coordinates.map((p) => p.map(flip));
  f.properties = { name: f.properties.name };
}
const stateValues = geo.features.map((f) => ({ name: f.properties.name, value: Math.round(90000 + rand() * 80000) }));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// After the first frame and the layout shift reading: narrow the container
// from 900 to 600 px and count the frames until the map is drawn at the new
// width, and whether its state shapes are the same DOM nodes as before.
const RESIZE = `<script>
  (function wait() {
    // The runner sets __resizeNow once it has read the layout shift score.
    if (!window.__resizeNow) return requestAnimationFrame(wait);
    const root = document.querySelector('state-salary-map').shadowRoot;
    const before = root.querySelector('path[data-state="CA"]');
    const t0 = performance.now();
    document.getElementById('box').style.width = '600px';
    let frames = 0;
    // Each check runs in a task after a frame, so it sees what that frame painted.
    (function count() {
      requestAnimationFrame(() => setTimeout(() => {
        frames++;
        if (root.querySelector('svg.chart').getAttribute('width') === '600') {
          window.__extra = { frames, ms: performance.now() - t0, kept: root.querySelector('path[data-state="CA"]') === before };
        } else if (frames < 60) count();
        else window.__extra = { frames: Infinity, ms: NaN, kept: false };
      }));
    })();
  })();
</script>`;

const choropleth = {
  id: 'b',
  title: '(b) a 51-state choropleth',
  description:
    'All 50 states and DC with a value each, five colour classes. ECharts draws the same simplified outlines from GeoJSON, which its page must also load (counted in its size). The "eager" row draws the same map with `loading="eager"`; the "script alone" row loads our script on the same page with no chart: the fixed cost of any page with one of our charts.',
  summary: (ratio) =>
    `Our script alone, with no chart, takes ${ratio('salary-widgets, script alone (no chart)', 'echarts').toFixed(2)}× ECharts' time to draw the map (per-round ratios, median); our map page takes ${ratio('salary-widgets', 'echarts').toFixed(2)}×.`,
  note: (lib, extras) =>
    `Resize of the container from 900 to 600 px (${lib}): drawn at the new width in frame ${median(extras.map((x) => x.frames))} after the change (max ${Math.max(...extras.map((x) => x.frames))}; frame 1 is the one that lays out the new width; median ${median(extras.map((x) => x.ms)).toFixed(0)} ms), state shapes ${extras.every((x) => x.kept) ? 'kept (same DOM nodes)' : 're-created'} in ${extras.filter((x) => x.kept).length} of ${extras.length} rounds.`,
  pages: {
    'salary-widgets': {
      scripts: ['/lib/salary-widgets.js'],
      html: shell(
        '<script src="/lib/salary-widgets.js"></script>',
        `<div id="box" style="width:900px;padding:12px"><state-salary-map layout="geo" values="${stateValues.map((s) => `${s.name}:${s.value}`).join(',')}"></state-salary-map></div>` +
          RESIZE,
        drawn('state-salary-map'),
      ),
      // Reported under the table: frames until a container resize is drawn.
      extra: true,
    },
    // The same map drawn at once (`loading="eager"`): what lazy drawing's placing costs on a page with one chart.
    'salary-widgets, eager': {
      scripts: ['/lib/salary-widgets.js'],
      html: shell(
        '<script src="/lib/salary-widgets.js"></script>',
        `<div id="box" style="width:900px;padding:12px"><state-salary-map loading="eager" layout="geo" values="${stateValues.map((s) => `${s.name}:${s.value}`).join(',')}"></state-salary-map></div>`,
        drawn('state-salary-map'),
      ),
    },
    // The fixed cost: our script loaded and started on the same page, with no chart to draw.
    'salary-widgets, script alone (no chart)': {
      scripts: ['/lib/salary-widgets.js'],
      html: shell('<script src="/lib/salary-widgets.js"></script>', '<div id="box" style="width:900px;padding:12px"></div>', 'true'),
    },
    echarts: {
      scripts: ['/lib/echarts.js'],
      json: JSON.stringify(geo),
      html: shell(
        '<script src="/lib/echarts.js"></script>',
        `<div id="map" style="width:900px;height:600px"></div>
        <script>
          fetch('/b/echarts.json').then((r) => r.json()).then((geo) => {
            echarts.registerMap('USA', geo);
            echarts.init(document.getElementById('map')).setOption({ animation: false, tooltip: {},
              visualMap: { type: 'piecewise', splitNumber: 5, min: 90000, max: 170000, inRange: { color: ['#c6dbef', '#08306b'] } },
              series: [{ type: 'map', map: 'USA', roam: false, data: ${JSON.stringify(stateValues)} }] });
            window.__drawn = true;
          });
        </script>`,
        'window.__drawn',
      ),
    },
  },
};

const SEED_BAR = 'p10="79850" p25="103050" p50="133080" p75="169000" p90="211450"';
// The floor: the same page with a trivial element in place of ours (a shadow root holding one <svg>), defined inline.
const TRIVIAL = `<script>customElements.define('salary-percentile-bar', class extends HTMLElement {
  connectedCallback() { this.shadowRoot ?? (this.attachShadow({ mode: 'open' }).innerHTML = '<svg class="chart"></svg>'); }
});</script>`;
const scaling = {
  id: 'c',
  title: '(c) scaling: 10, 100 and 1,000 percentile bars on one page',
  description:
    'Time to the first complete screen (the bars in the 1300 × 900 viewport drawn). The ratio column is the 10-bar time divided by this one. The last two rows are the floor: the same pages with a trivial custom element (a shadow root holding one `<svg>`) in place of ours, so parsing the page and attaching its elements, with no chart at all.',
  summary: (ratio) =>
    `1,000 bars take ${ratio('1000 bars', '10 bars').toFixed(2)}× the time of 10 bars to the first complete screen; on the floor pages, 1,000 trivial elements take ${ratio('1000 trivial elements (floor)', '10 trivial elements (floor)').toFixed(2)}× the time of 10 (per-round ratios, median).`,
  pages: Object.fromEntries([
    ...[10, 100, 1000].map((n) => [
      `${n} bars`,
      {
        scripts: ['/lib/salary-widgets.js'],
        html: shell(
          '<script src="/lib/salary-widgets.js"></script>',
          cells(n, () => `<div class="cell"><salary-percentile-bar ${SEED_BAR}></salary-percentile-bar></div>`),
          firstScreenDrawn('salary-percentile-bar'),
        ),
      },
    ]),
    ...[10, 1000].map((n) => [
      `${n} trivial elements (floor)`,
      {
        scripts: [],
        html: shell(
          TRIVIAL,
          cells(n, () => `<div class="cell"><salary-percentile-bar ${SEED_BAR}></salary-percentile-bar></div>`),
          firstScreenDrawn('salary-percentile-bar'),
        ),
      },
    ]),
  ]),
};

// After the first frame and the layout shift reading: change one attribute of
// one widget among 100 drawn ones, count the frames until the change is
// drawn, and count every widget's renders (Lit updates) from the change until
// ten frames after it is drawn.
const CHANGED_VALUE = 123456;
const CHANGE = `<script>
  (function wait() {
    // The runner sets __changeNow once it has read the layout shift score.
    if (!window.__changeNow) return requestAnimationFrame(wait);
    const renders = new Map();
    for (const tag of ['salary-ranking', 'comp-breakdown']) {
      const proto = customElements.get(tag).prototype;
      const update = proto.update;
      proto.update = function (changed) {
        renders.set(this, (renders.get(this) ?? 0) + 1);
        return update.call(this, changed);
      };
    }
    const target = document.querySelectorAll('salary-ranking')[7];
    const root = target.shadowRoot;
    const t0 = performance.now();
    target.setAttribute('values', target.getAttribute('values').replace(/Seattle:\\d+/, 'Seattle:${CHANGED_VALUE}'));
    const drawn = () => root.querySelector('svg.chart').outerHTML.includes('${CHANGED_VALUE.toLocaleString('en-US')}');
    let frames = 0;
    (function count() {
      requestAnimationFrame(() => setTimeout(() => {
        frames++;
        if (!drawn()) return frames < 60 ? count() : (window.__extra = { frames: Infinity, ms: NaN, own: 0, others: NaN });
        const ms = performance.now() - t0;
        let after = 0;
        (function settle() {
          if (++after < 10) return requestAnimationFrame(settle);
          const others = [...renders].filter(([el]) => el !== target).reduce((sum, [, n]) => sum + n, 0);
          window.__extra = { frames, ms, own: renders.get(target) ?? 0, others };
        })();
      }));
    })();
  })();
</script>`;

const update = {
  id: 'd',
  title: '(d) one attribute changed among 100 drawn widgets',
  description:
    'The page of (a), every chart drawn (`loading="eager"`). Once it is drawn, one value in the `values` attribute of one `<salary-ranking>` changes. Counted: the frames until the new value is drawn (checked in a task after each frame, so frame 1 is the first frame after the change), and the renders (Lit updates) of that widget and of the 99 others, from the change until ten frames after it is drawn.',
  pages: {
    'salary-widgets': {
      scripts: ['/lib/salary-widgets.js'],
      html: shell('<script src="/lib/salary-widgets.js"></script>', ourCharts('loading="eager"') + CHANGE, drawn('salary-ranking, comp-breakdown')),
      extra: true,
    },
  },
  // Reported under the table.
  note: (lib, extras) => {
    const frames = extras.map((x) => x.frames);
    const own = extras.map((x) => x.own);
    const others = extras.map((x) => x.others);
    return `One attribute change (${lib}): drawn in frame ${median(frames)} after the change (max ${Math.max(...frames)}; median ${median(extras.map((x) => x.ms)).toFixed(0)} ms); renders of the changed widget ${Math.min(...own)}–${Math.max(...own)}, of the 99 others ${Math.max(...others)} at most, in ${extras.length} rounds.`;
  },
};

export const scenarios = [barsAndDonuts, choropleth, scaling, update];
