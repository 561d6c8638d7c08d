import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { $, cleanup, drawn, mount } from '../helpers/dom.js';
import { WIDGET_CASES } from '../reliability/widgets.js';

// axe-core (through chai-a11y-axe) on every widget in every state a reader can
// meet: drawn (light and dark), with its table shown, loading, failed, and
// with nothing to draw where a widget has such a state.

const attributes = (attrs: Record<string, string>) =>
  Object.entries(attrs)
    .map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`)
    .join(' ');

/** States with nothing to draw, where a widget has one. */
// The ranking and the bar have none: a ranking with no amount, or a bar without its five percentiles, is an error.
const EMPTY: Partial<Record<string, string>> = {
  'comp-breakdown': 'base="0" bonus="0"',
  'salary-compare': '',
  'state-salary-map': `data='{"states": {"CA": null}}'`,
};

describe('axe-core on every widget and state', () => {
  afterEach(cleanup);

  for (const w of WIDGET_CASES) {
    for (const theme of ['light', 'dark']) {
      it(`<${w.tag}> drawn, ${theme}`, async () => {
        const el = mount(`<${w.tag} loading="eager" theme="${theme}" ${attributes(w.valid)}></${w.tag}>`);
        await drawn(el);
        await expect(el).to.be.accessible();
      });
    }

    it(`<${w.tag}> with its table shown and the data offered as CSV`, async () => {
      const el = mount(`<${w.tag} loading="eager" download ${attributes(w.valid)}></${w.tag}>`);
      await drawn(el);
      $<HTMLButtonElement>(el, '[part="table-button"]')!.click();
      await waitUntil(() => $(el, 'table'), 'table shown');
      await expect(el).to.be.accessible();
    });

    it(`<${w.tag}> loading`, async () => {
      const el = mount(`<${w.tag} loading="eager" src="/test-api/hang"></${w.tag}>`);
      await waitUntil(() => $(el, '.loading'), 'loading shown');
      await expect(el).to.be.accessible();
    });

    it(`<${w.tag}> failed`, async () => {
      const el = mount(`<${w.tag} loading="eager" currency="dollars"></${w.tag}>`);
      await waitUntil(() => $(el, '[role="alert"]'), 'error shown');
      await expect(el).to.be.accessible();
    });

    const empty = EMPTY[w.tag];
    if (empty !== undefined) {
      it(`<${w.tag}> with nothing to draw`, async () => {
        const el = mount(`<${w.tag} loading="eager" ${empty}></${w.tag}>`);
        await waitUntil(() => $(el, 'figure'), 'figure drawn');
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
});
