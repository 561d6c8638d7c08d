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

describe('the embed builder with a blogger’s own data', () => {
  // Rows as spreadsheets copy them (tab-separated) and save them (CSV). Amounts
  // are the seed's (BLS OEWS, May 2024); employment counts, the "#" and "-"
  // rows, the national row and the made-up metro are TEST VALUES.
  const METROS_COPIED = [
    'Area name\tEmployment (1)\tAnnual mean wage (2)',
    'Seattle-Tacoma-Bellevue, WA\t75,000\t$165,000',
    'Washington-Arlington-Alexandria, DC-VA-MD\t70,000\t$148,000',
    'Boulder, CO\t9,000\t$146,000',
    // TEST VALUE: a label with the characters HTML must escape.
    'Fort "Test" <Town> & Co\t100\t$90,000',
  ].join('\r\n');
  const METROS_BLS = [
    'Area name\tEmployment (1)\tLocation quotient (9)\tHourly mean wage\tAnnual mean wage (2)',
    'U.S.\t1,795,300\t1.00\t$63.98\t$133,080',
    'San Jose-Sunnyvale-Santa Clara, CA\t70,000\t8.00\t#\t#',
    'Seattle-Tacoma-Bellevue, WA\t75,000\t4.50\t$79.33\t$165,000',
    'Test <Metro> & Area\t500\t0.40\t-\t-',
  ].join('\n');

  interface Built {
    headers: string[];
    rows: string[][];
    notes: string[];
    error: string;
    carriage: string;
    snippet: string;
    texts: string[];
    marks: string[];
    caption: string;
    width: number;
  }
  /** The drawn texts among `wanted`, in drawing order. */
  const drawn = (built: Built, wanted: string[]) => built.texts.filter((text) => wanted.includes(text));
  /** The labels of the marks, in drawing order. */
  const markLabels = (built: Built) => built.marks.map((name) => name.slice(0, name.lastIndexOf(': ')));

  /**
   * Runs in the builder: waits for it, chooses the widget, runs `steps` (which
   * may paste, import, type and choose options), waits until the widget has
   * read the data and the preview has drawn, and reports what a blogger sees
   * (plus `report`, more properties of the result).
   */
  const BUILD = (widget: string, steps: string, report = '') => `(async () => {
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    for (let i = 0; i < 100 && !('ready' in document.body.dataset); i++) await wait(20);
    const form = document.getElementById('form');
    const choose = (name, value) => {
      const el = document.querySelector('[data-for="' + form.widget.value + '"] [name="' + name + '"]') ?? form.elements.namedItem(name);
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // What a browser does when a blogger presses Ctrl+V with rows copied from a spreadsheet.
    const paste = (target, text) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      target.focus();
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    };
    // What a browser does when a blogger picks a file in the file dialog.
    const importFile = (bytes, name, type) => {
      const input = document.getElementById('import');
      const files = new DataTransfer();
      files.items.add(new File([bytes], name, { type }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const type = (input, text) => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    choose('widget', ${JSON.stringify(widget)});
    ${steps}
    await wait(50);
    for (let i = 0; i < 100 && 'reading' in document.body.dataset; i++) await wait(20);
    const preview = document.querySelector('#preview > *');
    for (let i = 0; i < 100 && !preview.shadowRoot?.querySelector('svg.chart, [role="alert"]'); i++) await wait(20);
    const table = document.getElementById('rows');
    return {
      headers: [...table.tHead.rows[0].cells].map((c) => c.textContent.trim()).filter((t) => t !== 'Remove'),
      rows: [...table.tBodies[0].rows].map((r) => [...r.querySelectorAll('input')].map((i) => i.value)),
      notes: [...document.querySelectorAll('#notes li')].map((li) => li.textContent),
      error: document.getElementById('data-error').textContent,
      carriage: document.getElementById('carriage').textContent,
      snippet: document.getElementById('snippet').value,
      texts: [...preview.shadowRoot.querySelectorAll('svg.chart text')].map((t) => t.textContent.trim()),
      // Each mark's accessible name starts with its whole label (drawn labels may be cut short to fit).
      marks: [...preview.shadowRoot.querySelectorAll('svg.chart [data-point]')].map((g) => g.getAttribute('aria-label')),
      caption: preview.shadowRoot.querySelector('figcaption')?.textContent.replace(/\\s+/g, ' ').trim() ?? '',
      width: preview.getBoundingClientRect().width,
      ${report}
    };
  })()`;

  /** The snippet in a blank page, its script served here instead of by the CDN: what the blogger's readers see. */
  async function inFreshPage(snippet: string, width: number) {
    const pasted = snippet.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/salary-widgets@[^/]+/, '');
    const fresh = await visit<Widget[]>({
      url: '/test-api/blank',
      html: `<!doctype html><html lang="en"><body style="margin:0"><div style="width:${width}px">${pasted}</div></body></html>`,
      evaluate: WIDGETS,
    });
    expect(fresh.consoleErrors).to.deep.equal([]);
    expect(fresh.result).to.have.length(1);
    return fresh.result[0]!;
  }

  it('fills the ranking’s table with rows pasted from a spreadsheet, replacing the sample, and carries them in the values attribute', async () => {
    const { consoleErrors, result } = await visit<Built>({
      url: '/demo/builder.html',
      evaluate: BUILD('salary-ranking', `paste(document.querySelector('#rows tbody input'), ${JSON.stringify(METROS_COPIED)});`),
    });
    expect(consoleErrors).to.deep.equal([]);
    expect(result.headers).to.deep.equal(['Area name', 'Employment (1)', 'Annual mean wage (2)']);
    // The sample's five metros are gone, not merged with the pasted four.
    expect(result.rows).to.deep.equal([
      ['Seattle-Tacoma-Bellevue, WA', '75,000', '$165,000'],
      ['Washington-Arlington-Alexandria, DC-VA-MD', '70,000', '$148,000'],
      ['Boulder, CO', '9,000', '$146,000'],
      ['Fort "Test" <Town> & Co', '100', '$90,000'],
    ]);
    expect(result.notes).to.deep.equal(['Amounts from the column “Annual mean wage”.', 'Footnote markers removed: (2).']);
    expect(result.error).to.equal('');
    expect(result.carriage).to.equal('The code carries your figures in the values attribute.');
    // Commas inside labels are escaped for the compact form, and the markup characters for HTML.
    expect(result.snippet).to.contain(
      '\n  values="Seattle-Tacoma-Bellevue\\, WA:165000, Washington-Arlington-Alexandria\\, DC-VA-MD:148000, Boulder\\, CO:146000, Fort &quot;Test&quot; &lt;Town&gt; &amp; Co:90000"\n',
    );
    expect(result.snippet).not.to.contain('San Jose');
    expect(result.snippet).not.to.contain('<table>');
    expect(result.snippet).to.contain('heading="Annual pay, ranked"');
    // The sample's BLS attribution does not travel with someone else's figures.
    expect(result.snippet).not.to.contain('source=');
    const values = ['$165,000', '$148,000', 'Boulder, CO', '$146,000', 'Fort "Test" <Town> & Co', '$90,000'];
    expect(drawn(result, values)).to.deep.equal(values);
    expect(markLabels(result)).to.deep.equal([
      'Seattle-Tacoma-Bellevue, WA',
      'Washington-Arlington-Alexandria, DC-VA-MD',
      'Boulder, CO',
      'Fort "Test" <Town> & Co',
    ]);
    expect((await inFreshPage(result.snippet, result.width)).texts).to.deep.equal(result.texts);
  });

  it('says how it read a BLS metro table with a top-code, a row with no figure and the national row, and carries the table itself', async () => {
    const { consoleErrors, result } = await visit<Built>({
      url: '/demo/builder.html',
      evaluate: BUILD('salary-ranking', `paste(document.getElementById('paste'), ${JSON.stringify(METROS_BLS)});`),
      screenshot: 'test-output/e2e/builder-pasted-bls-metros.png',
    });
    expect(consoleErrors).to.deep.equal([]);
    expect(result.rows).to.have.length(4);
    expect(result.rows[1]).to.deep.equal(['San Jose-Sunnyvale-Santa Clara, CA', '70,000', '8.00', '#', '#']);
    expect(result.notes).to.deep.equal([
      'Amounts from the column “Annual mean wage”.',
      'Top-coded (“#”): “San Jose-Sunnyvale-Santa Clara, CA”. BLS publishes no figure above $239,200, so the chart shows “≥ $239,200”.',
      'Footnote markers removed: (2).',
      'No figure, shown as no data: “Test <Metro> & Area”.',
      'Not ranked: “U.S.”; a national row becomes the reference line.',
    ]);
    expect(result.carriage).to.equal(
      'The code carries your table as it is, because only a table keeps its top-coded figures (“#”), rows with no figure and national or total rows. Readers without JavaScript see the table.',
    );
    expect(result.snippet).to.contain(
      [
        '>',
        '  <table>',
        '    <thead><tr><th>Area name</th><th>Employment (1)</th><th>Location quotient (9)</th><th>Hourly mean wage</th><th>Annual mean wage (2)</th></tr></thead>',
        '    <tbody>',
        '      <tr><td>U.S.</td><td>1,795,300</td><td>1.00</td><td>$63.98</td><td>$133,080</td></tr>',
        '      <tr><td>San Jose-Sunnyvale-Santa Clara, CA</td><td>70,000</td><td>8.00</td><td>#</td><td>#</td></tr>',
        '      <tr><td>Seattle-Tacoma-Bellevue, WA</td><td>75,000</td><td>4.50</td><td>$79.33</td><td>$165,000</td></tr>',
        '      <tr><td>Test &lt;Metro&gt; &amp; Area</td><td>500</td><td>0.40</td><td>-</td><td>-</td></tr>',
        '    </tbody>',
        '  </table>',
        '</salary-ranking>',
      ].join('\n'),
    );
    expect(result.snippet).not.to.contain('values=');
    // The top-code ranks first as a lower bound; the national row is the reference line.
    const values = ['≥ $239,200', '$165,000', 'Test <Metro> & Area', 'No data', 'U.S.: $133,080'];
    expect(drawn(result, values)).to.deep.equal(values);
    expect(markLabels(result).slice(0, 2)).to.deep.equal(['San Jose-Sunnyvale-Santa Clara, CA', 'Seattle-Tacoma-Bellevue, WA']);
    expect(result.caption).to.contain('top-coded by BLS');
    expect((await inFreshPage(result.snippet, result.width)).texts).to.deep.equal(result.texts);
  });

  it('imports a German CSV file saved by a spreadsheet on Windows into the map', async () => {
    // Semicolons, "79.850 €"-style amounts and Windows-1252 bytes (€ is 0x80), as German Excel saves "CSV".
    // The amounts are the seed's, written the German way.
    const csv = 'Staat;Beschäftigte;Mittleres Jahresgehalt (2)\r\nCalifornia;260.000;170.910 €\r\nWashington;95.000;163.440 €\r\nNew York;(8);152.780 €\r\n';
    const { consoleErrors, result } = await visit<Built & { summary: string }>({
      url: '/demo/builder.html',
      evaluate: BUILD(
        'state-salary-map',
        `choose('locale', 'de-DE');
        choose('currency', 'EUR');
        importFile(Uint8Array.from(${JSON.stringify(csv)}, (c) => ({ '€': 0x80, 'ä': 0xe4 })[c] ?? c.charCodeAt(0)), 'gehalt.csv', 'text/csv');`,
      ),
    });
    expect(consoleErrors).to.deep.equal([]);
    expect(result.headers).to.deep.equal(['Staat', 'Beschäftigte', 'Mittleres Jahresgehalt (2)']);
    expect(result.rows).to.deep.equal([
      ['California', '260.000', '170.910 €'],
      ['Washington', '95.000', '163.440 €'],
      ['New York', '(8)', '152.780 €'],
    ]);
    expect(result.notes).to.deep.equal(['Amounts from the column “Mittleres Jahresgehalt”.', 'Footnote markers removed: (2).']);
    expect(result.snippet).to.contain('\n  values="CA:170910, WA:163440, NY:152780"\n');
    expect(result.snippet).to.contain('\n  locale="de-DE"\n  currency="EUR"\n');
    const fresh = await inFreshPage(result.snippet, result.width);
    expect(fresh.drawn).to.be.true;
    expect(fresh.summary).to.contain('170.910');
  });

  it('shows the widget’s own error for a pasted table it cannot read, and keeps the table in the code', async () => {
    // TEST VALUES: a state table with no wage column.
    const { result } = await visit<Built & { alert: string }>({
      url: '/demo/builder.html',
      evaluate: BUILD(
        'state-salary-map',
        `paste(document.getElementById('paste'), 'State\\tEmployment (1)\\tLocation quotient\\nCalifornia\\t260,000\\t1.4\\nTexas\\t180,000\\t1.1');`,
        `alert: preview.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '',`,
      ),
    });
    expect(result.error).to.match(
      /^The chart could not be drawn: table: no column of annual amounts; found headers "State", "Employment \(1\)", "Location quotient"/,
    );
    expect(result.alert).to.contain('no column of annual amounts');
    expect(result.notes).to.deep.equal([]);
    expect(result.carriage).to.equal('The chart could not read your table yet (see “How the chart read your data”), so the code carries the table as it is.');
    expect(result.snippet).to.contain('<tr><td>California</td><td>260,000</td><td>1.4</td></tr>');
  });

  it('puts JSON in a data attribute, never in a child script', async () => {
    const { result } = await visit<Built>({
      url: '/demo/builder.html',
      evaluate: BUILD(
        'salary-percentile-bar',
        `const json = document.querySelector('input[name="mode"][value="json"]');
        json.checked = true;
        json.dispatchEvent(new Event('input', { bubbles: true }));`,
      ),
    });
    expect(result.snippet).to.contain(
      '\n  data="{&quot;percentiles&quot;:{&quot;p10&quot;:79850,&quot;p25&quot;:103050,&quot;p50&quot;:133080,&quot;p75&quot;:169000,&quot;p90&quot;:211450}}"\n',
    );
    expect(result.snippet).not.to.contain('<script type=');
    expect(result.carriage).to.equal('The code carries your JSON in the data attribute.');
    expect((await inFreshPage(result.snippet, result.width)).texts).to.deep.equal(result.texts);
  });

  it('writes a snippet that loads the script from the blogger’s own site, with the same integrity hash', async () => {
    const { result } = await visit<Built>({
      url: '/demo/builder.html',
      evaluate: BUILD(
        'state-salary-map',
        `document.querySelector('input[name="load"][value="self"]').click();
        type(document.getElementById('self-path'), '/dist/salary-widgets.js');`,
      ),
    });
    expect(result.snippet).to.match(/^<script src="\/dist\/salary-widgets\.js" integrity="sha384-[A-Za-z0-9+/=]{64}" defer><\/script>\n/);
    // The blank page loads the file from the path written in the snippet: the hash must match it.
    const fresh = await inFreshPage(result.snippet, result.width);
    expect(fresh.drawn).to.be.true;
  });

  it('switches to self-hosting when jsDelivr does not have this version yet', async () => {
    const { result } = await visit<{ status: string; snippet: string; version: string }>({
      url: '/demo/builder.html',
      evaluate: `(async () => {
        for (let i = 0; i < 100 && !('ready' in document.body.dataset); i++) await new Promise((r) => setTimeout(r, 20));
        // jsDelivr answers 404 for a version not yet published on npm.
        const realFetch = window.fetch;
        window.fetch = (url, init) => String(url).startsWith('https://cdn.jsdelivr.net/') ? Promise.resolve(new Response('Not found', { status: 404 })) : realFetch(url, init);
        document.getElementById('check-cdn').click();
        for (let i = 0; i < 100 && !/yet/.test(document.getElementById('cdn-status').textContent); i++) await new Promise((r) => setTimeout(r, 20));
        return { status: document.getElementById('cdn-status').textContent, snippet: document.getElementById('snippet').value, version: window.SalaryWidgets.version };
      })()`,
    });
    expect(result.status).to.equal(`jsDelivr does not have version ${result.version} yet. The code now loads the file from your own site: upload it there.`);
    expect(result.snippet).to.match(/^<script src="\/js\/salary-widgets\.js" integrity="sha384-/);
  });

  it('replaces the sample with typed rows, and does not credit the breakdown’s sample to BLS', async () => {
    const typed = await visit<Built>({
      url: '/demo/builder.html',
      // TEST VALUE: a blogger's own figure for Texas.
      evaluate: BUILD(
        'state-salary-map',
        `const [state, amount] = document.querySelectorAll('#rows tbody tr:first-child input');
        type(state, 'TX');
        type(amount, '120000');`,
      ),
    });
    expect(typed.result.snippet).to.contain('\n  values="TX:120000"\n');
    expect(typed.result.rows.flat().filter(Boolean)).to.deep.equal(['TX', '120000']);
    expect(typed.result.snippet).to.contain('heading="Annual pay by state"');

    const breakdown = await visit<Built>({ url: '/demo/builder.html', evaluate: BUILD('comp-breakdown', '') });
    expect(breakdown.result.snippet).to.contain('source="Typical ranges from industry salary surveys"');
    expect(breakdown.result.snippet).not.to.match(/BLS|bls\.gov/);
  });

  for (const width of [1200, 320]) {
    it(`leaves room for a range such as 140000-160000 in an amount cell at ${width} px`, async () => {
      const { result } = await visit<{ fits: boolean }>({
        url: '/demo/builder.html',
        width,
        evaluate: BUILD(
          'comp-breakdown',
          `const amount = document.querySelector('#rows tbody tr:last-child td.amount input');
          type(amount, '140000-160000');`,
          'fits: amount.scrollWidth <= amount.clientWidth,',
        ),
      });
      expect(result.fits).to.be.true;
    });
  }

  it('keeps the preview in view while the options further down are edited', async () => {
    const { result } = await visit<{ top: number; bottom: number; height: number }>({
      url: '/demo/builder.html',
      width: 1200,
      height: 800,
      evaluate: `(async () => {
        for (let i = 0; i < 100 && !('ready' in document.body.dataset); i++) await new Promise((r) => setTimeout(r, 20));
        document.querySelector('[name="custom-colours"]').scrollIntoView();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const box = document.getElementById('preview').getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, height: innerHeight };
      })()`,
    });
    expect(result.top).to.be.at.least(0);
    expect(result.bottom).to.be.at.most(result.height);
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
