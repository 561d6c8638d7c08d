import { expect, aTimeout } from '@open-wc/testing';
import '../index.js';
import { WIDGET_TAGS } from '../widgets.js';
import { $, alertText, captureWarnings, cleanup, drawn, frame, mount, reveal } from '../../test/helpers/dom.js';

// Charts far from the screen wait to draw until the reader gets near them,
// with their final height already reserved, so nothing below them moves.

const TAGS = WIDGET_TAGS;
const SPACER = '<div class="far" style="height:4000px"></div>';

describe('lazy drawing', () => {
  afterEach(() => {
    cleanup();
    scrollTo(0, 0);
  });

  for (const tag of TAGS) {
    it(`<${tag}> far below the screen reserves its height, then draws when scrolled near, without moving`, async () => {
      const spacer = mount<HTMLElement>(SPACER);
      const el = document.createElement(tag);
      spacer.after(el);
      await aTimeout(100);
      await frame();
      expect($(el, 'svg.chart'), 'not drawn while far away').to.equal(null);
      const reserved = el.getBoundingClientRect().height;
      expect(reserved).to.be.greaterThan(100);
      // Its summary is there for screen readers all along.
      expect($(el, '.sr-only')!.textContent).to.match(/\$\d/);
      const below = document.createElement('p');
      below.textContent = 'after';
      el.after(below);
      const top = below.getBoundingClientRect().top + scrollY;
      await reveal(el);
      await frame();
      expect(el.getBoundingClientRect().height).to.equal(reserved);
      expect(below.getBoundingClientRect().top + scrollY).to.equal(top);
    });
  }

  it('draws a chart within one screen height below the viewport before it scrolls into view', async () => {
    const spacer = mount<HTMLElement>(`<div style="height:${Math.round(innerHeight * 1.5)}px"></div>`);
    const el = document.createElement('salary-percentile-bar');
    spacer.after(el);
    await drawn(el, 'drawn while still just below the screen');
    expect(el.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
  });

  it('draws at once with loading="eager"', async () => {
    const spacer = mount<HTMLElement>(SPACER);
    const el = document.createElement('salary-percentile-bar');
    el.setAttribute('loading', 'eager');
    spacer.after(el);
    await drawn(el);
    expect(el.getBoundingClientRect().top).to.be.greaterThan(3000);
  });

  it('keeps waiting for a chart in a hidden container far down the page, and draws it once shown and scrolled near', async () => {
    const box = mount<HTMLElement>('<div><salary-percentile-bar></salary-percentile-bar></div>');
    box.style.cssText = 'display: none; margin-top: 5000px';
    const el = box.querySelector('salary-percentile-bar')!;
    await aTimeout(100);
    await frame();
    box.style.display = '';
    await aTimeout(100);
    await frame();
    // Hidden, it had no place on the page: shown 5,000 px down, it is far away, so it waits.
    expect($(el, 'svg.chart'), 'not drawn while far away').to.equal(null);
    await reveal(el);
  });

  it('draws when the browser gives the page no animation frames (a throttled iframe)', async () => {
    const requestFrame = Object.getOwnPropertyDescriptor(window, 'requestAnimationFrame')!;
    window.requestAnimationFrame = () => 0;
    try {
      const el = mount('<salary-percentile-bar></salary-percentile-bar>');
      await drawn(el);
    } finally {
      Object.defineProperty(window, 'requestAnimationFrame', requestFrame);
    }
  });

  it('draws every waiting chart when the page is about to print', async () => {
    const spacer = mount<HTMLElement>(SPACER);
    const els = TAGS.map((tag) => document.createElement(tag));
    spacer.after(...els);
    await aTimeout(100);
    expect(els.filter((el) => $(el, 'svg.chart'))).to.have.length(0);
    let frames = 0;
    requestAnimationFrame(() => frames++);
    dispatchEvent(new Event('beforeprint'));
    // The browser lays the page out for paper right after the event: no frame comes in between.
    for (const el of els) await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
    expect(frames, 'drawn before any frame').to.equal(0);
    expect(els.filter((el) => !$(el, 'svg.chart')).map((el) => el.localName)).to.deep.equal([]);
    dispatchEvent(new Event('afterprint'));
  });

  it('names the attribute when loading has an unknown value', async () => {
    const warnings = captureWarnings();
    const el = mount('<salary-percentile-bar loading="later"></salary-percentile-bar>');
    const text = await alertText(el);
    warnings.restore();
    expect(text).to.contain('loading: expected "lazy" or "eager", got "later"');
    expect(warnings.messages).to.have.length(1);
  });
});
