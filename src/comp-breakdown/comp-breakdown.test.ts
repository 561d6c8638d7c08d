import { expect, waitUntil } from '@open-wc/testing';
import '../index.js';
import type { CompBreakdown } from './comp-breakdown.js';
import { $, $$, alertText, badNumbers, captureWarnings, cleanup, drawn, mount, svgTexts } from '../../test/helpers/dom.js';

const tipText = (el: Element) => $<HTMLElement>(el, '[part="tooltip"]')!.innerText.replace(/\s+/g, ' ').trim();
const legendRows = (el: Element) => $$(el, '[part="legend"] li').map((li) => [...li.children].map((c) => c.textContent!.trim()).filter(Boolean).join(' | '));

describe('<comp-breakdown>', () => {
  afterEach(cleanup);

  it('shows the seed example by default: a donut with the total range in the centre', async () => {
    const el = await mount<CompBreakdown>('<comp-breakdown></comp-breakdown>', 500);
    await drawn(el);
    expect(svgTexts(el)).to.deep.equal(['Total', '$210K–$300K', 'midpoint $255K']);
    expect(legendRows(el)).to.deep.equal([
      'Base salary | $150,000 | 59%',
      'Bonus | $15,000–$30,000 | 9%',
      'Equity | $30,000–$90,000 | 23%',
      'Health and retirement benefits | $15,000–$30,000 | 9%',
      'Total (midpoint $255,000) | $210,000–$300,000 | 100%',
    ]);
    expect($$(el, 'path.solid')).to.have.length(4);
    expect($(el, '[part="caption"]')!.textContent).to.contain('BLS OEWS, May 2024');
    expect($(el, '.sr-only')!.textContent).to.equal(
      'Total compensation $210,000 to $300,000 (midpoint $255,000) a year: Base salary $150,000 (59%), Bonus $15,000 to $30,000 (9%), Equity $30,000 to $90,000 (23%), Health and retirement benefits $15,000 to $30,000 (9%).',
    );
    expect(badNumbers(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('reads attributes with amounts, percents and ranges', async () => {
    const el = await mount<CompBreakdown>('<comp-breakdown base="100000" bonus="10%" equity="5000-15000"></comp-breakdown>', 500);
    await drawn(el);
    expect(legendRows(el)).to.deep.equal([
      'Base salary | $100,000 | 84%',
      'Bonus | $10,000 | 8%',
      'Equity | $5,000–$15,000 | 8%',
      'Total (midpoint $120,000) | $115,000–$125,000 | 100%',
    ]);
    // A range has a solid and a light part; a fixed amount has only the solid one.
    expect($(el, '[data-point="c2"] path.light')!.getAttribute('d')).to.match(/^M/);
    expect($(el, '[data-point="c0"] path.light')!.getAttribute('d')).to.equal('');
  });

  it('reads a JSON components list, labels as text', async () => {
    const el = await mount<CompBreakdown>(
      `<comp-breakdown data='{"compensation": {"base": 90000, "components": [{"label": "<b>Signing</b> bonus", "value": 10000}]}}'></comp-breakdown>`,
      500,
    );
    await drawn(el);
    expect(legendRows(el)[1]).to.equal('<b>Signing</b> bonus | $10,000 | 10%');
    expect($(el, 'b')).to.equal(null);
  });

  it('draws one stacked bar with variant="bar"', async () => {
    const el = await mount<CompBreakdown>('<comp-breakdown variant="bar"></comp-breakdown>', 500);
    await drawn(el);
    expect(svgTexts(el)).to.deep.equal(['Total $210,000–$300,000 · midpoint $255,000']);
    const widths = $$(el, 'rect.solid').map((r) => Number(r.getAttribute('width')));
    // 500 px less 3 gaps of 2 px = 494 px: base 247, bonus low 24.7, equity low 49.4, benefits low 24.7.
    expect(widths).to.deep.equal([247, 24.7, 49.4, 24.7]);
    await expect(el).to.be.accessible();
  });

  it('shows hourly amounts', async () => {
    const el = await mount<CompBreakdown>('<comp-breakdown base="133080" period="hourly"></comp-breakdown>', 500);
    await drawn(el);
    expect(legendRows(el)[0]).to.equal('Base salary | $63.98 | 100%');
  });

  it('shows a readable empty state when everything is zero', async () => {
    const el = await mount<CompBreakdown>('<comp-breakdown base="0" bonus="0%"></comp-breakdown>', 500);
    await waitUntil(() => $(el, '.empty'), 'empty state shown');
    expect($(el, '.empty')!.textContent).to.equal('Every component is zero, so there is nothing to draw.');
    expect($$(el, 'path')).to.have.length(0);
    expect(badNumbers(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  const errors: [string, RegExp][] = [
    ['base="100000" bonus="-5"', /bonus: expected an amount of 0 or more, got "-5"/],
    ['base="abc"', /base: expected an amount \(22500\)/],
    ['bonus="15%"', /bonus: "15%" is a percent of base salary, so "base" is needed too/],
    ['base="100000" variant="pie"', /variant: expected "donut" or "bar", got "pie"/],
    [`data='{"compensation": []}'`, /compensation: expected an object/],
  ];
  for (const [attrs, text] of errors) {
    it(`shows an alert for ${attrs}`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount<CompBreakdown>(`<comp-breakdown ${attrs}></comp-breakdown>`, 500);
        expect(await alertText(el)).to.match(text);
        expect(warnings.messages).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }

  it('announces and explains each segment on focus, and moves with the arrow keys', async () => {
    const el = await mount<CompBreakdown>('<comp-breakdown></comp-breakdown>', 500);
    await drawn(el);
    const first = $(el, '[data-point="c0"]') as SVGElement;
    expect(first.getAttribute('tabindex')).to.equal('0');
    expect($(el, '[data-point="c1"]')!.getAttribute('aria-label')).to.equal('Bonus: $15,000–$30,000 a year, 10–20% of base salary, 9% of the total at the midpoint.');
    first.focus();
    await el.updateComplete;
    expect(tipText(el)).to.equal('Base salary $150,000 a year 59% of the total at the midpoint');
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-point')).to.equal('c1');
  });

  it('shows the tooltip when hovering a legend row', async () => {
    const el = await mount<CompBreakdown>('<comp-breakdown></comp-breakdown>', 500);
    await drawn(el);
    $(el, '[part="legend"] li[data-point="c2"]')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(tipText(el)).to.contain('Equity $30,000–$90,000 a year 20–60% of base salary');
  });

  it('colours segments from --salary-color-* properties', async () => {
    const el = await mount<CompBreakdown>('<comp-breakdown></comp-breakdown>', 500);
    el.style.setProperty('--salary-color-2', 'rgb(1, 2, 3)');
    await drawn(el);
    expect(getComputedStyle($(el, '[data-point="c1"] path.solid')!).fill).to.equal('rgb(1, 2, 3)');
  });
});

describe('<comp-breakdown> fallback table', () => {
  afterEach(cleanup);
  it('reads label and value rows with currency text and percent ranges', async () => {
    const el = await mount<CompBreakdown>(
      `<comp-breakdown><table>
        <tr><th>Component</th><th>Value</th></tr>
        <tr><td>Base salary</td><td>$150,000</td></tr>
        <tr><td>Annual bonus</td><td>10–20%</td></tr>
        <tr><td>Signing bonus</td><td>$20,000</td></tr>
        <tr><td>Benefits</td><td>$15,000–$30,000</td></tr>
      </table></comp-breakdown>`,
      500,
    );
    await drawn(el);
    expect(legendRows(el)).to.deep.equal([
      'Base salary | $150,000 | 70%',
      'Annual bonus | $15,000–$30,000 | 11%',
      'Signing bonus | $20,000 | 9%',
      'Benefits | $15,000–$30,000 | 10%',
      'Total (midpoint $215,000) | $200,000–$230,000 | 100%',
    ]);
    expect(el.querySelector('table')!.getClientRects().length).to.equal(0);
  });
});
