import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import { clearJsonCache } from '../core/data/fetch-json.js';
import { estimatePercentile } from '../salary-percentile-bar/geometry.js';
import type { SalaryCompare } from './salary-compare.js';
import { parseSalaryInput, placeOf } from './input.js';
import { $, $$, captureWarnings, cleanup, drawn, mount, svgTexts } from '../../test/helpers/dom.js';

const SEED = [79850, 103050, 133080, 169000, 211450];
const input = (el: Element) => $<HTMLInputElement>(el, 'input[name="salary"]')!;
const answer = (el: Element) => $(el, '[role="status"]')!.textContent!.trim();
const options = (el: Element, name: string) => $$<HTMLOptionElement>(el, `select[name="${name}"] option`).map((o) => o.textContent!.trim());

/** Sets a field or picker as a reader would: its value, then an input event. */
async function set(el: SalaryCompare, name: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLSelectElement>(el, `[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
const type = (el: SalaryCompare, text: string) => set(el, 'salary', text);
const pick = set;

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
    for (const [text, n] of cases) expect(parseSalaryInput(text), text).to.equal(n);
  });

  it('refuses anything else', () => {
    for (const text of ['', 'abc', '95,00', '1,2345', '-5', '0', '$', 'k', '95kk', '95000 a year', '1e5']) {
      expect(parseSalaryInput(text), text).to.equal(undefined);
    }
  });
});

describe('placing a salary', () => {
  it('is exact at the known percentiles: the median salary is the 50th percentile', () => {
    expect(placeOf(133080, SEED)).to.equal('at the 50th percentile');
    expect(placeOf(79850, SEED)).to.equal('at the 10th percentile');
    expect(placeOf(169000, SEED)).to.equal('at the 75th percentile');
    expect(placeOf(211450, SEED)).to.equal('at the 90th percentile');
    expect(placeOf(118065, SEED)).to.equal('at about the 38th percentile');
    expect(placeOf(79849, SEED)).to.equal('below the 10th percentile');
    expect(placeOf(211451, SEED)).to.equal('above the 90th percentile');
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
    clearJsonCache();
  });

  it('offers the form with the national data by default, and a prompt until a salary is typed', async () => {
    const el = await mount<SalaryCompare>('<salary-compare></salary-compare>');
    await drawn(el);
    expect($(el, '[part="heading"]')!.textContent).to.equal('How does your pay compare?');
    expect($(el, '[part="caption"]')!.textContent).to.contain('OEWS, May 2024');
    expect(options(el, 'level')).to.deep.equal(['Any', 'Entry', 'Mid', 'Senior', 'Staff']);
    expect(options(el, 'state')).to.have.length(11);
    expect(options(el, 'state').slice(0, 3)).to.deep.equal(['Any', 'California', 'Colorado']);
    expect(answer(el)).to.equal('Type a salary to see where it falls.');
    expect($(el, '[data-point="marker"]')).to.equal(null);
    // The reader's marker row is reserved: the chart does not move when it appears.
    const chart = $(el, 'svg.chart')!;
    const bar = () => $(el, 'rect.range')!.getBoundingClientRect().top;
    const [top, height, barTop] = [chart.getBoundingClientRect().top, chart.getBoundingClientRect().height, bar()];
    await type(el, '95000');
    expect(chart.getBoundingClientRect().top).to.equal(top);
    expect(chart.getBoundingClientRect().height).to.equal(height);
    expect(bar()).to.equal(barTop);
    await expect(el).to.be.accessible();
  });

  it('places a typed salary on the bar and says how it compares with the median', async () => {
    const el = await mount<SalaryCompare>('<salary-compare></salary-compare>');
    await drawn(el);
    await type(el, '$95k');
    expect(answer(el)).to.equal('You are at about the 20th percentile, $38,080 (28.6%) below the median of $133,080.');
    expect(svgTexts(el).some((t) => t.startsWith('You: $95,000'))).to.be.true;
    expect($(el, '[data-point="marker"]')!.getAttribute('aria-label')).to.contain('You: $95,000 a year');
    await type(el, '133,080');
    expect(answer(el)).to.equal('You are at the 50th percentile, exactly the median of $133,080.');
    await type(el, '250000');
    expect(answer(el)).to.equal('You are above the 90th percentile, $116,920 (87.9%) above the median of $133,080.');
    await expect(el).to.be.accessible();
  });

  it('reads an amount under 1,000 as an hourly wage, and says so', async () => {
    const el = await mount<SalaryCompare>('<salary-compare></salary-compare>');
    await drawn(el);
    await type(el, '45.50');
    expect(answer(el)).to.match(/^Read as an hourly wage \(\$94,640 a year\)\. You are at about the 20th percentile, \$38,440 \(28\.9%\) below/);
    const hourly = await mount<SalaryCompare>('<salary-compare period="hourly"></salary-compare>');
    await drawn(hourly);
    await type(hourly, '95000');
    expect(answer(hourly)).to.contain('below the median of $63.98.');
  });

  it('compares with the chosen level and state', async () => {
    const el = await mount<SalaryCompare>('<salary-compare value="150000"></salary-compare>');
    await drawn(el);
    expect(input(el).value).to.equal('150000');
    await pick(el, 'level', '2');
    expect(answer(el)).to.contain('Senior: $133,080 to $169,000; you are within that range.');
    await pick(el, 'level', '0');
    expect(answer(el)).to.contain('Entry: $79,850 to $103,050; you are above that range.');
    await pick(el, 'state', 'CA');
    expect(answer(el)).to.contain('California: $170,910; you are $20,910 (12.2%) below that.');
    await pick(el, 'state', '');
    expect(answer(el)).not.to.contain('California');
  });

  it('explains a salary it cannot read next to the field, without an error state or a warning', async () => {
    const warnings = captureWarnings();
    const el = await mount<SalaryCompare>('<salary-compare></salary-compare>');
    await drawn(el);
    await type(el, 'lots');
    warnings.restore();
    const field = input(el);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const hint = $(el, `#${field.getAttribute('aria-describedby')}`)!;
    expect(hint.textContent).to.contain('Type an amount such as 95000, 95,000, $95k');
    expect(answer(el)).to.equal('Type a salary to see where it falls.');
    expect($(el, '[data-point="marker"]')).to.equal(null);
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
    await type(el, '95000');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect(field.hasAttribute('aria-describedby')).to.be.false;
  });

  it('is used by keyboard: Tab reaches the field, typing answers in the live region, then the pickers and the chart', async () => {
    const el = await mount<SalaryCompare>('<salary-compare></salary-compare>');
    await drawn(el);
    const region = $(el, '[role="status"]')!;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await sendKeys({ type: '120000' });
    await waitUntil(() => answer(el).startsWith('You are at about the 39th percentile'), 'answered');
    // The same live region, present from the start, carries every answer.
    expect($(el, '[role="status"]')).to.equal(region);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('level');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('state');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-point')).to.be.true;
  });

  it('reads the distribution from attributes, and states and bands from a JSON document', async () => {
    const attrs = await mount<SalaryCompare>('<salary-compare p10="40000" p25="50000" p50="60000" p75="70000" p90="80000" value="60000"></salary-compare>');
    await drawn(attrs);
    expect(answer(attrs)).to.equal('You are at the 50th percentile, exactly the median of $60,000.');
    expect($(attrs, 'select[name="state"]')).to.equal(null);
    const doc = JSON.stringify({
      percentiles: { p10: 40000, p25: 50000, p50: 60000, p75: 70000, p90: 80000, bands: [{ label: 'Junior', from: 'p10', to: 'p50' }] },
      states: { TX: 65000, Ohio: 55000 },
    });
    const json = await mount<SalaryCompare>(`<salary-compare value="58000" data='${doc}'></salary-compare>`);
    await drawn(json);
    expect(options(json, 'level')).to.deep.equal(['Any', 'Junior']);
    expect(options(json, 'state')).to.deep.equal(['Any', 'Ohio', 'Texas']);
    await pick(json, 'state', 'TX');
    expect(answer(json)).to.contain('Texas: $65,000; you are $7,000 (10.8%) below that.');
  });

  it('reads the data property and a child script', async () => {
    const doc = { percentiles: { p10: 40000, p25: 50000, p50: 60000, p75: 70000, p90: 80000 }, states: [{ state: 'Ohio', value: 55000 }] };
    const prop = await mount<SalaryCompare>('<salary-compare value="60000"></salary-compare>');
    prop.data = doc;
    const script = await mount<SalaryCompare>(`<salary-compare value="60000"><script type="application/json">${JSON.stringify(doc)}</script></salary-compare>`);
    for (const el of [prop, script]) {
      await drawn(el);
      await waitUntil(() => answer(el).includes('$60,000'), 'answered from the document');
      expect(answer(el)).to.equal('You are at the 50th percentile, exactly the median of $60,000.');
      expect(options(el, 'state')).to.deep.equal(['Any', 'Ohio']);
    }
  });

  it('reads a src document and a child table', async () => {
    const src = await mount<SalaryCompare>('<salary-compare src="/test-api/percentiles.json?p50=99999" value="99999"></salary-compare>');
    await drawn(src);
    expect(answer(src)).to.contain('the median of $99,999');
    const table = await mount<SalaryCompare>(`<salary-compare value="60000"><table>
      <tr><th>Percentile</th><th>Annual</th></tr>
      <tr><td>10th</td><td>$40,000</td></tr><tr><td>25th</td><td>$50,000</td></tr><tr><td>Median</td><td>$60,000</td></tr>
      <tr><td>75th</td><td>$70,000</td></tr><tr><td>90th</td><td>$80,000</td></tr></table></salary-compare>`);
    await drawn(table);
    expect(answer(table)).to.equal('You are at the 50th percentile, exactly the median of $60,000.');
  });

  it('shows the error state for bad data, as every widget does', async () => {
    const warnings = captureWarnings();
    const el = await mount<SalaryCompare>('<salary-compare p10="1" p25="2" p50="x" p75="4" p90="5"></salary-compare>');
    await waitUntil(() => $(el, '[role="alert"]'), 'alert');
    warnings.restore();
    expect($(el, '[role="alert"]')!.textContent).to.contain('p50: expected a number');
    expect($(el, 'input')).to.equal(null);
    expect(warnings.messages).to.have.length(1);
  });
});
