import { expect, waitUntil, aTimeout, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../index.js';
import { clearDocumentCache } from '../core/data/fetch-document.js';
import type { SalaryPercentileBar } from './salary-percentile-bar.js';
import type { SalaryErrorEvent } from '../core/events.js';
import { SalaryPercentileBarHarness } from './harness.js';
import { badNumbers, captureWarnings, cleanup, frame, mount } from '../../test/helpers/dom.js';

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
      expect(bar.referenceNote()).to.equal('All occupations median: $49,500');
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
      el.data = { percentiles: { p10: 1000, p25: 2000, p50: 3000, p75: 4000, p90: 5000 } };
      await bar.drawn();
      await el.updateComplete;
      expect(bar.tickValues()).to.include('$3,000');
      el.data = { p10: 10, p25: 20, p50: 30, p75: 40, p90: 50 };
      await el.updateComplete;
      expect(bar.tickValues()).to.include('$30');
      expect(bar.texts()).not.to.include('$3,000');
    });

    it('keeps a property set before the element was defined', async () => {
      const el = document.createElement('salary-percentile-bar-late') as SalaryPercentileBar;
      el.data = { p10: 1, p25: 2, p50: 3, p75: 4, p90: 5 };
      const box = document.createElement('div');
      box.className = 'test-box';
      box.style.width = '500px';
      box.append(el);
      document.body.append(box);
      const { SalaryPercentileBar: Bar } = await import('./salary-percentile-bar.js');
      customElements.define('salary-percentile-bar-late', class extends Bar {});
      const bar = new SalaryPercentileBarHarness(el);
      await bar.drawn();
      expect(bar.tickValues()).to.include('$3');
    });

    it('reads inline JSON from the data attribute', async () => {
      const bar = percentileBar(`<salary-percentile-bar data='{"percentiles":{"p10":1,"p25":2,"p50":30000,"p75":40000,"p90":50000}}'></salary-percentile-bar>`);
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
      `<salary-percentile-bar data='{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "percentiles": {"__proto__": {"p50": 1}, "p10": 1, "p25": 2, "p50": 3, "p75": 4, "p90": 5}}'></salary-percentile-bar>`,
    );
    await bar.drawn();
    expect(bar.tickValues()).to.include('$3');
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
