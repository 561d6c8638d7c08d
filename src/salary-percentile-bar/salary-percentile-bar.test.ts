import { expect, waitUntil, aTimeout, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../index.js';
import { clearJsonCache } from '../core/data/fetch-json.js';
import type { SalaryPercentileBar } from './salary-percentile-bar.js';
import { $, $$, alertText, badNumbers, captureWarnings, cleanup, drawn, frame, mount, svgTexts } from '../../test/helpers/dom.js';

const SEED = 'p10="79850" p25="103050" p50="133080" p75="169000" p90="211450"';
const requests = async (path: string) => ((await (await fetch(`/test-api/count?path=${encodeURIComponent(path)}`)).json()) as { count: number }).count;

describe('<salary-percentile-bar>', () => {
  afterEach(() => {
    cleanup();
    clearJsonCache();
  });

  describe('default data', () => {
    it('draws the BLS national distribution with its source when given nothing', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>');
      await drawn(el);
      expect(svgTexts(el)).to.include.members(['$79,850', '$103,050', '$133,080', '$169,000', '$211,450', 'All occupations median: $49,500']);
      expect($(el, '[part="caption"]')!.textContent).to.contain('OEWS, May 2024');
      expect($(el, '[part="caption"] a')!.getAttribute('href')).to.equal('https://www.bls.gov/oes/2024/may/oes151252.htm');
      expect($(el, '[part="heading"]')!.textContent).to.equal('Software developer pay in the United States');
      expect($(el, 'figure')!.getAttribute('aria-labelledby')).to.equal('heading');
      await expect(el).to.be.accessible();
    });

    it('states the data in one sentence for screen readers', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>');
      await drawn(el);
      expect($(el, '.sr-only')!.textContent).to.equal(
        'The median is $133,080 a year. Half earn between $103,050 and $169,000; one in ten earns less than $79,850 and one in ten more than $211,450. All occupations median: $49,500.',
      );
    });
  });

  describe('data sources', () => {
    it('reads attributes', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar p10="40000" p25="50000" p50="60000" p75="70000" p90="80000"></salary-percentile-bar>');
      await drawn(el);
      expect(svgTexts(el)).to.include.members(['$40,000', '$60,000', '$80,000']);
      expect($(el, '[part="caption"]')).to.equal(null);
      expect($(el, 'figure')!.getAttribute('aria-label')).to.equal('Salary percentiles');
    });

    it('reads the data property first, and redraws when it changes', async () => {
      const el = await mount<SalaryPercentileBar>(`<salary-percentile-bar ${SEED}></salary-percentile-bar>`);
      el.data = { percentiles: { p10: 1000, p25: 2000, p50: 3000, p75: 4000, p90: 5000 } };
      await drawn(el);
      await el.updateComplete;
      expect(svgTexts(el)).to.include('$3,000');
      el.data = { p10: 10, p25: 20, p50: 30, p75: 40, p90: 50 };
      await el.updateComplete;
      expect(svgTexts(el)).to.include('$30');
      expect(svgTexts(el)).not.to.include('$3,000');
    });

    it('keeps a property set before the element was defined', async () => {
      const el = document.createElement('salary-percentile-bar-late') as HTMLElement & { data?: unknown };
      el.data = { p10: 1, p25: 2, p50: 3, p75: 4, p90: 5 };
      const box = document.createElement('div');
      box.className = 'test-box';
      box.style.width = '500px';
      box.append(el);
      document.body.append(box);
      const { SalaryPercentileBar: Bar } = await import('./salary-percentile-bar.js');
      customElements.define('salary-percentile-bar-late', class extends Bar {});
      await drawn(el);
      expect(svgTexts(el)).to.include('$3');
    });

    it('reads inline JSON from the data attribute', async () => {
      const el = await mount<SalaryPercentileBar>(`<salary-percentile-bar data='{"percentiles":{"p10":1,"p25":2,"p50":30000,"p75":40000,"p90":50000}}'></salary-percentile-bar>`);
      await drawn(el);
      expect(svgTexts(el)).to.include('$30,000');
    });

    it('reads a child JSON script, even when it arrives after the element', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>');
      await drawn(el);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"p10": 11000, "p25": 12000, "p50": 13000, "p75": 14000, "p90": 15000, "bands": "experience"}';
      el.append(script);
      await waitUntil(() => svgTexts(el).includes('$13,000'), 'child script read');
      expect(svgTexts(el)).to.include.members(['Entry', 'Mid', 'Senior', 'Staff']);
    });

    it('loads src, with key choosing the section', async () => {
      const a = await mount<SalaryPercentileBar>('<salary-percentile-bar src="/test-api/doc.json"></salary-percentile-bar>');
      const b = await mount<SalaryPercentileBar>('<salary-percentile-bar src="/test-api/doc.json" key="other"></salary-percentile-bar>');
      await drawn(a);
      await drawn(b);
      expect(svgTexts(a)).to.include('$70,000');
      expect(svgTexts(b)).to.include('$3,000');
    });

    it('makes one request for widgets sharing a src', async () => {
      const path = '/test-api/percentiles.json?p50=123456&delay=100';
      const els = await Promise.all([1, 2, 3].map(() => mount<SalaryPercentileBar>(`<salary-percentile-bar src="${path}"></salary-percentile-bar>`)));
      await Promise.all(els.map((el) => drawn(el)));
      els.forEach((el) => expect(svgTexts(el)).to.include('$123,456'));
      expect(await requests(path)).to.equal(1);
    });

    it('shows the loading state at the final height, then the data', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar src="/test-api/percentiles.json?p50=88888&delay=400" heading="Pay"></salary-percentile-bar>');
      await waitUntil(() => $(el, '.loading'), 'loading shown');
      await frame();
      const before = el.getBoundingClientRect().height;
      expect($(el, 'figure')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      await drawn(el);
      expect(el.getBoundingClientRect().height).to.equal(before);
      expect(svgTexts(el)).to.include('$88,888');
    });

    it('renders only the latest src when it changes while loading', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar src="/test-api/percentiles.json?p50=111111&delay=600"></salary-percentile-bar>');
      await aTimeout(50);
      el.setAttribute('src', '/test-api/percentiles.json?p50=222222&delay=300');
      await aTimeout(50);
      el.setAttribute('src', '/test-api/percentiles.json?p50=333333&delay=50');
      await drawn(el);
      await aTimeout(800);
      expect(svgTexts(el)).to.include('$333,333');
      expect(svgTexts(el).join()).not.to.match(/111,111|222,222/);
    });
  });

  describe('errors', () => {
    const cases: [string, RegExp][] = [
      ['p10="90000" p25="80000" p50="133080" p75="169000" p90="211450"', /p25: percentiles must not decrease, but p25 \(80000\) is below p10 \(90000\)/],
      ['p10="79850" p25="103050" p75="169000" p90="211450"', /p50: missing/],
      [SEED.replace('79850', '-5'), /p10: expected an amount of 0 or more/],
      [SEED.replace('133080', 'abc'), /p50: expected a number, got "abc"/],
      [SEED.replace('133080', '133,080'), /p50: expected a number \(without commas/],
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
      [`src="/test-api/html"`, /src: expected JSON, but the server sent "text\/html"/],
      [`src="/test-api/invalid"`, /src: expected valid JSON/],
      [`src="/test-api/huge"`, /src: the document is larger than 2 MB/],
      [`src="/test-api/doc.json" key="missing"`, /key: the src document has no section named "missing"/],
      [`src="/test-api/percentiles.json?delay=3000" timeout="200"`, /src: no answer from the server within 0.2 s/],
    ];
    for (const [attrs, message] of cases) {
      it(`shows an alert and warns once for ${attrs.slice(0, 60)}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await mount<SalaryPercentileBar>(`<salary-percentile-bar ${attrs}></salary-percentile-bar>`);
          expect(await alertText(el)).to.match(message);
          await aTimeout(30);
          expect(warnings.messages.filter((m) => m.startsWith('<salary-percentile-bar>'))).to.have.length(1);
          expect($(el, 'svg.chart')).to.equal(null);
          expect(badNumbers(el)).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      });
    }

    it('is accessible in the error state and fires salary-error', async () => {
      const warnings = captureWarnings();
      const event = oneEvent(document, 'salary-error');
      const el = await mount<SalaryPercentileBar>(`<salary-percentile-bar p10="x"></salary-percentile-bar>`);
      const { detail, target } = await event;
      warnings.restore();
      expect(target).to.equal(el);
      expect(detail.message).to.match(/^p10: expected a number/);
      await alertText(el);
      await expect(el).to.be.accessible();
    });

    it('drops stale data when new data is invalid, and recovers', async () => {
      const warnings = captureWarnings();
      const el = await mount<SalaryPercentileBar>(`<salary-percentile-bar ${SEED}></salary-percentile-bar>`);
      await drawn(el);
      el.setAttribute('p50', 'oops');
      expect(await alertText(el)).to.contain('p50');
      expect(svgTexts(el)).to.deep.equal([]);
      el.setAttribute('p50', '140000');
      await drawn(el);
      warnings.restore();
      expect(svgTexts(el)).to.include('$140,000');
    });
  });

  describe('options', () => {
    it('marks the reader with an estimated percentile', async () => {
      const el = await mount<SalaryPercentileBar>(`<salary-percentile-bar ${SEED} marker="150000" marker-label="You"></salary-percentile-bar>`);
      await drawn(el);
      expect(svgTexts(el)).to.include('You: $150,000 · ≈ 62nd percentile');
      expect($(el, '.sr-only')!.textContent).to.contain('You: $150,000, ≈ 62nd percentile.');
    });

    it('shows hourly figures', async () => {
      const el = await mount<SalaryPercentileBar>(`<salary-percentile-bar ${SEED} period="hourly"></salary-percentile-bar>`);
      await drawn(el);
      expect(svgTexts(el)).to.include.members(['$38.39', '$63.98', '$101.66']);
    });

    it('uses the nearest lang for numbers, and the currency attribute', async () => {
      const box = await mount<HTMLElement>(`<div lang="de-DE"><salary-percentile-bar ${SEED} currency="EUR"></salary-percentile-bar></div>`);
      const el = box.querySelector('salary-percentile-bar')!;
      await drawn(el);
      expect(svgTexts(el).map((t) => t.replace(/\s/g, ' '))).to.include('133.080 €');
    });

    it('labels bands over the bar', async () => {
      const el = await mount<SalaryPercentileBar>(`<salary-percentile-bar ${SEED} bands="Early:p10-p50, Late:p50-p90"></salary-percentile-bar>`);
      await drawn(el);
      expect(svgTexts(el)).to.include.members(['Early', 'Late']);
    });

    it('links the source only for http(s) URLs, and escapes text', async () => {
      const el = await mount<SalaryPercentileBar>(
        `<salary-percentile-bar ${SEED} heading="<img src=x onerror=window.__pwned=1>" source="BLS <b>x</b>" source-url="javascript:alert(1)"></salary-percentile-bar>`,
      );
      await drawn(el);
      expect($(el, '[part="caption"] a')).to.equal(null);
      expect($(el, '[part="caption"]')!.textContent).to.contain('BLS <b>x</b>');
      expect($(el, '[part="heading"]')!.textContent).to.equal('<img src=x onerror=window.__pwned=1>');
      expect($(el, 'img')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('layout and interaction', () => {
    it('drops and shortens labels when narrow, without overlaps', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>', 280);
      await drawn(el);
      const boxes = $$<SVGTextElement>(el, 'text.tick-value').map((t) => t.getBBox());
      expect(boxes.length).to.be.within(2, 5);
      expect(svgTexts(el)).to.include('$133K');
      boxes.sort((a, b) => a.x - b.x);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x).to.be.at.least(boxes[i - 1]!.x + boxes[i - 1]!.width);
      for (const b of boxes) expect(b.x + b.width).to.be.at.most(280.5);
    });

    it('redraws when its container resizes', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>', 800);
      const svg = await drawn(el);
      expect(svg.getAttribute('width')).to.equal('800');
      (el.parentElement as HTMLElement).style.width = '300px';
      await waitUntil(() => $(el, 'svg.chart')!.getAttribute('width') === '300', 'resized');
      expect(svgTexts(el)).to.include('$133K');
    });

    it('draws correctly once a hidden container is shown', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>', 500);
      const box = el.parentElement as HTMLElement;
      box.style.display = 'none';
      await aTimeout(50);
      await el.updateComplete;
      box.style.display = 'block';
      const svg = await drawn(el);
      expect(svg.getAttribute('width')).to.equal('500');
      expect(badNumbers(el)).to.deep.equal([]);
    });

    it('shows the tooltip on hover', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>');
      await drawn(el);
      const median = $(el, '[data-point="p50"] .hit')!;
      median.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
      await el.updateComplete;
      const tip = $<HTMLElement>(el, '[part="tooltip"]')!;
      expect(tip.hidden).to.be.false;
      expect(tip.innerText.replace(/\s+/g, ' ').trim()).to.equal('Median (50th percentile) $133,080 a year Half earn less, half earn more');
      median.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true, pointerType: 'mouse', relatedTarget: document.body }));
      await el.updateComplete;
      expect(tip.hidden).to.be.true;
    });

    it('shows the tooltip on tap and hides it on a tap elsewhere', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>');
      await drawn(el);
      ($(el, '[data-point="p90"] .hit') as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect($(el, '[part="tooltip"]')!.textContent).to.contain('$211,450');
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect($<HTMLElement>(el, '[part="tooltip"]')!.hidden).to.be.true;
    });

    it('is one tab stop; arrow keys move between marks and Escape hides the tooltip', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>');
      await drawn(el);
      const stops = $$(el, '[data-point][tabindex="0"]');
      expect(stops.map((s) => s.getAttribute('data-point'))).to.deep.equal(['reference']);
      (stops[0] as SVGElement).focus();
      await el.updateComplete;
      expect($(el, '[part="tooltip"]')!.textContent).to.contain('All occupations median');
      const key = (k: string) => shadowActive(el)!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
      key('ArrowRight');
      await waitUntil(() => shadowActive(el)?.getAttribute('data-point') === 'p10', 'moved to p10');
      expect(shadowActive(el)!.getAttribute('aria-label')).to.equal('10th percentile: $79,850 a year, 10% earn less, 90% earn more.');
      key('End');
      await waitUntil(() => shadowActive(el)?.getAttribute('data-point') === 'p90', 'moved to p90');
      key('Escape');
      await el.updateComplete;
      expect($<HTMLElement>(el, '[part="tooltip"]')!.hidden).to.be.true;
      expect($$(el, '[data-point][tabindex="0"]').map((s) => s.getAttribute('data-point'))).to.deep.equal(['p90']);
    });

    it('takes its colours from --salary-* custom properties', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>');
      await drawn(el);
      el.style.setProperty('--salary-accent', 'rgb(255, 0, 0)');
      el.style.setProperty('--salary-text-color', 'rgb(0, 128, 0)');
      expect(getComputedStyle($(el, 'rect.middle')!).fill).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle($(el, '.heading')!).color).to.equal('rgb(0, 128, 0)');
    });

    it('inherits the page font and colour by default', async () => {
      const box = await mount<HTMLElement>('<div style="color: rgb(10, 20, 30); font-family: serif"><salary-percentile-bar></salary-percentile-bar></div>');
      const el = box.firstElementChild!;
      await drawn(el);
      expect(getComputedStyle($(el, '.heading')!).color).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle($(el, 'svg.chart')!).fontFamily).to.equal('serif');
    });

    it('paints a dark background with theme="dark"', async () => {
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar theme="dark"></salary-percentile-bar>');
      await drawn(el);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 25, 29)');
      await expect(el).to.be.accessible();
    });
  });
});

function shadowActive(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

describe('<salary-percentile-bar> hostile JSON', () => {
  afterEach(cleanup);
  it('reads data with __proto__ and constructor keys without polluting anything', async () => {
    const el = await mount<SalaryPercentileBar>(
      `<salary-percentile-bar data='{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "percentiles": {"__proto__": {"p50": 1}, "p10": 1, "p25": 2, "p50": 3, "p75": 4, "p90": 5}}'></salary-percentile-bar>`,
    );
    await drawn(el);
    expect(svgTexts(el)).to.include('$3');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
  });

  it('keeps the same height from loading to drawn, legend included', async () => {
    const el = await mount<SalaryPercentileBar>('<salary-percentile-bar src="/test-api/percentiles.json?p50=77777&delay=300"></salary-percentile-bar>', 320);
    await waitUntil(() => $(el, '.loading'), 'loading');
    await frame();
    const before = el.getBoundingClientRect().height;
    expect($(el, '[part="legend"]')).not.to.equal(null);
    await drawn(el);
    expect(el.getBoundingClientRect().height).to.equal(before);
  });
});

describe('<salary-percentile-bar> lifecycle', () => {
  afterEach(() => {
    cleanup();
    clearJsonCache();
  });

  it('stops observing its size when removed, and observes again when re-added', async () => {
    // Widgets share one ResizeObserver; count the elements it watches.
    const proto = ResizeObserver.prototype;
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
      const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>');
      await drawn(el);
      const mine = () => [...watched].filter((t) => t.getRootNode() === el.shadowRoot).length;
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
    const el = await mount<SalaryPercentileBar>('<salary-percentile-bar src="/test-api/percentiles.json?p50=99999&delay=300"></salary-percentile-bar>');
    await aTimeout(50);
    el.remove();
    await aTimeout(400);
    warnings.restore();
    expect(warnings.messages).to.deep.equal([]);
    expect($(el, 'svg.chart')).to.equal(null);
  });
});

describe('<salary-percentile-bar> media', () => {
  afterEach(async () => {
    cleanup();
    clearJsonCache();
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
    await executeServerCommand('forced-colors', { active: false });
  });

  it('prints the chart with its colours and without the tooltip', async () => {
    const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>');
    await drawn(el);
    ($(el, '[data-point="p50"]') as SVGElement).focus();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part="tooltip"]')!).display).to.equal('none');
    expect(getComputedStyle(el).printColorAdjust).to.equal('exact');
    expect(getComputedStyle($(el, 'rect.middle')!).fill).to.equal('rgb(47, 107, 216)');
  });

  it('does not animate the loading state when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount<SalaryPercentileBar>('<salary-percentile-bar src="/test-api/percentiles.json?delay=300"></salary-percentile-bar>');
    await waitUntil(() => $(el, '.loading'), 'loading');
    expect(getComputedStyle($(el, '.loading')!).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle($(el, '.loading')!).animationName).to.equal('pulse');
  });

  it('uses system colours in forced-colours mode', async () => {
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const el = await mount<SalaryPercentileBar>('<salary-percentile-bar></salary-percentile-bar>');
    await drawn(el);
    const probe = document.createElement('div');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle($(el, 'rect.middle')!).fill).to.equal(highlight);
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
    const el = await mount<SalaryPercentileBar>(`<salary-percentile-bar>${TABLE}</salary-percentile-bar>`);
    await drawn(el);
    expect(svgTexts(el)).to.include.members(['$79,850', '$133,080', '$211,450']);
    expect($(el, 'slot')).to.equal(null);
    expect(el.querySelector('table')!.getClientRects().length).to.equal(0);
  });

  it('keeps the table visible next to an error', async () => {
    const warnings = captureWarnings();
    const el = await mount<SalaryPercentileBar>(`<salary-percentile-bar period="daily">${TABLE}</salary-percentile-bar>`);
    await alertText(el);
    warnings.restore();
    expect(el.querySelector('table')!.getClientRects().length).to.be.greaterThan(0);
  });
});
