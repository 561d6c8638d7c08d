import { expect, waitUntil } from '@open-wc/testing';
import './index.js';
import type { StateSalaryMap } from './state-salary-map.js';
import { StateSalaryMapHarness } from './harness.js';
import { cleanup, mount } from '../../test/helpers/dom.js';
import { STATES } from './states.js';

/** Every state, with TEST VALUES from $90,000 up in steps of $1,500. */
const ALL_STATES = STATES.map((state, i) => `${state.postal}:${90000 + i * 1500}`).join(', ');

/** Host styles the map must fit in: the plain page, a serif blog, a 200 % root, an Arabic page, and WCAG 1.4.12 text spacing. */
const HOSTS: Record<string, { box?: string; root?: string; attrs?: string }> = {
  plain: {},
  'serif 18 px': { box: 'font: 18px/1.7 Georgia, "DejaVu Serif", serif' },
  '200 % root': { root: '200%', box: 'font-size: 1rem' },
  'rtl ar': { attrs: 'dir="rtl" lang="ar"' },
  'text spacing': { box: 'line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em' },
};

const VARIANTS = ['ranking="51"', 'ranking="10" layout="tiles"', 'steps="0"', 'classes="quantile" steps="9" ranking="5"'];

const COLUMBIA = 'DC:120000, CA:170910, WA:163440, NY:152780, MA:148530, MD:145000, NJ:140000, TX:128000, VT:98000';

async function mountMap(markup: string, width: number, host: { box?: string; root?: string; attrs?: string }) {
  if (host.root) document.documentElement.style.fontSize = host.root;
  const html = `<div ${host.attrs ?? ''} style="${host.box ?? ''}">${markup}</div>`;
  const wrapper = mount<HTMLElement>(html, width);
  const harness = new StateSalaryMapHarness(wrapper.querySelector<StateSalaryMap>('state-salary-map')!);
  await harness.drawn();
  await harness.element.updateComplete;
  return harness;
}

/** Every piece of text the map shows: SVG labels, and the ranked list's cells. */
function textBoxes(harness: StateSalaryMapHarness): { text: string; box: DOMRect }[] {
  const texts = harness.$$('svg.chart text, [part="ranking"] li > span');
  return texts.filter((el) => (el.textContent ?? '').trim()).map((el) => ({ text: el.textContent.trim(), box: el.getBoundingClientRect() }));
}

const overlaps = (a: DOMRect, b: DOMRect, slack = 0.5) =>
  a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;

/** Whether the segment from (x1, y1) to (x2, y2) passes through the rectangle (sampled finely). */
function crosses(line: SVGLineElement, box: DOMRect): boolean {
  const svg = line.ownerSVGElement!.getBoundingClientRect();
  const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((name) => Number(line.getAttribute(name)));
  for (let t = 0; t <= 1; t += 0.01) {
    const x = svg.left + x1! + (x2! - x1!) * t;
    const y = svg.top + y1! + (y2! - y1!) * t;
    if (x > box.left + 0.5 && x < box.right - 0.5 && y > box.top + 0.5 && y < box.bottom - 0.5) return true;
  }
  return false;
}

function checkFit(harness: StateSalaryMapHarness, what: string): void {
  const host = harness.element.getBoundingClientRect();
  const boxes = textBoxes(harness);
  expect(boxes.length, what).to.be.at.least(2);
  for (const { text, box } of boxes) {
    expect(box.left, `${what}: "${text}" left`).to.be.at.least(host.left - 0.5);
    expect(box.right, `${what}: "${text}" right`).to.be.at.most(host.right + 0.5);
    expect(box.bottom, `${what}: "${text}" bottom`).to.be.at.most(host.bottom + 0.5);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${what}: "${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`).to.be.false;
    }
  }
  for (const line of harness.$$<SVGLineElement>('line.leader')) {
    for (const { text, box } of boxes) expect(crosses(line, box), `${what}: a leader crosses "${text}"`).to.be.false;
  }
  // Names in the ranked list are cut only when the list's measured width is wider than the widget.
  const listWidth = harness.rankingWidth();
  if (listWidth !== undefined && listWidth <= host.width) {
    for (const name of harness.$$<HTMLElement>('[part="ranking"] .name'))
      expect(name.scrollWidth, `${what}: ${name.textContent} cut`).to.be.at.most(name.clientWidth);
  }
  // The reserved height is the drawn height.
  const reserved = Number(harness.$('svg.spacer')!.getAttribute('height'));
  expect(harness.drawnHeight(), `${what}: drawn height`).to.be.closeTo(reserved, 1);
}

describe('<state-salary-map> fits its host', () => {
  afterEach(() => {
    cleanup();
    document.documentElement.style.fontSize = '';
  });

  for (const [name, host] of Object.entries(HOSTS)) {
    for (const width of [320, 1280]) {
      it(`keeps every text inside, apart and off the leader lines: ${name}, ${width} px`, async () => {
        for (const variant of VARIANTS) {
          const harness = await mountMap(`<state-salary-map ${variant} values="${COLUMBIA}"></state-salary-map>`, width, host);
          checkFit(harness, `${variant} at ${width}`);
          cleanup();
        }
      });
    }
  }

  it('lists "District of Columbia" on one line, values inside, in an 830 px column with a large serif font', async () => {
    const harness = await mountMap(`<state-salary-map ranking="51" values="${COLUMBIA}"></state-salary-map>`, 830, HOSTS['serif 18 px']!);
    checkFit(harness, 'blog');
    const dc = harness.rankingRows().find((row) => row.textContent.includes('District of Columbia'))!;
    const lineHeight = parseFloat(getComputedStyle(dc).fontSize) * 1.6;
    expect(dc.querySelector('.name')!.getBoundingClientRect().height).to.be.below(lineHeight);
  });

  it('keeps the legend right under the map with ranking="51", the list beside it', async () => {
    const harness = await mountMap(`<state-salary-map ranking="51" values="${ALL_STATES}"></state-salary-map>`, 1280, HOSTS.plain!);
    const { map, ranking } = harness.boxes();
    expect(ranking!.left).to.be.at.least(map.right);
    expect(ranking!.height).to.be.greaterThan(map.height * 1.5);
    const legend = harness.$('[part="legend"]')!.getBoundingClientRect();
    const statesBottom = Math.max(...harness.$$('path.state').map((path) => path.getBoundingClientRect().bottom));
    expect(legend.top - statesBottom).to.be.within(0, 20);
    expect(legend.bottom).to.be.at.most(map.bottom + 0.5);
  });

  it('keeps legend labels apart in German, where amounts are not shortened, and with one class', async () => {
    for (const attrs of ['lang="de"', 'lang="de" steps="1"', 'lang="fr"']) {
      for (const width of [320, 500, 900]) {
        const harness = await mountMap(`<state-salary-map ${attrs} values="${COLUMBIA}"></state-salary-map>`, width, {});
        const labels = harness.$$('[part="legend"] text').map((text) => text.getBoundingClientRect());
        expect(labels.length, `${attrs} at ${width}`).to.be.at.least(2);
        const gap = parseFloat(getComputedStyle(harness.$('[part="legend"] text')!).fontSize) * 0.5;
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            const [a, b] = [labels[i]!, labels[j]!];
            const apart = a.right + gap <= b.left || b.right + gap <= a.left;
            expect(apart, `${attrs} at ${width}: legend labels ${i} and ${j} touch`).to.be.true;
          }
        }
        cleanup();
      }
    }
  });

  it('keeps whole amounts apart and inside under en-IN and de, where compact ones would mix units or are not shortened', async () => {
    // TEST VALUES from $79,850 to $211,450: en-IN would write "$79.9K" beside "$2.11L".
    const spread = 'CA:211450, WA:169000, NY:133080, TX:103050, FL:79850, OR:96000, MA:148530, DC:120000';
    for (const lang of ['en-IN', 'de']) {
      for (const width of [320, 1280]) {
        for (const variant of VARIANTS) {
          const harness = await mountMap(`<state-salary-map ${variant} values="${spread}"></state-salary-map>`, width, { attrs: `lang="${lang}"` });
          // One unit within the legend and within the list: all "K", all "L", or all whole.
          const units = (texts: string[]) => new Set(texts.map((text) => /\d\s?([KkL])\b/.exec(text)?.[1] ?? 'whole'));
          expect([...units(harness.legendEdges())], `${lang} ${variant} at ${width}: legend`).to.have.length(1);
          const amounts = harness.rankingRows().map((row) => row.querySelector('.amount')!.textContent);
          if (amounts.length) expect([...units(amounts)], `${lang} ${variant} at ${width}: list`).to.have.length(1);
          checkFit(harness, `${lang} ${variant} at ${width}`);
          cleanup();
        }
      }
    }
  });

  it('mirrors on a right-to-left page: the callout column on the left, the geography kept', async () => {
    const ltr = await mountMap('<state-salary-map></state-salary-map>', 900, {});
    const rtl = await mountMap('<state-salary-map></state-salary-map>', 900, HOSTS['rtl ar']!);
    const left = (harness: StateSalaryMapHarness, selector: string) =>
      harness.$(selector)!.getBoundingClientRect().left - harness.element.getBoundingClientRect().left;
    expect(left(rtl, '.callout')).to.be.below(5);
    expect(left(ltr, '.callout')).to.be.above(800);
    // California stays west of New York.
    expect(rtl.shape('CA').getBoundingClientRect().left).to.be.below(rtl.shape('NY').getBoundingClientRect().left);
    // The legend's scale starts on the right.
    const edges = rtl.$$('[part="legend"] .edge').map((edge) => edge.getBoundingClientRect().left);
    expect(edges[0]).to.be.greaterThan(edges[edges.length - 1]!);
  });
});

/** A CSS colour as [r, g, b], by painting it: computed colours may be written in oklab or color(). */
function rgb(colour: string): [number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = rgb(colour).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('<state-salary-map> on dark pages', () => {
  afterEach(cleanup);

  const lowAndHigh = (harness: StateSalaryMapHarness) => {
    const swatches = harness.$$('[part="legend"] .swatch');
    return [getComputedStyle(swatches[0]!).fill, getComputedStyle(swatches[swatches.length - 1]!).fill] as const;
  };

  it('reverses the default ramp and keeps both ends at 3:1 against the dark theme', async () => {
    const harness = await mountMap('<state-salary-map theme="dark"></state-salary-map>', 800, {});
    expect(harness.$<HTMLElement>('figure')!.dataset.scheme).to.equal('dark');
    const background = getComputedStyle(harness.element).backgroundColor;
    const [low, high] = lowAndHigh(harness);
    expect(contrast(low, background), 'low class').to.be.at.least(3);
    expect(contrast(high, background), 'high class').to.be.at.least(3);
    // The highest values are the most salient: the top class stands out more than the bottom one.
    expect(contrast(high, background)).to.be.greaterThan(contrast(low, background));
    expect(getComputedStyle(harness.shape('CA')).fill).to.equal(high);
    // Tile text stays readable on both ends.
    const tiles = await mountMap('<state-salary-map theme="dark" layout="tiles"></state-salary-map>', 640, {});
    for (const postal of ['CA', 'OR']) {
      const code = tiles.labels(postal)[0]!;
      expect(contrast(getComputedStyle(code).fill, getComputedStyle(tiles.shape(postal)).fill), postal).to.be.at.least(4.5);
    }
  });

  it('does the same on a dark page whose text the widget inherits', async () => {
    const harness = await mountMap('<state-salary-map></state-salary-map>', 800, { box: 'background: #0d1117; color: #e6edf3' });
    expect(harness.$<HTMLElement>('figure')!.dataset.scheme).to.equal('dark');
    const [low, high] = lowAndHigh(harness);
    for (const fill of [low, high]) expect(contrast(fill, 'rgb(13, 17, 23)')).to.be.at.least(3);
    expect(contrast(high, 'rgb(13, 17, 23)')).to.be.greaterThan(contrast(low, 'rgb(13, 17, 23)'));
  });

  it('keeps the light ramp on a light page, and uses custom colours as given on a dark one', async () => {
    const light = await mountMap('<state-salary-map theme="light"></state-salary-map>', 800, {});
    const background = getComputedStyle(light.element).backgroundColor;
    const [low, high] = lowAndHigh(light);
    expect(contrast(high, background)).to.be.greaterThan(contrast(low, background));
    const custom = await mountMap('<state-salary-map theme="dark"></state-salary-map>', 800, {});
    custom.element.style.setProperty('--salary-scale-low', 'rgb(255, 0, 0)');
    custom.element.style.setProperty('--salary-scale-high', 'rgb(0, 0, 255)');
    await waitUntil(() => rgb(getComputedStyle(custom.shape('CA')).fill).join() === '0,0,255', 'custom high colour');
    expect(rgb(getComputedStyle(custom.shape('OR')).fill)).to.deep.equal([255, 0, 0]);
  });
});
