import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../index.js';
import { WIDGET_TAGS } from '../widgets.js';
import { $, cleanup, frame } from '../../test/helpers/dom.js';

// Widgets that arrive together draw together: every page read (computed
// style, widths, positions) of a frame happens before any widget writes its
// shadow DOM, so the browser lays the page out once for all of them rather
// than once per widget.

type Step = 'read' | 'write';

/** Records page reads and widget renders, in order, while `run` runs. */
async function record(run: () => Promise<void>): Promise<Step[]> {
  const steps: Step[] = [];
  const restore: (() => void)[] = [];
  const wrap = <O extends object>(owner: O, name: keyof O & string, step: Step) => {
    const original = owner[name] as unknown as (...args: unknown[]) => unknown;
    (owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      steps.push(step);
      return original.apply(this, args);
    };
    restore.push(() => ((owner as Record<string, unknown>)[name] = original));
  };
  const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
  Object.defineProperty(Element.prototype, 'clientWidth', {
    configurable: true,
    get(this: Element) {
      steps.push('read');
      return clientWidth.get!.call(this) as number;
    },
  });
  restore.push(() => Object.defineProperty(Element.prototype, 'clientWidth', clientWidth));
  wrap(window, 'getComputedStyle', 'read');
  wrap(Element.prototype, 'getBoundingClientRect', 'read');
  // Every widget's render commits its DOM in LitElement's update().
  wrap(LitElement.prototype, 'update' as never, 'write');
  try {
    await run();
  } finally {
    restore.reverse().forEach((undo) => undo());
  }
  return steps;
}

/** Counts animation frames from now (up to 30): a widget's own frame callback comes after one requested earlier. */
function countFrames(): () => number {
  let frames = 0;
  const count = () => {
    frames++;
    if (frames < 30) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  return () => frames;
}

/** "read read write write read write" → ["read", "write", "read", "write"]: the phases. */
const phases = (steps: Step[]) => steps.filter((step, i) => step !== steps[i - 1]);

describe('drawing in frames', () => {
  afterEach(cleanup);

  it('reads the page for every widget that arrives together before any of them draws, and draws them all in the first frame', async () => {
    let frames = () => 0;
    const box = document.createElement('div');
    box.className = 'test-box';
    box.style.cssText = 'width: 1250px; display: grid; grid-template-columns: repeat(5, 240px); gap: 10px';
    // Two of each widget, in two rows: on screen or near it.
    const widgets = WIDGET_TAGS.flatMap((tag) => [1, 2].map(() => document.createElement(tag) as LitElement));
    box.append(...widgets);
    const steps = await record(async () => {
      frames = countFrames();
      document.body.append(box);
      for (const widget of widgets) while (!(await widget.updateComplete));
      // The next frame's callbacks see what the first frame painted.
      await frame();
    });
    expect(
      widgets.filter((widget) => !$(widget, 'svg.chart')).map((widget) => widget.localName),
      'every widget drawn',
    ).to.deep.equal([]);
    expect(frames(), 'checked at the start of the second frame: drawn in the first').to.equal(2);
    // Two read phases, whatever the number of widgets: the frame's, before
    // any widget writes; then, once every reserved box is written, where the
    // widgets are (and the widths of those not measured yet), for all of them
    // together. Reading per widget would alternate once per widget.
    expect(phases(steps)).to.deep.equal(['read', 'write', 'read', 'write']);
    expect(steps.filter((step) => step === 'write').length, 'each widget renders twice: its reserved box, then its chart').to.equal(2 * widgets.length);
  });

  it('draws eager widgets whose height follows their width in one render each, without reading where they are', async () => {
    const box = document.createElement('div');
    box.className = 'test-box';
    box.style.width = '500px';
    // Far down the page: eager charts draw wherever they are.
    box.style.marginTop = '3000px';
    const widgets = ['state-salary-map', 'comp-breakdown', 'salary-ranking'].flatMap((tag) =>
      [1, 2].map(() => {
        const widget = document.createElement(tag) as LitElement;
        widget.setAttribute('loading', 'eager');
        return widget;
      }),
    );
    box.append(...widgets);
    let positionReads = 0;
    const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'getBoundingClientRect')!;
    const read = descriptor.value as (this: Element) => DOMRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (widgets.includes(this as LitElement)) positionReads++;
      return read.call(this);
    };
    const steps = await record(async () => {
      document.body.append(box);
      for (const widget of widgets) while (!(await widget.updateComplete));
      await frame();
    }).finally(() => Object.defineProperty(Element.prototype, 'getBoundingClientRect', descriptor));
    expect(widgets.filter((widget) => !$(widget, 'svg.chart')).map((widget) => widget.localName)).to.deep.equal([]);
    expect(steps.filter((step) => step === 'write').length).to.equal(widgets.length);
    expect(positionReads).to.equal(0);
  });

  it('redraws one widget whose attribute changes, in the next frame, and no other', async () => {
    const box = document.createElement('div');
    box.className = 'test-box';
    box.style.width = '700px';
    // Test values: the seed's percentiles, then a median of 140,000.
    const widgets = [1, 2, 3, 4, 5].map(() => {
      const bar = document.createElement('salary-percentile-bar') as LitElement;
      Object.entries({ p10: '79850', p25: '103050', p50: '133080', p75: '169000', p90: '211450' }).forEach(([name, value]) => bar.setAttribute(name, value));
      return bar;
    });
    box.append(...widgets);
    document.body.append(box);
    for (const widget of widgets) while (!(await widget.updateComplete));
    await frame();
    const target = widgets[2]!;
    let frames = () => 0;
    const steps = await record(async () => {
      frames = countFrames();
      target.setAttribute('p50', '140000');
      while (!(await target.updateComplete));
      expect(frames(), 'drawn by the next frame').to.be.at.most(1);
      await frame();
      await frame();
    });
    expect(target.shadowRoot!.textContent).to.contain('$140,000');
    expect(steps.filter((step) => step === 'write').length, 'one render, of the changed widget').to.equal(1);
  });
});
