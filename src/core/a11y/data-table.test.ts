import { expect, waitUntil } from '@open-wc/testing';
import '../../salary-percentile-bar/index.js';
import { SalaryPercentileBar } from '../../salary-percentile-bar/salary-percentile-bar.js';
import { SalaryPercentileBarHarness } from '../../salary-percentile-bar/harness.js';
import type { PercentileData } from '../../salary-percentile-bar/data.js';
import type { Formatter } from '../format.js';
import type { DataTable } from '../table.js';
import { csvOf, safeCell } from './data-table.js';
import { axFindAll, axTree, captureWarnings, cleanup, mount, type AxNode } from '../../../test/helpers/dom.js';

const SEED = 'p10="79850" p25="103050" p50="133080" p75="169000" p90="211450"';
const NAMES = ['10th', '25th', '50th', '75th', '90th'];

/** A percentile bar with a table of its own, as every widget gets one: a row per percentile, then the marker's. */
class TableBar extends SalaryPercentileBar {
  protected override tableOf(data: PercentileData, fmt: Formatter): DataTable {
    const marker = data.marker ? [data.marker] : [];
    return {
      caption: 'Pay by percentile',
      columns: ['Percentile', 'Annual pay'],
      rows: [...data.values.map((value, i) => [NAMES[i]!, fmt.money(value)]), ...marker.map(({ label, value }) => [label, fmt.money(value)])],
      csv: {
        columns: ['Percentile', 'Annual pay (USD)'],
        rows: [...data.values.map((value, i) => [NAMES[i]!, value]), ...marker.map(({ label, value }) => [label, value])],
      },
    };
  }
}
customElements.define('test-table-bar', TableBar);

const tableBar = (attributes = '') => new SalaryPercentileBarHarness(mount<TableBar>(`<test-table-bar ${SEED} ${attributes}></test-table-bar>`));
const button = (bar: SalaryPercentileBarHarness, part: string) => bar.$<HTMLButtonElement>(`button[part="${part}"]`);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const byRole = (tree: AxNode, role: string) => axFindAll(tree, (node) => node.role === role);

describe('Show table and Get the data', () => {
  afterEach(cleanup);

  it('shows a "Show table" button under the chart, which opens a visible table with caption and header cells, and closes it', async () => {
    const bar = tableBar();
    await bar.drawn();
    const toggle = button(bar, 'table-button')!;
    expect(text(toggle)).to.equal('Show table');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('data-table');
    expect(bar.$('table'), 'no table until opened').to.equal(null);
    expect(toggle.getBoundingClientRect().top).to.be.greaterThan(bar.$('svg.chart')!.getBoundingClientRect().bottom);
    await expect(bar.element).to.be.accessible();

    toggle.click();
    await bar.element.updateComplete;
    expect(text(toggle)).to.equal('Hide table');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const table = bar.$<HTMLTableElement>('table#data-table')!;
    expect(table.getBoundingClientRect().height, 'visible').to.be.greaterThan(100);
    expect(text(table.caption)).to.equal('Pay by percentile');
    expect(bar.$$('thead th').map((th) => [th.getAttribute('scope'), text(th)])).to.deep.equal([
      ['col', 'Percentile'],
      ['col', 'Annual pay'],
    ]);
    expect(
      bar
        .$$('tbody tr')
        .map((tr) => [...tr.children].map((cell) => `${cell.localName}${cell.getAttribute('scope') ? `[${cell.getAttribute('scope')}]` : ''} ${text(cell)}`)),
    ).to.deep.equal([
      ['th[row] 10th', 'td $79,850'],
      ['th[row] 25th', 'td $103,050'],
      ['th[row] 50th', 'td $133,080'],
      ['th[row] 75th', 'td $169,000'],
      ['th[row] 90th', 'td $211,450'],
    ]);
    // What a screen reader gets: a table named by its caption, with column and row headers.
    const tree = byRole(await axTree(), 'table')[0]!;
    expect(tree.name).to.equal('Pay by percentile');
    expect(byRole(tree, 'columnheader').map((node) => node.name)).to.deep.equal(['Percentile', 'Annual pay']);
    expect(byRole(tree, 'rowheader').map((node) => node.name)).to.deep.equal(NAMES);
    await expect(bar.element).to.be.accessible();

    toggle.click();
    await bar.element.updateComplete;
    expect(text(toggle)).to.equal('Show table');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(bar.$('table')).to.equal(null);
  });

  it('speaks the reader’s language', async () => {
    const bar = tableBar('locale="de-DE" download');
    await bar.drawn();
    expect(text(button(bar, 'table-button'))).to.equal('Tabelle anzeigen');
    expect(text(button(bar, 'download'))).to.equal('Daten herunterladen');
    button(bar, 'table-button')!.click();
    await bar.element.updateComplete;
    expect(text(button(bar, 'table-button'))).to.equal('Tabelle ausblenden');
  });

  it('leaves the button out with table="none", and shows the usual error for another value', async () => {
    const bar = tableBar('table="none"');
    await bar.drawn();
    expect(button(bar, 'table-button')).to.equal(null);
    expect(button(bar, 'download'), 'no download unless asked for').to.equal(null);
    const warnings = captureWarnings();
    try {
      const wrong = tableBar('table="hidden"');
      expect(await wrong.alert()).to.equal('This chart could not be drawn.table: expected "button" or "none", got "hidden".');
    } finally {
      warnings.restore();
    }
  });

  it('shows the buttons disabled while the data loads, so that nothing below moves when it arrives', async () => {
    const bar = new SalaryPercentileBarHarness(
      mount<SalaryPercentileBar>('<salary-percentile-bar loading="eager" download src="/test-api/hang"></salary-percentile-bar>'),
    );
    await waitUntil(() => bar.$('.loading'), 'loading shown');
    const buttons = bar.$$<HTMLButtonElement>('button');
    expect(buttons.map((b) => [b.textContent.trim(), b.disabled])).to.deep.equal([
      ['Show table', true],
      ['Get the data', true],
    ]);
  });

  it('saves the drawn data as CSV with "Get the data": a Blob made at the click, formula-like cells neutralised', async () => {
    const bar = tableBar(`table="none" download marker="150000" marker-label="=HYPERLINK(&quot;http://evil.example&quot;)"`);
    await bar.drawn();
    const save = button(bar, 'download')!;
    expect(text(save)).to.equal('Get the data');
    const blobs: Blob[] = [];
    const links: { href: string; download: string; connected: boolean }[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return createObjectURL(blob);
    };
    // The link is clicked but goes nowhere: the test only reads what it would save.
    Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
      configurable: true,
      value(this: HTMLAnchorElement) {
        links.push({ href: this.href, download: this.download, connected: this.isConnected });
      },
    });
    try {
      save.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      // Back to the click every element inherits.
      delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
    }
    expect(links.length).to.equal(1);
    expect(links[0]!.href).to.match(/^blob:/);
    expect(links[0]!.download).to.equal('test-table-bar-data.csv');
    expect(links[0]!.connected, 'nothing added to the page').to.be.false;
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).to.equal(
      [
        'Percentile,Annual pay (USD)',
        '10th,79850',
        '25th,103050',
        '50th,133080',
        '75th,169000',
        '90th,211450',
        `"'=HYPERLINK(""http://evil.example"")",150000`,
        '',
      ].join('\n'),
    );
  });

  it('neutralises every cell a spreadsheet would run as a formula, and keeps numbers as numbers', () => {
    expect(['=1+2', '+1', '-1', '@SUM(A1)', '\t=1', 'Senior', '', 'a=b'].map(safeCell)).to.deep.equal([
      "'=1+2",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\t=1",
      'Senior',
      '',
      'a=b',
    ]);
    expect([-5, 0, 133080].map(safeCell)).to.deep.equal(['-5', '0', '133080']);
    const table: DataTable = {
      caption: '',
      columns: [],
      rows: [],
      csv: {
        columns: ['Name', 'Pay'],
        rows: [
          ['-2+3+cmd', 1],
          ['Plain, with comma', 2],
        ],
      },
    };
    expect(csvOf(table)).to.equal(`Name,Pay\n'-2+3+cmd,1\n"Plain, with comma",2`);
  });
});
