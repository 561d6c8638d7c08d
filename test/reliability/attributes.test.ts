import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { cleanup, mount } from '../helpers/dom.js';
import { figures, nanAttributes, record, RUN, watch } from '../helpers/detectors.js';
import { WIDGET_TAGS } from '../../src/widgets.js';
import { alertOf, missingCases, settled, WIDGET_CASES } from './widgets.js';

// Hostile attribute values against every widget. Good-but-nasty text must
// draw as text; bad values must show a visible error naming the attribute.

const MARKUP = [
  `<img src=x onerror="${RUN}">`,
  `"><script>${RUN}</script>`,
  `'><svg onload=${RUN}>`,
  `</text><foreignObject><iframe srcdoc="<script>${RUN}</script>"></iframe></foreignObject>`,
  `\${${RUN}}`,
  `{{constructor.constructor('${RUN}')()}}`,
  `javascript:${RUN}`,
  'x'.repeat(200 * 1024),
  '\u202eevil\u202c $100',
  'zero\u200bwidth\ufeffjoin',
  'nul\u0000bell\u0007',
];
const URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '\u0001javascript:alert(1)',
  ' \tjavascript:alert(1)',
  'java\nscript:alert(1)',
  'vbscript:x',
];
const NUMBERS = ['', 'abc', 'NaN', 'Infinity', '1e309', '-5', '1,000'];
const ENUMS: Record<string, string[]> = {
  theme: ['neon', 'DARKK', '<b>'],
  period: ['weekly', '0'],
  locale: ['??', 'x'.repeat(300), 'en_US_FOO_BAR'],
  currency: ['dollars', 'U$D', '€'],
  layout: ['globe'],
  classes: ['jenks', 'natural breaks', '<b>'],
  steps: ['12', '2.5', '-1', 'five'],
  ranking: ['52', 'all'],
  variant: ['pie', 'donut;bar'],
  sort: ['alpha', 'desc'],
  top: ['0', '-3', 'ten', '1.5'],
};

async function check(el: HTMLElement, expect_: 'drawn' | 'error') {
  const state = await settled(el);
  figures.inputs++;
  figures.nanAttributes += nanAttributes(el).length;
  return state === expect_ || (expect_ === 'drawn' && state === 'empty') ? state : state;
}

describe('hostile attributes', () => {
  afterEach(cleanup);
  after(record);

  it('covers every registered widget', () => {
    expect(missingCases(WIDGET_TAGS)).to.deep.equal([]);
  });

  for (const w of WIDGET_CASES) {
    describe(`<${w.tag}>`, () => {
      it('draws markup, script and oversized text in every text attribute as plain text', async () => {
        for (const attr of w.texts) {
          for (const payload of MARKUP) {
            const watcher = watch();
            const el = mount({ tag: w.tag, attrs: { ...w.valid, [attr]: payload } });
            const state = await check(el, 'drawn');
            const found = watcher.stop();
            expect(state, `${attr}=${payload.slice(0, 30)}`).to.equal('drawn');
            expect(el.shadowRoot!.querySelectorAll('img, script, iframe, object, embed, foreignObject').length).to.equal(0);
            expect(found.scriptRuns).to.equal(0);
            expect(found.uncaught).to.deep.equal([]);
            expect(found.protoChanged).to.be.false;
            figures.scriptRuns += found.scriptRuns;
            figures.uncaught += found.uncaught.length;
            if (attr === 'heading') {
              const shown = el.shadowRoot!.querySelector('[part="heading"]')!.textContent;
              expect(shown.length).to.be.at.most(300);
              expect(shown).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
            }
            el.parentElement!.remove();
          }
        }
      });

      it('links only http(s) in source-url and refuses other schemes in src, visibly', async () => {
        for (const url of URLS) {
          const a = mount({ tag: w.tag, attrs: { ...w.valid, source: 'BLS', 'source-url': url } });
          expect(await check(a, 'drawn')).to.equal('drawn');
          expect(a.shadowRoot!.querySelector('[part="caption"] a')).to.equal(null);
          expect(a.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.contain('BLS');

          const watcher = watch();
          const b = mount({ tag: w.tag, attrs: { src: url } });
          figures.badInputs++;
          const state = await check(b, 'error');
          const found = watcher.stop();
          expect(state).to.equal('error');
          expect(alertOf(b)).to.match(/src: (only http and https addresses are allowed|expected a web address)/);
          expect(found.warnings).to.have.length(1);
          figures.visibleErrors++;
          cleanup();
        }
      });

      it('shows an error naming the attribute for every bad number', async () => {
        for (const [name, put] of Object.entries(w.numbers)) {
          for (const bad of NUMBERS) {
            const watcher = watch();
            const el = mount({ tag: w.tag, attrs: { ...w.valid, ...put(bad) } });
            figures.badInputs++;
            const state = await check(el, 'error');
            const found = watcher.stop();
            expect(state, `${name}="${bad}"`).to.equal('error');
            expect(alertOf(el), `${name}="${bad}"`).to.contain(name);
            expect(found.warnings, `${name}="${bad}"`).to.have.length(1);
            expect(found.uncaught).to.deep.equal([]);
            figures.visibleErrors++;
            el.parentElement!.remove();
          }
        }
      });

      it('shows an error naming every unknown enumerated value', async () => {
        for (const name of ['theme', 'period', 'locale', 'currency', ...w.enums]) {
          for (const bad of ENUMS[name]!) {
            const watcher = watch();
            const el = mount({ tag: w.tag, attrs: { ...w.valid, [name]: bad } });
            figures.badInputs++;
            const state = await check(el, 'error');
            watcher.stop();
            expect(state, `${name}="${bad}"`).to.equal('error');
            expect(alertOf(el)).to.contain(`${name}:`);
            figures.visibleErrors++;
            el.parentElement!.remove();
          }
        }
      });
    });
  }
});
