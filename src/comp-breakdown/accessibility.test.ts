import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import './index.js';
import { CompBreakdown } from './comp-breakdown.js';
import { CompBreakdownHarness } from './harness.js';
import { TEXTURES } from './patterns.js';
import { composite, contrastRatio, parseColor, type Rgba } from '../core/color.js';
import type { DataTable } from '../core/table.js';
import { axFindAll, axTree, cleanup, mount, screenshotPixels, type AxNode, computedColour } from '../../test/helpers/dom.js';

// The seed example (a 2026 backend developer salary guide) unless marked TEST VALUES.

const breakdown = (markup: string, width = 500) => {
  const mounted = mount<HTMLElement>(markup, width);
  const element = mounted.localName === 'comp-breakdown' ? (mounted as CompBreakdown) : mounted.querySelector<CompBreakdown>('comp-breakdown')!;
  return new CompBreakdownHarness(element);
};

/** A computed colour, read as sRGB. */
const colour = (text: string): Rgba => {
  const parsed = parseColor(text);
  if (!parsed) throw new Error(`not a colour: ${text}`);
  return parsed;
};
const written = ({ r, g, b }: Rgba) => `rgb(${[r, g, b].map((c) => Math.round(c * 255)).join(', ')})`;

const system = computedColour;

describe('<comp-breakdown> for screen readers', () => {
  afterEach(cleanup);

  for (const variant of ['donut', 'bar']) {
    it(`gives each part once, in its mark's name, with the legend hidden and nothing in it focusable (${variant})`, async () => {
      const chart = breakdown(`<comp-breakdown variant="${variant}"></comp-breakdown>`);
      await chart.drawn();
      expect(chart.markLabels()).to.deep.equal([
        'Base salary: $150,000 a year, 59% of the total at the midpoint.',
        'Bonus: $15,000–$30,000 a year, 10–20% of base salary, 9% of the total at the midpoint.',
        'Equity: $30,000–$90,000 a year, 20–60% of base salary, 23% of the total at the midpoint.',
        'Health and retirement benefits: $15,000–$30,000 a year, 9% of the total at the midpoint.',
      ]);
      // Marks hold shapes only: no text of their own under their names.
      for (const mark of chart.marks()) expect(mark.querySelectorAll('text')).to.have.length(0);
      const legend = chart.$('[part="legend"]')!;
      expect(legend.getAttribute('aria-hidden')).to.equal('true');
      expect(legend.querySelectorAll('a, button, input, [tabindex]')).to.have.length(0);
      // The legend still shows every part and the total, and a share never wraps between "59" and "%".
      expect(chart.legendRows()).to.have.length(5);
      for (const share of chart.$$('[part="legend"] .share')) expect(getComputedStyle(share).whiteSpace).to.equal('nowrap');
    });
  }

  it('names the total in full amounts and hides its short drawn lines (donut centre and bar line)', async () => {
    const donut = breakdown('<comp-breakdown></comp-breakdown>');
    const bar = breakdown('<comp-breakdown variant="bar"></comp-breakdown>');
    for (const chart of [donut, bar]) await chart.drawn();
    for (const chart of [donut, bar]) {
      const total = chart.$$('svg.chart [role="img"]:not([data-point])');
      expect(total.map((group) => group.getAttribute('aria-label'))).to.deep.equal(['Total: $210,000–$300,000 a year, midpoint $255,000.']);
      const texts = chart.$$('svg.chart text');
      expect(texts.length).to.be.above(0);
      for (const text of texts) expect(text.getAttribute('aria-hidden'), text.textContent).to.equal('true');
    }
    expect(donut.centreTexts()).to.deep.equal(['Total', '$210K–$300K', 'midpoint $255K']);
  });
});

describe('<comp-breakdown> in the accessibility tree', () => {
  afterEach(cleanup);

  /**
   * What a screen reader gets of the chart and its legend: every mark's name and every text, in
   * reading order; the heading, description, summary and caption aside (they may name a part or
   * an amount in words of their own).
   */
  const heard = (tree: AxNode) => {
    const figure = axFindAll(tree, (node) => node.role === 'figure')[0]!;
    const aside = new Set(
      axFindAll(figure, (node) => ['heading', 'paragraph', 'Figcaption', 'button'].includes(node.role)).flatMap((node) => axFindAll(node, () => true)),
    );
    return axFindAll(figure, (node) => !aside.has(node) && !!node.name && (node.role === 'image' || node.role === 'StaticText')).map((node) => node.name);
  };
  const count = (texts: readonly string[], word: string) => texts.reduce((sum, text) => sum + text.split(word).length - 1, 0);

  for (const variant of ['donut', 'bar']) {
    it(`hears each part, its amount and share once, and no text under a mark (${variant})`, async () => {
      const chart = breakdown(`<comp-breakdown variant="${variant}"></comp-breakdown>`);
      await chart.drawn();
      const tree = await axTree();
      const texts = heard(tree);
      for (const word of ['Base salary', '$150,000', '59%', 'Equity', '$30,000–$90,000', '23%', 'Health and retirement benefits', '$210,000–$300,000']) {
        expect(count(texts, word), `"${word}" in ${JSON.stringify(texts)}`).to.equal(1);
      }
      // Never "59" and "%" apart.
      expect(texts).not.to.include('59');
      const images = axFindAll(tree, (node) => node.role === 'image');
      // The total as drawn: under the donut's parts, in its centre; above the bar.
      const total = 'Total: $210,000–$300,000 a year, midpoint $255,000.';
      expect(images.map((image) => image.name)).to.deep.equal(variant === 'bar' ? [total, ...chart.markLabels()] : [...chart.markLabels(), total]);
      for (const image of images) expect(image.children, image.name).to.deep.equal([]);
      // Tab reaches the first part, described by the summary and how the keys move between parts.
      expect(axFindAll(tree, (node) => node.name === chart.markLabels()[0])[0]!.description).to.match(
        /^Total compensation \$210,000 to \$300,000 a year .* Arrow keys move between parts; Home and End go to the first and last; Escape closes the tooltip\.$/,
      );
    });
  }
});

describe('<comp-breakdown> by keyboard', () => {
  afterEach(cleanup);

  for (const variant of ['donut', 'bar']) {
    it(`goes to the last part with End and back to the first with Home (${variant})`, async () => {
      const chart = breakdown(`<comp-breakdown variant="${variant}"></comp-breakdown>`);
      await chart.drawn();
      chart.focusChart();
      await chart.press('End');
      await waitUntil(() => chart.focused() === 'part-4', 'last part focused');
      await chart.press('ArrowRight');
      expect(chart.focused()).to.equal('part-4');
      await chart.press('Home');
      await waitUntil(() => chart.focused() === 'part-1', 'first part focused');
      await chart.element.updateComplete;
      expect(chart.tooltip()).to.equal('Base salary $150,000 a year 59% of the total at the midpoint');
    });
  }
});

describe('<comp-breakdown> focus ring', () => {
  afterEach(cleanup);

  /** The focused part's two ring tones (the focus colour and the halo beside it), each piece's fill as painted, and the page. */
  const ringOf = (chart: CompBreakdownHarness, page: string) => {
    const mark = chart.$('[data-point]:focus')!;
    const hit = mark.querySelector('.hit')!;
    const halo = mark.querySelector('.halo') ?? hit;
    const haloColour = mark.querySelector('.halo') ? getComputedStyle(halo).stroke : getComputedStyle(hit).outlineColor;
    const background = colour(page);
    return {
      focus: colour(getComputedStyle(hit).stroke),
      halo: colour(haloColour),
      pieces: [...mark.querySelectorAll('.solid, .light')].map((piece) => composite(getComputedStyle(piece).fill, background)),
      background,
    };
  };

  const cases: [name: string, markup: string, page: string][] = [
    ['donut', '<comp-breakdown></comp-breakdown>', 'rgb(255, 255, 255)'],
    ['bar', '<comp-breakdown variant="bar"></comp-breakdown>', 'rgb(255, 255, 255)'],
    ['dark donut', '<comp-breakdown theme="dark"></comp-breakdown>', 'rgb(23, 25, 29)'],
  ];
  for (const [name, markup, page] of cases) {
    it(`draws each part's ring in two tones, one of which reaches 3:1 against each piece of the part and one against the page (${name})`, async () => {
      const chart = breakdown(markup);
      await chart.drawn();
      chart.focusChart();
      for (let part = 1; part <= 4; part++) {
        await waitUntil(() => chart.focused() === `part-${part}`, `part ${part} focused`);
        await chart.element.updateComplete;
        const ring = ringOf(chart, page);
        for (const piece of ring.pieces) {
          expect(Math.max(contrastRatio(ring.focus, piece), contrastRatio(ring.halo, piece)), `part ${part} against ${written(piece)}`).to.be.at.least(3);
        }
        expect(Math.max(contrastRatio(ring.focus, ring.background), contrastRatio(ring.halo, ring.background))).to.be.at.least(3);
        await chart.press('ArrowRight');
      }
    });
  }

  it('keeps the ring after Escape closes the tooltip: across Base salary’s outer edge the screen shows blue, white, blue, white', async () => {
    const chart = breakdown('<comp-breakdown></comp-breakdown>');
    await chart.drawn();
    // A row of real pixels at the ring's right, from inside Base salary's fill out onto the page.
    const svg = chart.$('svg.chart')!.getBoundingClientRect();
    const [centreX, centreY, radius] = [svg.left + svg.width / 2, svg.top + svg.height / 2, svg.height / 2];
    const bands = async () => {
      const image = await screenshotPixels({ x: centreX + radius - 12, y: centreY, width: 24, height: 1 });
      const light = Array.from({ length: image.width }, (_, x) =>
        image.data[x * 4]! + image.data[x * 4 + 1]! + image.data[x * 4 + 2]! > 3 * 160 ? 'white' : 'blue',
      );
      return light.filter((band, i) => band !== light[i - 1]);
    };
    expect(await bands()).to.deep.equal(['blue', 'white']);
    chart.focusChart();
    await chart.element.updateComplete;
    expect(chart.tooltip()).not.to.equal('');
    await chart.press('Escape');
    expect(chart.tooltip()).to.equal('');
    expect(chart.focused()).to.equal('part-1');
    // The fill, the halo where it meets the fill, the focus colour, then the page.
    expect(await bands()).to.deep.equal(['blue', 'white', 'blue', 'white']);
  });

  it('rings Base salary in the focus colour and the page’s white, not its own blue alone (#2f6bd8 on #2f6bd8)', async () => {
    const chart = breakdown('<comp-breakdown></comp-breakdown>');
    await chart.drawn();
    chart.focusChart();
    await chart.element.updateComplete;
    const ring = ringOf(chart, 'rgb(255, 255, 255)');
    expect([ring.focus, ring.halo, ...ring.pieces].map(written)).to.deep.equal(['rgb(47, 107, 216)', 'rgb(255, 255, 255)', 'rgb(47, 107, 216)']);
    expect(contrastRatio(ring.halo, ring.pieces[0]!)).to.be.closeTo(4.98, 0.01);
  });
});

describe('<comp-breakdown> in print and forced colours', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ media: 'screen' });
    await executeServerCommand('forced-colors', { active: false });
  });

  /** The texture that fills each part's pieces (by its pattern's name), or its plain fill colour. */
  const fillsOf = (chart: CompBreakdownHarness) =>
    chart.marks().map((mark) =>
      [...mark.querySelectorAll('.solid, .light')].map((piece) => {
        const fill = getComputedStyle(piece).fill;
        const id = /^url\("?#([\w-]+)"?\)$/.exec(fill)?.[1];
        return id ? chart.$(`pattern#${id}`)!.getAttribute('data-texture') : fill;
      }),
    );

  for (const variant of ['donut', 'bar']) {
    it(`prints the four parts in four textures, their legend swatches too, and keeps plain colours on screen (${variant})`, async () => {
      const chart = breakdown(`<comp-breakdown variant="${variant}"></comp-breakdown>`);
      await chart.drawn();
      // On screen, colours: the solid pieces in the palette, no texture anywhere.
      expect(chart.pieces('low').map((piece) => getComputedStyle(piece).fill)).to.deep.equal([
        'rgb(47, 107, 216)',
        'rgb(211, 90, 0)',
        'rgb(15, 138, 111)',
        'rgb(155, 81, 176)',
      ]);
      for (const fill of fillsOf(chart).flat()) expect(fill).not.to.match(/url|diagonal|dots|horizontal|grid/);
      await emulateMedia({ media: 'print' });
      const printed = fillsOf(chart);
      // A part's solid and light pieces share its texture; no two parts share one.
      expect(printed.map((pieces) => [...new Set(pieces)])).to.deep.equal([['diagonal'], ['dots'], ['horizontal'], ['grid']]);
      // Each tile's one path: the ground, then the texture's lines.
      const tiles = chart.$$('svg.chart pattern').map((pattern) => pattern.querySelector('path')!);
      expect(tiles).to.have.length(4);
      tiles.forEach((tile, slot) =>
        expect(tile.getAttribute('d'))
          .to.match(/^M-8,-8H16V16H-8Z/)
          .and.to.have.string(TEXTURES[slot]!.path),
      );
      // White ink, on the part's own colour.
      for (const tile of tiles) expect(getComputedStyle(tile).stroke).to.equal('rgb(255, 255, 255)');
      expect(tiles.map((tile) => getComputedStyle(tile).fill)).to.deep.equal([
        'rgb(47, 107, 216)',
        'rgb(211, 90, 0)',
        'rgb(15, 138, 111)',
        'rgb(155, 81, 176)',
      ]);
      const swatches = chart.swatches().map((swatch) => swatch.backgroundImage);
      expect(swatches).to.have.length(4);
      expect(new Set(swatches).size).to.equal(4);
      for (const swatch of swatches) expect(swatch).to.match(/gradient/);
    });
  }

  /**
   * A 16 × 16 px patch of a piece as the screen shows it, in grey: its share of light pixels and
   * whether its rows and its columns differ (stripes across, down, both, or neither).
   */
  const greyTexture = async (piece: Element) => {
    const box = piece.getBoundingClientRect();
    const size = 16;
    const image = await screenshotPixels({ x: box.x + box.width / 2 - size / 2, y: box.y + box.height / 2 - size / 2, width: size, height: size });
    const grey: number[] = [];
    for (let i = 0; i < image.data.length; i += 4) grey.push(0.2126 * image.data[i]! + 0.7152 * image.data[i + 1]! + 0.0722 * image.data[i + 2]!);
    const [low, high] = [Math.min(...grey), Math.max(...grey)];
    // A patch of one grey has no light pixels.
    const light = grey.map((g) => (high - low > 32 && g > (low + high) / 2 ? 1 : 0));
    const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    const spread = (means: readonly number[]) => Math.max(...means) - Math.min(...means);
    const rows = Array.from({ length: size }, (_, y) => mean(light.slice(y * size, (y + 1) * size)));
    const columns = Array.from({ length: size }, (_, x) => mean(light.filter((_, i) => i % size === x)));
    return { light: Math.round(mean(light) * 10) / 10, rowsDiffer: spread(rows) > 0.2, columnsDiffer: spread(columns) > 0.2 };
  };

  it('prints four parts a greyscale reader tells apart, measured in the screenshot’s pixels (they were one grey)', async () => {
    const chart = breakdown('<comp-breakdown variant="bar"></comp-breakdown>');
    await chart.drawn();
    await emulateMedia({ media: 'print' });
    const printed = [];
    for (const piece of chart.pieces('low')) printed.push(await greyTexture(piece));
    expect(printed).to.deep.equal([
      // Diagonal lines: every row and column alike.
      { light: 0.4, rowsDiffer: false, columnsDiffer: false },
      // Dots: few light pixels.
      { light: 0.1, rowsDiffer: true, columnsDiffer: true },
      // Horizontal lines.
      { light: 0.5, rowsDiffer: true, columnsDiffer: false },
      // A grid.
      { light: 0.4, rowsDiffer: true, columnsDiffer: true },
    ]);
    expect(new Set(printed.map((texture) => JSON.stringify(texture))).size).to.equal(4);
  });

  it('tells the parts apart in forced colours: CanvasText textures on Canvas, every piece outlined in CanvasText', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const chart = breakdown('<comp-breakdown></comp-breakdown>');
    await chart.drawn();
    expect(fillsOf(chart).map((pieces) => [...new Set(pieces)])).to.deep.equal([['diagonal'], ['dots'], ['horizontal'], ['grid']]);
    for (const pattern of chart.$$('svg.chart pattern')) {
      const tile = pattern.querySelector('path')!;
      expect(getComputedStyle(tile).fill).to.equal(system('Canvas'));
      expect(getComputedStyle(tile).stroke).to.equal(system('CanvasText'));
    }
    for (const piece of chart.$$('[data-point] .solid, [data-point] .light')) expect(getComputedStyle(piece).stroke).to.equal(system('CanvasText'));
    const swatches = chart.swatches().map((swatch) => swatch.backgroundImage);
    expect(swatches).to.have.length(4);
    expect(new Set(swatches).size).to.equal(4);
    for (const swatch of swatches) expect(swatch).to.contain(system('CanvasText'));
  });
});

/** The breakdown with its table in reach, as the core's "Show table" and "Get the data" read it. */
class TabledBreakdown extends CompBreakdown {
  drawnTable(): DataTable | undefined {
    return this.currentData && this.tableOf(this.currentData, this.fmt);
  }
}
customElements.define('tabled-comp-breakdown', TabledBreakdown);

describe('<comp-breakdown> data table', () => {
  afterEach(cleanup);

  const tableOf = async (markup: string) => {
    const element = mount<TabledBreakdown>(markup);
    await new CompBreakdownHarness(element).drawn();
    return element.drawnTable()!;
  };

  it('lists each part with its amount or range and its share, then the total; the CSV has both ends of a range as plain numbers', async () => {
    const table = await tableOf('<tabled-comp-breakdown></tabled-comp-breakdown>');
    expect(table.caption).to.equal('Total compensation of a senior backend developer: each part and the total');
    expect(table.columns).to.deep.equal(['Part', 'Amount a year', 'Share of the total']);
    expect(table.rows).to.deep.equal([
      ['Base salary', '$150,000', '59%'],
      ['Bonus', '$15,000–$30,000', '9%'],
      ['Equity', '$30,000–$90,000', '23%'],
      ['Health and retirement benefits', '$15,000–$30,000', '9%'],
      ['Total (midpoint $255,000)', '$210,000–$300,000', '100%'],
    ]);
    expect(table.csv).to.deep.equal({
      columns: ['Part', 'Amount a year, low', 'Amount a year, high', 'Share of the total (%)'],
      rows: [
        ['Base salary', 150000, 150000, 59],
        ['Bonus', 15000, 30000, 9],
        ['Equity', 30000, 90000, 23],
        ['Health and retirement benefits', 15000, 30000, 9],
        ['Total (midpoint $255,000)', 210000, 300000, 100],
      ],
    });
  });

  it('shows the table under "Show table", each part and the total named by its header cell', async () => {
    const chart = breakdown('<comp-breakdown base="100000" bonus="10%-20%"></comp-breakdown>');
    await chart.drawn();
    expect(await chart.showTable()).to.deep.equal({
      caption: 'Compensation breakdown: each part and the total',
      columns: ['th:Part', 'th:Amount a year', 'th:Share of the total'],
      rows: [
        ['th:Base salary', '$100,000', '87%'],
        ['th:Bonus', '$10,000–$20,000', '13%'],
        ['th:Total (midpoint $115,000)', '$110,000–$120,000', '100%'],
      ],
    });
  });

  it('gives hourly amounts to the cent, and its words in the reader’s language', async () => {
    // The seed's median hourly wage, $63.98, as annual pay, and a 10% bonus.
    const hourly = await tableOf('<tabled-comp-breakdown base="133080" bonus="10%" period="hourly"></tabled-comp-breakdown>');
    expect(hourly.caption).to.equal('Compensation breakdown: each part and the total');
    expect(hourly.columns[1]).to.equal('Amount an hour');
    expect(hourly.rows).to.deep.equal([
      ['Base salary', '$63.98', '91%'],
      ['Bonus', '$6.40', '9%'],
      ['Total', '$70.38', '100%'],
    ]);
    expect(hourly.csv.rows).to.deep.equal([
      ['Base salary', 63.98, 63.98, 91],
      ['Bonus', 6.4, 6.4, 9],
      ['Total', 70.38, 70.38, 100],
    ]);
    const french = await tableOf('<tabled-comp-breakdown locale="fr-FR" currency="EUR" base="150000" bonus="10%-20%"></tabled-comp-breakdown>');
    expect(french.caption).to.equal('Répartition de la rémunération\u00a0: chaque composante et le total');
    expect(french.columns).to.deep.equal(['Composante', 'Montant annuel', 'Part du total']);
    expect(french.csv.columns).to.deep.equal(['Composante', 'Montant annuel, minimum', 'Montant annuel, maximum', 'Part du total (%)']);
    expect(french.rows[1]).to.deep.equal(['Prime', '15\u202f000\u00a0€–30\u202f000\u00a0€', '13\u00a0%']);
  });
});

describe('<comp-breakdown> targets', () => {
  afterEach(cleanup);

  /** Whether a 24 × 24 px square centred at (x, y) lies on the mark of `part` alone, sampled every 4 px. */
  const squareOn = (chart: CompBreakdownHarness, part: string, x: number, y: number) => {
    for (let dx = -12; dx <= 12; dx += 4) {
      for (let dy = -12; dy <= 12; dy += 4) {
        const hit = chart.root.elementFromPoint(x + dx, y + dy)?.closest('[data-point]');
        if (hit?.getAttribute('data-point') !== part) return false;
      }
    }
    return true;
  };

  for (const variant of ['donut', 'bar']) {
    it(`gives every part a 24 × 24 px target at 320 px, in the chart or in its legend row (${variant})`, async () => {
      // The seed's parts, and a TEST VALUE sliver of 1% that is too thin to be a target of its own.
      const chart = breakdown(`<comp-breakdown variant="${variant}" base="150000" bonus="10%-20%" equity="20%-60%" benefits="2500"></comp-breakdown>`, 320);
      await chart.drawn();
      const svg = chart.$('svg.chart')!.getBoundingClientRect();
      for (const [index, part] of chart.parts().entries()) {
        const mark = chart.mark(part);
        const hit = mark.querySelector<SVGGraphicsElement>('.hit')!;
        expect(getComputedStyle(hit).pointerEvents).not.to.equal('none');
        // Search the mark's box for a square that lies on it alone.
        const box = hit.getBoundingClientRect();
        let inChart = false;
        for (let x = box.left + 12; x <= box.right - 12 && !inChart; x += 2) {
          for (let y = box.top + 12; y <= box.bottom - 12 && !inChart; y += 2) inChart = squareOn(chart, part, x, y);
        }
        // The legend row: the same part for the pointer (hover and tap show its tooltip), at least 24 px tall.
        const label = chart.legendName(index + 1).getBoundingClientRect();
        const inLegend = label.height >= 24 && label.width >= 24;
        expect(inChart || inLegend, `${part} has a target`).to.be.true;
        expect(inLegend, `${part}'s legend row is a target`).to.be.true;
        if (part !== 'part-4') expect(inChart, `${part} is a target in the chart at ${svg.width} px`).to.be.true;
      }
      // A tap on the sliver's legend row shows its tooltip, as a tap on its mark does.
      chart.legendName(4).click();
      await chart.element.updateComplete;
      expect(chart.tooltip()).to.match(/^Benefits \$2,500 a year/);
    });
  }
});
