import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import './index.js';
import { SalaryRanking } from './salary-ranking.js';
import type { DataTable } from '../core/table.js';
import { axFindAll, axTree, cleanup, mount, computedColour } from '../../test/helpers/dom.js';
import { SalaryRankingHarness } from './harness.js';
import { contrastRatio, type Rgba } from '../core/color.js';
import { backdrop, paint } from './ink.js';

// The seed's top two metros, San Jose and Seattle (BLS OEWS, May 2024), and a TEST VALUE small row.
const ROWS = 'values="San Jose:180000, Seattle:165000, Tiny:9000"';

const harnessFor = (markup: string, width = 600) => {
  const mounted = mount<HTMLElement>(markup, width);
  const element = mounted.localName === 'salary-ranking' ? (mounted as SalaryRanking) : mounted.querySelector<SalaryRanking>('salary-ranking')!;
  return new SalaryRankingHarness(element);
};

/** A computed colour as sRGB: "rgb(…)", "color(srgb …)", a system colour. */
const rgb = (colour: string) => paint([colour]);
/** A colour as computed styles write it: "rgb(16, 21, 28)". */
const written = ({ r, g, b }: Rgba) => `rgb(${[r, g, b].map((c) => Math.round(c * 255)).join(', ')})`;
const contrast = contrastRatio;

describe('<salary-ranking> values on bars', () => {
  afterEach(cleanup);

  /** Each value inside a bar: its text colour and the bar's fill as painted over what is behind the widget, and their contrast. */
  const onBars = (ranking: SalaryRankingHarness) =>
    ranking.marks().flatMap((mark) => {
      const value = mark.querySelector('text.value.inside');
      const bar = mark.querySelector('rect.bar');
      if (!value || !bar) return [];
      const text = getComputedStyle(value).fill;
      const fill = paint([...backdrop(ranking.element), getComputedStyle(bar).fill]);
      return [{ value: value.textContent, text, fill: written(fill), contrast: contrast(rgb(text), fill) }];
    });

  it('writes "$165,000" in dark text on the dark theme’s light blue bar (was white, 2.73:1)', async () => {
    const ranking = harnessFor(`<salary-ranking theme="dark" ${ROWS}></salary-ranking>`);
    await ranking.drawn();
    const values = onBars(ranking);
    expect(values.map(({ value, text, fill }) => [value, text, fill])).to.deep.equal([
      ['$180,000', 'rgb(16, 21, 28)', 'rgb(111, 156, 240)'],
      ['$165,000', 'rgb(16, 21, 28)', 'rgb(111, 156, 240)'],
    ]);
    for (const { contrast } of values) expect(contrast).to.be.at.least(4.5);
  });

  it('writes white text on the light theme’s blue, and on the default page', async () => {
    for (const theme of ['theme="light"', '']) {
      const ranking = harnessFor(`<salary-ranking ${theme} ${ROWS}></salary-ranking>`);
      await ranking.drawn();
      const values = onBars(ranking);
      expect(values.map(({ text, fill }) => [text, fill])).to.deep.equal([
        ['rgb(255, 255, 255)', 'rgb(47, 107, 216)'],
        ['rgb(255, 255, 255)', 'rgb(47, 107, 216)'],
      ]);
      for (const { contrast } of values) expect(contrast).to.be.at.least(4.5);
      cleanup();
    }
  });

  it('follows a custom accent: dark text on yellow, white on teal, after the bar on a grey that neither reaches 4.5:1', async () => {
    const yellow = harnessFor(`<div style="--salary-accent: #ffd54a"><salary-ranking ${ROWS}></salary-ranking></div>`);
    const teal = harnessFor(`<div style="--salary-accent: #0f766e"><salary-ranking theme="dark" ${ROWS}></salary-ranking></div>`);
    // White on #777 is 4.48:1, the dark text (#10151c) 4.06:1.
    const grey = harnessFor(`<div style="--salary-accent: #777"><salary-ranking ${ROWS}></salary-ranking></div>`);
    for (const ranking of [yellow, teal, grey]) await ranking.drawn();
    expect(onBars(yellow).map(({ text }) => text)).to.deep.equal(['rgb(16, 21, 28)', 'rgb(16, 21, 28)']);
    expect(onBars(teal).map(({ text }) => text)).to.deep.equal(['rgb(255, 255, 255)', 'rgb(255, 255, 255)']);
    for (const { contrast } of [...onBars(yellow), ...onBars(teal)]) expect(contrast).to.be.at.least(4.5);
    expect(grey.rows().map((row) => row.inside)).to.deep.equal([false, false, false]);
    expect(grey.values()).to.deep.equal(['$180,000', '$165,000', '$9,000']);
  });

  it('reads dimmed bars as painted: their translucent accent over the page', async () => {
    const light = harnessFor(`<salary-ranking highlight="Seattle" ${ROWS}></salary-ranking>`);
    const dark = harnessFor(`<div style="background: #101114; color: #eee"><salary-ranking highlight="Seattle" ${ROWS}></salary-ranking></div>`);
    for (const ranking of [light, dark]) await ranking.drawn();
    const [lightSanJose] = onBars(light);
    const [darkSanJose] = onBars(dark);
    // 32% of #2f6bd8 over white, then over #101114.
    expect([lightSanJose?.text, lightSanJose?.fill]).to.deep.equal(['rgb(16, 21, 28)', 'rgb(188, 208, 243)']);
    expect([darkSanJose?.text, darkSanJose?.fill]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(26, 46, 83)']);
    for (const { contrast } of [...onBars(light), ...onBars(dark)]) expect(contrast).to.be.at.least(4.5);
  });

  it('prints a dark theme’s values in text that reads on the light bars paper gets, dimmed ones too', async () => {
    const ranking = harnessFor(`<salary-ranking theme="dark" highlight="Seattle" ${ROWS}></salary-ranking>`);
    await ranking.drawn();
    try {
      // What the browser does before printing: the event, then print media.
      dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      await ranking.element.updateComplete;
      const values = onBars(ranking);
      // San Jose dimmed (32% of #2f6bd8 on the white the light theme prints), Seattle on #2f6bd8.
      expect(values.map(({ text, fill }) => [text, fill])).to.deep.equal([
        ['rgb(16, 21, 28)', 'rgb(188, 208, 243)'],
        ['rgb(255, 255, 255)', 'rgb(47, 107, 216)'],
      ]);
      for (const { contrast } of values) expect(contrast).to.be.at.least(4.5);
    } finally {
      await emulateMedia({ media: 'screen' });
      dispatchEvent(new Event('afterprint'));
    }
    await ranking.element.updateComplete;
    expect(onBars(ranking).map(({ text }) => text)).to.deep.equal(['rgb(255, 255, 255)', 'rgb(16, 21, 28)']);
  });

  it('changes the text when the theme changes', async () => {
    const ranking = harnessFor(`<salary-ranking theme="light" ${ROWS}></salary-ranking>`);
    await ranking.drawn();
    expect(onBars(ranking)[0]?.text).to.equal('rgb(255, 255, 255)');
    ranking.element.setAttribute('theme', 'dark');
    await waitUntil(() => onBars(ranking)[0]?.text === 'rgb(16, 21, 28)', 'dark text on the dark theme’s bar');
  });
});

describe('<salary-ranking> in forced colours', () => {
  afterEach(async () => {
    cleanup();
    await executeServerCommand('forced-colors', { active: false });
  });

  it('outlines bars in CanvasText and writes every value and label in system colours that read', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const ranking = harnessFor(`<salary-ranking highlight="Seattle" ${ROWS}></salary-ranking>`);
    await ranking.drawn();
    const system = computedColour;
    for (const bar of ranking.$$('[data-point] rect.bar')) expect(getComputedStyle(bar).stroke).to.equal(system('CanvasText'));
    // Seattle is highlighted: Highlight with HighlightText; the others Canvas with CanvasText.
    const texts = ranking.marks().map((mark) => getComputedStyle(mark.querySelector('text.value')!).fill);
    expect(texts).to.deep.equal([system('CanvasText'), system('HighlightText'), system('CanvasText')]);
    const fills = ranking.$$('[data-point] rect.bar').map((bar) => paint([system('Canvas'), getComputedStyle(bar).fill]));
    for (const [index, mark] of ranking.marks().entries()) {
      const value = mark.querySelector('text.value')!;
      const behind = value.classList.contains('inside') ? fills[index]! : rgb(system('Canvas'));
      expect(contrast(rgb(getComputedStyle(value).fill), behind), `value of row ${index + 1}`).to.be.at.least(4.5);
      expect(contrast(rgb(getComputedStyle(mark.querySelector('text.label')!).fill), rgb(system('Canvas')))).to.be.at.least(4.5);
    }
  });
});

describe('<salary-ranking> for screen readers', () => {
  afterEach(cleanup);

  it('names every row and hides the texts drawn inside it, so each value is heard once', async () => {
    const ranking = harnessFor(`<salary-ranking highlight="Seattle" ${ROWS}></salary-ranking>`);
    await ranking.drawn();
    expect(ranking.markLabels()).to.deep.equal([
      'San Jose: $180,000 a year, 1st of 3.',
      'Seattle: $165,000 a year, 2nd of 3, highlighted.',
      'Tiny: $9,000 a year, 3rd of 3.',
    ]);
    for (const mark of ranking.marks()) {
      expect(mark.getAttribute('role')).to.equal('img');
      const texts = [...mark.querySelectorAll('text')];
      expect(texts).to.have.length(2);
      for (const text of texts) expect(text.getAttribute('aria-hidden'), `"${text.textContent}" hidden`).to.equal('true');
    }
  });
});

describe('<salary-ranking> in the accessibility tree', () => {
  afterEach(cleanup);

  it('reads each row once, as its name, with no text under it, the first described with the keys that move between rows', async () => {
    const ranking = harnessFor(`<salary-ranking highlight="Seattle" ${ROWS}></salary-ranking>`);
    await ranking.drawn();
    const chart = axFindAll(await axTree(), (node) => node.role === 'group' && node.name === 'Chart')[0]!;
    const images = axFindAll(chart, (node) => node.role === 'image');
    expect(images.map((image) => image.name)).to.deep.equal([
      'San Jose: $180,000 a year, 1st of 3.',
      'Seattle: $165,000 a year, 2nd of 3, highlighted.',
      'Tiny: $9,000 a year, 3rd of 3.',
    ]);
    for (const image of images) expect(image.children, image.name).to.deep.equal([]);
    // Tab reaches the first row, described by the summary and how the keys move, Page Up and Page Down too.
    expect(images[0]!.description).to.equal(
      'Highest: San Jose, $180,000; lowest shown: Tiny, $9,000. 3 of 3 shown. Arrow keys move between rows; Page Up and Page Down move five rows; Home and End go to the first and last; Escape closes the tooltip.',
    );
    // Nothing else in the chart repeats a row: the axis is hidden.
    expect(axFindAll(chart, (node) => node.role === 'StaticText').map((node) => node.name)).to.deep.equal([]);
  });
});

describe('<salary-ranking> by keyboard', () => {
  afterEach(() => {
    cleanup();
    scrollTo(0, 0);
  });

  // TEST VALUES: twelve rows, A highest.
  const TWELVE = `values="${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(65 + i)}:${200000 - i * 10000}`).join(', ')}"`;

  it('jumps five rows with Page Down and Page Up, stopping at the ends, and Home and End go to the first and last row', async () => {
    const ranking = harnessFor(`<salary-ranking ${TWELVE}></salary-ranking>`);
    await ranking.drawn();
    ranking.focusChart();
    const visited: (string | undefined)[] = [];
    for (const key of ['PageDown', 'PageDown', 'PageDown', 'PageUp', 'Home', 'PageUp', 'End', 'ArrowUp', 'Home']) {
      await ranking.press(key);
      await waitUntil(() => ranking.root.activeElement, 'a row keeps focus');
      visited.push(ranking.focused());
    }
    expect(visited).to.deep.equal(['r5', 'r10', 'r11', 'r6', 'r0', 'r0', 'r11', 'r10', 'r0']);
    await ranking.element.updateComplete;
    expect(ranking.tooltip()).to.contain('A').and.contain('1st of 12');
  });

  it('never scrolls the page with arrow, page, Home or End keys, even at the first and last row', async () => {
    const ranking = harnessFor(`<div style="padding: 100vh 0"><salary-ranking ${TWELVE}></salary-ranking></div>`);
    await ranking.drawn();
    ranking.element.scrollIntoView({ block: 'center' });
    const scrolled = window.scrollY;
    expect(scrolled).to.be.above(0);
    ranking.focusChart();
    for (const key of ['ArrowUp', 'ArrowLeft', 'PageUp', 'Home', 'End', 'ArrowDown', 'ArrowRight', 'PageDown', 'End']) {
      await ranking.press(key);
      expect(window.scrollY, `after ${key}`).to.equal(scrolled);
    }
    expect(ranking.focused()).to.equal('r11');
  });
});

/** The ranking with its table in reach, as the core's "Show table" and "Get the data" read it. */
class TabledRanking extends SalaryRanking {
  drawnTable(): DataTable | undefined {
    return this.currentData && this.tableOf(this.currentData, this.fmt);
  }
}
customElements.define('tabled-salary-ranking', TabledRanking);

describe('<salary-ranking> data table', () => {
  afterEach(cleanup);

  const tableOf = async (markup: string) => {
    const element = mount<TabledRanking>(markup);
    await new SalaryRankingHarness(element).drawn();
    return element.drawnTable()!;
  };

  it('lists the rows drawn by name, rank and amount, a top-code as "≥", rows with no figure last', async () => {
    // TEST VALUES: a row with no figure, two tied rows and a top-code, given out of order with sort="none".
    const table = await tableOf(`<tabled-salary-ranking sort="none" heading="Top metros"><table>
      <tr><th>Area</th><th>Annual mean wage</th></tr><tr><td>Anchorage</td><td>-</td></tr><tr><td>Boulder</td><td>146000</td></tr>
      <tr><td>San Jose</td><td>#</td></tr><tr><td>Austin</td><td>146000</td></tr></table></tabled-salary-ranking>`);
    expect(table.caption).to.equal('Top metros: each row and its rank');
    expect(table.columns).to.deep.equal(['Name', 'Rank', 'Amount a year']);
    expect(table.rows).to.deep.equal([
      ['Boulder', '2', '$146,000'],
      ['San Jose', '1', '≥ $239,200'],
      ['Austin', '2', '$146,000'],
      ['Anchorage', '', 'No data'],
    ]);
    expect(table.csv).to.deep.equal({
      columns: ['Name', 'Rank', 'Amount a year'],
      rows: [
        ['Boulder', 2, 146000],
        ['San Jose', 1, 239200],
        ['Austin', 2, 146000],
        ['Anchorage', '', ''],
      ],
    });
  });

  it('shows the table under "Show table", each row named by its header cell', async () => {
    const json = JSON.stringify({
      ranking: [
        { label: 'Seattle', value: 165000 },
        { label: 'Anchorage', value: null },
        { label: 'San Jose', value: 180000 },
      ],
    });
    const ranking = harnessFor(`<salary-ranking data='${json}'></salary-ranking>`);
    await ranking.drawn();
    expect(await ranking.showTable()).to.deep.equal({
      caption: 'Ranking: each row and its rank',
      columns: ['th:Name', 'th:Rank', 'th:Amount a year'],
      rows: [
        ['th:San Jose', '1', '$180,000'],
        ['th:Seattle', '2', '$165,000'],
        ['th:Anchorage', '', 'No data'],
      ],
    });
  });

  it('gives hourly amounts to the cent, and its words in the reader’s language', async () => {
    // The seed's national median, $133,080 a year: $63.98 an hour.
    const hourly = await tableOf('<tabled-salary-ranking period="hourly" values="U.S. median:133080"></tabled-salary-ranking>');
    expect(hourly.caption).to.equal('Ranking: each row and its rank');
    expect(hourly.columns[2]).to.equal('Amount an hour');
    expect(hourly.rows).to.deep.equal([['U.S. median', '1', '$63.98']]);
    expect(hourly.csv.rows).to.deep.equal([['U.S. median', 1, 63.98]]);
    const german = await tableOf('<tabled-salary-ranking locale="de-DE" values="Seattle:165000"></tabled-salary-ranking>');
    expect(german.caption).to.equal('Rangliste: jede Zeile mit ihrem Rang');
    expect(german.columns).to.deep.equal(['Name', 'Rang', 'Betrag pro Jahr']);
    expect(german.rows).to.deep.equal([['Seattle', '1', '165.000\u00a0$']]);
  });
});

describe('<salary-ranking> targets', () => {
  afterEach(cleanup);

  for (const width of [320, 900]) {
    it(`gives every row a target at least 24 × 24 px, none covering another's text, at ${width} px`, async () => {
      const ranking = harnessFor('<salary-ranking></salary-ranking>', width);
      await ranking.drawn();
      const targets = ranking.marks().map((mark) => mark.querySelector('.hit')!.getBoundingClientRect());
      expect(targets).to.have.length(10);
      for (const target of targets) {
        expect(target.width).to.be.at.least(24);
        expect(target.height).to.be.at.least(24);
      }
      // Each row's texts lie within its own target: a tap on a label or value reaches its row.
      for (const [index, mark] of ranking.marks().entries()) {
        for (const text of mark.querySelectorAll('text')) {
          const box = text.getBoundingClientRect();
          const target = targets[index]!;
          expect(box.top).to.be.at.least(target.top - 0.5);
          expect(box.bottom).to.be.at.most(target.bottom + 0.5);
        }
      }
    });
  }
});
