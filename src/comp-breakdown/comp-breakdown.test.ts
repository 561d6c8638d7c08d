import { expect, waitUntil } from '@open-wc/testing';
import '../index.js';
import type { CompBreakdown } from './comp-breakdown.js';
import { CompBreakdownHarness } from './harness.js';
import { badNumbers, captureWarnings, cleanup, mount } from '../../test/helpers/dom.js';

const breakdown = (markup: string, width = 500) => new CompBreakdownHarness(mount<CompBreakdown>(markup, width));

describe('<comp-breakdown>', () => {
  afterEach(cleanup);

  it('shows the seed example by default: a donut with the total range in the centre', async () => {
    const chart = breakdown('<comp-breakdown></comp-breakdown>');
    await chart.drawn();
    expect(chart.centreTexts()).to.deep.equal(['Total', '$210K–$300K', 'midpoint $255K']);
    expect(chart.texts()).to.deep.equal(['Total', '$210K–$300K', 'midpoint $255K']);
    expect(chart.legendRows()).to.deep.equal([
      'Base salary | $150,000 | 59%',
      'Bonus | $15,000–$30,000 | 9%',
      'Equity | $30,000–$90,000 | 23%',
      'Health and retirement benefits | $15,000–$30,000 | 9%',
      'Total (midpoint $255,000) | $210,000–$300,000 | 100%',
    ]);
    expect(chart.parts()).to.deep.equal(['part-1', 'part-2', 'part-3', 'part-4']);
    expect(chart.pieces('low')).to.have.length(4);
    expect(chart.caption()).to.contain('BLS OEWS, May 2024');
    expect(chart.summary()).to.equal(
      'Total compensation $210,000 to $300,000 (midpoint $255,000) a year: Base salary $150,000 (59%), Bonus $15,000 to $30,000 (9%), Equity $30,000 to $90,000 (23%), Health and retirement benefits $15,000 to $30,000 (9%).',
    );
    expect(badNumbers(chart.element)).to.deep.equal([]);
    await expect(chart.element).to.be.accessible();
  });

  it('reads attributes with amounts, percents and ranges', async () => {
    const chart = breakdown('<comp-breakdown base="100000" bonus="10%" equity="5000-15000"></comp-breakdown>');
    await chart.drawn();
    expect(chart.legendRows()).to.deep.equal([
      'Base salary | $100,000 | 84%',
      'Bonus | $10,000 | 8%',
      'Equity | $5,000–$15,000 | 8%',
      'Total (midpoint $120,000) | $115,000–$125,000 | 100%',
    ]);
    // A range has a solid and a light piece; a fixed amount has only the solid one.
    expect(chart.segmentPath(3, 'low')).to.match(/^M/);
    expect(chart.segmentPath(3, 'range')).to.match(/^M/);
    expect(chart.segmentPath(1, 'low')).to.match(/^M/);
    expect(chart.segmentPath(1, 'range')).to.equal(undefined);
  });

  it('centres "Total" and a fixed amount without a midpoint line', async () => {
    const chart = breakdown('<comp-breakdown base="100000"></comp-breakdown>');
    await chart.drawn();
    expect(chart.centreTexts()).to.deep.equal(['Total', '$100K']);
  });

  it('reads a JSON components list, labels as text', async () => {
    const chart = breakdown(
      `<comp-breakdown data='{"compensation": {"base": 90000, "components": [{"label": "<b>Signing</b> bonus", "value": 10000}]}}'></comp-breakdown>`,
    );
    await chart.drawn();
    expect(chart.legendRows()[1]).to.equal('<b>Signing</b> bonus | $10,000 | 10%');
    expect(chart.$('b')).to.equal(null);
  });

  it('draws one stacked bar with variant="bar"', async () => {
    const chart = breakdown('<comp-breakdown variant="bar"></comp-breakdown>');
    await chart.drawn();
    expect(chart.texts()).to.deep.equal(['Total $210,000–$300,000 · midpoint $255,000']);
    expect(chart.barTotal()).to.equal('Total $210,000–$300,000 · midpoint $255,000');
    // 500 px less 3 gaps of 2 px = 494 px: base 247, bonus low 24.7, equity low 49.4, benefits low 24.7.
    expect(chart.barWidths('low')).to.deep.equal([247, 24.7, 49.4, 24.7]);
    // The light pieces of the three ranges: 24.7, 98.8 and 24.7 px, less 1 px for their outlines.
    expect(chart.barWidths('range')).to.deep.equal([23.7, 97.8, 23.7]);
    await expect(chart.element).to.be.accessible();
  });

  it('uses short amounts in the bar’s total when the box is narrow', async () => {
    const chart = breakdown('<comp-breakdown variant="bar"></comp-breakdown>', 400);
    await chart.drawn();
    expect(chart.barTotal()).to.equal('Total $210K–$300K · midpoint $255K');
  });

  it('shows hourly amounts', async () => {
    const chart = breakdown('<comp-breakdown base="133080" period="hourly"></comp-breakdown>');
    await chart.drawn();
    expect(chart.legendRows()[0]).to.equal('Base salary | $63.98 | 100%');
  });

  it('shows a readable empty state when everything is zero', async () => {
    const chart = breakdown('<comp-breakdown base="0" bonus="0%"></comp-breakdown>');
    await waitUntil(() => chart.emptyMessage(), 'empty state shown');
    expect(chart.emptyMessage()).to.equal('Every component is zero, so there is nothing to draw.');
    expect(chart.parts()).to.deep.equal([]);
    expect(chart.$$('path')).to.have.length(0);
    expect(badNumbers(chart.element)).to.deep.equal([]);
    await expect(chart.element).to.be.accessible();
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
        const chart = breakdown(`<comp-breakdown ${attrs}></comp-breakdown>`);
        expect(await chart.alert()).to.match(text);
        expect(warnings.messages).to.have.length(1);
        await expect(chart.element).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }

  it('announces and explains each segment on focus, and moves with the arrow keys', async () => {
    const chart = breakdown('<comp-breakdown></comp-breakdown>');
    await chart.drawn();
    expect(chart.markLabels()[1]).to.equal('Bonus: $15,000–$30,000 a year, 10–20% of base salary, 9% of the total at the midpoint.');
    const first = chart.focusChart();
    expect(first.getAttribute('data-point')).to.equal('part-1');
    await chart.element.updateComplete;
    expect(chart.tooltip()).to.equal('Base salary $150,000 a year 59% of the total at the midpoint');
    await chart.press('ArrowRight');
    await chart.element.updateComplete;
    expect(chart.focused()).to.equal('part-2');
  });

  it('shows the tooltip when hovering a legend row', async () => {
    const chart = breakdown('<comp-breakdown></comp-breakdown>');
    await chart.drawn();
    chart.hoverLegendRow(3);
    await chart.element.updateComplete;
    expect(chart.tooltip()).to.contain('Equity $30,000–$90,000 a year 20–60% of base salary');
  });

  it('colours segments from --salary-color-* properties, taking them again from the first after the sixth', async () => {
    const parts = Array.from({ length: 7 }, (_, i) => `{"label": "Part ${i + 1}", "value": 1000}`).join(', ');
    const chart = breakdown(`<comp-breakdown data='{"compensation": {"components": [${parts}]}}'></comp-breakdown>`);
    chart.element.style.setProperty('--salary-color-1', 'rgb(4, 5, 6)');
    chart.element.style.setProperty('--salary-color-2', 'rgb(1, 2, 3)');
    await chart.drawn();
    expect(chart.fill(2)).to.equal('rgb(1, 2, 3)');
    expect(chart.fill(1)).to.equal('rgb(4, 5, 6)');
    expect(chart.fill(7)).to.equal('rgb(4, 5, 6)');
  });
});

describe('<comp-breakdown> fallback table', () => {
  afterEach(cleanup);
  it('reads label and value rows with currency text and percent ranges', async () => {
    const chart = breakdown(
      `<comp-breakdown><table>
        <tr><th>Component</th><th>Value</th></tr>
        <tr><td>Base salary</td><td>$150,000</td></tr>
        <tr><td>Annual bonus</td><td>10–20%</td></tr>
        <tr><td>Signing bonus</td><td>$20,000</td></tr>
        <tr><td>Benefits</td><td>$15,000–$30,000</td></tr>
      </table></comp-breakdown>`,
    );
    await chart.drawn();
    expect(chart.legendRows()).to.deep.equal([
      'Base salary | $150,000 | 70%',
      'Annual bonus | $15,000–$30,000 | 11%',
      'Signing bonus | $20,000 | 9%',
      'Benefits | $15,000–$30,000 | 10%',
      'Total (midpoint $215,000) | $200,000–$230,000 | 100%',
    ]);
    expect(chart.element.querySelector('table')!.getClientRects().length).to.equal(0);
  });
});
