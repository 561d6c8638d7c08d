import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import './index.js';
import '../salary-compare/index.js';
import { SalaryPercentileBar } from './salary-percentile-bar.js';
import type { DataTable } from '../core/table.js';
import { SalaryPercentileBarHarness } from './harness.js';
import { axFindAll, axText, axTree, cleanup, mount, computedColour, contrastRatio } from '../../test/helpers/dom.js';

// What a screen reader, a keyboard, a finger, forced colours and a greyscale
// printer get from the bar and the compare form (issue 15).

const SEED = 'p10="79850" p25="103050" p50="133080" p75="169000" p90="211450"';

/** Mounts a bar or compare form from markup, in a box `width` px wide. */
function place(markup: string, width = 600): SalaryPercentileBarHarness {
  const box = mount(`<div>${markup}</div>`, width);
  return new SalaryPercentileBarHarness(box.querySelector<SalaryPercentileBar>('salary-percentile-bar, salary-compare')!);
}

describe('reading order is arrow-key order', () => {
  afterEach(cleanup);

  const cases: [string, string, string[]][] = [
    // The default's all-occupations median is off the scale, at its left edge: it comes first.
    ['the default, its reference at the left edge', '<salary-percentile-bar></salary-percentile-bar>', ['reference', 'p10', 'p25', 'p50', 'p75', 'p90']],
    [
      'a reference on the scale, a marker and bands',
      `<salary-percentile-bar ${SEED} marker="95000" bands="experience" reference="120000"></salary-percentile-bar>`,
      // A band is read at its middle: Entry (79,850–103,050) before the marker at 95,000, Mid before the reference at 120,000.
      ['p10', 'band-0', 'marker', 'p25', 'band-1', 'reference', 'p50', 'band-2', 'p75', 'band-3', 'p90'],
    ],
    [
      'a marker off the scale, at the right edge',
      `<salary-percentile-bar ${SEED} marker="2000000"></salary-percentile-bar>`,
      ['p10', 'p25', 'p50', 'p75', 'p90', 'marker'],
    ],
    [
      'the compare form with a salary',
      '<salary-compare value="150000"></salary-compare>',
      ['p10', 'band-0', 'p25', 'band-1', 'p50', 'marker', 'band-2', 'p75', 'band-3', 'p90'],
    ],
    [
      'a right-to-left page, the scale from the right',
      `<div dir="rtl" lang="ar"><salary-percentile-bar ${SEED} reference="49500"></salary-percentile-bar></div>`,
      ['reference', 'p10', 'p25', 'p50', 'p75', 'p90'],
    ],
  ];
  for (const [name, markup, expected] of cases) {
    it(`${name}: the first tab stop is the first mark read, and → visits the rest as they are read`, async () => {
      const bar = place(markup);
      await bar.drawn();
      expect(bar.markIds()).to.deep.equal(expected);
      expect(bar.tabStops()).to.deep.equal([expected[0]]);
      expect(await bar.arrowKeyOrder()).to.deep.equal(expected);
      expect(await bar.arrowKeyOrder('ArrowLeft')).to.deep.equal([...expected].reverse());
    });
  }
});

interface Target {
  readonly id: string;
  readonly box: DOMRect;
}

/** WCAG 2.5.8's minimum target size, and the spacing an undersized target needs. */
const MIN = 24;

/** The area two boxes share, in px². */
const shared = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Whether a circle meets a box. */
const circleMeets = (cx: number, cy: number, r: number, box: DOMRect) => {
  const dx = cx - Math.max(box.left, Math.min(cx, box.right));
  const dy = cy - Math.max(box.top, Math.min(cy, box.bottom));
  return dx * dx + dy * dy < r * r - 0.01;
};

/**
 * Every way the targets fail WCAG 2.5.8 (Target Size, Minimum): targets that
 * overlap (a target's size is what no other covers), and undersized ones
 * whose 24 px circle meets another target or another undersized one's circle.
 */
function targetFailures(targets: readonly Target[]): string[] {
  const failures: string[] = [];
  const small = (t: Target) => t.box.width < MIN - 0.01 || t.box.height < MIN - 0.01;
  const centre = (t: Target) => [t.box.left + t.box.width / 2, t.box.top + t.box.height / 2] as const;
  targets.forEach((a, i) => {
    for (const b of targets.slice(i + 1)) if (shared(a.box, b.box) > 0.01) failures.push(`${a.id} overlaps ${b.id}`);
    if (!small(a)) return;
    const [x, y] = centre(a);
    for (const b of targets) {
      if (b === a) continue;
      if (circleMeets(x, y, MIN / 2, b.box)) failures.push(`${a.id} (${a.box.width.toFixed(1)} × ${a.box.height.toFixed(1)}) is within 12 px of ${b.id}`);
      else if (small(b) && Math.hypot(x - centre(b)[0], y - centre(b)[1]) < MIN - 0.01) failures.push(`${a.id}'s circle meets ${b.id}'s`);
    }
  });
  return failures;
}

describe('pointer targets at 320 px (WCAG 2.5.8)', () => {
  afterEach(cleanup);

  const cases: [string, string][] = [
    ['the default', '<salary-percentile-bar></salary-percentile-bar>'],
    [
      'a marker, bands and a reference on the scale',
      `<salary-percentile-bar ${SEED} marker="95000" bands="experience" reference="120000"></salary-percentile-bar>`,
    ],
    ['a marker and a reference off the scale', `<salary-percentile-bar ${SEED} marker="2000000" reference="49500"></salary-percentile-bar>`],
    ['the compare form', '<salary-compare value="150000"></salary-compare>'],
  ];
  for (const [name, markup] of cases) {
    it(`${name}: every target is 24 × 24 px or spaced as 2.5.8 allows, and none overlaps another`, async () => {
      const bar = place(markup, 320);
      await bar.drawn();
      const targets = bar.targets();
      expect(targets.length).to.be.at.least(5);
      expect(targetFailures(targets)).to.deep.equal([]);
      // Each tick's target is a full 24 px square or more.
      for (const { id, box } of targets.filter((t) => /^p\d/.test(t.id))) {
        expect(box.width, `${id} width`).to.be.at.least(MIN);
        expect(box.height, `${id} height`).to.be.at.least(MIN);
      }
    });
  }

  it('takes in the tick labels: a tap on an amount is a tap on its tick', async () => {
    const bar = place(`<salary-percentile-bar ${SEED}></salary-percentile-bar>`, 320);
    await bar.drawn();
    for (const id of ['p10', 'p50', 'p90']) {
      const target = bar.targets().find((t) => t.id === id)!.box;
      for (const text of bar.$$(`[data-point="${id}"] text`)) {
        const label = text.getBoundingClientRect();
        expect(target.left, `${id} left`).to.be.at.most(label.left + 1);
        expect(target.right, `${id} right`).to.be.at.least(label.right - 1);
        expect(target.bottom, `${id} bottom`).to.be.at.least(label.bottom - 1);
      }
    }
  });

  it('leaves a tick crowded out by its neighbours to the keyboard, with a focus ring but no target', async () => {
    // TEST VALUES: three percentiles within 2,000 of each other, their ticks 3 px apart; only the median's labels fit.
    const bar = place('<salary-percentile-bar p10="100000" p25="101000" p50="102000" p75="150000" p90="200000"></salary-percentile-bar>', 320);
    await bar.drawn();
    expect(bar.targets().map((t) => t.id)).to.deep.equal(['p50', 'p75', 'p90']);
    expect(targetFailures(bar.targets())).to.deep.equal([]);
    for (const { box } of bar.targets()) expect(box.width).to.be.at.least(MIN);
    expect(await bar.arrowKeyOrder()).to.deep.equal(['p10', 'p25', 'p50', 'p75', 'p90']);
    const ring = bar.mark('p25').querySelector('.hit')!.getBoundingClientRect();
    expect(ring.width).to.equal(MIN);
  });
});

describe('text spacing in a 320 px viewport (WCAG 1.4.12)', () => {
  let style: HTMLStyleElement;
  beforeEach(async () => {
    await setViewport({ width: 320, height: 640 });
    // The override as a bookmarklet applies it: to every element of the page, the widget's host included.
    style = document.createElement('style');
    style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
    document.head.append(style);
  });
  afterEach(async () => {
    cleanup();
    style.remove();
    await setViewport({ width: 800, height: 600 });
  });

  for (const marker of ['95000', '110000', '205000', '2000000']) {
    it(`keeps the marker note at ${marker} and the reference note inside the viewport`, async () => {
      const box = document.createElement('div');
      box.className = 'test-box';
      box.innerHTML = `<salary-percentile-bar ${SEED} marker="${marker}" bands="experience" reference="49500" reference-label="All occupations median"></salary-percentile-bar>`;
      document.body.append(box);
      const bar = new SalaryPercentileBarHarness(box.firstElementChild as SalaryPercentileBar);
      await bar.drawn();
      await bar.element.updateComplete;
      expect(getComputedStyle(bar.element).letterSpacing).to.not.equal('normal');
      const viewport = document.documentElement.clientWidth;
      expect(viewport).to.equal(320);
      for (const kind of ['marker', 'reference'] as const) {
        const note = bar.$$<SVGTextElement>(kind === 'marker' ? 'text.marker-note' : '[data-point="reference"] text.note')[0]!;
        const { left, right } = note.getBoundingClientRect();
        expect(left, `${kind} note left`).to.be.at.least(-0.5);
        expect(right, `${kind} note right`).to.be.at.most(viewport + 0.5);
      }
      expect(bar.markerNote()).to.not.include('…');
    });
  }
});

describe('marks and legend for a screen reader', () => {
  afterEach(cleanup);

  it('names every mark and hides the text drawn inside it, so nothing is read twice', async () => {
    const bar = place(`<salary-percentile-bar ${SEED} marker="150000" bands="experience" reference="120000"></salary-percentile-bar>`);
    await bar.drawn();
    expect(bar.markLabels()).to.have.length(11);
    for (const label of bar.markLabels()) expect(label).to.match(/\S: \S/);
    // Every text node under the chart sits inside something hidden from assistive technology.
    const exposed = bar
      .$$<SVGTextElement>('svg.chart text')
      .filter((text) => !text.closest('[aria-hidden="true"]'))
      .map((text) => text.textContent);
    expect(exposed).to.deep.equal([]);
    expect(bar.texts()).to.include('$133,080');
    // In Chromium's accessibility tree: one image per mark, in arrow-key order, named, with no text under it.
    const group = axFindAll(await axTree(), (node) => node.role === 'group' && node.name === 'Chart')[0]!;
    const images = axFindAll(group, (node) => node.role === 'image');
    expect(images.map((image) => image.name)).to.deep.equal(bar.markLabels());
    for (const image of images) expect(axText(image), image.name).to.equal('');
    expect(axText(group)).to.equal('');
  });

  it('says each amount once in the marks, besides the summary sentence', async () => {
    const bar = place(`<salary-percentile-bar ${SEED}></salary-percentile-bar>`);
    await bar.drawn();
    const figure = axFindAll(await axTree(), (node) => node.role === 'figure')[0]!;
    const text = axText(figure);
    for (const amount of ['$79,850', '$103,050', '$133,080', '$169,000', '$211,450']) {
      expect(
        axFindAll(figure, (node) => node.role === 'image' && node.name.includes(amount)),
        amount,
      ).to.have.length(1);
      // The text outside the marks is the summary sentence, which holds each amount once.
      expect(text.split(amount), amount).to.have.length(2);
    }
    expect(text).to.contain(bar.summary());
  });

  it('keeps the legend to what the fills mean, no value of a mark, and hidden from screen readers', async () => {
    const bar = place(`<salary-percentile-bar ${SEED}></salary-percentile-bar>`);
    await bar.drawn();
    expect(bar.legendItems()).to.deep.equal(['Middle half (25th–75th)', '10th–90th percentile', 'Median']);
    expect(bar.$('[part="legend"]')!.getAttribute('aria-hidden')).to.equal('true');
  });
});

const contrast = contrastRatio;

const systemColour = computedColour;

describe('print and forced colours', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ media: 'screen' });
    await executeServerCommand('forced-colors', { active: false });
  });

  it('prints the marker apart from the bar in greyscale: a white halo between its orange and the blue', async () => {
    const bar = place(`<salary-percentile-bar ${SEED} marker="150000"></salary-percentile-bar>`);
    await bar.drawn();
    await emulateMedia({ media: 'print' });
    const style = (selector: string) => getComputedStyle(bar.$(selector)!);
    const halo = style('line.marker-halo');
    const line = style('line.marker-line');
    expect(halo.stroke).to.equal('rgb(255, 255, 255)');
    expect(parseFloat(halo.strokeWidth)).to.be.above(parseFloat(line.strokeWidth) + 2);
    // The halo lies under the line, along its whole length.
    const [haloLine, markerLine] = [bar.$<SVGLineElement>('line.marker-halo')!, bar.$<SVGLineElement>('line.marker-line')!];
    expect(haloLine.compareDocumentPosition(markerLine) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(haloLine.getBBox()).to.deep.include({ x: markerLine.getBBox().x, y: markerLine.getBBox().y, height: markerLine.getBBox().height });
    // Without the halo the two would print as one grey (1.05:1); with it, each edge is at least 3:1.
    expect(contrast(line.stroke, style('rect.middle').fill)).to.be.below(1.1);
    expect(contrast(line.stroke, halo.stroke)).to.be.at.least(3);
    expect(contrast(halo.stroke, style('rect.middle').fill)).to.be.at.least(3);
    // The median is dark on the bar, the range lighter than the middle half.
    expect(contrast(style('line.median-core').stroke, style('rect.middle').fill)).to.be.at.least(3);
  });

  it('draws every mark in system colours under forced colours', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const bar = place(`<salary-percentile-bar ${SEED} marker="150000" reference="120000"></salary-percentile-bar>`);
    await bar.drawn();
    const [canvas, text, highlight, link] = ['Canvas', 'CanvasText', 'Highlight', 'LinkText'].map(systemColour) as [string, string, string, string];
    const style = (selector: string) => getComputedStyle(bar.$(selector)!);
    expect(style('rect.range').fill).to.equal(canvas);
    expect(style('rect.range').stroke).to.equal(text);
    expect(style('rect.middle').fill).to.equal(highlight);
    expect(style('line.median-core').stroke).to.equal(text);
    expect(style('line.median').stroke).to.equal(canvas);
    expect(style('line.tick-line').stroke).to.equal(text);
    expect(style('line.marker-line').stroke).to.equal(link);
    expect(style('line.marker-halo').stroke).to.equal(canvas);
    expect(style('text.marker-note').fill).to.equal(link);
    expect(style('line.ref').stroke).to.equal(text);
    expect(style('text.tick-value').fill).to.equal(text);
  });
});

/** The bar with its table in reach, as the core's "Show table" view and CSV download read it. */
class TablePercentileBar extends SalaryPercentileBar {
  drawnTable(): DataTable | undefined {
    const data = this.currentData;
    return data && this.tableOf(data, this.fmt);
  }
}
customElements.define('table-percentile-bar', TablePercentileBar);

describe('the data as a table', () => {
  afterEach(cleanup);

  /** The table of a bar mounted from markup (on its own, or inside a page's element). */
  async function tableOf(markup: string): Promise<DataTable> {
    const box = mount(`<div>${markup}</div>`);
    const bar = new SalaryPercentileBarHarness(box.querySelector<TablePercentileBar>('table-percentile-bar')!);
    await bar.drawn();
    return bar.element.drawnTable()!;
  }

  it('lists every percentile and the reference in reading order, amounts as drawn and plain in the CSV', async () => {
    const table = await tableOf('<table-percentile-bar></table-percentile-bar>');
    expect(table.caption).to.equal('Software developer pay in the United States (every percentile)');
    expect(table.columns).to.deep.equal(['Name', 'Amount a year']);
    expect(table.rows).to.deep.equal([
      ['All occupations median', '$49,500'],
      ['10th percentile', '$79,850'],
      ['25th percentile', '$103,050'],
      ['Median (50th percentile)', '$133,080'],
      ['75th percentile', '$169,000'],
      ['90th percentile', '$211,450'],
    ]);
    expect(table.csv).to.deep.equal({
      columns: ['Name', 'Amount a year'],
      rows: [
        ['All occupations median', 49500],
        ['10th percentile', 79850],
        ['25th percentile', 103050],
        ['Median (50th percentile)', 133080],
        ['75th percentile', 169000],
        ['90th percentile', 211450],
      ],
    });
  });

  it('shows hourly amounts first with the annual ones beside them, and the marker with its percentile', async () => {
    const table = await tableOf(`<table-percentile-bar ${SEED} period="hourly" marker="150000" heading="Pay"></table-percentile-bar>`);
    expect(table.caption).to.equal('Pay (every percentile)');
    expect(table.columns).to.deep.equal(['Name', 'Amount an hour', 'Amount a year']);
    expect(table.rows.slice(2, 5)).to.deep.equal([
      ['Median (50th percentile)', '$63.98', '$133,080'],
      ['You (≈ 62nd percentile)', '$72.12', '$150,000'],
      ['75th percentile', '$81.25', '$169,000'],
    ]);
    expect(table.csv.rows[3]).to.deep.equal(['You (≈ 62nd percentile)', 72.12, 150000]);
  });

  it('gives the hourly figures beside the annual ones when the data was hourly, and marks a top-code', async () => {
    // TEST VALUES with BLS's top-code at the 90th percentile (at least $115.00 an hour, $239,200 a year).
    const table = await tableOf(`<table-percentile-bar amounts="hourly" p10="57.69" p25="72.12" p50="86.54" p75="100.96" p90="115"></table-percentile-bar>`);
    expect(table.columns).to.deep.equal(['Name', 'Amount a year', 'Amount an hour']);
    expect(table.rows[0]).to.deep.equal(['10th percentile', '$119,995', '$57.69']);
    expect(table.csv.rows[0]).to.deep.equal(['10th percentile', 119995.2, 57.69]);
    const coded = await tableOf(`<table-percentile-bar><table><tr><th>Percentile</th><th>Annual wage</th></tr>
      <tr><td>10th</td><td>$120,000</td></tr><tr><td>25th</td><td>$150,000</td></tr><tr><td>Median</td><td>$180,000</td></tr>
      <tr><td>75th</td><td>$210,000</td></tr><tr><td>90th</td><td>#</td></tr></table></table-percentile-bar>`);
    expect(coded.rows[4]).to.deep.equal(['90th percentile', '≥ $239,200']);
    expect(coded.csv.rows[4]).to.deep.equal(['90th percentile', 239200]);
  });

  it('opens under "Show table" as a visible table with caption and headers, and passes axe', async () => {
    const bar = place(`<salary-percentile-bar ${SEED} marker="150000" heading="Pay"></salary-percentile-bar>`);
    await bar.drawn();
    expect(await bar.showTable()).to.deep.equal({
      caption: 'Pay (every percentile)',
      columns: ['Name', 'Amount a year'],
      rows: [
        ['10th percentile', '$79,850'],
        ['25th percentile', '$103,050'],
        ['Median (50th percentile)', '$133,080'],
        ['You (≈ 62nd percentile)', '$150,000'],
        ['75th percentile', '$169,000'],
        ['90th percentile', '$211,450'],
      ],
    });
    await expect(bar.element).to.be.accessible();
  });

  it('is written in the page language', async () => {
    const table = await tableOf(`<div lang="de"><table-percentile-bar ${SEED} marker="150000" marker-label="Angebot"></table-percentile-bar></div>`);
    expect(table.caption).to.equal('Gehaltsperzentile (alle Perzentile)');
    expect(table.columns).to.deep.equal(['Name', 'Betrag pro Jahr']);
    expect(table.rows[0]).to.deep.equal(['10. Perzentil', '79.850\u00a0$']);
    expect(table.rows[3]).to.deep.equal(['Angebot (≈ 62. Perzentil)', '150.000\u00a0$']);
    const french = await tableOf(`<div lang="fr"><table-percentile-bar ${SEED} heading="Salaires"></table-percentile-bar></div>`);
    expect(french.caption).to.equal('Salaires (tous les centiles)');
    expect(french.columns).to.deep.equal(['Nom', 'Montant annuel']);
  });
});
