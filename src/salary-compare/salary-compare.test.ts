import { expect, waitUntil } from '@open-wc/testing';
import '../index.js';
import { clearDocumentCache } from '../core/data/fetch-document.js';
import { estimatePercentile } from '../salary-percentile-bar/geometry.js';
import type { SalaryCompare } from './salary-compare.js';
import { inputHint, parseSalaryInput, placeOf } from './input.js';
import { createTranslator, type Catalogs, type MessageSet } from '../core/i18n/catalog.js';
import { CORE_MESSAGES, type CoreMessages } from '../core/i18n/messages.js';
import { COMPARE_MESSAGES, type CompareMessages } from './messages.js';
import { NATIONAL_WIDE } from '../../test/fixtures/bls.js';
import { SalaryCompareHarness } from './harness.js';
import { captureWarnings, cleanup, mount } from '../../test/helpers/dom.js';

const SEED = [79850, 103050, 133080, 169000, 211450];
/** Compare's messages in a language, as the element reads them. */
const translator = (language: 'en' | 'es' | 'fr' | 'de' | 'pt', locale: string = language) =>
  createTranslator<CoreMessages & CompareMessages>([CORE_MESSAGES, COMPARE_MESSAGES] as Catalogs<MessageSet>[], language, locale);
const en = translator('en', 'en-US');

/** Mounts a compare form from markup. */
const compareForm = (markup: string) => new SalaryCompareHarness(mount<SalaryCompare>(markup));

describe('parseSalaryInput', () => {
  it('reads amounts as readers type them', () => {
    const cases: [string, number][] = [
      ['95000', 95000],
      ['95,000', 95000],
      ['$95,000', 95000],
      ['$95k', 95000],
      ['95K', 95000],
      ['$ 95 k', 95000],
      ['€95k', 95000],
      ['£ 120,500', 120500],
      ['1.5k', 1500],
      ['45.50', 45.5],
      ['  133080  ', 133080],
      ['95000 USD', 95000],
      // Spaces as thousands separators, as many locales write them.
      ['95 000', 95000],
    ];
    for (const [text, n] of cases) expect(parseSalaryInput(text, 'en-US'), text).to.equal(n);
  });

  it('reads amounts the way each language writes them', () => {
    const cases: [string, string, number][] = [
      ['de-DE', '95.000', 95000],
      ['de-DE', '95.000,50 €', 95000.5],
      ['de-DE', '95 Tsd.', 95000],
      ['de-DE', '45,50', 45.5],
      ['de-DE', '95k', 95000],
      ['fr-FR', '95 000', 95000],
      ['fr-FR', '95\u202f000 €', 95000],
      ['fr-FR', '45,50 €', 45.5],
      ['en-IN', '9,50,000', 950000],
      ['en-IN', '₹12,00,000', 1200000],
      ['en-IN', '$95k', 95000],
    ];
    for (const [locale, text, n] of cases) expect(parseSalaryInput(text, locale), `${text} in ${locale}`).to.equal(n);
  });

  it('refuses anything else', () => {
    for (const text of ['', 'abc', '95,00', '1,2345', '-5', '0', '$', 'k', '95kk', '95000 a year', '1e5']) {
      expect(parseSalaryInput(text, 'en-US'), text).to.equal(undefined);
    }
    // Separators that do not fit the language: refused rather than read 1,000 times too small.
    expect(parseSalaryInput('95,000.00', 'de-DE')).to.equal(undefined);
    expect(parseSalaryInput('95.000', 'en-US')).to.equal(undefined);
  });

  it('gives examples written the way the language writes them', () => {
    expect(inputHint(en, 'en-US')).to.equal('Type an amount such as 95000, 95,000, 95k or, hourly, 45.50.');
    expect(inputHint(en, 'de-DE')).to.equal('Type an amount such as 95000, 95.000, 95k or, hourly, 45,50.');
    // On an English page "95.000" is 95,000 to some readers and 95 to others.
    expect(inputHint(en, 'en-US', '95.000')).to.equal('"95.000" can be read two ways; type 95000 for a yearly salary, or 95 for an hourly wage.');
  });
});

describe('placing a salary', () => {
  it('is exact at the known percentiles: the median salary is the 50th percentile', () => {
    expect(placeOf(en, 133080, SEED)).to.equal('at the 50th percentile');
    expect(placeOf(en, 79850, SEED)).to.equal('at the 10th percentile');
    expect(placeOf(en, 169000, SEED)).to.equal('at the 75th percentile');
    expect(placeOf(en, 211450, SEED)).to.equal('at the 90th percentile');
    expect(placeOf(en, 118065, SEED)).to.equal('at about the 38th percentile');
    expect(placeOf(en, 79849, SEED)).to.equal('below the 10th percentile');
    expect(placeOf(en, 211451, SEED)).to.equal('above the 90th percentile');
  });

  it('never goes down as the salary goes up', () => {
    let last = 10;
    for (let salary = 79850; salary <= 211450; salary += 250) {
      const estimate = estimatePercentile(salary, SEED);
      expect(estimate.kind, String(salary)).to.equal('within');
      const p = (estimate as { percentile: number }).percentile;
      expect(p, String(salary)).to.be.at.least(last);
      last = p;
    }
    expect(last).to.be.above(89.9);
  });
});

describe('<salary-compare>', () => {
  afterEach(() => {
    cleanup();
    clearDocumentCache();
  });

  it('offers the form with the national data by default, and a prompt until a salary is typed', async () => {
    const form = compareForm('<salary-compare></salary-compare>');
    await form.drawn();
    expect(form.heading()).to.equal('How does your pay compare?');
    expect(form.caption()).to.contain('OEWS, May 2024');
    expect(form.choices('level')).to.deep.equal(['Any', 'Entry', 'Mid', 'Senior', 'Staff']);
    expect(form.choices('state')).to.have.length(11);
    expect(form.choices('state').slice(0, 3)).to.deep.equal(['Any', 'California', 'Colorado']);
    expect(form.answer()).to.equal('Type a salary to see where it falls.');
    expect(form.hasMark('marker')).to.be.false;
    // The reader's marker row is reserved: the chart does not move when it appears.
    const { top, height } = form.chartBox();
    const barTop = form.barBox().top;
    await form.type('95000');
    expect(form.chartBox().top).to.equal(top);
    expect(form.chartBox().height).to.equal(height);
    expect(form.barBox().top).to.equal(barTop);
    await expect(form.element).to.be.accessible();
  });

  it('places a typed salary on the bar and says how it compares with the median', async () => {
    const form = compareForm('<salary-compare></salary-compare>');
    await form.drawn();
    await form.type('$95k');
    expect(form.answer()).to.equal('You are at about the 20th percentile, $38,080 (28.6%) below the median of $133,080.');
    expect(form.markerNote().startsWith('You: $95,000')).to.be.true;
    expect(form.markLabel('marker')).to.contain('You: $95,000 a year');
    await form.type('133,080');
    expect(form.answer()).to.equal('You are at the 50th percentile, exactly the median of $133,080.');
    await form.type('250000');
    expect(form.answer()).to.equal('You are above the 90th percentile, $116,920 (87.9%) above the median of $133,080.');
    await expect(form.element).to.be.accessible();
  });

  it('reads an amount under 1,000 as an hourly wage, and says so', async () => {
    const form = compareForm('<salary-compare></salary-compare>');
    await form.drawn();
    await form.type('45.50');
    expect(form.answer()).to.match(/^Read as an hourly wage \(\$94,640 a year\)\. You are at about the 20th percentile, \$38,440 \(28\.9%\) below/);
    const hourly = compareForm('<salary-compare period="hourly"></salary-compare>');
    await hourly.drawn();
    await hourly.type('95000');
    expect(hourly.answer()).to.contain('below the median of $63.98.');
  });

  it('compares with the chosen level and state', async () => {
    const form = compareForm('<salary-compare value="150000"></salary-compare>');
    await form.drawn();
    expect(form.salary()).to.equal('150000');
    await form.pick('level', 'Senior');
    expect(form.answer()).to.contain('Senior: $133,080 to $169,000; you are within that range.');
    await form.pick('level', 'Entry');
    expect(form.answer()).to.contain('Entry: $79,850 to $103,050; you are above that range.');
    await form.pick('state', 'California');
    expect(form.answer()).to.contain('California: $170,910; you are $20,910 (12.2%) below that.');
    await form.pick('state', 'Any');
    expect(form.answer()).not.to.contain('California');
  });

  it('explains a salary it cannot read next to the field, without an error state or a warning', async () => {
    const warnings = captureWarnings();
    const form = compareForm('<salary-compare></salary-compare>');
    await form.drawn();
    await form.type('lots');
    warnings.restore();
    expect(form.fieldInvalid()).to.be.true;
    expect(form.hint()).to.equal('Type an amount such as 95000, 95,000, 95k or, hourly, 45.50.');
    expect(form.errorMessage()).to.equal(form.hint());
    // The hint is the one thing said: the answer under the chart is empty meanwhile.
    expect(form.answer()).to.equal('');
    expect(form.hasMark('marker')).to.be.false;
    expect(form.hasAlert()).to.be.false;
    expect(warnings.messages).to.deep.equal([]);
    await expect(form.element).to.be.accessible();
    await form.type('95000');
    expect(form.fieldInvalid()).to.be.false;
    expect(form.hint()).to.equal(undefined);
    expect(form.errorMessage()).to.equal(undefined);
  });

  it('is used by keyboard: Tab reaches the field, typing answers in the live region, then the pickers and the chart', async () => {
    const form = compareForm('<salary-compare></salary-compare>');
    await form.drawn();
    const region = form.liveRegion();
    await form.press('Tab');
    expect(form.focusedControl()).to.equal('salary');
    await form.type('120000');
    await waitUntil(() => form.answer().startsWith('You are at about the 39th percentile'), 'answered');
    // The same live region, present from the start, carries every answer.
    expect(form.liveRegion()).to.equal(region);
    await form.press('Tab');
    expect(form.focusedControl()).to.equal('level');
    await form.press('Tab');
    expect(form.focusedControl()).to.equal('state');
    await form.press('Tab');
    expect(form.focused()).not.to.equal(undefined);
  });

  it('reads the distribution from attributes, and states and bands from a JSON document', async () => {
    const attrs = compareForm('<salary-compare p10="40000" p25="50000" p50="60000" p75="70000" p90="80000" value="60000"></salary-compare>');
    await attrs.drawn();
    expect(attrs.answer()).to.equal('You are at the 50th percentile, exactly the median of $60,000.');
    expect(attrs.hasControl('state')).to.be.false;
    const doc = JSON.stringify({
      percentiles: { p10: 40000, p25: 50000, p50: 60000, p75: 70000, p90: 80000, bands: [{ label: 'Junior', from: 'p10', to: 'p50' }] },
      states: { TX: 65000, Ohio: 55000 },
    });
    const json = compareForm(`<salary-compare value="58000" data='${doc}'></salary-compare>`);
    await json.drawn();
    expect(json.choices('level')).to.deep.equal(['Any', 'Junior']);
    expect(json.choices('state')).to.deep.equal(['Any', 'Ohio', 'Texas']);
    await json.pick('state', 'Texas');
    expect(json.answer()).to.contain('Texas: $65,000; you are $7,000 (10.8%) below that.');
  });

  it('reads the data property and a child script', async () => {
    const doc = { percentiles: { p10: 40000, p25: 50000, p50: 60000, p75: 70000, p90: 80000 }, states: [{ state: 'Ohio', value: 55000 }] };
    const prop = compareForm('<salary-compare value="60000"></salary-compare>');
    prop.element.data = doc;
    const script = compareForm(`<salary-compare value="60000"><script type="application/json">${JSON.stringify(doc)}</script></salary-compare>`);
    for (const form of [prop, script]) {
      await form.drawn();
      await waitUntil(() => form.answer().includes('$60,000'), 'answered from the document');
      expect(form.answer()).to.equal('You are at the 50th percentile, exactly the median of $60,000.');
      expect(form.choices('state')).to.deep.equal(['Any', 'Ohio']);
    }
  });

  it('reads a src document and a child table', async () => {
    const src = compareForm('<salary-compare src="/test-api/percentiles.json?p50=99999" value="99999"></salary-compare>');
    await src.drawn();
    expect(src.answer()).to.contain('the median of $99,999');
    const table = compareForm(`<salary-compare value="60000"><table>
      <tr><th>Percentile</th><th>Annual</th></tr>
      <tr><td>10th</td><td>$40,000</td></tr><tr><td>25th</td><td>$50,000</td></tr><tr><td>Median</td><td>$60,000</td></tr>
      <tr><td>75th</td><td>$70,000</td></tr><tr><td>90th</td><td>$80,000</td></tr></table></salary-compare>`);
    await table.drawn();
    expect(table.answer()).to.equal('You are at the 50th percentile, exactly the median of $60,000.');
  });

  it('shows the error state for bad data, as every widget does', async () => {
    const warnings = captureWarnings();
    const form = compareForm('<salary-compare p10="40000" p25="50000" p50="x" p75="70000" p90="80000"></salary-compare>');
    const alert = await form.alert();
    warnings.restore();
    expect(alert).to.contain('p50: expected a number');
    expect(form.hasControl('salary')).to.be.false;
    expect(warnings.messages).to.have.length(1);
  });

  describe("what a reader types, in the page's language", () => {
    it('reads "95.000" under German as 95,000 a year, not an hourly 95', async () => {
      const form = new SalaryCompareHarness(mount(`<div lang="de-DE"><salary-compare></salary-compare></div>`).querySelector<SalaryCompare>('salary-compare')!);
      await form.drawn();
      await form.type('95.000');
      const answer = 'Sie liegen etwa beim 20. Perzentil, 38.080 $ (28,6 %) unter dem Median von 133.080 $.';
      expect(form.answer()).to.equal(answer);
      // 95,000.50: the difference, 38,079.50, is shown to the whole unit.
      await form.type('95.000,50 €');
      expect(form.answer()).to.equal(answer);
      await form.type('$95k');
      expect(form.answer()).to.contain('38.080 $');
      // The hourly rule stays: under 1,000 is an hourly wage, and the answer says so.
      await form.type('45,50');
      expect(form.answer()).to.match(/^Als Stundenlohn gelesen \(94\.640 \$ im Jahr\)\./);
      await form.type('95,000.00');
      expect(form.hint()).to.equal('Geben Sie einen Betrag ein, etwa 95000, 95.000, 95k oder pro Stunde 45,50.');
    });

    it('reads "95 000" under French and "9,50,000" under Indian English', async () => {
      const french = new SalaryCompareHarness(
        mount(`<div lang="fr-FR"><salary-compare></salary-compare></div>`).querySelector<SalaryCompare>('salary-compare')!,
      );
      const indian = new SalaryCompareHarness(
        mount(`<div lang="en-IN"><salary-compare></salary-compare></div>`).querySelector<SalaryCompare>('salary-compare')!,
      );
      await Promise.all([french.drawn(), indian.drawn()]);
      await french.type('95 000');
      expect(french.answer()).to.match(/^Vous êtes autour du 20e centile, 38\s080\s\$US \(28,6\s%\) sous la médiane/);
      await indian.type('1,50,000');
      expect(indian.answer()).to.match(/^You are at about the 62nd percentile, \$16,920/);
    });
  });

  describe('real data', () => {
    it('reads the distribution from a BLS table', async () => {
      const form = compareForm(`<salary-compare value="133080">${NATIONAL_WIDE}</salary-compare>`);
      await form.drawn();
      expect(form.answer()).to.equal('You are at the 50th percentile, exactly the median of $133,080.');
    });

    it('accepts equal percentiles, with the experience levels over them', async () => {
      // TEST VALUES in the shape of a minimum-wage occupation: the 10th and 25th percentiles are both $14.00 × 2,080.
      const warnings = captureWarnings();
      const form = compareForm('<salary-compare p10="29120" p25="29120" p50="35000" p75="45000" p90="60000" value="29120"></salary-compare>');
      await form.drawn();
      warnings.restore();
      expect(form.hasAlert()).to.be.false;
      expect(warnings.messages).to.deep.equal([]);
      expect(form.choices('level')).to.deep.equal(['Any', 'Entry', 'Mid', 'Senior', 'Staff']);
      expect(form.answer()).to.equal('You are at the 10th–25th percentile, $5,880 (16.8%) below the median of $35,000.');
      await form.pick('level', 'Entry');
      expect(form.answer()).to.contain('Entry: $29,120; you are exactly that.');
      await form.type('31000');
      expect(form.answer()).to.contain('Entry: $29,120; you are $1,880 (6.5%) above that.');
    });

    it('converts amounts="hourly" × 2,080, and refuses annual amounts that look hourly', async () => {
      const hourly = compareForm(
        '<salary-compare amounts="hourly" p10="38.39" p25="49.55" p50="63.98" p75="81.25" p90="101.66" value="133078.40"></salary-compare>',
      );
      await hourly.drawn();
      expect(hourly.answer()).to.equal('You are at the 50th percentile, exactly the median of $133,078.');
      const warnings = captureWarnings();
      const looksHourly = compareForm('<salary-compare p10="38.39" p25="49.55" p50="63.98" p75="81.25" p90="101.66"></salary-compare>');
      expect(await looksHourly.alert()).to.contain('add amounts="hourly"');
      warnings.restore();
    });

    it('compares honestly with a top-coded median', async () => {
      // TEST VALUES: an occupation whose median and above BLS top-codes.
      const table = `<table><tr><th>Percentile</th><th>Annual wage</th></tr>
        <tr><td>10th</td><td>$150,000</td></tr><tr><td>25th</td><td>$200,000</td></tr><tr><td>Median</td><td>#</td></tr>
        <tr><td>75th</td><td>#</td></tr><tr><td>90th</td><td>#</td></tr></table>`;
      const form = compareForm(`<salary-compare value="220000">${table}</salary-compare>`);
      await form.drawn();
      expect(form.answer()).to.equal(
        'You are between the 25th and 50th percentiles, at least $19,200 (8%) below the median, which is top-coded by BLS (at least $239,200).',
      );
      await form.type('300000');
      expect(form.answer()).to.equal(
        'You are above the 25th percentile, at or above the lower bound of the median, which is top-coded by BLS (at least $239,200).',
      );
    });
  });
});
