import { expect, waitUntil } from '@open-wc/testing';
import './index.js';
import type { CompBreakdown } from './comp-breakdown.js';
import { CompBreakdownHarness } from './harness.js';
import { oklabDistance, parseRgb } from './palette.js';
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
    // The breakdown's ranges come from industry surveys in the seed's guide, not from BLS.
    expect(chart.caption()).to.equal(
      'Source: Ranges reported by industry salary surveys, as summarised in a 2026 backend developer salary guide; the $150,000 base is its worked example',
    );
    expect(chart.caption()).not.to.contain('BLS');
    expect(chart.summary()).to.equal(
      'Total compensation $210,000 to $300,000 a year (midpoint $255,000): Base salary $150,000 (59%), Bonus $15,000 to $30,000 (9%), Equity $30,000 to $90,000 (23%), Health and retirement benefits $15,000 to $30,000 (9%).',
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
    // Machine channels are locale-free: German thousands are ambiguous, never read as 150.
    ['base="150.000"', /base: "150.000" is ambiguous; write 150000 \(no separators\), or 150 for a decimal\./],
    ['base="150000" benefits="15.000-30.000"', /benefits: "15.000-30.000" is ambiguous; write 15000-30000 \(no separators\), or 15-30 for a decimal\./],
    [`data='{"compensation": {"base": "150.000"}}'`, /compensation\.base: "150\.000" is ambiguous/],
    // Hourly figures given as annual ones.
    ['base="63.98" bonus="10%"', /base: every amount is under 1,000 \(such as 63\.98\), which looks hourly; add amounts="hourly"/],
    [`data='{"compensation": {"base": 63.98}}'`, /compensation: every amount is under 1,000 .* add amounts="hourly"/],
    [`data='{"compensation": {"unit": "weekly", "base": 150000}}'`, /compensation\.unit: expected "annual" or "hourly", got "weekly"/],
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
    // TEST VALUES: seven parts of $20,000 each.
    const parts = Array.from({ length: 7 }, (_, i) => `{"label": "Part ${i + 1}", "value": 20000}`).join(', ');
    const chart = breakdown(`<comp-breakdown data='{"compensation": {"components": [${parts}]}}'></comp-breakdown>`);
    chart.element.style.setProperty('--salary-color-1', 'rgb(4, 5, 6)');
    chart.element.style.setProperty('--salary-color-2', 'rgb(1, 2, 3)');
    await chart.drawn();
    expect(chart.fill(2)).to.equal('rgb(1, 2, 3)');
    expect(chart.fill(1)).to.equal('rgb(4, 5, 6)');
    expect(chart.fill(7)).to.equal('rgb(4, 5, 6)');
  });
});

describe('<comp-breakdown> palette', () => {
  afterEach(cleanup);

  const fills = (chart: CompBreakdownHarness, count: number) => Array.from({ length: count }, (_, i) => parseRgb(chart.fill(i + 1))!);

  it('keeps every part 0.15 apart in OKLab from each other and from the README theme’s teal accent', async () => {
    // TEST VALUES: six parts of $20,000 each.
    const parts = Array.from({ length: 6 }, (_, i) => `{"label": "Part ${i + 1}", "value": 20000}`).join(', ');
    const page = mount<HTMLElement>(
      `<div style="--salary-accent: #0f766e"><comp-breakdown data='{"compensation": {"components": [${parts}]}}'></comp-breakdown></div>`,
      500,
    );
    const chart = new CompBreakdownHarness(page.querySelector('comp-breakdown')!);
    await chart.drawn();
    const colours = fills(chart, 6);
    expect(colours[0]).to.deep.equal([15, 118, 110]);
    for (const [i, one] of colours.entries()) for (const other of colours.slice(i + 1)) expect(oklabDistance(one, other)).to.be.at.least(0.15);
  });

  it('gives Base salary and Equity different colours under the README theme', async () => {
    const page = mount<HTMLElement>('<div style="--salary-accent: #0f766e"><comp-breakdown></comp-breakdown></div>', 500);
    const chart = new CompBreakdownHarness(page.querySelector('comp-breakdown')!);
    await chart.drawn();
    expect(oklabDistance(parseRgb(chart.fill(1))!, parseRgb(chart.fill(3))!)).to.be.at.least(0.15);
  });

  it('reads a named accent ("teal") and keeps the parts away from it too', async () => {
    const chart = breakdown('<comp-breakdown></comp-breakdown>');
    chart.element.style.setProperty('--salary-accent', 'teal');
    await chart.drawn();
    const [accent, ...others] = fills(chart, 4);
    for (const other of others) expect(oklabDistance(accent!, other)).to.be.at.least(0.15);
  });
});

describe('<comp-breakdown> hourly amounts', () => {
  afterEach(cleanup);

  it('converts amounts="hourly" × 2,080, keeps percents of base, and says so in the caption and tooltip', async () => {
    // The seed's median hourly wage, $63.98, and its 10–20% bonus.
    const chart = breakdown('<comp-breakdown base="63.98" bonus="10%-20%" amounts="hourly"></comp-breakdown>');
    await chart.drawn();
    expect(chart.legendRows()).to.deep.equal([
      'Base salary | $133,078 | 87%',
      'Bonus | $13,308–$26,616 | 13%',
      'Total (midpoint $153,040) | $146,386–$159,694 | 100%',
    ]);
    expect(chart.captionNotes()).to.deep.equal(['Hourly wages shown as annual: hourly wage × 2,080 hours.']);
    expect(await chart.tooltipOf(1)).to.equal('Base salary $133,078 a year given as $63.98 an hour × 2,080 hours 87% of the total at the midpoint');
    expect(await chart.tooltipOf(2)).to.equal('Bonus $13,308–$26,616 a year 10–20% of base salary 13% of the total at the midpoint');
  });

  it('reads JSON "unit": "hourly" the same way, noting the conversion once', async () => {
    const chart = breakdown(`<comp-breakdown data='{"compensation": {"unit": "hourly", "base": 63.98}}'></comp-breakdown>`);
    await chart.drawn();
    expect(chart.legendRows()[0]).to.equal('Base salary | $133,078 | 100%');
    expect(chart.element.dataNotes).to.deep.equal([{ kind: 'hourly' }]);
    expect(chart.captionNotes()).to.deep.equal(['Hourly wages shown as annual: hourly wage × 2,080 hours.']);
  });
});

/** A breakdown inside a page section written in `lang`, as a blog post in German or French is. */
function breakdownIn(lang: string, markup: string): CompBreakdownHarness {
  const page = mount<HTMLElement>(`<div lang="${lang}">${markup}</div>`, 500);
  return new CompBreakdownHarness(page.querySelector('comp-breakdown')!);
}

const csvUrl = (path: string, body: string, extra = '') => `/test-api/${path}${path.includes('?') ? '&' : '?'}body=${encodeURIComponent(body)}${extra}`;

describe('<comp-breakdown> tables and CSV', () => {
  afterEach(cleanup);

  it('reads a table by its headers, with currency text and percent ranges; its own "Total" row is not a part', async () => {
    // The seed's example, plus a TEST VALUE signing bonus.
    const chart = breakdown(
      `<comp-breakdown><table>
        <tr><th>Component</th><th>Value</th></tr>
        <tr><td>Base salary</td><td>$150,000</td></tr>
        <tr><td>Annual bonus</td><td>10–20% of base salary</td></tr>
        <tr><td>Signing bonus</td><td>$20,000</td></tr>
        <tr><td>Benefits</td><td>$15,000–$30,000</td></tr>
        <tr><td><strong>Total</strong></td><td><strong>$200,000–$230,000</strong></td></tr>
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
    expect(chart.element.dataNotes).to.deep.equal([
      { kind: 'column', header: 'Value' },
      { kind: 'skipped', labels: ['Total'] },
    ]);
    expect(chart.element.querySelector('table')!.getClientRects().length).to.equal(0);
  });

  it('reads a German table under lang="de": "Komponente | Betrag", "150.000 €", "10–20 %", a footnote and a part with no figure', async () => {
    // The seed's example as a German blogger would write it, in euros: TEST VALUES.
    const chart = breakdownIn(
      'de',
      `<comp-breakdown currency="EUR"><table>
        <thead><tr><th>Komponente</th><th>Betrag</th></tr></thead>
        <tbody>
          <tr><td>Grundgehalt</td><td>150.000 €</td></tr>
          <tr><td>Bonus</td><td>10–20 %</td></tr>
          <tr><td>Aktien (RSUs)</td><td>20–60 %</td></tr>
          <tr><td>Sozialleistungen</td><td>15.000–30.000 €(1)</td></tr>
          <tr><td>Weiterbildungsbudget</td><td>–</td></tr>
        </tbody>
      </table></comp-breakdown>`,
    );
    await chart.drawn();
    expect(chart.legendRows()).to.deep.equal([
      'Grundgehalt | 150.000 € | 59 %',
      'Bonus | 15.000 €–30.000 € | 9 %',
      'Aktien (RSUs) | 30.000 €–90.000 € | 23 %',
      'Sozialleistungen | 15.000 €–30.000 € | 9 %',
      'Gesamt (Mittelwert 255.000 €) | 210.000 €–300.000 € | 100 %',
    ]);
    // German short amounts are not short: the centre splits the range after its dash to fit the hole, and the midpoint stays in the legend.
    expect(chart.centreTexts()).to.deep.equal(['Gesamt', '210.000 €–', '300.000 €']);
    expect(chart.captionNotes()).to.deep.equal([
      'Das Fußnotenzeichen (1) wurde aus den Zahlen entfernt.',
      'Keine veröffentlichte Zahl für Weiterbildungsbudget.',
    ]);
    expect(badNumbers(chart.element)).to.deep.equal([]);
    await expect(chart.element).to.be.accessible();
  });

  it('keeps the bar’s total line inside a narrow German chart, where short amounts are not short', async () => {
    // TEST VALUES: the seed's example in euros.
    const page = mount<HTMLElement>(
      `<div lang="de"><comp-breakdown variant="bar" currency="EUR" base="150000" bonus="10%-20%" equity="20%-60%" benefits="15000-30000"></comp-breakdown></div>`,
      300,
    );
    const chart = new CompBreakdownHarness(page.querySelector('comp-breakdown')!);
    await chart.drawn();
    // "Gesamt 210.000 €–300.000 € · Mittelwert 255.000 €" would need about 380 px; the midpoint stays in the legend.
    expect(chart.barTotal()).to.equal('Gesamt 210.000 €–300.000 €');
    expect(chart.legendRows()[4]).to.equal('Gesamt (Mittelwert 255.000 €) | 210.000 €–300.000 € | 100 %');
  });

  it('reads a French table under lang="fr": "Composante | Montant", "150 000 €" with narrow no-break spaces, "10–20 %"', async () => {
    // The seed's example in euros, as a French blogger would write it: TEST VALUES.
    const chart = breakdownIn(
      'fr',
      `<comp-breakdown currency="EUR"><table>
        <tr><th>Composante</th><th>Montant</th></tr>
        <tr><td>Salaire de base</td><td>150\u202f000\u00a0€</td></tr>
        <tr><td>Prime</td><td>10–20\u00a0%</td></tr>
        <tr><td>Avantages sociaux</td><td>15\u202f000 – 30\u202f000\u00a0€</td></tr>
      </table></comp-breakdown>`,
    );
    await chart.drawn();
    expect(chart.legendRows()).to.deep.equal([
      'Salaire de base | 150 000 € | 77 %',
      'Prime | 15 000 €–30 000 € | 12 %',
      'Avantages sociaux | 15 000 €–30 000 € | 11 %',
      'Total (point médian 195 000 €) | 180 000 €–210 000 € | 100 %',
    ]);
  });

  // The seed's example base and bonus, with its 4–6% 401(k) match.
  const SEED_CSV = 'Component,Amount\nBase salary,150000\nBonus,10%-20%\n401(k) match,4%-6%';
  const SEED_ROWS = [
    'Base salary | $150,000 | 83%',
    'Bonus | $15,000–$30,000 | 13%',
    '401(k) match | $6,000–$9,000 | 4%',
    'Total (midpoint $180,000) | $171,000–$189,000 | 100%',
  ];

  it('reads a CSV file from src', async () => {
    const chart = breakdown(`<comp-breakdown src="${csvUrl('comp.csv', SEED_CSV)}"></comp-breakdown>`);
    await chart.drawn();
    expect(chart.legendRows()).to.deep.equal(SEED_ROWS);
    // Not the default: no default source in the caption.
    expect(chart.caption()).to.equal('');
  });

  it('reads a published Google Sheet (output=csv), quoted cells and all', async () => {
    const sheet = '"Component","Amount"\n"Base salary","$150,000"\n"Bonus","10%-20%"\n"401(k) match","4%-6%"';
    const chart = breakdown(`<comp-breakdown src="${csvUrl('spreadsheets/d/e/2PACX-test/pub?output=csv', sheet)}"></comp-breakdown>`);
    await chart.drawn();
    expect(chart.legendRows()).to.deep.equal(SEED_ROWS);
  });

  it('reads a TSV file from src', async () => {
    const chart = breakdown(`<comp-breakdown src="${csvUrl('comp.tsv', SEED_CSV.replaceAll(',', '\t'), '&type=text/tab-separated-values')}"></comp-breakdown>`);
    await chart.drawn();
    expect(chart.legendRows()).to.deep.equal(SEED_ROWS);
  });

  it('reads an inline <script type="text/csv">', async () => {
    // The seed's example base and its $2,000–$10,000 education stipend.
    const chart = breakdown(`<comp-breakdown><script type="text/csv">
Component,Amount
Base salary,150000
Education stipend,2000-10000
</script></comp-breakdown>`);
    await chart.drawn();
    expect(chart.legendRows()).to.deep.equal([
      'Base salary | $150,000 | 96%',
      'Education stipend | $2,000–$10,000 | 4%',
      'Total (midpoint $156,000) | $152,000–$160,000 | 100%',
    ]);
  });

  it('reads rows pasted from a spreadsheet: tab-separated, no header row, label then value', async () => {
    const paste = 'Base salary\t$150,000\nBonus\t10%–20%\nEquity\t20%–60%\nHealth and retirement benefits\t$15,000–$30,000';
    const chart = breakdown(`<comp-breakdown><script type="text/tab-separated-values">${paste}</script></comp-breakdown>`);
    await chart.drawn();
    expect(chart.legendRows()).to.deep.equal([
      'Base salary | $150,000 | 59%',
      'Bonus | $15,000–$30,000 | 9%',
      'Equity | $30,000–$90,000 | 23%',
      'Health and retirement benefits | $15,000–$30,000 | 9%',
      'Total (midpoint $255,000) | $210,000–$300,000 | 100%',
    ]);
    expect(chart.element.dataNotes).to.deep.equal([]);
  });

  it('converts a table’s amounts with amounts="hourly"', async () => {
    // The seed's median hourly wage and a TEST VALUE of $5.00 an hour in benefits.
    const chart = breakdown(
      `<comp-breakdown amounts="hourly"><table>
        <tr><th>Component</th><th>Amount</th></tr>
        <tr><td>Base pay</td><td>$63.98</td></tr>
        <tr><td>Benefits</td><td>$5.00</td></tr>
      </table></comp-breakdown>`,
    );
    await chart.drawn();
    expect(chart.legendRows()).to.deep.equal(['Base pay | $133,078 | 93%', 'Benefits | $10,400 | 7%', 'Total | $143,478 | 100%']);
    expect(chart.captionNotes()).to.deep.equal(['Hourly wages shown as annual: hourly wage × 2,080 hours.']);
    expect(await chart.tooltipOf(2)).to.equal('Benefits $10,400 a year given as $5.00 an hour × 2,080 hours 7% of the total at the midpoint');
  });

  const table = (rows: string) => `<comp-breakdown><table>${rows}</table></comp-breakdown>`;
  const errors: [string, string, string][] = [
    [
      'a table whose headers name no values',
      table('<tr><th>What</th><th>How much</th></tr><tr><td>Base salary</td><td>lots</td></tr>'),
      'table: no column of amounts or percents; found headers "What", "How much". Head it "Amount" or name it with value-column.',
    ],
    [
      'a cell that is not a value',
      table('<tr><th>Component</th><th>Amount</th></tr><tr><td>Base salary</td><td>$150,000</td></tr><tr><td>Bonus</td><td>generous</td></tr>'),
      'table row 2 ("Bonus"), column "Amount": expected an amount (15,000), a percent of base (10%) or a range (15,000–30,000), got "generous".',
    ],
    [
      'German thousands on an English page',
      table('<tr><th>Component</th><th>Amount</th></tr><tr><td>Base salary</td><td>150.000 €</td></tr>'),
      'table row 1 ("Base salary"), column "Amount": "150.000 €" reads as 150 in en-US numbers ("." is the decimal separator); if 150000 is meant, write 150,000, or set lang to the language the table is written in.',
    ],
    [
      'a table where no part has a figure',
      table('<tr><th>Component</th><th>Amount</th></tr><tr><td>Base salary</td><td>-</td></tr><tr><td>Equity</td><td>(8)</td></tr>'),
      'table: no part has a figure ("Base salary", "Equity" have none); expected rows of a part and its value, such as "Bonus | 10%".',
    ],
    [
      'an empty table',
      table('<tr><th>Component</th><th>Amount</th></tr>'),
      'table: has no rows; expected rows of a part and its value, such as "Bonus | 10%".',
    ],
    [
      'a percent with no base salary row',
      table('<tr><th>Component</th><th>Amount</th></tr><tr><td>Bonus</td><td>10%</td></tr>'),
      'table row 1 ("Bonus"): "10%" is a percent of base salary, so a "Base salary" row is needed too.',
    ],
    [
      'hourly-looking amounts in an annual table',
      table('<tr><th>Component</th><th>Amount</th></tr><tr><td>Base pay</td><td>$63.98</td></tr>'),
      'table: every amount is under 1,000 (such as 63.98), which looks hourly; add amounts="hourly" (or "unit": "hourly" in JSON) to convert them × 2,080, or give annual amounts.',
    ],
    [
      'a value-column that is not there',
      '<comp-breakdown value-column="Median"><table><tr><th>Component</th><th>Amount</th></tr><tr><td>Base salary</td><td>150000</td></tr></table></comp-breakdown>',
      'value-column: no column headed "Median"; found headers "Component", "Amount".',
    ],
    [
      'a CSV file of one column',
      `<comp-breakdown src="${csvUrl('comp.csv', 'hello')}"></comp-breakdown>`,
      'CSV: expected two columns, a part and its value (such as "Bonus | 10%"), but found one.',
    ],
    [
      'an empty CSV file',
      `<comp-breakdown src="${csvUrl('comp.csv', '')}"></comp-breakdown>`,
      'CSV: has no rows; expected rows of a part and its value, such as "Bonus | 10%".',
    ],
    [
      'an inline CSV with a bad range',
      '<comp-breakdown><script type="text/csv">Component,Amount\nBase salary,150000\nBonus,20%-10%</script></comp-breakdown>',
      'CSV row 2 ("Bonus"), column "Amount": a range runs from low to high, got "20%-10%".',
    ],
  ];
  for (const [name, markup, expected] of errors) {
    it(`shows a named error, never the default, for ${name}`, async () => {
      const warnings = captureWarnings();
      try {
        const chart = breakdown(markup);
        expect(await chart.alert()).to.equal(`This chart could not be drawn.${expected}`);
        expect(chart.legendRows()).to.deep.equal([]);
        expect(chart.caption()).not.to.contain('Source');
        await expect(chart.element).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }
});
