import { expect, aTimeout } from '@open-wc/testing';
import '../../src/index.js';
import { cleanup, mount } from '../helpers/dom.js';
import { figures, live, nanAttributes, record, watch } from '../helpers/detectors.js';
import { settled, WIDGET_CASES } from './widgets.js';

// Careless pages: constant reattachment, hidden containers, hundreds of widgets.

const frame = () => new Promise((r) => requestAnimationFrame(r));

describe('careless pages', () => {
  afterEach(async () => {
    cleanup();
    // The shared light-DOM observer lets removed widgets go at the end of a turn.
    await aTimeout(0);
  });
  after(record);

  for (const w of WIDGET_CASES) {
    it(`<${w.tag}>: 1,000 connect, disconnect and move cycles leave no observer or listener behind`, async () => {
      const baseline = { ...live };
      const a = document.createElement('div');
      const b = document.createElement('div');
      a.className = b.className = 'test-box';
      a.style.width = b.style.width = '500px';
      document.body.append(a, b);
      const el = document.createElement(w.tag);
      for (const [k, v] of Object.entries(w.valid)) el.setAttribute(k, v);
      const watcher = watch();
      for (let i = 0; i < 1000; i++) {
        (i % 2 ? a : b).append(el);
        if (i % 3 === 0) el.remove();
        if (i % 100 === 0) await frame();
      }
      a.append(el);
      expect(await settled(el)).to.equal('drawn');
      const whileConnected = { ...live };
      el.remove();
      await aTimeout(20);
      const found = watcher.stop();
      figures.inputs += 1000;
      expect(found.uncaught).to.deep.equal([]);
      expect(live, JSON.stringify({ baseline, whileConnected })).to.deep.equal(baseline);
      // While connected and drawn, a widget has one element observed for size
      // and one for mutations (its light DOM), and the page is watched once for
      // lang changes (shared by every widget, see below); it no longer waits to
      // approach the screen.
      expect(whileConnected.resize - baseline.resize).to.equal(1);
      expect(whileConnected.mutation - baseline.mutation).to.equal(2);
      expect(whileConnected.intersection - baseline.intersection).to.equal(0);
      figures.leftoverObservers += live.resize + live.mutation + live.intersection - (baseline.resize + baseline.mutation + baseline.intersection);
      figures.leftoverListeners += live.listeners - baseline.listeners;
    });

    it(`<${w.tag}>: draws at full width once a display:none container is shown`, async () => {
      const el = mount({ tag: w.tag, attrs: w.valid }, 520);
      const box = el.parentElement!;
      box.style.display = 'none';
      await aTimeout(50);
      expect(el.shadowRoot!.querySelector('svg.chart')).to.equal(null);
      box.style.display = '';
      expect(await settled(el)).to.equal('drawn');
      expect(Number(el.shadowRoot!.querySelector('svg.chart')!.getAttribute('width'))).to.be.greaterThan(300);
      expect(nanAttributes(el)).to.deep.equal([]);
    });
  }

  it('holds 800 widgets on one page: the first screen draws, the rest reserve their height and draw on the way down', async function () {
    this.timeout(60000);
    const watcher = watch();
    const box = document.createElement('div');
    box.className = 'test-box';
    box.style.width = '360px';
    const t0 = performance.now();
    for (let i = 0; i < 800; i++) {
      const w = WIDGET_CASES[i % 3]!;
      const el = document.createElement(w.tag);
      for (const [k, v] of Object.entries(w.valid)) el.setAttribute(k, v);
      box.append(el);
    }
    document.body.append(box);
    scrollTo(0, 0);
    const els = [...box.children] as HTMLElement[];
    expect(await settled(els[0]!)).to.equal('drawn');
    const firstScreen = performance.now() - t0;
    await frame();
    // Far below, nothing is drawn yet, but the height is already the final one.
    const last = els[els.length - 1]!;
    expect(last.shadowRoot!.querySelector('svg.chart')).to.equal(null);
    const heights = els.map((el) => el.getBoundingClientRect().height);
    expect(
      heights.every((h) => h > 40),
      'every widget reserves its height',
    ).to.be.true;
    const undrawn = els.filter((el) => !el.shadowRoot!.querySelector('svg.chart')).length;
    expect(undrawn).to.be.greaterThan(700);
    // Scroll to the end, two screens at a time: charts draw within one
    // screen height of the viewport, so none is skipped.
    const t1 = performance.now();
    for (let y = 0; y < document.documentElement.scrollHeight; y += 2 * innerHeight) {
      scrollTo(0, y);
      await frame();
      await frame();
    }
    for (const el of els) expect(await settled(el, 20000)).to.equal('drawn');
    const scrolled = performance.now() - t1;
    expect(els.map((el) => el.getBoundingClientRect().height)).to.deep.equal(heights);
    const found = watcher.stop();
    figures.inputs += 800;
    expect(found.uncaught).to.deep.equal([]);
    expect(found.warnings).to.deep.equal([]);
    expect(els.flatMap((el) => nanAttributes(el))).to.deep.equal([]);
    scrollTo(0, 0);
    console.log(`800 widgets: first screen in ${Math.round(firstScreen)} ms (${undrawn} waiting), all drawn after scrolling in ${Math.round(scrolled)} ms`);
  });

  it('watches a widget far below the screen only for its approach, and its width once it draws', async () => {
    const baseline = { ...live };
    const box = document.createElement('div');
    box.className = 'test-box';
    box.style.cssText = 'width: 360px; margin-top: 5000px';
    const widgets = WIDGET_CASES.map((w) => {
      const el = document.createElement(w.tag);
      for (const [k, v] of Object.entries(w.valid)) el.setAttribute(k, v);
      return el;
    });
    box.append(...widgets);
    document.body.append(box);
    scrollTo(0, 0);
    for (const el of widgets) await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
    await frame();
    await frame();
    expect(widgets.filter((el) => el.shadowRoot!.querySelector('svg.chart')).length, 'none drawn').to.equal(0);
    expect(live.intersection - baseline.intersection).to.equal(widgets.length);
    expect(live.resize - baseline.resize, 'no width watched before drawing').to.equal(0);
    widgets[0]!.scrollIntoView();
    expect(await settled(widgets[0]!)).to.equal('drawn');
    expect(live.resize - baseline.resize, 'the drawn one').to.be.at.least(1);
    scrollTo(0, 0);
  });

  it('watches the page for lang changes once, whatever the number of widgets, and not at all once they are gone', async () => {
    const baseline = { ...live };
    const box = document.createElement('div');
    box.className = 'test-box';
    box.style.width = '360px';
    for (let i = 0; i < 20; i++) box.append(document.createElement('salary-percentile-bar'));
    document.body.append(box);
    await frame();
    // Twenty light-DOM watches, one each, and one lang watch for the page.
    expect(live.mutation - baseline.mutation).to.equal(21);
    box.remove();
    await aTimeout(20);
    expect(live.mutation).to.equal(baseline.mutation);
  });
});
