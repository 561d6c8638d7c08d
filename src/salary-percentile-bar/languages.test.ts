import { expect } from '@open-wc/testing';
import '../index.js';
import type { SalaryPercentileBar } from './salary-percentile-bar.js';
import { SalaryPercentileBarHarness } from './harness.js';
import { captureWarnings, cleanup, mount, afterLangChange } from '../../test/helpers/dom.js';

// What a reader sees in each built-in language, and how the language is found:
// the nearest lang (through shadow roots), regional tags, a language with no
// words of its own, a change of lang, and an author's own wording.

const SEED = 'p10="79850" p25="103050" p50="133080" p75="169000" p90="211450"';
// TEST VALUES in the shape of a minimum-wage occupation: the 10th and 25th percentiles are both $14.00 × 2,080.
const TIED = 'p10="29120" p25="29120" p50="35000" p75="45000" p90="60000"';

/** A bar inside other markup, such as a <div lang>, in a box `width` px wide. */
function barIn(markup: string, width = 600): SalaryPercentileBarHarness {
  const first = mount(markup, width);
  return new SalaryPercentileBarHarness(first.matches('salary-percentile-bar') ? first : first.querySelector<SalaryPercentileBar>('salary-percentile-bar')!);
}
/** Intl's no-break spaces ("79 850 $US", "10 %") as plain ones, for comparing attributes, which harness readings do not normalise. */
const plain = (text: string) => text.replace(/\s/g, ' ');
/** English words that must not appear on a page in another language ("Median", "Senior" and "Source" are words there too). */
const ENGLISH = /\b(percentile|You|Reference|Entry|Middle|Half|earns?|year|occupations|below|above|between|Salary|top-coded)\b/;

/** Everything the bar says, shown or announced. */
function everything(bar: SalaryPercentileBarHarness): string[] {
  return [
    bar.heading(),
    bar.caption(),
    bar.summary(),
    ...bar.legendItems(),
    ...bar.texts(),
    ...bar.markLabels(),
    bar.figure().getAttribute('aria-label') ?? '',
    bar.$('svg.chart')?.getAttribute('aria-label') ?? '',
  ];
}

/** Whether two boxes overlap. */
const overlaps = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5;

describe('<salary-percentile-bar> in the reader’s language', () => {
  afterEach(cleanup);

  it('speaks German under lang="de": labels, legend, tooltip, accessible names and summary, and no English word', async () => {
    const bar = barIn('<div lang="de"><salary-percentile-bar marker="150000" bands="experience"></salary-percentile-bar></div>');
    await bar.drawn();
    expect(bar.heading()).to.equal('Gehälter von Softwareentwicklern in den USA');
    expect(bar.caption()).to.equal('Quelle: US-Behörde für Arbeitsstatistik (BLS), OEWS, Mai 2024');
    expect(bar.legendItems()).to.deep.equal(['Mittlere Hälfte (P25–P75)', '10.–90. Perzentil', 'Median']);
    expect(bar.bandLabels()).to.deep.equal(['Einstieg', 'Erfahren', 'Senior', 'Staff']);
    expect(bar.tickValues()).to.include.members(['79.850 $', '133.080 $', '211.450 $']);
    expect(bar.tickNames()).to.include.members(['P10', 'P50', 'P90']);
    expect(bar.markerNote()).to.equal('Sie: 150.000 $ · ≈ 62. Perzentil');
    expect(bar.referenceNote()).to.equal('← Median aller Berufe: 49.500 $');
    expect(plain(bar.markLabel('p10'))).to.equal('10. Perzentil: 79.850 $ im Jahr, 10 % verdienen weniger, 90 % mehr.');
    expect(plain(bar.markLabel('band-0'))).to.equal('Einstieg: 79.850 $ bis 103.050 $ im Jahr.');
    expect(plain(bar.markLabel('reference'))).to.equal('Median aller Berufe: 49.500 $ im Jahr, außerhalb der Skala, unter dem 10. Perzentil.');
    bar.hover('p50');
    await bar.element.updateComplete;
    expect(bar.tooltip()).to.equal('Median (50. Perzentil) 133.080 $ im Jahr Die Hälfte verdient weniger, die Hälfte mehr');
    expect(bar.summary()).to.equal(
      'Der Median liegt bei 133.080 $ im Jahr. Die Hälfte verdient zwischen 103.050 $ und 169.000 $; jede zehnte Person verdient weniger als 79.850 $ ' +
        'und jede zehnte mehr als 211.450 $. Sie: 150.000 $, ≈ 62. Perzentil. Median aller Berufe: 49.500 $.',
    );
    expect(everything(bar).filter((text) => ENGLISH.test(text))).to.deep.equal([]);
    await expect(bar.element).to.be.accessible();
  });

  it('names equal percentiles, a far marker and the chart itself in German', async () => {
    const bar = barIn(`<div lang="de"><salary-percentile-bar ${TIED} marker="2000000"></salary-percentile-bar></div>`);
    await bar.drawn();
    expect(bar.figure().getAttribute('aria-label')).to.equal('Gehaltsperzentile');
    expect(bar.tickNames()).to.deep.equal(['P10–P25', 'P50', 'P75', 'P90']);
    expect(bar.markerNote()).to.equal('→ Sie: 2.000.000 $, über dem 90. Perzentil');
    expect(plain(bar.markLabel('p10-p25'))).to.equal(
      '10.–25. Perzentil: 29.120 $ im Jahr, das 10. und das 25. Perzentil sind gleich, 10 % verdienen weniger, 75 % mehr.',
    );
    expect(plain(bar.markLabel('marker'))).to.equal('Sie: 2.000.000 $ im Jahr, über dem 90. Perzentil, außerhalb der Skala.');
    expect(bar.summary()).to.contain('Das 10. und das 25. Perzentil sind gleich.');
    expect(everything(bar).filter((text) => ENGLISH.test(text))).to.deep.equal([]);
  });

  it('speaks Spanish, French and Portuguese', async () => {
    const markup = (lang: string) => `<div lang="${lang}"><salary-percentile-bar marker="150000" bands="experience"></salary-percentile-bar></div>`;
    const [es, fr, pt] = ['es', 'fr', 'pt'].map((lang) => barIn(markup(lang))) as [
      SalaryPercentileBarHarness,
      SalaryPercentileBarHarness,
      SalaryPercentileBarHarness,
    ];
    await Promise.all([es.drawn(), fr.drawn(), pt.drawn()]);
    expect(es.markerNote()).to.equal('Tú: 150.000 US$ · ≈ percentil 62');
    expect(es.legendItems()).to.deep.equal(['Mitad central (P25–P75)', 'Percentiles 10–90', 'Mediana']);
    expect(es.bandLabels()).to.deep.equal(['Júnior', 'Intermedio', 'Sénior', 'Principal']);
    expect(es.caption()).to.equal('Fuente: Oficina de Estadísticas Laborales de EE. UU. (BLS), OEWS, mayo de 2024');
    expect(plain(es.markLabel('p90'))).to.equal('percentil 90: 211.450 US$ al año, el 90 % gana menos y el 10 %, más.');

    // French puts a no-break space before a colon.
    expect(fr.$('text.marker-note')!.textContent).to.contain('Vous\u00a0:');
    expect(fr.markerNote()).to.equal('Vous : 150 000 $US · ≈ 62e centile');
    expect(fr.legendItems()).to.deep.equal(['Moitié centrale (25e–75e)', '10e–90e centile', 'Médiane']);
    expect(fr.tickNames()).to.include('50e');
    expect(fr.referenceNote()).to.equal('← Médiane, toutes professions : 49 500 $US');
    expect(fr.summary()).to.match(/^La médiane s’établit à 133 080 \$US par an\. La moitié gagne entre 103 050 \$US et 169 000 \$US ; /);

    expect(pt.markerNote()).to.equal('Você: US$ 150.000 · ≈ percentil 62');
    expect(pt.bandLabels()).to.deep.equal(['Júnior', 'Pleno', 'Sênior', 'Especialista']);
    expect(pt.heading()).to.equal('Salários de desenvolvedores de software nos Estados Unidos');
    for (const bar of [es, fr, pt]) expect(everything(bar).filter((text) => ENGLISH.test(text))).to.deep.equal([]);
  });

  it('takes a regional tag’s language (pt-BR, es-MX), and English words with the numbers of a language it has no words for (ja)', async () => {
    const brazil = barIn(`<div lang="pt-BR"><salary-percentile-bar ${SEED} marker="150000"></salary-percentile-bar></div>`);
    const mexico = barIn(`<div lang="es-MX"><salary-percentile-bar ${SEED} marker="150000"></salary-percentile-bar></div>`);
    const japan = barIn(`<div lang="ja"><salary-percentile-bar ${SEED} marker="150000" currency="JPY"></salary-percentile-bar></div>`);
    await Promise.all([brazil.drawn(), mexico.drawn(), japan.drawn()]);
    expect(brazil.legendItems()[1]).to.equal('Percentis 10–90');
    expect(brazil.markerNote()).to.equal('Você: US$ 150.000 · ≈ percentil 62');
    expect(mexico.legendItems()[1]).to.equal('Percentiles 10–90');
    expect(mexico.markerNote()).to.match(/^Tú: .*150,000 · ≈ percentil 62$/);
    expect(japan.legendItems()).to.deep.equal(['Middle half (25th–75th)', '10th–90th percentile', 'Median']);
    expect(japan.tickValues()).to.include('￥133,080');
    expect(japan.markerNote()).to.equal('You: ￥150,000 · ≈ 62nd percentile');
  });

  it('redraws in French when the lang around it changes from English', async () => {
    const bar = barIn(`<div lang="en"><salary-percentile-bar ${SEED} marker="150000"></salary-percentile-bar></div>`);
    await bar.drawn();
    expect(bar.markerNote()).to.equal('You: $150,000 · ≈ 62nd percentile');
    bar.element.parentElement!.setAttribute('lang', 'fr');
    await afterLangChange(bar.element);
    expect(bar.markerNote()).to.equal('Vous : 150 000 $US · ≈ 62e centile');
    expect(bar.legendItems()[0]).to.equal('Moitié centrale (25e–75e)');
    expect(bar.figure().getAttribute('aria-label')).to.equal('Centiles de salaire');
  });

  it('follows a lang outside the shadow root of the component that holds it', async () => {
    const outer = mount('<div lang="de"><div class="host"></div></div>');
    const host = outer.querySelector('.host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = `<salary-percentile-bar ${SEED} marker="150000"></salary-percentile-bar>`;
    const bar = new SalaryPercentileBarHarness(host.shadowRoot!.querySelector<SalaryPercentileBar>('salary-percentile-bar')!);
    await bar.drawn();
    expect(bar.markerNote()).to.equal('Sie: 150.000 $ · ≈ 62. Perzentil');
    outer.setAttribute('lang', 'pt');
    await afterLangChange(bar.element);
    expect(bar.markerNote()).to.equal('Você: US$ 150.000 · ≈ percentil 62');
  });

  it('takes an author’s words from the strings attribute and property; an unknown key is one warning, and it still draws', async () => {
    const bar = barIn(
      `<div lang="de"><salary-percentile-bar ${SEED} marker="150000" bands="experience" strings='{"you": "Ich", "levelEntry": "Junior"}'></salary-percentile-bar></div>`,
    );
    await bar.drawn();
    expect(bar.markerNote()).to.equal('Ich: 150.000 $ · ≈ 62. Perzentil');
    expect(bar.bandLabels()[0]).to.equal('Junior');
    // A plural message may be replaced by plain text.
    bar.element.strings = { median: 'Mitte', percentileShort: '{count}. Pz.' };
    await bar.element.updateComplete;
    expect(bar.legendItems()[2]).to.equal('Mitte');
    expect(bar.tickNames()).to.include('50. Pz.');
    // Author-given band labels stay as written, whatever the language.
    const own = barIn(`<div lang="fr"><salary-percentile-bar ${SEED} bands="Entry:p10-p25, Staff:p75-p90"></salary-percentile-bar></div>`);
    await own.drawn();
    expect(own.bandLabels()).to.deep.equal(['Entry', 'Staff']);

    const warnings = captureWarnings();
    const unknown = barIn(`<salary-percentile-bar ${SEED} strings='{"tickLabel": "x"}'></salary-percentile-bar>`);
    await unknown.drawn();
    await unknown.element.updateComplete;
    warnings.restore();
    expect(warnings.messages).to.deep.equal(['<salary-percentile-bar> strings: no message is called "tickLabel"; the README lists the keys.']);
    expect(unknown.legendItems()[2]).to.equal('Median');
  });
});

describe('<salary-percentile-bar> compact amounts in every locale', () => {
  afterEach(cleanup);

  /** The tick amounts' boxes, left to right: none may overlap or leave the chart. */
  function expectApart(bar: SalaryPercentileBarHarness, width: number) {
    const boxes = bar.textBoxes('tick-value').sort((a, b) => a.x - b.x);
    expect(boxes.length).to.be.at.least(2);
    for (let i = 1; i < boxes.length; i++) expect(overlaps(boxes[i - 1]!, boxes[i]!), `${i - 1} and ${i}`).to.be.false;
    for (const box of boxes) {
      expect(box.x).to.be.at.least(-0.5);
      expect(box.x + box.width).to.be.at.most(width + 0.5);
    }
  }

  it('writes whole amounts under en-IN, where Intl would put "K" beside "L", still apart at 320 px', async () => {
    const rupees = barIn(`<salary-percentile-bar locale="en-IN" currency="INR" ${SEED} marker="110000"></salary-percentile-bar>`, 320);
    const dollars = barIn(`<div lang="en-IN"><salary-percentile-bar ${SEED}></salary-percentile-bar></div>`, 320);
    await Promise.all([rupees.drawn(), dollars.drawn()]);
    expect(rupees.tickValues()).to.deep.equal(['₹79,850', '₹1,33,080', '₹2,11,450']);
    expect(rupees.markerNote()).to.match(/^You: ₹1,10,000 · /);
    expect(dollars.tickValues()).to.deep.equal(['$79,850', '$1,33,080', '$2,11,450']);
    expectApart(rupees, 320);
    expectApart(dollars, 320);
  });

  it('keeps one compact unit under en-IN when every amount is in lakhs', async () => {
    // TEST VALUES in rupees, all over 1,00,000.
    const bar = barIn(
      '<salary-percentile-bar locale="en-IN" currency="INR" p10="600000" p25="850000" p50="1200000" p75="1800000" p90="2500000"></salary-percentile-bar>',
    );
    await bar.drawn();
    expect(bar.tickValues()).to.deep.equal(['₹6L', '₹8.5L', '₹12L', '₹18L', '₹25L']);
  });

  it('writes whole amounts in German, which does not shorten thousands, still apart at 320 px', async () => {
    const bar = barIn(`<div lang="de"><salary-percentile-bar ${SEED}></salary-percentile-bar></div>`, 320);
    await bar.drawn();
    expect(bar.tickValues()).to.deep.equal(['79.850 $', '133.080 $', '211.450 $']);
    expectApart(bar, 320);
  });

  it('shortens thousands in French the way Intl writes them, apart at 320 px', async () => {
    // (Spanish writes "133 mil €", no shorter than "133.080 €": there the whole amounts stay.)
    const bar = barIn(`<div lang="fr"><salary-percentile-bar ${SEED} currency="EUR"></salary-percentile-bar></div>`, 320);
    await bar.drawn();
    expect(bar.tickValues()).to.include('133 k €');
    expectApart(bar, 320);
  });
});
