import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { SalaryRanking } from './salary-ranking.js';
import { $, $$, alertText, badNumbers, captureWarnings, cleanup, drawn, mount, svgTexts } from '../../test/helpers/dom.js';
import { layoutRanking } from './geometry.js';
import { parseRankingValues } from './data.js';

const labels = (el: Element) => $$(el, 'text.label').map((t) => t.textContent!.trim());
const values = (el: Element) => $$(el, 'text.value').map((t) => t.textContent!.trim());

describe('layoutRanking', () => {
  const items = [
    { label: 'San Jose-Sunnyvale-Santa Clara, CA', value: 180000 },
    { label: 'Boulder, CO', value: 146000 },
    { label: 'Tiny', value: 9000 },
  ];
  const money = (v: number) => `$${v.toLocaleString('en-US')}`;

  it('scales bars from zero after a label column of at most 38% of the width', () => {
    const l = layoutRanking(items, 900, money);
    // 34 characters × 7.2 px + 10 = 255 px, under 38% of 900 (342).
    expect(l.labelWidth).to.equal(255);
    // Room for the longest value, "$180,000": 8 × 7.2 → 58 + 8 = 66 px; the top bar ends at 900 − 66.
    expect(l.rows[0]!.x + l.rows[0]!.width).to.equal(834);
    expect(l.rows[1]!.width).to.be.closeTo((146000 / 180000) * (834 - 255), 1e-9);
    expect(l.rows.map((r) => r.label)).to.deep.equal(['San Jose-Sunnyvale-Santa Clara, CA', 'Boulder, CO', 'Tiny']);
  });

  it('puts values inside bars that fit them and after the others', () => {
    const l = layoutRanking(items, 900, money);
    expect(l.rows.map((r) => r.inside)).to.deep.equal([true, true, false]);
  });

  it('shortens long labels in the column, keeping bars and values inside the width', () => {
    const l = layoutRanking(items, 500, (v) => `$${Math.round(v / 1000)}K`);
    expect(l.labelWidth).to.equal(Math.round(500 * 0.38));
    expect(l.rows[0]!.label).to.match(/…$/);
    expect(l.rows[0]!.label.length * 7.2).to.be.at.most(l.labelWidth - 10 + 7.2);
    for (const r of l.rows) expect(r.x + r.width).to.be.at.most(500);
  });

  it('puts labels above full-width bars below 420 px, so they need no shortening', () => {
    const l = layoutRanking(items, 320, (v) => `$${Math.round(v / 1000)}K`);
    expect(l.labelWidth).to.equal(0);
    expect(l.rows[0]!.label).to.equal('San Jose-Sunnyvale-Santa Clara, CA');
    expect(l.rows.map((r) => [r.labelY, r.barY])).to.deep.equal([
      [12, 16],
      [48, 52],
      [84, 88],
    ]);
    for (const r of l.rows) expect(r.x + r.width).to.be.at.most(320);
  });

  it('places a reference line and keeps its label inside', () => {
    const l = layoutRanking(items, 600, money, { value: 133080, label: 'National median' });
    expect(l.reference!.left).to.be.at.least(0);
    expect(l.reference!.left + l.reference!.text.length * 7.2).to.be.at.most(600.5);
    expect(l.rows[0]!.y).to.equal(20);
  });
});

describe('parseRankingValues', () => {
  it('reads labels with spaces and escaped commas', () => {
    expect(parseRankingValues('San Jose\\, CA:180000, Seattle:165000')).to.deep.equal([
      { label: 'San Jose, CA', value: 180000 },
      { label: 'Seattle', value: 165000 },
    ]);
  });
});

describe('<salary-ranking>', () => {
  afterEach(cleanup);

  it('shows the seed metros by default, highest first, with the national median', async () => {
    const el = await mount<SalaryRanking>('<salary-ranking></salary-ranking>', 900);
    await drawn(el);
    expect(labels(el)[0]).to.equal('San Jose-Sunnyvale-Santa Clara, CA');
    expect(values(el)).to.deep.equal(['$180,000', '$165,000', '$161,000', '$155,000', '$150,000', '$148,000', '$146,000', '$142,000', '$138,000', '$137,000']);
    expect(svgTexts(el)).to.include('National median: $133,080');
    expect($(el, '[part="caption"]')!.textContent).to.contain('OEWS, May 2024');
    expect(badNumbers(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('sorts, keeps the given order with sort="none", and cuts to top', async () => {
    const a = await mount<SalaryRanking>('<salary-ranking values="B:2, A:3, C:1"></salary-ranking>');
    const b = await mount<SalaryRanking>('<salary-ranking values="B:2, A:3, C:1" sort="none" top="2"></salary-ranking>');
    await drawn(a);
    await drawn(b);
    expect(labels(a)).to.deep.equal(['A', 'B', 'C']);
    expect(labels(b)).to.deep.equal(['B', 'A']);
    expect($(b, '[data-point="r0"]')!.getAttribute('aria-label')).to.equal('B: $2 a year, 2nd of 3.');
  });

  it('is one tab stop: Tab focuses the top row with a visible ring, arrow keys move, Escape hides the tooltip', async () => {
    const el = await mount<SalaryRanking>('<salary-ranking values="Austin:142000, Boulder:146000, Raleigh:138000"></salary-ranking>');
    await drawn(el);
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('data-point');
    const tip = () => $<HTMLElement>(el, '[part="tooltip"]')!;
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => focused() === 'r0', 'top row focused');
    await el.updateComplete;
    expect(tip().hidden).to.be.false;
    expect(tip().textContent).to.contain('Boulder').and.contain('1st of 3');
    // The row's hit area draws the focus ring in the focus colour.
    el.style.setProperty('--salary-focus-color', 'rgb(255, 0, 0)');
    expect(getComputedStyle($(el, '[data-point="r0"] .hit')!).stroke).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle($(el, '[data-point="r1"] .hit')!).stroke).to.equal('none');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focused() === 'r1', 'second row focused');
    await sendKeys({ press: 'End' });
    await waitUntil(() => focused() === 'r2', 'last row focused');
    await el.updateComplete;
    expect(tip().textContent).to.contain('Raleigh');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tip().hidden).to.be.true;
    expect(focused()).to.equal('r2');
    expect($$(el, '[data-point][tabindex="0"]').map((g) => g.getAttribute('data-point'))).to.deep.equal(['r2']);
  });

  it('emphasises highlighted rows by label or its start', async () => {
    const el = await mount<SalaryRanking>('<salary-ranking highlight="seattle"></salary-ranking>');
    await drawn(el);
    const groups = $$(el, '[data-point]');
    expect(groups.filter((g) => !g.classList.contains('dim')).map((g) => g.querySelector('text.label')!.textContent)).to.deep.equal(['Seattle-Tacoma-Bellevue, WA']);
  });

  it('reads a JSON section and a child table', async () => {
    const a = await mount<SalaryRanking>(`<salary-ranking data='{"ranking": [{"label": "Go", "value": 5}, {"label": "Rust", "value": 7}]}'></salary-ranking>`);
    const b = await mount<SalaryRanking>(`<salary-ranking><table><tr><th>#</th><th>Metro</th><th>Wage</th></tr>
      <tr><td>1</td><td>Austin, TX</td><td>$142,000</td></tr><tr><td>2</td><td>Raleigh, NC</td><td>$138,000</td></tr></table></salary-ranking>`);
    await drawn(a);
    await drawn(b);
    expect(labels(a)).to.deep.equal(['Rust', 'Go']);
    expect(labels(b)).to.deep.equal(['Austin, TX', 'Raleigh, NC']);
    expect(values(b)).to.deep.equal(['$142,000', '$138,000']);
  });

  it('reads the data property, a child script and a src document, by key too', async () => {
    const doc = { ranking: [{ label: 'Go', value: 5 }, { label: 'Rust', value: 7 }], other: [{ label: 'Zig', value: 9 }] };
    const prop = await mount<SalaryRanking>('<salary-ranking></salary-ranking>');
    prop.data = doc;
    const script = await mount<SalaryRanking>(`<salary-ranking key="other"><script type="application/json">${JSON.stringify(doc)}</script></salary-ranking>`);
    const src = await mount<SalaryRanking>(`<salary-ranking src="/test-api/echo?body=${encodeURIComponent(JSON.stringify(doc))}"></salary-ranking>`);
    for (const el of [prop, script, src]) await drawn(el);
    expect(labels(prop)).to.deep.equal(['Rust', 'Go']);
    expect(labels(script)).to.deep.equal(['Zig']);
    expect(labels(src)).to.deep.equal(['Rust', 'Go']);
  });

  it('shows hourly values and compact ones when narrow', async () => {
    const el = await mount<SalaryRanking>('<salary-ranking values="A:133080" period="hourly"></salary-ranking>');
    const narrow = await mount<SalaryRanking>('<salary-ranking></salary-ranking>', 320);
    await drawn(el);
    await drawn(narrow);
    expect(values(el)).to.deep.equal(['$63.98']);
    expect(values(narrow)[0]).to.equal('$180K');
    for (const t of $$<SVGTextElement>(narrow, 'text')) expect(t.getBBox().x + t.getBBox().width).to.be.at.most(321);
  });

  for (const [attrs, message] of [
    ['values="A:abc"', /values: "A": expected a number/],
    ['values="Seattle"', /values: each entry should look like "Seattle:165000"/],
    ['sort="alpha"', /sort: expected "value" or "none"/],
    ['top="0"', /top: expected a whole number from 1 to 200/],
    [`data='{"ranking": {"a": 1}}'`, /ranking: expected a list of \{"label", "value"\}/],
  ] as const) {
    it(`shows an alert for ${attrs}`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount<SalaryRanking>(`<salary-ranking ${attrs}></salary-ranking>`);
        expect(await alertText(el)).to.match(message);
        expect(warnings.messages).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }
});
