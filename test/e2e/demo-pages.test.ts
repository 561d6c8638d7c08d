import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { WIDGET_TAGS } from '../../src/widgets.js';

// Page-level tests of the demo article and the embed builder, as a reader and a
// blogger would use them, in real top-level pages of the test browser.
// Screenshots land in test-output/e2e/ for a person to look at.

interface Visit<T> {
  consoleErrors: string[];
  warnings: string[];
  result: T;
}
const visit = <T>(payload: Record<string, unknown> & { url?: string }) =>
  executeServerCommand<Visit<T>, Record<string, unknown>>('e2e-visit', { ...payload, url: new URL(payload.url ?? '/', location.origin).href });

/** Runs in the visited page: what each widget shows. */
const WIDGETS = `[...document.querySelectorAll('salary-percentile-bar, state-salary-map, comp-breakdown, salary-ranking, salary-compare')].map((el) => ({
  tag: el.localName,
  drawn: !!el.shadowRoot.querySelector('svg.chart'),
  error: el.shadowRoot.querySelector('[role="alert"]')?.textContent ?? null,
  texts: [...el.shadowRoot.querySelectorAll('svg.chart text')].map((t) => t.textContent.trim()),
  summary: el.shadowRoot.querySelector('.sr-only')?.textContent ?? '',
  nan: /NaN|Infinity/.test([...el.shadowRoot.querySelectorAll('svg *')].map((n) => [...n.attributes].map((a) => a.value).join(' ')).join(' ')),
}))`;
type Widget = { tag: string; drawn: boolean; error: string | null; texts: string[]; summary: string; nan: boolean };

describe('the demo article', () => {
  for (const [width, colorScheme] of [
    [1000, 'light'],
    [320, 'light'],
    [1000, 'dark'],
    [320, 'dark'],
  ] as const) {
    it(`draws every widget with no console errors at ${width} px, ${colorScheme}`, async () => {
      const { consoleErrors, warnings, result } = await visit<Widget[]>({
        url: '/demo/index.html',
        width,
        colorScheme,
        evaluate: WIDGETS,
        screenshot: `test-output/e2e/article-${width}-${colorScheme}.png`,
      });
      expect(consoleErrors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      expect(result.map((w) => w.tag)).to.include.members(WIDGET_TAGS);
      for (const w of result) {
        expect(w.drawn, `${w.tag}: ${w.error}`).to.be.true;
        expect(w.nan).to.be.false;
      }
      // One JSON file feeds the hourly bar and the map.
      expect(result.filter((w) => w.summary.includes('The median is $63.98 an hour'))).to.have.length(1);
    });
  }

  it('loads nothing but the one script (and the JSON data file)', async () => {
    const { result } = await visit<string[]>({
      url: '/demo/index.html',
      evaluate: `performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)`,
    });
    // The test server adds its own live-reload socket script; the page itself asks for two files.
    expect([...new Set(result.filter((p) => !p.startsWith('/__web-dev-server')))].sort()).to.deep.equal([
      '/demo/data/salaries.json',
      '/dist/salary-widgets.js',
    ]);
  });

  it('prints every chart with its colours, no tooltip', async () => {
    // No scrolling: the page is printed straight away, and charts still far
    // down the page draw when the browser announces printing.
    const { result } = await visit<Widget[]>({
      url: '/demo/index.html',
      media: 'print',
      beforePrint: true,
      evaluate: WIDGETS,
      screenshot: 'test-output/e2e/article-print.png',
    });
    expect(result.every((w) => w.drawn)).to.be.true;
  });

  it('shows the fallback table to readers without JavaScript', async () => {
    const { result } = await visit<{ rows: string[]; visible: boolean }>({
      url: '/demo/index.html',
      javaScript: false,
      evaluate: `(() => { const t = document.querySelector('state-salary-map table');
        return { visible: t.getClientRects().length > 0, rows: [...t.tBodies[0].rows].map((r) => r.cells[1].textContent) }; })()`,
      screenshot: 'test-output/e2e/article-no-js.png',
    });
    expect(result.visible).to.be.true;
    expect(result.rows).to.deep.equal(['California', 'Washington', 'New York', 'Massachusetts', 'Maryland']);
  });

  it('draws a widget that starts in a hidden tab once the tab is shown', async () => {
    const { result } = await visit<{ before: boolean; after: boolean; width: string | null }>({
      url: '/test-api/blank',
      html: `<!doctype html><script src="/dist/salary-widgets.js"></script>
        <div id="tab" hidden><comp-breakdown></comp-breakdown></div>`,
      settle: false,
      evaluate: `(async () => {
        const el = document.querySelector('comp-breakdown');
        await new Promise((r) => setTimeout(r, 100));
        const before = !!el.shadowRoot.querySelector('svg.chart');
        document.getElementById('tab').hidden = false;
        for (let i = 0; i < 50 && !el.shadowRoot.querySelector('svg.chart'); i++) await new Promise((r) => setTimeout(r, 20));
        return { before, after: !!el.shadowRoot.querySelector('svg.chart'), width: el.shadowRoot.querySelector('svg.chart')?.getAttribute('width') ?? null };
      })()`,
    });
    expect(result).to.deep.equal({ before: false, after: true, width: String(1000 - 16) });
  });
});

describe('the embed builder', () => {
  /** Runs in the builder: choose options, then report the preview and the snippet. */
  const CONFIGURE = (widget: string, changes: Record<string, string>) => `(async () => {
    for (let i = 0; i < 100 && !('ready' in document.body.dataset); i++) await new Promise((r) => setTimeout(r, 20));
    const form = document.getElementById('form');
    form.widget.value = ${JSON.stringify(widget)};
    form.widget.dispatchEvent(new Event('input', { bubbles: true }));
    for (const [name, value] of Object.entries(${JSON.stringify(changes)})) {
      const el = document.querySelector('[data-for="' + form.widget.value + '"] [name="' + name + '"]') ?? form.elements.namedItem(name);
      if (el.type === 'checkbox') el.checked = value === 'on'; else el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const preview = document.querySelector('#preview > *');
    for (let i = 0; i < 100 && !preview.shadowRoot?.querySelector('svg.chart'); i++) await new Promise((r) => setTimeout(r, 20));
    return {
      snippet: document.getElementById('snippet').value,
      texts: [...preview.shadowRoot.querySelectorAll('svg.chart text')].map((t) => t.textContent.trim()),
      width: preview.getBoundingClientRect().width,
      version: window.SalaryWidgets.version,
    };
  })()`;

  for (const [widget, changes] of [
    ['salary-percentile-bar', { marker: '150000', 'marker-label': 'Me', bands: 'on', heading: 'Pay <& "quotes">' }],
    ['state-salary-map', { ranking: '5', layout: 'tiles' }],
    ['comp-breakdown', { variant: 'bar', 'custom-colours': 'on' }],
    ['salary-ranking', { top: '3', highlight: 'Seattle', reference: '133080', 'reference-label': 'National median' }],
    ['salary-compare', { value: '$95k' }],
  ] as const) {
    it(`makes a ${widget} snippet that renders the same chart in a fresh page`, async () => {
      const built = await visit<{ snippet: string; texts: string[]; width: number; version: string }>({
        url: '/demo/builder.html',
        evaluate: CONFIGURE(widget, changes),
        screenshot: `test-output/e2e/builder-${widget}.png`,
      });
      expect(built.consoleErrors).to.deep.equal([]);
      const { snippet } = built.result;
      expect(snippet).to.match(
        new RegExp(
          `^<script src="https://cdn\\.jsdelivr\\.net/npm/salary-widgets@${built.result.version}/dist/salary-widgets\\.js" integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous" defer></script>`,
        ),
      );
      expect(built.result.texts.length).to.be.greaterThan(0);
      // Paste it into a blank page, served locally instead of from the CDN; the integrity hash must still match.
      const pasted = snippet.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/salary-widgets@[^/]+/, '');
      const fresh = await visit<Widget[]>({
        url: '/test-api/blank',
        html: `<!doctype html><html lang="en"><body style="margin:0"><div style="width:${built.result.width}px">${pasted}</div></body></html>`,
        evaluate: WIDGETS,
      });
      expect(fresh.consoleErrors).to.deep.equal([]);
      expect(fresh.result).to.have.length(1);
      expect(fresh.result[0]!.texts).to.deep.equal(built.result.texts);
    });
  }

  it('escapes text in the snippet and offers the data as CSV', async () => {
    const { result } = await visit<{ snippet: string; csv: string }>({
      url: '/demo/builder.html',
      evaluate: `(async () => {
        for (let i = 0; i < 100 && !('ready' in document.body.dataset); i++) await new Promise((r) => setTimeout(r, 20));
        const form = document.getElementById('form');
        form.heading.value = '<img src=x onerror=alert(1)>';
        form.heading.dispatchEvent(new Event('input', { bubbles: true }));
        let blob;
        const original = URL.createObjectURL;
        URL.createObjectURL = (b) => { blob = b; return original.call(URL, b); };
        document.getElementById('csv').click();
        return { snippet: document.getElementById('snippet').value, csv: await blob.text() };
      })()`,
    });
    expect(result.snippet).to.contain('heading="&lt;img src=x onerror=alert(1)&gt;"');
    expect(result.csv).to.equal('Percentile,Annual amount\np10,79850\np25,103050\np50,133080\np75,169000\np90,211450\n');
  });
});

describe('fallback content without JavaScript', () => {
  it('shows every widget’s table as-is', async () => {
    const { result } = await visit<{ tag: string; visible: boolean; text: string }[]>({
      url: '/test-api/blank',
      javaScript: false,
      settle: false,
      html: `<!doctype html><script src="/dist/salary-widgets.js"></script>
        <salary-percentile-bar><table><tr><td>10th</td><td>$79,850</td></tr><tr><td>50th (Median)</td><td>$133,080</td></tr></table></salary-percentile-bar>
        <state-salary-map><table><tr><td>California</td><td>$170,910</td></tr></table></state-salary-map>
        <comp-breakdown><table><tr><td>Base salary</td><td>$150,000</td></tr></table></comp-breakdown>`,
      evaluate: `[...document.querySelectorAll('table')].map((t) => ({ tag: t.parentElement.localName, visible: t.getClientRects().length > 0, text: t.textContent.replace(/\\s+/g, ' ').trim() }))`,
      screenshot: 'test-output/e2e/fallbacks-no-js.png',
    });
    expect(result).to.deep.equal([
      { tag: 'salary-percentile-bar', visible: true, text: '10th$79,85050th (Median)$133,080' },
      { tag: 'state-salary-map', visible: true, text: 'California$170,910' },
      { tag: 'comp-breakdown', visible: true, text: 'Base salary$150,000' },
    ]);
  });
});
