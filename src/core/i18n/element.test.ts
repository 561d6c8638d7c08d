import { expect, waitUntil } from '@open-wc/testing';
import { addMessages } from '../../index.js';
import { $, alertText, captureWarnings, cleanup, drawn, mount } from '../../../test/helpers/dom.js';

// The shell's own words (loading, the error title, the source and the notes
// in the caption) follow the widget's language, and the `strings` attribute
// is checked like any other: a visible error naming what is wrong.

const SEED = 'p10="79850" p25="99160" p50="133080" p75="169530" p90="211450"';
// The caption's lines (each a block), as a reader sees them one under another.
const caption = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('figcaption > span')].map((line) => line.textContent.replace(/\s+/g, ' ').trim()).join(' ');

describe('the shell in the reader\u2019s language', () => {
  afterEach(cleanup);

  it('gives the source and the caption notes in German on a German page', async () => {
    const page = mount(
      `<div lang="de"><salary-percentile-bar loading="eager" amounts="hourly" p10="38.39" p25="47.67" p50="63.98" p75="81.5" p90="101.66" source="BLS OEWS" source-url="https://www.bls.gov/oes/"></salary-percentile-bar></div>`,
    );
    const el = page.querySelector('salary-percentile-bar')!;
    await drawn(el);
    expect(caption(el)).to.equal('Quelle: BLS OEWS Stundenlöhne als Jahresbeträge: Stundenlohn × 2.080 Stunden.');
    expect($(el, 'figcaption a')!.textContent).to.equal('BLS OEWS');
  });

  it('gives the error title in the page\u2019s language, and the author\u2019s message in English', async () => {
    const page = mount(`<div lang="fr"><salary-percentile-bar loading="eager" p10="abc"></salary-percentile-bar></div>`);
    const el = page.querySelector('salary-percentile-bar')!;
    const text = await alertText(el);
    expect($(el, '[role="alert"] strong')!.textContent).to.equal('Ce graphique n’a pas pu être dessiné.');
    expect(text).to.contain('p10');
  });

  it('names the loading state in the page\u2019s language', async () => {
    const page = mount(`<div lang="es"><salary-ranking loading="eager" src="/test-api/hang"></salary-ranking></div>`);
    const el = page.querySelector('salary-ranking')!;
    await waitUntil(() => $(el, '.loading'), 'loading shown');
    expect($(el, '.loading')!.getAttribute('aria-label')).to.equal('Cargando datos');
  });

  it('switches language when the page\u2019s lang changes', async () => {
    const page = mount(`<div lang="en"><salary-percentile-bar loading="eager" ${SEED} source="BLS"></salary-percentile-bar></div>`);
    const el = page.querySelector('salary-percentile-bar')!;
    await drawn(el);
    expect(caption(el)).to.equal('Source: BLS');
    page.setAttribute('lang', 'pt-BR');
    await waitUntil(() => caption(el) === 'Fonte: BLS', 'caption in Portuguese');
  });
});

describe('the strings attribute', () => {
  afterEach(cleanup);

  it('replaces a message for one element', async () => {
    const el = mount(`<salary-percentile-bar loading="eager" ${SEED} source="BLS" strings='{"source": "Figures: {source}"}'></salary-percentile-bar>`);
    await drawn(el);
    expect(caption(el)).to.equal('Figures: BLS');
  });

  it('takes an object as a property', async () => {
    const el = mount<HTMLElement & { strings: unknown }>(`<salary-percentile-bar loading="eager" ${SEED} source="BLS"></salary-percentile-bar>`);
    el.strings = { source: 'Daten: {source}' };
    await drawn(el);
    await waitUntil(() => caption(el) === 'Daten: BLS', 'caption from the property');
  });

  it('is an error naming the attribute when it is not JSON', async () => {
    const el = mount(`<salary-percentile-bar loading="eager" ${SEED} strings="{median: Middle}"></salary-percentile-bar>`);
    expect(await alertText(el)).to.match(/^This chart could not be drawn\.strings: /);
  });

  it('is an error naming the key when a value is not text', async () => {
    const el = mount(`<salary-percentile-bar loading="eager" ${SEED} strings='{"median": 5}'></salary-percentile-bar>`);
    expect(await alertText(el)).to.equal(
      'This chart could not be drawn.strings.median: expected text, or plural forms such as {"one": "…", "other": "…"}, got 5.',
    );
  });

  it('warns once about a key no message has, and still draws', async () => {
    const warnings = captureWarnings();
    try {
      const el = mount(`<salary-percentile-bar loading="eager" ${SEED} strings='{"medain": "Middle"}'></salary-percentile-bar>`);
      await drawn(el);
      // Drawn again (a new heading): still one warning.
      el.setAttribute('heading', 'Salaries');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(warnings.messages).to.deep.equal(['<salary-percentile-bar> strings: no message is called "medain"; the README lists the keys.']);
    } finally {
      warnings.restore();
    }
  });
});

describe('a language added by the page', () => {
  afterEach(cleanup);

  it('redraws widgets already on the page in the added words, English for keys it leaves out', async () => {
    const page = mount(`<div lang="it-IT"><salary-percentile-bar loading="eager" ${SEED} source="BLS"></salary-percentile-bar></div>`);
    const el = page.querySelector('salary-percentile-bar')!;
    await drawn(el);
    expect(caption(el)).to.equal('Source: BLS');
    const warnings = captureWarnings();
    try {
      addMessages('it', { source: 'Fonte: {source}', median: 42 });
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal(['salary-widgets addMessages: median is not a message (text, or plural forms with "other"); skipped.']);
    await waitUntil(() => caption(el) === 'Fonte: BLS', 'caption in the added language');
    // Numbers follow the page's locale whatever the words.
    expect($(el, 'svg.chart')!.textContent).to.contain('133.080');
  });
});

describe('words in another language than the page', () => {
  afterEach(cleanup);

  it('marks English words on a Japanese page as English, and the author\u2019s heading as Japanese', async () => {
    const page = mount(`<div lang="ja"><salary-percentile-bar loading="eager" ${SEED} heading="給与の分布"></salary-percentile-bar></div>`);
    const el = page.querySelector('salary-percentile-bar')!;
    await drawn(el);
    expect($(el, 'figure')!.getAttribute('lang')).to.equal('en');
    expect($(el, '.heading')!.getAttribute('lang')).to.equal('ja');
  });

  it('adds no lang where the page\u2019s language has built-in words', async () => {
    const page = mount(`<div lang="de"><salary-percentile-bar loading="eager" ${SEED} heading="Gehälter"></salary-percentile-bar></div>`);
    const el = page.querySelector('salary-percentile-bar')!;
    await drawn(el);
    expect($(el, 'figure')!.hasAttribute('lang')).to.be.false;
    expect($(el, '.heading')!.hasAttribute('lang')).to.be.false;
  });
});

describe('captions on a right-to-left page', () => {
  afterEach(cleanup);

  it('reads an English note left to right, its full stop at its end', async () => {
    const page = mount(
      `<div lang="ar" dir="rtl"><salary-percentile-bar loading="eager" amounts="hourly" p10="38.39" p25="47.67" p50="63.98" p75="81.5" p90="101.66"></salary-percentile-bar></div>`,
      900,
    );
    const el = page.querySelector('salary-percentile-bar')!;
    await drawn(el);
    const note = $(el, 'figcaption .note-line')!;
    const text = note.firstChild!.nodeType === Node.TEXT_NODE ? note.firstChild! : [...note.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    const content = text.textContent!;
    expect(content).to.equal('Hourly wages shown as annual: hourly wage × 2,080 hours.');
    const rectOf = (start: number) => {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 1);
      return range.getBoundingClientRect();
    };
    expect(rectOf(content.length - 1).left, 'the full stop after the last word').to.be.greaterThan(rectOf(content.indexOf('hours.') + 4).left);
    expect(rectOf(content.indexOf('Hourly')).left, 'the first word first').to.be.lessThan(rectOf(content.indexOf('annual')).left);
  });
});
