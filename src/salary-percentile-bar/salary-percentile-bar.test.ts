import { expect, waitUntil, aTimeout, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../index.js';
import { clearDocumentCache } from '../core/data/fetch-document.js';
import type { SalaryPercentileBar } from './salary-percentile-bar.js';
import type { SalaryErrorEvent } from '../core/events.js';
import { SalaryPercentileBarHarness } from './harness.js';
import { badNumbers, captureWarnings, cleanup, frame, mount } from '../../test/helpers/dom.js';
import { NATIONAL_LONG, NATIONAL_WIDE } from '../../test/fixtures/bls.js';

const SEED = 'p10="79850" p25="103050" p50="133080" p75="169000" p90="211450"';
const requests = async (path: string) => ((await (await fetch(`/test-api/count?path=${encodeURIComponent(path)}`)).json()) as { count: number }).count;

/** Mounts a bar from markup (its first element) in a box of the given width. */
const percentileBar = (markup: string, width?: number) => new SalaryPercentileBarHarness(mount<SalaryPercentileBar>(markup, width));
/** A bar that sits inside other markup, such as a <div lang>. */
const barInside = (markup: string) => new SalaryPercentileBarHarness(mount(markup).querySelector<SalaryPercentileBar>('salary-percentile-bar')!);

describe('<salary-percentile-bar>', () => {
  afterEach(() => {
    cleanup();
    clearDocumentCache();
  });

  describe('default data', () => {
    it('draws the BLS national distribution with its source when given nothing', async () => {
      const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>');
      await bar.drawn();
      expect(bar.tickValues()).to.include.members(['$79,850', '$103,050', '$133,080', '$169,000', '$211,450']);
      // $49,500 is 23% of the 10th–90th span below the 10th: a note at the left edge, off the scale.
      expect(bar.referenceNote()).to.equal('← All occupations median: $49,500');
      expect(bar.caption()).to.contain('OEWS, May 2024');
      expect(bar.sourceLink()).to.equal('https://www.bls.gov/oes/2024/may/oes151252.htm');
      expect(bar.heading()).to.equal('Software developer pay in the United States');
      expect(bar.figure().getAttribute('aria-labelledby')).to.equal('heading');
      await expect(bar.element).to.be.accessible();
    });

    it('states the data in one sentence for screen readers', async () => {
      const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>');
      await bar.drawn();
      expect(bar.summary()).to.equal(
        'The median is $133,080 a year. Half earn between $103,050 and $169,000; one in ten earns less than $79,850 and one in ten more than $211,450. All occupations median: $49,500.',
      );
    });
  });

  describe('data sources', () => {
    it('reads attributes', async () => {
      const bar = percentileBar('<salary-percentile-bar p10="40000" p25="50000" p50="60000" p75="70000" p90="80000"></salary-percentile-bar>');
      await bar.drawn();
      expect(bar.tickValues()).to.include.members(['$40,000', '$60,000', '$80,000']);
      expect(bar.hasCaption()).to.be.false;
      expect(bar.figure().getAttribute('aria-label')).to.equal('Salary percentiles');
    });

    it('reads the data property first, and redraws when it changes', async () => {
      const bar = percentileBar(`<salary-percentile-bar ${SEED}></salary-percentile-bar>`);
      const el = bar.element;
      // TEST VALUES.
      el.data = { percentiles: { p10: 41000, p25: 52000, p50: 63000, p75: 74000, p90: 85000 } };
      await bar.drawn();
      await el.updateComplete;
      expect(bar.tickValues()).to.include('$63,000');
      el.data = { p10: 31000, p25: 42000, p50: 53000, p75: 64000, p90: 75000 };
      await el.updateComplete;
      expect(bar.tickValues()).to.include('$53,000');
      expect(bar.texts()).not.to.include('$63,000');
    });

    it('keeps a property set before the element was defined', async () => {
      const el = document.createElement('salary-percentile-bar-late') as SalaryPercentileBar;
      el.data = { p10: 41000, p25: 52000, p50: 63000, p75: 74000, p90: 85000 };
      const box = document.createElement('div');
      box.className = 'test-box';
      box.style.width = '500px';
      box.append(el);
      document.body.append(box);
      const { SalaryPercentileBar: Bar } = await import('./salary-percentile-bar.js');
      customElements.define('salary-percentile-bar-late', class extends Bar {});
      const bar = new SalaryPercentileBarHarness(el);
      await bar.drawn();
      expect(bar.tickValues()).to.include('$63,000');
    });

    it('reads inline JSON from the data attribute', async () => {
      const bar = percentileBar(
        `<salary-percentile-bar data='{"percentiles":{"p10":10000,"p25":20000,"p50":30000,"p75":40000,"p90":50000}}'></salary-percentile-bar>`,
      );
      await bar.drawn();
      expect(bar.tickValues()).to.include('$30,000');
    });

    it('reads a child JSON script, even when it arrives after the element', async () => {
      const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>');
      await bar.drawn();
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"p10": 11000, "p25": 12000, "p50": 13000, "p75": 14000, "p90": 15000, "bands": "experience"}';
      bar.element.append(script);
      await waitUntil(() => bar.tickValues().includes('$13,000'), 'child script read');
      expect(bar.bandLabels()).to.include.members(['Entry', 'Mid', 'Senior', 'Staff']);
    });

    it('loads src, with key choosing the section', async () => {
      const a = percentileBar('<salary-percentile-bar src="/test-api/doc.json"></salary-percentile-bar>');
      const b = percentileBar('<salary-percentile-bar src="/test-api/doc.json" key="other"></salary-percentile-bar>');
      await a.drawn();
      await b.drawn();
      expect(a.tickValues()).to.include('$70,000');
      expect(b.tickValues()).to.include('$3,000');
    });

    it('makes one request for widgets sharing a src', async () => {
      const path = '/test-api/percentiles.json?p50=123456&delay=100';
      const bars = [1, 2, 3].map(() => percentileBar(`<salary-percentile-bar src="${path}"></salary-percentile-bar>`));
      await Promise.all(bars.map((bar) => bar.drawn()));
      bars.forEach((bar) => expect(bar.tickValues()).to.include('$123,456'));
      expect(await requests(path)).to.equal(1);
    });

    it('shows the loading state at the final height, then the data', async () => {
      const bar = percentileBar('<salary-percentile-bar src="/test-api/percentiles.json?p50=88888&delay=400" heading="Pay"></salary-percentile-bar>');
      await waitUntil(() => bar.loading(), 'loading shown');
      await frame();
      const before = bar.element.getBoundingClientRect().height;
      expect(bar.busy()).to.be.true;
      await expect(bar.element).to.be.accessible();
      await bar.drawn();
      expect(bar.element.getBoundingClientRect().height).to.equal(before);
      expect(bar.tickValues()).to.include('$88,888');
    });

    it('renders only the latest src when it changes while loading', async () => {
      const bar = percentileBar('<salary-percentile-bar src="/test-api/percentiles.json?p50=111111&delay=600"></salary-percentile-bar>');
      await aTimeout(50);
      bar.element.setAttribute('src', '/test-api/percentiles.json?p50=222222&delay=300');
      await aTimeout(50);
      bar.element.setAttribute('src', '/test-api/percentiles.json?p50=333333&delay=50');
      await bar.drawn();
      await aTimeout(800);
      expect(bar.tickValues()).to.include('$333,333');
      expect(bar.texts().join()).not.to.match(/111,111|222,222/);
    });
  });

  describe('errors', () => {
    const cases: [string, RegExp][] = [
      ['p10="90000" p25="80000" p50="133080" p75="169000" p90="211450"', /p25: percentiles must not decrease, but p25 \(80000\) is below p10 \(90000\)/],
      ['p10="79850" p25="103050" p75="169000" p90="211450"', /p50: missing/],
      [SEED.replace('79850', '-5'), /p10: expected an amount of 0 or more/],
      [SEED.replace('133080', 'abc'), /p50: expected a number, got "abc"/],
      [SEED.replace('133080', '133,080'), /p50: "133,080" is ambiguous; write 133080 \(no separators\), or 133.08 for a decimal\./],
      [SEED.replace('211450', 'Infinity'), /p90: expected a/],
      [`${SEED} period="weekly"`, /period: expected "annual" or "hourly", got "weekly"/],
      [`${SEED} theme="neon"`, /theme: expected "light", "dark" or "auto"/],
      [`${SEED} currency="dollars"`, /currency: expected a three-letter currency code/],
      [`${SEED} locale="??"`, /locale: expected a language tag/],
      [`${SEED} marker="lots"`, /marker: expected a number/],
      [`${SEED} bands="Entry:p10"`, /bands: band 1 should look like/],
      [`${SEED} bands="Entry:90000-90000"`, /bands\[0\]: "to" \(90000\) must be above "from" \(90000\)/],
      [SEED.replace('79850', '79.850'), /p10: "79.850" is ambiguous; write 79850 \(no separators\), or 79.85 for a decimal\./],
      [
        `data='{"p10": "79.850", "p25": 103050, "p50": 133080, "p75": 169000, "p90": 211450}'`,
        /In the data attribute, p10: "79.850" is ambiguous; write 79850 \(no separators\), or 79.85 for a decimal\./,
      ],
      [`${SEED} amounts="weekly"`, /amounts: expected "annual" or "hourly", got "weekly"/],
      [`data='{"percentiles": {"unit": "daily", "p10": 1}}'`, /percentiles.unit: expected "annual" or "hourly", got "daily"/],
      [`data='{"p10": 1,'`, /data: expected valid JSON/],
      [`data='{"percentiles": {"p10": "x"}}'`, /In the data attribute, percentiles.p10: expected a number/],
      [`src="javascript:alert(1)"`, /src: only http and https addresses are allowed/],
      [`src="/test-api/not-found"`, /src: the server answered 404/],
      [`src="/test-api/html"`, /src: expected JSON or CSV, but the server sent "text\/html"/],
      [`src="/test-api/invalid"`, /src: expected valid JSON/],
      [`src="/test-api/huge"`, /src: the document is larger than 2 MB/],
      [`src="/test-api/doc.json" key="missing"`, /key: the src document has no section named "missing"/],
      [`src="/test-api/percentiles.json?delay=3000" timeout="200"`, /src: no answer from the server within 0.2 s/],
    ];
    for (const [attrs, message] of cases) {
      it(`shows an alert and warns once for ${attrs.slice(0, 60)}`, async () => {
        const warnings = captureWarnings();
        try {
          const bar = percentileBar(`<salary-percentile-bar ${attrs}></salary-percentile-bar>`);
          expect(await bar.alert()).to.match(message);
          await aTimeout(30);
          expect(warnings.messages.filter((m) => m.startsWith('<salary-percentile-bar>'))).to.have.length(1);
          expect(bar.hasChart()).to.be.false;
          expect(badNumbers(bar.element)).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      });
    }

    it('is accessible in the error state and fires salary-error', async () => {
      const warnings = captureWarnings();
      const event = oneEvent<SalaryErrorEvent>(document, 'salary-error');
      const bar = percentileBar(`<salary-percentile-bar p10="x"></salary-percentile-bar>`);
      const { detail, target } = await event;
      warnings.restore();
      expect(target).to.equal(bar.element);
      expect(detail.message).to.match(/^p10: expected a number/);
      await bar.alert();
      await expect(bar.element).to.be.accessible();
    });

    it('drops stale data when new data is invalid, and recovers', async () => {
      const warnings = captureWarnings();
      const bar = percentileBar(`<salary-percentile-bar ${SEED}></salary-percentile-bar>`);
      await bar.drawn();
      bar.element.setAttribute('p50', 'oops');
      expect(await bar.alert()).to.contain('p50');
      expect(bar.texts()).to.deep.equal([]);
      bar.element.setAttribute('p50', '140000');
      await bar.drawn();
      warnings.restore();
      expect(bar.tickValues()).to.include('$140,000');
    });
  });

  describe('options', () => {
    it('marks the reader with an estimated percentile', async () => {
      const bar = percentileBar(`<salary-percentile-bar ${SEED} marker="150000" marker-label="You"></salary-percentile-bar>`);
      await bar.drawn();
      expect(bar.markerNote()).to.equal('You: $150,000 · ≈ 62nd percentile');
      expect(bar.summary()).to.contain('You: $150,000, ≈ 62nd percentile.');
    });

    it('shows hourly figures', async () => {
      const bar = percentileBar(`<salary-percentile-bar ${SEED} period="hourly"></salary-percentile-bar>`);
      await bar.drawn();
      expect(bar.tickValues()).to.include.members(['$38.39', '$63.98', '$101.66']);
    });

    it('uses the nearest lang for numbers, and the currency attribute', async () => {
      const bar = barInside(`<div lang="de-DE"><salary-percentile-bar ${SEED} currency="EUR"></salary-percentile-bar></div>`);
      await bar.drawn();
      // Readings collapse any space, such as the no-break space before "€", to a plain one.
      expect(bar.tickValues()).to.include('133.080 €');
    });

    it('reads attributes without regard to lang: "79.850" is ambiguous under German too', async () => {
      const warnings = captureWarnings();
      const bar = barInside(`<div lang="de-DE"><salary-percentile-bar ${SEED.replace('79850', '79.850')}></salary-percentile-bar></div>`);
      expect(await bar.alert()).to.contain('p10: "79.850" is ambiguous; write 79850 (no separators), or 79.85 for a decimal.');
      warnings.restore();
    });

    it('labels bands over the bar', async () => {
      const bar = percentileBar(`<salary-percentile-bar ${SEED} bands="Early:p10-p50, Late:p50-p90"></salary-percentile-bar>`);
      await bar.drawn();
      expect(bar.bandLabels()).to.include.members(['Early', 'Late']);
    });

    it('links the source only for http(s) URLs, and escapes text', async () => {
      const bar = percentileBar(
        `<salary-percentile-bar ${SEED} heading="<img src=x onerror=window.__pwned=1>" source="BLS <b>x</b>" source-url="javascript:alert(1)"></salary-percentile-bar>`,
      );
      await bar.drawn();
      expect(bar.sourceLink()).to.equal(null);
      expect(bar.caption()).to.contain('BLS <b>x</b>');
      expect(bar.heading()).to.equal('<img src=x onerror=window.__pwned=1>');
      expect(bar.images()).to.equal(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('layout and interaction', () => {
    it('drops and shortens labels when narrow, without overlaps', async () => {
      const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>', 280);
      await bar.drawn();
      const boxes = bar.textBoxes('tick-value');
      expect(boxes.length).to.be.within(2, 5);
      expect(bar.tickValues()).to.include('$133K');
      boxes.sort((a, b) => a.x - b.x);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x).to.be.at.least(boxes[i - 1]!.x + boxes[i - 1]!.width);
      for (const b of boxes) expect(b.x + b.width).to.be.at.most(280.5);
    });

    it('redraws when its container resizes', async () => {
      const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>', 800);
      await bar.drawn();
      expect(bar.chartWidth()).to.equal(800);
      (bar.element.parentElement as HTMLElement).style.width = '300px';
      await waitUntil(() => bar.chartWidth() === 300, 'resized');
      expect(bar.tickValues()).to.include('$133K');
    });

    it('draws correctly once a hidden container is shown', async () => {
      const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>', 500);
      const box = bar.element.parentElement as HTMLElement;
      box.style.display = 'none';
      await aTimeout(50);
      await bar.element.updateComplete;
      box.style.display = 'block';
      await bar.drawn();
      expect(bar.chartWidth()).to.equal(500);
      expect(badNumbers(bar.element)).to.deep.equal([]);
    });

    it('shows the tooltip on hover', async () => {
      const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>');
      await bar.drawn();
      bar.hover('p50');
      await bar.element.updateComplete;
      expect(bar.tooltipShown()).to.be.true;
      expect(bar.tooltip()).to.equal('Median (50th percentile) $133,080 a year Half earn less, half earn more');
      bar.leave('p50');
      await bar.element.updateComplete;
      expect(bar.tooltipShown()).to.be.false;
    });

    it('shows the tooltip on tap and hides it on a tap elsewhere', async () => {
      const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>');
      await bar.drawn();
      bar.tap('p90');
      await bar.element.updateComplete;
      expect(bar.tooltip()).to.contain('$211,450');
      bar.tapOutside();
      await bar.element.updateComplete;
      expect(bar.tooltipShown()).to.be.false;
    });

    it('is one tab stop; arrow keys move between marks and Escape hides the tooltip', async () => {
      const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>');
      await bar.drawn();
      expect(bar.tabStops()).to.deep.equal(['reference']);
      bar.focusChart();
      await bar.element.updateComplete;
      expect(bar.tooltip()).to.contain('All occupations median');
      await bar.press('ArrowRight');
      await waitUntil(() => bar.focused() === 'p10', 'moved to p10');
      expect(bar.focusedLabel()).to.equal('10th percentile: $79,850 a year, 10% earn less, 90% earn more.');
      await bar.press('End');
      await waitUntil(() => bar.focused() === 'p90', 'moved to p90');
      await bar.press('Escape');
      expect(bar.tooltipShown()).to.be.false;
      expect(bar.tabStops()).to.deep.equal(['p90']);
    });

    it('takes its colours from --salary-* custom properties', async () => {
      const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>');
      await bar.drawn();
      bar.element.style.setProperty('--salary-accent', 'rgb(255, 0, 0)');
      bar.element.style.setProperty('--salary-text-color', 'rgb(0, 128, 0)');
      expect(bar.middleHalfFill()).to.equal('rgb(255, 0, 0)');
      expect(bar.headingColour()).to.equal('rgb(0, 128, 0)');
    });

    it('inherits the page font and colour by default', async () => {
      const bar = barInside('<div style="color: rgb(10, 20, 30); font-family: serif"><salary-percentile-bar></salary-percentile-bar></div>');
      await bar.drawn();
      expect(bar.headingColour()).to.equal('rgb(10, 20, 30)');
      expect(bar.chartFontFamily()).to.equal('serif');
    });

    it('paints a dark background with theme="dark"', async () => {
      const bar = percentileBar('<salary-percentile-bar theme="dark"></salary-percentile-bar>');
      await bar.drawn();
      expect(getComputedStyle(bar.element).backgroundColor).to.equal('rgb(23, 25, 29)');
      await expect(bar.element).to.be.accessible();
    });
  });
});

describe('<salary-percentile-bar> hostile JSON', () => {
  afterEach(cleanup);
  it('reads data with __proto__ and constructor keys without polluting anything', async () => {
    const bar = percentileBar(
      `<salary-percentile-bar data='{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "percentiles": {"__proto__": {"p50": 1}, "p10": 41000, "p25": 52000, "p50": 63000, "p75": 74000, "p90": 85000}}'></salary-percentile-bar>`,
    );
    await bar.drawn();
    expect(bar.tickValues()).to.include('$63,000');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
  });

  it('keeps the same height from loading to drawn, legend included', async () => {
    const bar = percentileBar('<salary-percentile-bar src="/test-api/percentiles.json?p50=77777&delay=300"></salary-percentile-bar>', 320);
    await waitUntil(() => bar.loading(), 'loading');
    await frame();
    const before = bar.element.getBoundingClientRect().height;
    expect(bar.legendItems()).not.to.be.empty;
    await bar.drawn();
    expect(bar.element.getBoundingClientRect().height).to.equal(before);
  });
});

describe('<salary-percentile-bar> lifecycle', () => {
  afterEach(() => {
    cleanup();
    clearDocumentCache();
  });

  it('stops observing its size when removed, and observes again when re-added', async () => {
    // Widgets share one ResizeObserver; count the elements it watches.
    const proto = ResizeObserver.prototype;
    // The originals, called with .call() from the counting wrappers.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const { observe, unobserve } = proto;
    const watched = new Set<Element>();
    proto.observe = function (target, options) {
      watched.add(target);
      return observe.call(this, target, options);
    };
    proto.unobserve = function (target) {
      watched.delete(target);
      return unobserve.call(this, target);
    };
    try {
      const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>');
      const el = bar.element;
      await bar.drawn();
      const mine = () => [...watched].filter((t) => t.getRootNode() === bar.root).length;
      expect(mine()).to.equal(1);
      const box = el.parentElement!;
      for (let i = 0; i < 20; i++) {
        el.remove();
        box.append(el);
      }
      el.remove();
      expect(mine()).to.equal(0);
      box.append(el);
      await el.updateComplete;
      expect(mine()).to.equal(1);
    } finally {
      proto.observe = observe;
      proto.unobserve = unobserve;
    }
  });

  it('drops a request in flight when removed, without errors', async () => {
    const warnings = captureWarnings();
    const bar = percentileBar('<salary-percentile-bar src="/test-api/percentiles.json?p50=99999&delay=300"></salary-percentile-bar>');
    await aTimeout(50);
    bar.element.remove();
    await aTimeout(400);
    warnings.restore();
    expect(warnings.messages).to.deep.equal([]);
    expect(bar.hasChart()).to.be.false;
  });
});

describe('<salary-percentile-bar> media', () => {
  afterEach(async () => {
    cleanup();
    clearDocumentCache();
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
    await executeServerCommand('forced-colors', { active: false });
  });

  it('prints the chart with its colours and without the tooltip', async () => {
    const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>');
    await bar.drawn();
    bar.mark('p50').focus();
    await bar.element.updateComplete;
    await emulateMedia({ media: 'print' });
    expect(bar.tooltipDisplay()).to.equal('none');
    expect(getComputedStyle(bar.element).printColorAdjust).to.equal('exact');
    expect(bar.middleHalfFill()).to.equal('rgb(47, 107, 216)');
  });

  it('does not animate the loading state when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const bar = percentileBar('<salary-percentile-bar src="/test-api/percentiles.json?delay=300"></salary-percentile-bar>');
    await waitUntil(() => bar.loading(), 'loading');
    expect(bar.loadingAnimation()).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(bar.loadingAnimation()).to.equal('pulse');
  });

  it('uses system colours in forced-colours mode', async () => {
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const bar = percentileBar('<salary-percentile-bar></salary-percentile-bar>');
    await bar.drawn();
    const probe = document.createElement('div');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    expect(bar.middleHalfFill()).to.equal(highlight);
  });
});

describe('<salary-percentile-bar> fallback table', () => {
  afterEach(cleanup);
  const TABLE = `<table>
    <tr><th>Percentile</th><th>Annual wage</th><th>Hourly wage</th></tr>
    <tr><td>10th</td><td>$79,850</td><td>$38.39</td></tr>
    <tr><td>25th</td><td>$103,050</td><td>$49.55</td></tr>
    <tr><td>50th (Median)</td><td>$133,080</td><td>$63.98</td></tr>
    <tr><td>75th</td><td>$169,000</td><td>$81.25</td></tr>
    <tr><td>90th</td><td>$211,450</td><td>$101.66</td></tr></table>`;

  it('reads a BLS-style table, annual column first, and hides it once drawn', async () => {
    const bar = percentileBar(`<salary-percentile-bar>${TABLE}</salary-percentile-bar>`);
    await bar.drawn();
    expect(bar.tickValues()).to.include.members(['$79,850', '$133,080', '$211,450']);
    expect(bar.showsFallback()).to.be.false;
    expect(bar.element.querySelector('table')!.getClientRects().length).to.equal(0);
  });

  it('keeps the table visible next to an error', async () => {
    const warnings = captureWarnings();
    const bar = percentileBar(`<salary-percentile-bar period="daily">${TABLE}</salary-percentile-bar>`);
    await bar.alert();
    warnings.restore();
    expect(bar.element.querySelector('table')!.getClientRects().length).to.be.greaterThan(0);
  });
});

/** The seed's national percentiles as a reader sees them (BLS OEWS, May 2024). */
const SEED_TICKS = ['$79,850', '$103,050', '$133,080', '$169,000', '$211,450'];
const csvUrl = (path: string, body: string) => `${path}${path.includes('?') ? '&' : '?'}body=${encodeURIComponent(body)}`;
/** The seed's percentiles as a spreadsheet exports them. */
const SEED_CSV =
  'Percentile,Annual wage,Hourly wage\n10th,"$79,850",$38.39\n25th,"$103,050",$49.55\nMedian,"$133,080",$63.98\n75th,"$169,000",$81.25\n90th,"$211,450",$101.66';

describe('<salary-percentile-bar> real data', () => {
  afterEach(() => {
    cleanup();
    clearDocumentCache();
  });

  describe('tables as BLS publishes them', () => {
    it("reads the wide table from its annual row, and says it removed the row's footnote", async () => {
      const bar = percentileBar(`<salary-percentile-bar>${NATIONAL_WIDE}</salary-percentile-bar>`);
      await bar.drawn();
      expect(bar.tickValues()).to.deep.equal(SEED_TICKS);
      expect(bar.caption()).to.equal('The footnote marker (2) was removed from the figures.');
      expect(bar.element.dataNotes).to.deep.include({ kind: 'column', header: 'Annual Wage' });
    });

    it('reads the long table from its annual column', async () => {
      const bar = percentileBar(`<salary-percentile-bar>${NATIONAL_LONG}</salary-percentile-bar>`);
      await bar.drawn();
      expect(bar.tickValues()).to.deep.equal(SEED_TICKS);
      expect(bar.hasCaption()).to.be.false;
    });

    it('draws a top-coded 90th percentile as a lower bound, in the label, tooltip, accessible name and caption', async () => {
      // TEST VALUES: an occupation whose 90th percentile BLS top-codes ("#").
      const bar = percentileBar(`<salary-percentile-bar><table>
        <tr><th>Percentile</th><th>Annual wage</th><th>Hourly wage</th></tr>
        <tr><td>10th</td><td>$120,000</td><td>$57.69</td></tr><tr><td>25th</td><td>$150,000</td><td>$72.12</td></tr>
        <tr><td>Median</td><td>$180,000</td><td>$86.54</td></tr><tr><td>75th</td><td>$210,000</td><td>$100.96</td></tr>
        <tr><td>90th</td><td>#</td><td>#</td></tr></table></salary-percentile-bar>`);
      await bar.drawn();
      expect(bar.tickValues()).to.include('≥ $239,200');
      expect(bar.caption()).to.equal('≥ $239,200: top-coded by BLS (90th percentile); the true figure is at least this.');
      expect(bar.markLabel('p90')).to.equal('90th percentile: ≥ $239,200 a year, top-coded by BLS (at least this), 90% earn less, 10% earn more.');
      bar.hover('p90');
      await bar.element.updateComplete;
      expect(bar.tooltip()).to.equal('90th percentile ≥ $239,200 a year top-coded by BLS (at least this) 90% earn less, 10% earn more');
      expect(bar.summary()).to.contain('one in ten more than at least $239,200 (top-coded by BLS).');
    });

    it('says "a year" with a top-coded median\'s amount, before the top-code note', async () => {
      // TEST VALUES: an occupation whose median and upper percentiles BLS top-codes ("#").
      const bar = percentileBar(`<salary-percentile-bar><table>
        <tr><th>Percentile</th><th>Annual wage</th></tr>
        <tr><td>10th</td><td>$180,000</td></tr><tr><td>25th</td><td>$210,000</td></tr>
        <tr><td>Median</td><td>#</td></tr><tr><td>75th</td><td>#</td></tr><tr><td>90th</td><td>#</td></tr></table></salary-percentile-bar>`);
      await bar.drawn();
      expect(bar.summary()).to.contain('at least $239,200 a year (top-coded by BLS)');
    });

    it('converts an hourly-only table × 2,080 and says so in the caption and tooltips', async () => {
      const bar = percentileBar(`<salary-percentile-bar><table>
        <tr><th>Percentile</th><th>10%</th><th>25%</th><th>50%<br>(Median)</th><th>75%</th><th>90%</th></tr>
        <tr><td>Hourly Wage</td><td>$ 38.39</td><td>$ 49.55</td><td>$ 63.98</td><td>$ 81.25</td><td>$ 101.66</td></tr></table></salary-percentile-bar>`);
      await bar.drawn();
      expect(bar.tickValues()).to.deep.equal(['$79,851', '$103,064', '$133,078', '$169,000', '$211,453']);
      expect(bar.caption()).to.equal('Hourly wages shown as annual: hourly wage × 2,080 hours.');
      expect(bar.markLabel('p50')).to.equal('Median (50th percentile): $133,078 a year, hourly wage × 2,080, Half earn less, half earn more.');
      expect(bar.summary()).to.contain('Annual amounts are hourly wages × 2,080.');
    });

    it('reads tables in German, French and Indian English under their lang', async () => {
      const german = barInside(`<div lang="de-DE"><salary-percentile-bar currency="EUR"><table>
        <tr><th>Perzentil</th><th>Jahresgehalt</th><th>Stundenlohn</th></tr>
        <tr><td>10. Perzentil</td><td>79.850 €</td><td>38,39 €</td></tr><tr><td>25. Perzentil</td><td>103.050 €</td><td>49,55 €</td></tr>
        <tr><td>Median</td><td>133.080 €</td><td>63,98 €</td></tr><tr><td>75. Perzentil</td><td>169.000 €</td><td>81,25 €</td></tr>
        <tr><td>90. Perzentil</td><td>211.450 €</td><td>101,66 €</td></tr></table></salary-percentile-bar></div>`);
      const french = barInside(`<div lang="fr-FR"><salary-percentile-bar currency="EUR"><table>
        <tr><th>Centile</th><th>10e centile</th><th>25e centile</th><th>Médiane</th><th>75e centile</th><th>90e centile</th></tr>
        <tr><td>Salaire annuel</td><td>79\u202f850 €</td><td>103 050 €</td><td>133 080 €</td><td>169 000 €</td><td>211 450 €</td></tr></table></salary-percentile-bar></div>`);
      // TEST VALUES in rupees.
      const indian = barInside(`<div lang="en-IN"><salary-percentile-bar currency="INR"><table>
        <tr><th>Percentile</th><th>Annual salary</th></tr>
        <tr><td>10th</td><td>₹6,00,000</td></tr><tr><td>25th</td><td>₹8,50,000</td></tr><tr><td>50th</td><td>₹12,00,000</td></tr>
        <tr><td>75th</td><td>₹18,00,000</td></tr><tr><td>90th</td><td>₹25,00,000</td></tr></table></salary-percentile-bar></div>`);
      await Promise.all([german.drawn(), french.drawn(), indian.drawn()]);
      expect(german.tickValues()).to.include('133.080 €');
      expect(french.tickValues()).to.include('133 080 €');
      // Lakh amounts are long: the ticks are compact, the accessible names in full.
      expect(indian.tickValues()).to.deep.equal(['₹6L', '₹8.5L', '₹12L', '₹18L', '₹25L']);
      expect(indian.markLabel('p50')).to.contain('₹12,00,000 a year');
    });

    it('shows an error naming what it looked for, never the default chart, for a table it cannot read', async () => {
      const warnings = captureWarnings();
      const bar = percentileBar(`<salary-percentile-bar><table>
        <tr><th>State</th><th>Annual mean wage</th></tr><tr><td>California</td><td>$170,910</td></tr></table></salary-percentile-bar>`);
      expect(await bar.alert()).to.contain(
        'table: no row or column of percentiles (10th, 25th, median, 75th, 90th); found headers "State", "Annual mean wage".',
      );
      warnings.restore();
      expect(bar.hasChart()).to.be.false;
      expect(bar.showsFallback()).to.be.true;
    });

    it('names a percentile that has no figure', async () => {
      const warnings = captureWarnings();
      const bar = percentileBar(`<salary-percentile-bar>${NATIONAL_LONG.replace('$169,000', '-')}</salary-percentile-bar>`);
      expect(await bar.alert()).to.contain(
        'table row 4 ("75th"), column "Annual Wage": the 75th percentile has no figure ("-"); all five (10th, 25th, median, 75th, 90th) are needed.',
      );
      warnings.restore();
    });
  });

  describe('CSV and spreadsheets', () => {
    it('reads a CSV file from src', async () => {
      const bar = percentileBar(`<salary-percentile-bar src="${csvUrl('/test-api/pct.csv', SEED_CSV)}"></salary-percentile-bar>`);
      await bar.drawn();
      expect(bar.tickValues()).to.deep.equal(SEED_TICKS);
    });

    it('reads a published Google Sheet', async () => {
      const wide = 'Percentile,10%,25%,50% (Median),75%,90%\nHourly Wage,38.39,49.55,63.98,81.25,101.66\nAnnual Wage (2),79850,103050,133080,169000,211450';
      const bar = percentileBar(
        `<salary-percentile-bar src="${csvUrl('/test-api/spreadsheets/d/e/2PACX-test/pub?output=csv', wide)}"></salary-percentile-bar>`,
      );
      await bar.drawn();
      expect(bar.tickValues()).to.deep.equal(SEED_TICKS);
    });

    it('reads inline CSV, and rows pasted from a spreadsheet (tab-separated)', async () => {
      const csv = percentileBar(`<salary-percentile-bar><script type="text/csv">${SEED_CSV}</script></salary-percentile-bar>`);
      const tsv = percentileBar(
        `<salary-percentile-bar><script type="text/tab-separated-values">10th\t79850\t38.39\n25th\t103050\t49.55\n50th\t133080\t63.98\n75th\t169000\t81.25\n90th\t211450\t101.66</script></salary-percentile-bar>`,
      );
      await Promise.all([csv.drawn(), tsv.drawn()]);
      expect(csv.tickValues()).to.deep.equal(SEED_TICKS);
      expect(tsv.tickValues()).to.deep.equal(SEED_TICKS);
    });

    it('names the CSV in its errors', async () => {
      const warnings = captureWarnings();
      const bar = percentileBar('<salary-percentile-bar><script type="text/csv">Name,Value\nAlice,3\nBob,4</script></salary-percentile-bar>');
      expect(await bar.alert()).to.contain('CSV: no row or column of percentiles (10th, 25th, median, 75th, 90th); found headers "Name", "Value".');
      warnings.restore();
    });
  });

  describe('hourly figures', () => {
    const HOURLY = 'p10="38.39" p25="49.55" p50="63.98" p75="81.25" p90="101.66"';

    it('converts amounts="hourly" × 2,080, and says so', async () => {
      const bar = percentileBar(`<salary-percentile-bar amounts="hourly" ${HOURLY} marker="70"></salary-percentile-bar>`);
      await bar.drawn();
      expect(bar.tickValues()).to.deep.equal(['$79,851', '$103,064', '$133,078', '$169,000', '$211,453']);
      // The marker is hourly too: 70 × 2,080.
      // 50 + 25 × (145,600 − 133,078.40) / (169,000 − 133,078.40) = 58.7.
      expect(bar.markerNote()).to.equal('You: $145,600 · ≈ 59th percentile');
      expect(bar.caption()).to.equal('Hourly wages shown as annual: hourly wage × 2,080 hours.');
      const hourly = percentileBar(`<salary-percentile-bar amounts="hourly" period="hourly" ${HOURLY}></salary-percentile-bar>`);
      await hourly.drawn();
      expect(hourly.tickValues()).to.deep.equal(['$38.39', '$49.55', '$63.98', '$81.25', '$101.66']);
    });

    it('reads "unit": "hourly" in JSON', async () => {
      const bar = percentileBar(
        `<salary-percentile-bar data='{"percentiles": {"unit": "hourly", "p10": 38.39, "p25": 49.55, "p50": 63.98, "p75": 81.25, "p90": 101.66}}'></salary-percentile-bar>`,
      );
      await bar.drawn();
      expect(bar.tickValues()).to.include('$133,078');
      expect(bar.caption()).to.equal('Hourly wages shown as annual: hourly wage × 2,080 hours.');
    });

    for (const period of ['annual', 'hourly']) {
      it(`refuses annual amounts that look hourly, naming amounts="hourly" (period="${period}")`, async () => {
        const warnings = captureWarnings();
        const bar = percentileBar(`<salary-percentile-bar period="${period}" p10="23.5" p25="30" p50="38" p75="47" p90="60"></salary-percentile-bar>`);
        expect(await bar.alert()).to.contain('p10: every amount is under 1,000 (such as 23.5), which looks hourly; add amounts="hourly"');
        warnings.restore();
        expect(bar.hasChart()).to.be.false;
      });
    }
  });

  describe('equal percentiles', () => {
    // TEST VALUES in the shape of a minimum-wage occupation: the 10th and 25th percentiles are both $14.00 × 2,080.
    const TIED = 'p10="29120" p25="29120" p50="35000" p75="45000" p90="60000"';

    it('draws a tie as one tick named for both, and a marker there reads as both', async () => {
      const bar = percentileBar(`<salary-percentile-bar ${TIED} marker="29120" bands="experience"></salary-percentile-bar>`);
      await bar.drawn();
      expect(bar.tickNames()).to.deep.equal(['10th–25th', '50th', '75th', '90th']);
      expect(bar.tickValues()).to.deep.equal(['$29,120', '$35,000', '$45,000', '$60,000']);
      expect(bar.markerNote()).to.equal('You: $29,120 · 10th–25th percentile');
      expect(bar.bandLabels()).to.deep.equal(['Entry', 'Mid', 'Senior', 'Staff']);
      expect(bar.markLabel('p10-p25')).to.equal('10th–25th percentile: $29,120 a year, the 10th and 25th percentiles are equal, 10% earn less, 75% earn more.');
      expect(bar.markLabel('band-0')).to.equal('Entry: $29,120 a year.');
      expect(bar.summary()).to.contain('The 10th and 25th percentiles are equal.');
      expect(badNumbers(bar.element)).to.deep.equal([]);
      await expect(bar.element).to.be.accessible();
    });

    it('draws all five equal as one line with one label, and says every percentile is the same', async () => {
      const bar = percentileBar('<salary-percentile-bar p10="52000" p25="52000" p50="52000" p75="52000" p90="52000"></salary-percentile-bar>');
      await bar.drawn();
      expect(bar.tickValues()).to.deep.equal(['$52,000']);
      expect(bar.tickNames()).to.deep.equal(['10th–90th']);
      expect(bar.summary()).to.equal('Every percentile is the same: $52,000 a year.');
      expect(bar.markLabel('p10-p25-p50-p75-p90')).to.equal(
        '10th–90th percentile: $52,000 a year, every percentile is the same, 10% earn less, 10% earn more.',
      );
      expect(badNumbers(bar.element)).to.deep.equal([]);
    });
  });

  describe('off-scale values', () => {
    it('draws a far marker as a note at the right edge, without squeezing the bar', async () => {
      const bar = percentileBar(`<salary-percentile-bar ${SEED} marker="2000000"></salary-percentile-bar>`);
      await bar.drawn();
      expect(bar.markerNote()).to.equal('→ You: $2,000,000, above the 90th percentile');
      expect(bar.markerNoteAnchor()).to.equal('end');
      expect(bar.markerLineShown()).to.be.false;
      // The bar runs the chart's width less 2 px at each end.
      expect(bar.barBox().width).to.be.closeTo(bar.chartBox().width - 4, 0.5);
      expect(bar.markLabel('marker')).to.equal('You: $2,000,000 a year, above the 90th percentile, off the scale.');
    });

    it('draws a far reference as a note at the left edge, and a near one on the scale', async () => {
      const far = percentileBar(`<salary-percentile-bar ${SEED} reference="49500" reference-label="All occupations median"></salary-percentile-bar>`);
      const near = percentileBar(`<salary-percentile-bar ${SEED} reference="70000"></salary-percentile-bar>`);
      await Promise.all([far.drawn(), near.drawn()]);
      expect(far.referenceNote()).to.equal('← All occupations median: $49,500');
      expect(far.referenceLineShown()).to.be.false;
      expect(far.barBox().width).to.be.closeTo(far.chartBox().width - 4, 0.5);
      expect(far.markLabel('reference')).to.equal('All occupations median: $49,500 a year, off the scale, below the 10th percentile.');
      expect(near.referenceNote()).to.equal('Reference: $70,000');
      expect(near.referenceLineShown()).to.be.true;
      expect(near.barBox().width).to.be.below(near.chartBox().width - 40);
    });
  });
});
