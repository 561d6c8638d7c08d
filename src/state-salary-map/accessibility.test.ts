import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './index.js';
import type { StateSalaryMap } from './state-salary-map.js';
import { StateSalaryMapHarness } from './harness.js';
import { axFindAll, axTree, cleanup, mount, type AxNode, computedColour } from '../../test/helpers/dom.js';
import { contrastRatio, DARK_TEXT, LIGHT_TEXT, mixOklab, parseColor, readableTextOn, relativeLuminance, toHex } from '../core/color.js';
import { DEFAULT_RAMPS, RAMP_TEXT_TONES } from './state-salary-map.styles.js';
import { CALLOUT_STATES } from './geometry.js';
import { STATES } from './states.js';

/** Mounts a map in a box of the given width and waits until it is drawn. */
async function mountMap(markup: string, width: number, boxStyle = ''): Promise<StateSalaryMapHarness> {
  const harness = new StateSalaryMapHarness(mount<StateSalaryMap>(markup, width));
  if (boxStyle) harness.element.parentElement!.setAttribute('style', `${harness.element.parentElement!.getAttribute('style')};${boxStyle}`);
  await harness.drawn();
  await harness.element.updateComplete;
  return harness;
}

const OPPOSITE: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft', ArrowUp: 'ArrowDown', ArrowDown: 'ArrowUp' };
const ARROWS = Object.keys(OPPOSITE);

const computed = computedColour;

/**
 * Presses a key on the focused mark as a keyboard sends it: a keydown from the
 * focused element, without the round trip through the browser process (which
 * hundreds of moves would make slow); real key presses are tested below.
 */
async function keyOnFocus(harness: StateSalaryMapHarness, key: string): Promise<void> {
  harness.root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await harness.element.updateComplete;
}

/** Focuses a state's mark (its shape, tile or callout box). */
async function focusState(harness: StateSalaryMapHarness, postal: string): Promise<void> {
  harness.mark(postal).focus();
  await harness.element.updateComplete;
}

/** The default data's states, highest first (California $170,910 … Oregon $136,240), then the rest by name. */
const DEFAULT_READING_ORDER_START = ['CA', 'WA', 'NY', 'MA', 'MD', 'NJ', 'CO', 'VA', 'CT', 'OR', 'AL', 'AK', 'AZ', 'AR', 'DE', 'DC', 'FL', 'GA'];

describe('<state-salary-map> keyboard', () => {
  afterEach(cleanup);

  for (const [layout, width] of [
    ['geo', 900],
    ['tiles', 640],
  ] as const) {
    it(`undoes at least 95% of arrow moves with the opposite arrow (${layout}), from states with data and without`, async function () {
      this.timeout(60000);
      const harness = await mountMap(`<state-salary-map layout="${layout}"></state-salary-map>`, width);
      let moves = 0;
      let undone = 0;
      const stuck: string[] = [];
      for (const { postal } of STATES) {
        let moved = false;
        for (const key of ARROWS) {
          await focusState(harness, postal);
          await keyOnFocus(harness, key);
          const to = harness.focused();
          if (to === postal) continue;
          moved = true;
          moves++;
          await keyOnFocus(harness, OPPOSITE[key]!);
          if (harness.focused() === postal) undone++;
        }
        if (!moved) stuck.push(postal);
      }
      // No dead end: every state has somewhere to go.
      expect(stuck).to.deep.equal([]);
      expect(moves).to.be.at.least(170);
      expect(undone / moves, `${undone} of ${moves} moves undone`).to.be.at.least(0.95);
    });
  }

  it('retraces Alabama ↓ Florida ↑, stays on Florida at →, and enters and leaves the callout column', async () => {
    const harness = await mountMap('<state-salary-map></state-salary-map>', 900);
    const path = async (from: string, keys: string[]) => {
      await focusState(harness, from);
      const visited: string[] = [];
      for (const key of keys) {
        await harness.press(key);
        visited.push(harness.focused()!);
      }
      return visited;
    };
    expect(await path('AL', ['ArrowDown', 'ArrowUp'])).to.deep.equal(['FL', 'AL']);
    // Nothing lies east of Florida: the focus stays (the audit saw a jump to DC's box).
    expect(await path('FL', ['ArrowRight'])).to.deep.equal(['FL']);
    // → from the coast reaches the callout boxes, ← leaves them, each way retraced.
    expect(await path('PA', ['ArrowRight', 'ArrowLeft'])).to.deep.equal(['NJ', 'PA']);
    expect(harness.mark('NJ').classList.contains('callout')).to.be.true;
    expect(await path('CT', ['ArrowLeft', 'ArrowRight'])).to.deep.equal(['NY', 'CT']);
    expect(await path('CT', ['ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp'])).to.deep.equal(['NJ', 'DE', 'NJ', 'CT']);
    for (const postal of CALLOUT_STATES) {
      const [to] = await path(postal, ['ArrowLeft']);
      expect(CALLOUT_STATES, `${postal} ← ${to}`).not.to.include(to);
    }
  });

  for (const layout of ['geo', 'tiles']) {
    it(`reads and tabs in rank order (${layout}): the top-ranked state first, then the rest by name; Page Down and Page Up step by rank`, async () => {
      const harness = await mountMap(`<state-salary-map layout="${layout}"></state-salary-map>`, 900);
      const order = harness.readingOrder();
      expect(order).to.have.length(51);
      expect(order.slice(0, DEFAULT_READING_ORDER_START.length)).to.deep.equal(DEFAULT_READING_ORDER_START);
      expect(order.at(-1)).to.equal('WY');
      expect(harness.tabStop()).to.equal('CA');
      harness.focusChart();
      await harness.element.updateComplete;
      const visited: string[] = [];
      for (const key of ['PageDown', 'PageDown', 'PageUp', 'End', 'Home']) {
        await harness.press(key);
        visited.push(harness.focused()!);
      }
      expect(visited).to.deep.equal(['WA', 'NY', 'WA', 'WY', 'CA']);
      // From the last state with data, Page Down goes on to the first without.
      await focusState(harness, 'OR');
      await harness.press('PageDown');
      expect(harness.focused()).to.equal('AL');
    });
  }

  it('never scrolls the page with arrow keys, Page Up and Down, Home or End', async () => {
    const harness = await mountMap('<state-salary-map></state-salary-map>', 900);
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    try {
      harness.element.scrollIntoView({ block: 'start' });
      await focusState(harness, 'KS');
      const top = scrollY;
      expect(top).to.be.greaterThan(0);
      for (const key of [...ARROWS, 'PageDown', 'PageUp', 'End', 'Home']) {
        await harness.press(key);
        expect(scrollY, key).to.equal(top);
      }
    } finally {
      spacer.remove();
    }
  });

  it('shows the focus ring on the focused state after Escape closes its tooltip', async () => {
    const harness = await mountMap('<state-salary-map></state-salary-map>', 900);
    harness.focusChart();
    await harness.press('ArrowDown');
    const focused = harness.focused()!;
    expect(harness.tooltip()).not.to.equal('');
    await harness.press('Escape');
    expect(harness.tooltip()).to.equal('');
    expect(harness.focused()).to.equal(focused);
    const rings = harness.$$('.outline.ring').filter((ring) => getComputedStyle(ring).display !== 'none');
    expect(rings).to.have.length(1);
    expect(rings[0]!.getAttribute('d')).to.equal(harness.shape(focused).getAttribute('d'));
    // Two tones: the focus colour, and the background's beside it.
    expect(toHex(getComputedStyle(rings[0]!).stroke)).to.equal('#2f6bd8');
    const halo = harness.$$('.outline.halo').find((path) => getComputedStyle(path).display !== 'none')!;
    expect(toHex(getComputedStyle(halo).stroke)).to.equal('#ffffff');
    // A callout box's ring: the focus colour on its edge, the background's inside it.
    await harness.press('End');
    await focusState(harness, 'CT');
    await harness.press('Escape');
    const box = getComputedStyle(harness.callout('CT').querySelector('rect')!);
    expect([toHex(box.stroke), box.strokeWidth, box.outlineStyle, toHex(box.outlineColor)]).to.deep.equal(['#2f6bd8', '3px', 'solid', '#ffffff']);
    // Without keyboard focus, no ring.
    (harness.root.activeElement as HTMLElement).blur();
    await harness.element.updateComplete;
    expect(harness.$$('.outline.ring').filter((ring) => getComputedStyle(ring).display !== 'none')).to.have.length(0);
  });
});

describe('<state-salary-map> for assistive technology', () => {
  afterEach(cleanup);

  it('exposes each listed value once: the marks carry the names, the ranked list is hidden and out of the tab order', async () => {
    const harness = await mountMap('<state-salary-map ranking="5"></state-salary-map>', 900);
    const list = harness.$('[part="ranking"]')!;
    expect(list.getAttribute('aria-hidden')).to.equal('true');
    expect(harness.rankedList()[1]).to.equal('2 Washington $163K');
    expect(harness.stateLabel('WA')).to.equal('Washington: $163,440 a year, 2nd of 10.');
    // Nothing focusable is hidden: the list's rows are not focusable, and every state is reached on the map.
    expect(list.querySelectorAll('[tabindex]')).to.have.length(0);
    for (const focusable of harness.$$('[tabindex]')) expect(focusable.closest('[aria-hidden="true"]'), focusable.outerHTML.slice(0, 60)).to.equal(null);
    expect(harness.marks().filter((mark) => mark.hasAttribute('tabindex'))).to.have.length(51);
    await expect(harness.element).to.be.accessible();
  });

  it('reads the marks in rank order in the accessibility tree, each listed value once, and says how the keys work on Tab', async () => {
    const harness = await mountMap('<state-salary-map ranking="5"></state-salary-map>', 900);
    const figure = axFindAll(await axTree(), (node) => node.role === 'figure')[0]!;
    const images = axFindAll(figure, (node) => node.role === 'image');
    // The 51 marks, then the legend.
    expect(images).to.have.length(52);
    expect(images.slice(0, 3).map((node) => node.name)).to.deep.equal([
      'California: $170,910 a year, 1st of 10.',
      'Washington: $163,440 a year, 2nd of 10.',
      'New York: $152,780 a year, 3rd of 10.',
    ]);
    expect(images[10]!.name).to.equal('Alabama: No data.');
    expect(images[51]!.name).to.match(/^Legend: \$130K to \$140K, /);
    // A mark's drawn code and value are not read after its name.
    for (const image of images) expect(image.children, image.name).to.deep.equal([]);
    // Listed states that the summary does not name: heard once each, in the mark's name (the list is hidden).
    const said = (node: AxNode): string[] => [node.name, node.description ?? '', ...node.children.flatMap(said)];
    const words = said(figure);
    for (const name of ['Washington', 'New York', 'Massachusetts', 'Maryland']) {
      expect(
        words.filter((text) => text.includes(name)),
        name,
      ).to.have.length(1);
    }
    expect(words.filter((text) => text.includes('$163K'))).to.deep.equal([]);
    // Tab lands on California, described by the summary and the map's own keyboard hint.
    expect(images[0]!.description).to.equal(
      'Highest: California, $170,910; lowest: Oregon, $136,240. 10 of 51 states have data. Arrow keys move between states on the map; Page Down and Page Up go by rank; Home and End go to the first and the last; Escape closes the tooltip.',
    );
    expect(harness.tabStop()).to.equal('CA');
  });

  for (const layout of ['geo', 'tiles']) {
    it(`names every mark and exposes no text under it (${layout}); the legend says its class ranges`, async () => {
      const harness = await mountMap(`<state-salary-map layout="${layout}"></state-salary-map>`, 900);
      for (const mark of harness.marks()) {
        expect(mark.getAttribute('aria-label'), mark.dataset.point).to.match(/^\S.*\.$/);
        for (const text of mark.querySelectorAll('text'))
          expect(text.closest('[aria-hidden="true"]'), `${mark.dataset.point} ${text.textContent}`).not.to.equal(null);
      }
      const legend = harness.$('[part="legend"]')!;
      expect(legend.getAttribute('role')).to.equal('img');
      expect(harness.legendName()).to.equal('Legend: $130K to $140K, $140K to $150K, $150K to $160K, $160K to $170K, $170K to $180K, hatched, no data.');
      for (const text of legend.querySelectorAll('text')) expect(text.getAttribute('aria-hidden')).to.equal('true');
    });
  }
});

/** Distinct computed fills of the states with data, and the states' borders and the no-data base. */
function paint(harness: StateSalaryMapHarness) {
  const shapes = harness.$$<SVGElement>('path.state, rect.tile');
  const withData = shapes.filter((shape) => shape.hasAttribute('data-tone'));
  return {
    fills: [...new Set(withData.map((shape) => getComputedStyle(shape).fill))],
    borders: [...new Set(shapes.map((shape) => getComputedStyle(shape).stroke))],
    borderWidth: Math.min(...shapes.map((shape) => parseFloat(getComputedStyle(shape).strokeWidth))),
    noDataBase: getComputedStyle(harness.$('#no-data .no-data-background')!).fill,
  };
}

describe('<state-salary-map> contrast', () => {
  afterEach(cleanup);

  const pages: [string, string, string, string][] = [
    ['a light page', '<state-salary-map></state-salary-map>', '', '#ffffff'],
    ['the light theme', '<state-salary-map theme="light"></state-salary-map>', '', '#ffffff'],
    ['the dark theme', '<state-salary-map theme="dark"></state-salary-map>', '', '#17191d'],
    ['a dark page', '<state-salary-map></state-salary-map>', 'background: #0d1117; color: #e6edf3', '#0d1117'],
  ];
  for (const [name, markup, boxStyle, page] of pages) {
    it(`draws borders in the background's colour, at 3:1 or more against every class, on ${name}`, async () => {
      const harness = await mountMap(markup.replace('<state-salary-map', '<state-salary-map classes="quantile" steps="9"'), 900, boxStyle);
      const { fills, borders, borderWidth, noDataBase } = paint(harness);
      // Nine classes, from the lowest to the highest.
      expect(fills).to.have.length(9);
      expect(borders).to.have.length(1);
      expect(borderWidth).to.be.at.least(1.5);
      for (const fill of fills) {
        expect(contrastRatio(borders[0]!, fill), `border against ${toHex(fill)}`).to.be.at.least(3);
        // Every class against the page (WCAG 1.4.11), so the top and bottom classes too.
        expect(contrastRatio(page, fill), `${toHex(fill)} against the page`).to.be.at.least(3);
      }
      // No data shows the background, hatched: every class differs from it by 3:1 or more, not by the hatch alone.
      expect(toHex(noDataBase)).to.equal(toHex(borders[0]!));
      for (const fill of fills) expect(contrastRatio(noDataBase, fill), toHex(fill)).to.be.at.least(3);
    });
  }

  const ramps: [string, string, string][] = [
    ['the light ramp', '', ''],
    ['the dark ramp', 'theme="dark"', ''],
    ['a custom orange ramp', '', '--salary-scale-low: #ffe0b2; --salary-scale-high: #bf360c'],
    // Grey mid tones, where neither white nor the dark text reaches 4.5:1.
    ['a custom grey ramp', '', '--salary-scale-low: #c8c8c8; --salary-scale-high: #404040'],
  ];
  for (const [name, attrs, ramp] of ramps) {
    it(`writes tile and callout codes at 4.5:1 or more on the fill painted, with ${name}`, async () => {
      const tiles = await mountMap(`<state-salary-map layout="tiles" steps="0" ${attrs}></state-salary-map>`, 640, ramp);
      const geo = await mountMap(`<state-salary-map steps="0" ${attrs}></state-salary-map>`, 900, ramp);
      for (const [harness, states] of [
        [tiles, STATES.map((state) => state.postal)],
        [geo, CALLOUT_STATES],
      ] as const) {
        for (const postal of states) {
          const { text, fill } = harness.codeOn(postal);
          expect(contrastRatio(text, fill), `${postal}: ${toHex(text)} on ${toHex(fill)}`).to.be.at.least(4.5);
        }
      }
    });
  }

  it('knows, for browsers without relative colours, the text each tone of the default ramps needs', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { low, high } = DEFAULT_RAMPS[scheme];
      const { black, white } = RAMP_TEXT_TONES[scheme];
      for (let tone = 0; tone <= 100; tone++) {
        let expected = DARK_TEXT;
        if (tone >= white) expected = LIGHT_TEXT;
        else if (tone >= black) expected = '#000000';
        expect(readableTextOn(mixOklab(high, low, tone / 100)), `${scheme} ${tone}`).to.equal(expected);
      }
    }
  });

  it('writes "NY" in dark text on the mid blue the audit found white text on (3.89:1)', async () => {
    const harness = await mountMap('<state-salary-map layout="tiles" style="--salary-scale-low: #c6dbef"></state-salary-map>', 640);
    expect(toHex(harness.codeOn('NY').fill)).to.equal('#6483ad');
    expect(harness.tile('NY').codeColour).to.equal('#10151c');
  });
});

describe('<state-salary-map> targets', () => {
  afterEach(cleanup);

  it('makes callout boxes and tiles at least 24 × 24 px at 320 px', async () => {
    const geo = await mountMap('<state-salary-map layout="geo"></state-salary-map>', 320);
    const tiles = await mountMap('<state-salary-map></state-salary-map>', 320);
    for (const postal of CALLOUT_STATES) {
      const box = geo.callout(postal).querySelector('rect')!.getBoundingClientRect();
      expect([box.width, box.height], postal).to.satisfy(([w, h]: number[]) => w! >= 24 && h! >= 24);
    }
    for (const { postal } of STATES) {
      const box = tiles.shape(postal).getBoundingClientRect();
      expect(Math.min(box.width, box.height), postal).to.be.at.least(24);
    }
  });
});

describe('<state-salary-map> in forced colours', () => {
  afterEach(async () => {
    cleanup();
    await executeServerCommand('forced-colors', { active: false });
  });

  it('draws the class patterns only while colours are forced, following a change after the map is drawn', async () => {
    const harness = await mountMap('<state-salary-map></state-salary-map>', 900);
    expect(harness.classPatterns()).to.deep.equal([]);
    await executeServerCommand('forced-colors', { active: true });
    await waitUntil(() => harness.classPatterns().length === 5, 'the five patterns drawn when colours are forced');
    expect(getComputedStyle(harness.shape('CA')).fill).to.equal('url("#pattern-4")');
    await executeServerCommand('forced-colors', { active: false });
    await waitUntil(() => harness.classPatterns().length === 0, 'the patterns gone when colours are no longer forced');
  });

  it('tells classes apart by patterns in system colours, no data by its hatch, with outlines and codes in CanvasText', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const harness = await mountMap('<state-salary-map></state-salary-map>', 900);
    const tiles = await mountMap('<state-salary-map layout="tiles"></state-salary-map>', 640);
    const canvas = computed('Canvas');
    const canvasText = computed('CanvasText');
    // Five classes, five patterns from empty to solid; every state without data hatched.
    const patternOf = (postal: string) => getComputedStyle(harness.shape(postal)).fill;
    expect(['OR', 'MA', 'NY', 'WA', 'CA'].map(patternOf)).to.deep.equal([0, 1, 2, 3, 4].map((level) => `url("#pattern-${level}")`));
    expect(patternOf('TX')).to.equal('url("#no-data")');
    expect(getComputedStyle(harness.callout('MA').querySelector('rect')!).fill).to.equal('url("#pattern-1")');
    expect(getComputedStyle(harness.callout('DE').querySelector('rect')!).fill).to.equal('url("#no-data")');
    // The patterns are drawn, one for each level.
    expect(harness.classPatterns()).to.deep.equal([0, 1, 2, 3, 4].map((level) => `pattern-${level}`));
    // The patterns and the hatch are drawn in Canvas and CanvasText only.
    for (const ink of harness.$$('.pattern-ink')) expect(getComputedStyle(ink).fill).to.equal(canvasText);
    for (const paper of harness.$$('.pattern-paper, .no-data-background')) expect(getComputedStyle(paper).fill).to.equal(canvas);
    expect(getComputedStyle(harness.$('.no-data-line')!).stroke).to.equal(canvasText);
    // Outlines in CanvasText.
    expect(getComputedStyle(harness.shape('CA')).stroke).to.equal(canvasText);
    expect(getComputedStyle(harness.shape('TX')).stroke).to.equal(canvasText);
    // The legend's swatches carry the same patterns.
    expect(harness.$$('[part="legend"] .swatch').map((swatch) => getComputedStyle(swatch).fill)).to.deep.equal(
      [0, 1, 2, 3, 4].map((level) => `url("#pattern-${level}")`),
    );
    // Codes in CanvasText with a Canvas halo; on the solid pattern, the other way round.
    for (const postal of ['OR', 'TX', 'NY']) {
      const code = tiles.labels(postal)[0]!;
      expect([getComputedStyle(code).fill, getComputedStyle(code).stroke], postal).to.deep.equal([canvasText, canvas]);
    }
    const onSolid = tiles.labels('CA')[0]!;
    expect([getComputedStyle(onSolid).fill, getComputedStyle(onSolid).stroke]).to.deep.equal([canvas, canvasText]);
    expect(relativeLuminance(parseColor(canvas)!)).not.to.equal(relativeLuminance(parseColor(canvasText)!));
  });
});
