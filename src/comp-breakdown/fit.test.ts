import { expect } from '@open-wc/testing';
import './index.js';
import { CompBreakdownHarness } from './harness.js';
import { DONUT_HOLE_RATIO } from './geometry.js';
import { cleanup, mount } from '../../test/helpers/dom.js';

/** Boxes of every piece of visible text: SVG text and the legend's cells. */
function textBoxes(chart: CompBreakdownHarness): { text: string; box: DOMRect }[] {
  const svgTexts = chart.$$<SVGTextElement>('svg.chart text').filter((text) => text.textContent?.trim());
  const cells = chart.$$<HTMLElement>('[part="legend"] > span').filter((cell) => cell.textContent?.trim());
  return [...svgTexts, ...cells].map((element) => ({ text: element.textContent.trim(), box: element.getBoundingClientRect() }));
}

const overlaps = (one: DOMRect, other: DOMRect) =>
  one.left < other.right - 0.5 && other.left < one.right - 0.5 && one.top < other.bottom - 0.5 && other.top < one.bottom - 0.5;

/** Mounts the seed example (in euros under German, where short amounts stay long) in a `width` px box. */
async function fitted(width: number, attrs: string, wrapper: string): Promise<CompBreakdownHarness> {
  const page = mount<HTMLElement>(`<div ${wrapper}><comp-breakdown ${attrs}></comp-breakdown></div>`, width);
  const chart = new CompBreakdownHarness(page.querySelector('comp-breakdown')!);
  await chart.drawn();
  await chart.element.updateComplete;
  return chart;
}

const CASES: [name: string, wrapper: string, attrs: string][] = [
  ['English', 'lang="en"', ''],
  ['German euros', 'lang="de"', 'currency="EUR"'],
  ['German dollars', 'lang="de"', ''],
  ['French euros', 'lang="fr"', 'currency="EUR"'],
  ['Spanish', 'lang="es"', ''],
  ['Portuguese euros', 'lang="pt"', 'currency="EUR"'],
  // Amounts Intl would write in two units ("$79.9K" beside "$2.11L") are written whole.
  ['Indian English, whole amounts', 'lang="en-IN"', 'base="79850" equity="0-131600"'],
  ['an 18 px serif page', 'style="font: 18px Georgia, serif"', ''],
  ['a 200% font', 'style="font-size: 32px"', 'currency="EUR"'],
  ['Arabic, right to left', 'lang="ar" dir="rtl"', ''],
  ['WCAG text spacing', 'style="line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em"', 'lang="de" currency="EUR"'],
];

describe('<comp-breakdown> fits every page', () => {
  afterEach(cleanup);

  // A German label such as "Kranken- und Altersvorsorge" wraps between words; its longest word is never cut
  // ("Altersvorsorg" / "e") while the amounts beside it could give way instead.
  for (const width of [320, 343, 375]) {
    it(`donut and bar at ${width} px in German: no word of a legend label is broken across lines`, async () => {
      for (const variant of ['donut', 'bar']) {
        const chart = await fitted(width, `variant="${variant}"`, 'lang="de"');
        const labels = chart.$$<HTMLElement>('[part="legend"] .name');
        expect(labels.map((label) => label.textContent.trim())).to.include('Kranken- und Altersvorsorge');
        for (const label of labels) {
          const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            const content = text.textContent ?? '';
            for (const match of content.matchAll(/[^\s-]+/g)) {
              const range = document.createRange();
              range.setStart(text, match.index);
              range.setEnd(text, match.index + match[0].length);
              const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
              expect(lines.size, `"${match[0]}" in "${content}" (${variant})`).to.equal(1);
            }
          }
        }
        cleanup();
      }
    });
  }

  for (const variant of ['donut', 'bar']) {
    for (const width of [240, 320, 360, 1280]) {
      for (const [name, wrapper, attrs] of CASES) {
        it(`${variant} at ${width} px, ${name}: text inside the widget, no overlaps, reserved height = drawn`, async () => {
          const chart = await fitted(width, `variant="${variant}" ${attrs}`, wrapper);
          const host = chart.element.getBoundingClientRect();
          const boxes = textBoxes(chart);
          expect(boxes.length).to.be.greaterThan(4);
          for (const { text, box } of boxes) {
            expect(box.left, `"${text}" left`).to.be.at.least(host.left - 0.5);
            expect(box.right, `"${text}" right`).to.be.at.most(host.right + 0.5);
          }
          for (const [i, one] of boxes.entries())
            for (const other of boxes.slice(i + 1)) expect(overlaps(one.box, other.box), `"${one.text}" over "${other.text}"`).to.equal(false);
          const svg = chart.$<SVGSVGElement>('svg.chart')!;
          const spacer = chart.$<SVGSVGElement>('svg.spacer')!;
          expect(svg.getBoundingClientRect().height).to.equal(spacer.getBoundingClientRect().height);
          // The chart's own drawing stays in its box too.
          const drawn = svg.getBBox();
          expect(drawn.x).to.be.at.least(-0.5);
          expect(drawn.x + drawn.width).to.be.at.most(svg.getBoundingClientRect().width + 0.5);
          expect(drawn.y + drawn.height).to.be.at.most(svg.getBoundingClientRect().height + 0.5);
        });
      }
    }
  }

  // The hole is the ring's inner edge: half the chart's height times the hole ratio.
  for (const [name, wrapper, attrs] of CASES.filter(([, wrapper]) => /lang="(?:de|fr|es|pt)"/.test(wrapper))) {
    for (const width of [240, 300, 360]) {
      it(`donut at ${width} px, ${name}: the centre gives the total, every line inside the hole`, async () => {
        const chart = await fitted(width, attrs, wrapper);
        expect(chart.$$('svg.chart .centre-value').length, 'amount lines').to.be.greaterThan(0);
        expect(chart.centreTexts()[0]).to.match(/^(?:Gesamt|Total)$/);
        const svg = chart.$<SVGSVGElement>('svg.chart')!.getBoundingClientRect();
        const ring = chart.$<SVGGElement>('svg.chart > g')!.getBoundingClientRect();
        const [x, y] = [ring.left + ring.width / 2, ring.top + ring.height / 2];
        const radius = (svg.height / 2) * DONUT_HOLE_RATIO;
        for (const line of chart.$$<SVGTextElement>('svg.chart [class^="centre-"]')) {
          const box = line.getBoundingClientRect();
          const middle = box.top + box.height / 2;
          for (const edge of [box.left, box.right]) expect(Math.hypot(edge - x, middle - y), `"${line.textContent}"`).to.be.at.most(radius);
        }
      });
    }
  }

  it('runs the bar right to left on an RTL page: the first part at the right end, the total anchored there', async () => {
    const chart = await fitted(400, 'variant="bar"', 'lang="ar" dir="rtl"');
    const [base, bonus] = chart.pieces('low').map((rect) => rect.getBoundingClientRect());
    expect(base!.left).to.be.greaterThan(bonus!.right);
    const svg = chart.$('svg.chart')!.getBoundingClientRect();
    expect(Math.round(base!.right)).to.equal(Math.round(svg.right));
    const total = chart.$('svg.chart .total')!.getBoundingClientRect();
    expect(total.right).to.be.closeTo(svg.right, 1);
    // Amounts in the composed line are isolated, so "Total $210K–$300K" never reorders.
    expect(chart.$('svg.chart .total')!.textContent).to.contain('\u2068');
  });

  it('draws larger rows in a larger font', async () => {
    const small = await fitted(500, 'variant="bar"', '');
    const large = await fitted(500, 'variant="bar"', 'style="font-size: 24px"');
    expect(large.pieces('low')[0]!.getBoundingClientRect().height).to.equal(1.5 * small.pieces('low')[0]!.getBoundingClientRect().height);
  });
});
