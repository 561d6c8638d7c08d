import { expect } from '@open-wc/testing';
import '../index.js';
import type { SalaryPercentileBar } from './salary-percentile-bar.js';
import { SalaryPercentileBarHarness } from './harness.js';
import { SalaryCompareHarness } from '../salary-compare/harness.js';
import type { SalaryCompare } from '../salary-compare/salary-compare.js';
import { cleanup, mount, contrastRatio } from '../../test/helpers/dom.js';

// The bar and the compare form on the pages the issue names: a phone and a
// desktop width, a serif 18 px blog, a 200% root font, an Arabic right-to-left
// page, WCAG 1.4.12's text spacing, and German and French pages, whose words
// and amounts are longer. On each, every drawn text stays inside
// the widget, no two texts overlap, no drawn line crosses a text and the
// reserved height is the drawn one.

const SEED = 'p10="79850" p25="103050" p50="133080" p75="169000" p90="211450"';
const FULL = `${SEED} marker="95000" bands="experience" reference="120000" reference-label="All occupations median"`;

interface Page {
  readonly name: string;
  /** Style of the box the widget sits in. */
  readonly style: string;
  readonly attrs?: string;
}

const PAGES: Page[] = [
  { name: 'a sans-serif 16 px page', style: 'font: 16px sans-serif' },
  { name: 'a serif 18 px blog', style: 'font: 18px Georgia, "DejaVu Serif", serif' },
  { name: 'a 200% root font', style: 'font: 32px sans-serif' },
  { name: 'an Arabic right-to-left page', style: 'font: 16px sans-serif', attrs: 'dir="rtl" lang="ar"' },
  { name: 'WCAG text spacing', style: 'font: 16px sans-serif; line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em' },
  { name: 'a German page', style: 'font: 16px sans-serif', attrs: 'lang="de"' },
  { name: 'a French page', style: 'font: 16px sans-serif', attrs: 'lang="fr"' },
];

const WIDGETS = [
  `<salary-percentile-bar ${FULL}></salary-percentile-bar>`,
  `<salary-percentile-bar ${SEED} marker="2000000" reference="49500"></salary-percentile-bar>`,
  '<salary-percentile-bar marker="150000"></salary-percentile-bar>',
  '<salary-compare value="150000"></salary-compare>',
];

/** Mounts a widget in a box styled as a page, `width` px wide. */
function place<E extends SalaryPercentileBar>(page: Page, widget: string, width: number): SalaryPercentileBarHarness<E> {
  const box = mount(`<div ${page.attrs ?? ''} style='${page.style}'>${widget}</div>`, width);
  return new SalaryPercentileBarHarness(box.querySelector<E>('salary-percentile-bar, salary-compare')!);
}

const overlaps = (a: DOMRect, b: DOMRect, slack = 0.5) =>
  a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;

/** Drawn text boxes on the page, with their text. */
function textBoxes(bar: SalaryPercentileBarHarness): { text: string; box: DOMRect }[] {
  return bar.$$<SVGTextElement>('svg.chart text').map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
}

/** Whether an upright line crosses a box (vertical lines are all this chart draws). */
function crosses(line: SVGLineElement, box: DOMRect): boolean {
  const r = line.getBoundingClientRect();
  return r.left > box.left + 0.5 && r.left < box.right - 0.5 && r.top < box.bottom - 0.5 && r.bottom > box.top + 0.5;
}

describe('percentile bar and compare form: fit on every page', () => {
  afterEach(cleanup);

  for (const page of PAGES) {
    for (const width of [320, 1280]) {
      for (const widget of WIDGETS) {
        it(`${widget.slice(1, widget.indexOf(' '))} ${widget.match(/marker="\d+"|value="\d+"/)?.[0] ?? ''} on ${page.name} at ${width} px`, async () => {
          const bar = place(page, widget, width);
          await bar.drawn();
          await bar.element.updateComplete;
          const host = bar.element.getBoundingClientRect();
          const texts = textBoxes(bar).filter((t) => t.text.trim());
          expect(texts.length).to.be.at.least(3);
          for (const { text, box } of texts) {
            expect(box.left, `"${text}" left of the widget`).to.be.at.least(host.left - 0.5);
            expect(box.right, `"${text}" right of the widget`).to.be.at.most(host.right + 0.5);
          }
          for (let i = 0; i < texts.length; i++)
            for (let j = i + 1; j < texts.length; j++)
              expect(overlaps(texts[i]!.box, texts[j]!.box), `"${texts[i]!.text}" overlaps "${texts[j]!.text}"`).to.be.false;
          for (const line of bar.$$<SVGLineElement>('line.marker-line, line.ref, line.tick-line'))
            for (const { text, box } of texts) expect(crosses(line, box), `a ${line.getAttribute('class')} crosses "${text}"`).to.be.false;
          // Ellipsis only when truly needed: at these widths every callout fits in some wording.
          expect(bar.markerNote()).to.not.include('…');
          // The reserved height is the drawn one, and the drawing stays in it.
          const chart = bar.$<SVGSVGElement>('svg.chart')!;
          const spacer = bar.$<SVGSVGElement>('svg.spacer')!;
          expect(chart.getBoundingClientRect().height).to.equal(spacer.getBoundingClientRect().height);
          const drawing = chart.getBBox();
          expect(drawing.y).to.be.at.least(-0.5);
          expect(drawing.y + drawing.height).to.be.at.most(chart.height.baseVal.value + 0.5);
        });
      }
    }
  }

  it('grows its text and rows with the page font, and reserves that height before drawing', async () => {
    const small = place(PAGES[0]!, `<salary-percentile-bar ${FULL}></salary-percentile-bar>`, 600);
    const large = place(PAGES[2]!, `<salary-percentile-bar ${FULL}></salary-percentile-bar>`, 600);
    await small.drawn();
    await large.drawn();
    // 32 px is twice the table's page size: rows double (24 + 24 + 26 + 38 + 20 = 132 px at 16 px).
    expect(small.$('svg.chart')!.getAttribute('height')).to.equal('132');
    expect(large.$('svg.chart')!.getAttribute('height')).to.equal('264');
    expect(parseFloat(getComputedStyle(large.$('text.tick-value')!).fontSize)).to.equal(26);
  });

  it('runs the scale right to left on a right-to-left page: the 10th percentile on the right', async () => {
    const ltr = place(PAGES[0]!, `<salary-percentile-bar ${SEED}></salary-percentile-bar>`, 600);
    const rtl = place(PAGES[3]!, `<salary-percentile-bar ${SEED}></salary-percentile-bar>`, 600);
    await ltr.drawn();
    await rtl.drawn();
    const x = (bar: SalaryPercentileBarHarness, id: string) => bar.mark(id).querySelector('line.tick-line')!.getBoundingClientRect().left - bar.chartBox().left;
    expect(x(ltr, 'p10')).to.be.below(x(ltr, 'p90'));
    expect(x(rtl, 'p10')).to.be.above(x(rtl, 'p90'));
    expect(x(rtl, 'p10')).to.be.closeTo(600 - x(ltr, 'p10'), 0.5);
    // Arrow keys and reading order follow the scale: the 10th percentile comes first.
    expect(rtl.tabStops()).to.deep.equal(['p10']);
  });

  it('isolates the parts of the marker note on a right-to-left page, so they never reorder', async () => {
    const bar = place(PAGES[3]!, `<salary-percentile-bar ${SEED} marker="150000" marker-label="أنت" locale="en-US"></salary-percentile-bar>`, 600);
    await bar.drawn();
    expect(bar.markerNote()).to.equal('\u2068أنت\u2069: \u2068$150,000\u2069 · \u2068≈ 62nd percentile\u2069');
    // The note reads left to right as written: the amount's box is right of the name's.
    const note = bar.$<SVGTextElement>('text.marker-note')!;
    const name = note.getExtentOfChar(1);
    const amount = note.getExtentOfChar(7);
    expect(amount.x).to.be.above(name.x);
  });

  it('keeps the marker note whole, unshortened, at 320 px under text spacing', async () => {
    const bar = place(PAGES[4]!, `<salary-percentile-bar ${SEED} marker="110000"></salary-percentile-bar>`, 320);
    await bar.drawn();
    expect(bar.markerNote()).to.match(/^You: \$110K · ≈ \d+(st|nd|rd|th) percentile$/);
    expect(bar.markerNote()).to.not.include('…');
    const box = bar.$<SVGTextElement>('text.marker-note')!.getBoundingClientRect();
    expect(box.right).to.be.at.most(bar.element.getBoundingClientRect().right + 0.5);
  });

  it('keeps "$169K" and "$211K" apart on a serif 18 px page at 320 px', async () => {
    const bar = place(PAGES[1]!, `<salary-percentile-bar ${SEED}></salary-percentile-bar>`, 320);
    await bar.drawn();
    const boxes = bar.$$<SVGTextElement>('text.tick-value').map((t) => t.getBoundingClientRect());
    boxes.sort((a, b) => a.left - b.left);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left - boxes[i - 1]!.right).to.be.at.least(4);
  });
});

const contrast = contrastRatio;

describe('the marker as text, in both schemes', () => {
  afterEach(cleanup);
  const schemes = [
    { name: 'a light page', style: 'background: #ffffff; color: #1b1f24', attrs: '' },
    { name: 'a dark page', style: 'background: #17191d; color: #e8eaed', attrs: '' },
    { name: 'theme="light"', style: '', attrs: 'theme="light"' },
    { name: 'theme="dark"', style: '', attrs: 'theme="dark"' },
  ];
  for (const scheme of schemes) {
    it(`reaches 4.5:1 on ${scheme.name}`, async () => {
      const page: Page = { name: scheme.name, style: scheme.style };
      const bar = place(page, `<salary-percentile-bar ${scheme.attrs} ${SEED} marker="150000"></salary-percentile-bar>`, 600);
      await bar.drawn();
      const fill = getComputedStyle(bar.$('text.marker-note')!).fill;
      const background = scheme.attrs ? getComputedStyle(bar.element).backgroundColor : getComputedStyle(bar.element.parentElement!).backgroundColor;
      expect(contrast(fill, background)).to.be.at.least(4.5);
    });
  }
});

describe('<salary-compare> form', () => {
  afterEach(cleanup);
  for (const page of [PAGES[0]!, PAGES[1]!, PAGES[3]!, PAGES[4]!]) {
    it(`aligns its controls on one baseline on ${page.name}`, async () => {
      const box = mount(`<div ${page.attrs ?? ''} style='${page.style}'><salary-compare></salary-compare></div>`, 900);
      const form = new SalaryCompareHarness(box.querySelector<SalaryCompare>('salary-compare')!);
      await form.drawn();
      const controls = form.$$<HTMLElement>('input, select').map((c) => c.getBoundingClientRect());
      expect(controls).to.have.length(3);
      for (const c of controls) {
        expect(c.top).to.be.closeTo(controls[0]!.top, 0.5);
        expect(c.height).to.be.closeTo(controls[0]!.height, 0.5);
      }
    });
  }

  it('keeps its English answer in reading order on a right-to-left page, each amount isolated', async () => {
    const box = mount(`<div dir="rtl" lang="ar" style="font: 16px sans-serif"><salary-compare locale="en-US" value="150000"></salary-compare></div>`, 600);
    const form = new SalaryCompareHarness(box.querySelector<SalaryCompare>('salary-compare')!);
    await form.drawn();
    const sentence = form.liveRegion().querySelector('span')!;
    expect(sentence.dir).to.equal('ltr');
    expect(sentence.textContent).to.equal('You are at about the 62nd percentile, \u2068$16,920\u2069 (12.7%) above the median of \u2068$133,080\u2069.');
  });
});
