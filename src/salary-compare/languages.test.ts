import { expect } from '@open-wc/testing';
import '../index.js';
import type { SalaryCompare } from './salary-compare.js';
import { SalaryCompareHarness } from './harness.js';
import { captureWarnings, cleanup, mount, afterLangChange } from '../../test/helpers/dom.js';

// The form and its answers in each built-in language: whole sentences, the
// language taken from the nearest lang (through shadow roots), redrawn when it
// changes, and an author's own wording on top.

/** A compare form inside other markup, such as a <div lang>. */
function formIn(markup: string, width = 600): SalaryCompareHarness {
  const first = mount(markup, width);
  return new SalaryCompareHarness(first.matches('salary-compare') ? first : first.querySelector<SalaryCompare>('salary-compare')!);
}
/** English words that must not appear in another language ("Senior" is a German level too). */
const ENGLISH = /\b(You|you|Your|salary|Level|State|Any|Entry|percentile|median|above|below|within|range|Type|hourly|year)\b/;

describe('<salary-compare> in the reader’s language', () => {
  afterEach(cleanup);

  it('asks and answers in German under lang="de", in whole sentences and no English word', async () => {
    const form = formIn('<div lang="de"><salary-compare value="150000"></salary-compare></div>');
    await form.drawn();
    expect(form.heading()).to.equal('Wo steht Ihr Gehalt?');
    expect(form.formName()).to.equal('Vergleichen Sie Ihr Gehalt');
    expect(form.controlLabels()).to.deep.equal(['Ihr Gehalt', 'Stufe', 'Bundesstaat']);
    expect(form.choices('level')).to.deep.equal(['Alle', 'Einstieg', 'Erfahren', 'Senior', 'Staff']);
    expect(form.choices('state')[0]).to.equal('Alle');
    expect(form.answer()).to.equal('Sie liegen etwa beim 62. Perzentil, 16.920 $ (12,7 %) über dem Median von 133.080 $.');
    expect(form.markerNote()).to.equal('Sie: 150.000 $ · ≈ 62. Perzentil');
    await form.pick('level', 'Senior');
    expect(form.answer()).to.contain('Senior: 133.080 $ bis 169.000 $; Sie liegen in diesem Bereich.');
    await form.pick('state', 'California');
    expect(form.answer()).to.contain('California: 170.910 $; Sie liegen 20.910 $ (12,2 %) darunter.');
    await form.type('45');
    expect(form.answer()).to.match(
      /^Als Stundenlohn gelesen \(93\.600 \$ im Jahr\)\. Sie liegen etwa beim 19\. Perzentil, 39\.480 \$ \(29,7 %\) unter dem Median/,
    );
    const everything = [
      form.heading(),
      form.formName(),
      ...form.controlLabels(),
      ...form.choices('level'),
      form.answer(),
      form.summary(),
      ...form.markLabels(),
    ];
    expect(everything.filter((text) => ENGLISH.test(text))).to.deep.equal([]);
    await form.type('viel');
    expect(form.hint()).to.equal('Geben Sie einen Betrag ein, etwa 95000, 95.000, 95k oder pro Stunde 45,50.');
    expect(form.answer()).to.equal('');
    await form.clear();
    expect(form.answer()).to.equal('Geben Sie ein Gehalt ein, um zu sehen, wo es liegt.');
    await expect(form.element).to.be.accessible();
  });

  it('answers in Spanish, French and Portuguese', async () => {
    const markup = (lang: string) => `<div lang="${lang}"><salary-compare value="150000"></salary-compare></div>`;
    const [es, fr, pt] = ['es', 'fr', 'pt'].map((lang) => formIn(markup(lang))) as [SalaryCompareHarness, SalaryCompareHarness, SalaryCompareHarness];
    await Promise.all([es.drawn(), fr.drawn(), pt.drawn()]);
    expect(es.answer()).to.equal('Estás en torno al percentil 62, 16.920 US$ (12,7 %) por encima de la mediana de 133.080 US$.');
    expect(es.controlLabels()).to.deep.equal(['Tu salario', 'Nivel', 'Estado']);
    await es.pick('level', 'Júnior');
    expect(es.answer()).to.contain('Júnior: de 79.850 US$ a 103.050 US$; estás por encima de ese rango.');

    expect(fr.answer()).to.equal('Vous êtes autour du 62e centile, 16 920 $US (12,7 %) au-dessus de la médiane de 133 080 $US.');
    expect(fr.choices('level')).to.deep.equal(['Tous', 'Junior', 'Confirmé', 'Senior', 'Expert']);
    await fr.pick('state', 'California');
    expect(fr.answer()).to.contain('California : 170 910 $US ; vous êtes 20 910 $US (12,2 %) en dessous.');
    // "95.000" is 95,000 or 95 to a reader of French: the hint offers both, in French.
    await fr.type('95.000');
    expect(fr.hint()).to.equal('«\u00a095.000\u00a0» se lit de deux façons\u00a0; saisissez 95000 pour un salaire annuel, ou 95 pour un salaire horaire.');

    expect(pt.answer()).to.equal('Você está por volta do percentil 62, US$ 16.920 (12,7%) acima da mediana de US$ 133.080.');
    expect(pt.heading()).to.equal('Como está o seu salário?');
    await pt.type('133.080');
    expect(pt.answer()).to.equal('Você está no percentil 50, exatamente na mediana de US$ 133.080.');
  });

  it('takes a regional tag’s language (pt-BR, es-MX), and English words for a language it has no words for (ja)', async () => {
    const brazil = formIn('<div lang="pt-BR"><salary-compare value="150000"></salary-compare></div>');
    const mexico = formIn('<div lang="es-MX"><salary-compare value="150000"></salary-compare></div>');
    const japan = formIn('<div lang="ja"><salary-compare value="150000" currency="JPY"></salary-compare></div>');
    await Promise.all([brazil.drawn(), mexico.drawn(), japan.drawn()]);
    expect(brazil.controlLabels()).to.deep.equal(['Seu salário', 'Nível', 'Estado']);
    expect(mexico.controlLabels()).to.deep.equal(['Tu salario', 'Nivel', 'Estado']);
    expect(mexico.answer()).to.match(/^Estás en torno al percentil 62, /);
    expect(japan.controlLabels()).to.deep.equal(['Your salary', 'Level', 'State']);
    expect(japan.answer()).to.equal('You are at about the 62nd percentile, ￥16,920 (12.7%) above the median of ￥133,080.');
  });

  it('redraws the form and the answer in French when the lang around it changes from English', async () => {
    const form = formIn('<div lang="en"><salary-compare value="150000"></salary-compare></div>');
    await form.drawn();
    expect(form.controlLabels()[0]).to.equal('Your salary');
    form.element.parentElement!.setAttribute('lang', 'fr');
    await afterLangChange(form.element);
    expect(form.controlLabels()).to.deep.equal(['Votre salaire', 'Niveau', 'État']);
    expect(form.answer()).to.equal('Vous êtes autour du 62e centile, 16 920 $US (12,7 %) au-dessus de la médiane de 133 080 $US.');
    // What the reader typed stays.
    expect(form.salary()).to.equal('150000');
  });

  it('follows a lang outside the shadow root of the component that holds it', async () => {
    const outer = mount('<div lang="pt"><div class="host"></div></div>');
    const host = outer.querySelector('.host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<salary-compare value="150000"></salary-compare>';
    const form = new SalaryCompareHarness(host.shadowRoot!.querySelector<SalaryCompare>('salary-compare')!);
    await form.drawn();
    expect(form.controlLabels()[0]).to.equal('Seu salário');
    outer.setAttribute('lang', 'de');
    await afterLangChange(form.element);
    expect(form.controlLabels()[0]).to.equal('Ihr Gehalt');
  });

  it('takes an author’s words from the strings attribute and property', async () => {
    const form = formIn(`<div lang="de"><salary-compare strings='{"salaryLabel": "Dein Gehalt", "levelSenior": "Lead"}'></salary-compare></div>`);
    await form.drawn();
    expect(form.controlLabels()[0]).to.equal('Dein Gehalt');
    expect(form.choices('level')).to.include('Lead');
    form.element.strings = { prompt: 'Tippe dein Gehalt ein.' };
    await form.element.updateComplete;
    expect(form.answer()).to.equal('Tippe dein Gehalt ein.');
    expect(form.controlLabels()[0]).to.equal('Ihr Gehalt');

    const warnings = captureWarnings();
    const unknown = formIn(`<salary-compare value="150000" strings='{"answer": "x"}'></salary-compare>`);
    await unknown.drawn();
    await unknown.element.updateComplete;
    warnings.restore();
    expect(warnings.messages).to.deep.equal(['<salary-compare> strings: no message is called "answer"; the README lists the keys.']);
    expect(unknown.answer()).to.match(/^You are at about the 62nd percentile/);
  });

  it('keeps a French answer in reading order on a right-to-left page, each amount and name isolated', async () => {
    const form = formIn('<div dir="rtl" lang="ar"><salary-compare locale="fr-FR" value="150000"></salary-compare></div>');
    await form.drawn();
    await form.pick('state', 'California');
    const sentence = form.liveRegion().querySelector('span')!;
    expect(sentence.dir).to.equal('ltr');
    expect((sentence.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ')).to.equal(
      'Vous êtes autour du 62e centile, \u206816 920 $US\u2069 (12,7 %) au-dessus de la médiane de \u2068133 080 $US\u2069. ' +
        '\u2068California\u2069 : \u2068170 910 $US\u2069 ; vous êtes \u206820 910 $US\u2069 (12,2 %) en dessous.',
    );
  });
});
