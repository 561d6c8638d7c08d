import { expect } from '@open-wc/testing';
import { dataErrorMessage as message } from '../../test/helpers/errors.js';
import type { ReadContext } from '../core/data/context.js';
import { gridFromTable, gridFromText } from '../core/data/grid.js';
import type { DataNote } from '../core/data/notes.js';
import { DEFAULT_COMP, parseCompSection, parseValue, readCompGrid, readValueCell, resolveParts, wholeShares, writtenPart, type PartLabel } from './data.js';

/** A reading context as the element builds one, collecting the notes it is given. */
function context(options: Partial<Omit<ReadContext, 'note'>> = {}): ReadContext & { notes: DataNote[] } {
  const notes: DataNote[] = [];
  return { locale: 'en-US', hourly: false, ...options, notes, note: (note) => notes.push(note) };
}

const amounts = (data: { components: readonly { label: PartLabel; low: number; high: number }[] }) =>
  data.components.map(({ label, low, high }) => [label, low, high]);

describe('parseValue (attributes and JSON)', () => {
  it('reads amounts, percents and ranges of either', () => {
    expect(parseValue(22500, 'bonus')).to.deep.equal({ percent: false, low: 22500, high: 22500 });
    expect(parseValue('15%', 'bonus')).to.deep.equal({ percent: true, low: 15, high: 15 });
    expect(parseValue('10%-20%', 'bonus')).to.deep.equal({ percent: true, low: 10, high: 20 });
    expect(parseValue('15000 – 30000', 'benefits')).to.deep.equal({ percent: false, low: 15000, high: 30000 });
  });

  it('names the key and what was expected', () => {
    expect(message(() => parseValue('-5', 'bonus'))).to.equal('bonus: expected an amount of 0 or more, got "-5".');
    expect(message(() => parseValue('lots', 'equity'))).to.match(/^equity: expected an amount \(22500\), a percent of base \(15%\) or a range/);
    expect(message(() => parseValue('10%-30000', 'bonus'))).to.match(/both ends of a range must be amounts or both percents/);
    expect(message(() => parseValue('30-10', 'bonus'))).to.match(/a range runs from low to high/);
    expect(message(() => parseValue(NaN, 'base'))).to.match(/^base: expected an amount of 0 or more/);
  });

  it('refuses German-looking thousands as ambiguous, with both plain spellings, for single values and ranges', () => {
    expect(message(() => parseValue('150.000', 'base'))).to.equal('base: "150.000" is ambiguous; write 150000 (no separators), or 150 for a decimal.');
    expect(message(() => parseValue('15.000-30.000', 'benefits'))).to.equal(
      'benefits: "15.000-30.000" is ambiguous; write 15000-30000 (no separators), or 15-30 for a decimal.',
    );
    expect(message(() => parseValue('15.000–30000', 'benefits'))).to.equal(
      'benefits: "15.000–30000" is ambiguous; write 15000-30000 (no separators), or 15-30000 for a decimal.',
    );
    // Two separators cannot be a decimal point: only the plain spelling is offered.
    expect(message(() => parseValue('1.500.000', 'equity'))).to.equal('equity: "1.500.000" is ambiguous; write 1500000 (no separators).');
    expect(message(() => parseValue('1,000', 'bonus'))).to.equal('bonus: "1,000" is ambiguous; write 1000 (no separators), or 1 for a decimal.');
  });
});

describe('resolveParts', () => {
  const options = { where: '', baseName: '"base"' };

  it('turns percents of base into amounts and adds up the total range', () => {
    // The seed's example: 150,000 + 10–20% + 20–60% + 15,000–30,000 = 210,000–300,000.
    const { components, low, high } = DEFAULT_COMP;
    expect(components.map((c) => [c.low, c.high])).to.deep.equal([
      [150000, 150000],
      [15000, 30000],
      [30000, 90000],
      [15000, 30000],
    ]);
    expect([low, high]).to.deep.equal([210000, 300000]);
  });

  it('applies a percent range to each end of a base range', () => {
    // TEST VALUES: a base band of 100,000–200,000.
    const data = resolveParts([writtenPart('base', 'Base', '100000-200000', 'base'), writtenPart('bonus', 'Bonus', '10%-20%', 'bonus')], context(), options);
    expect([data.components[1]!.low, data.components[1]!.high]).to.deep.equal([10000, 40000]);
  });

  it('explains that a percent needs a base', () => {
    expect(message(() => resolveParts([writtenPart('bonus', 'Bonus', '15%', 'bonus')], context(), options))).to.equal(
      'bonus: "15%" is a percent of base salary, so "base" is needed too.',
    );
    expect(message(() => resolveParts([writtenPart('base', 'Base', '50%', 'compensation.base')], context(), options))).to.equal(
      'compensation.base: the base salary must be an amount, not a percent.',
    );
  });

  it('converts hourly amounts × 2,080 and keeps percents as percents of the converted base', () => {
    // The seed's median hourly wage, $63.98, with the seed's 10–20% bonus.
    const data = resolveParts(
      [writtenPart('base', 'Base', '63.98', 'base'), writtenPart('bonus', 'Bonus', '10%-20%', 'bonus')],
      context({ hourly: true }),
      options,
    );
    expect(amounts(data)).to.deep.equal([
      ['Base', 133078.4, 133078.4],
      ['Bonus', 13307.84, 26615.68],
    ]);
    expect(data.components.map((c) => c.fromHourly)).to.deep.equal([true, false]);
  });

  it('refuses annual amounts that are all under 1,000, naming amounts="hourly"; percents do not count', () => {
    const parts = [writtenPart('base', 'Base', '63.98', 'base'), writtenPart('bonus', 'Bonus', '10%', 'bonus')];
    expect(message(() => resolveParts(parts, context(), options))).to.equal(
      'base: every amount is under 1,000 (such as 63.98), which looks hourly; add amounts="hourly" (or "unit": "hourly" in JSON) to convert them × 2,080, or give annual amounts.',
    );
  });
});

describe('parseCompSection (JSON)', () => {
  it('reads named keys, other keys and a components list', () => {
    // The seed's 4–6% 401(k) match and $2,000–$10,000 education stipend, on the seed's example base.
    const data = parseCompSection({ base: 150000, stipend: '2000-10000', components: [{ label: '401(k) match', value: '4%-6%' }] }, 'compensation', context());
    // Named keys are named by the element, in the reader's language; other keys and labels are the author's words.
    expect(amounts(data)).to.deep.equal([
      [{ named: 'base' }, 150000, 150000],
      ['stipend', 2000, 10000],
      ['401(k) match', 6000, 9000],
    ]);
    expect(message(() => parseCompSection({ components: [{ label: 'X', value: 'abc' }] }, 'compensation', context()))).to.match(
      /^compensation.components\[0\]: expected an amount/,
    );
  });

  it('leaves an unlabelled list item and the default’s parts for the element to name', () => {
    const data = parseCompSection({ base: 90000, components: [{ value: 5000 }, { label: '', value: 6000 }] }, 'compensation', context());
    expect(data.components.map((c) => c.label)).to.deep.equal([{ named: 'base' }, { numbered: 'component', number: 1 }, { numbered: 'component', number: 2 }]);
    expect(DEFAULT_COMP.components.map((c) => c.label)).to.deep.equal([
      { named: 'base' },
      { named: 'bonus' },
      { named: 'equity' },
      { named: 'healthBenefits' },
    ]);
  });

  it('reads "unit": "hourly" as hourly amounts, and notes the conversion', () => {
    const read = context();
    const data = parseCompSection({ unit: 'hourly', base: 63.98, bonus: '10%' }, 'compensation', read);
    expect(amounts(data)).to.deep.equal([
      [{ named: 'base' }, 133078.4, 133078.4],
      [{ named: 'bonus' }, 13307.84, 13307.84],
    ]);
    expect(read.notes).to.deep.equal([{ kind: 'hourly' }]);
    expect(message(() => parseCompSection({ unit: 'weekly', base: 150000 }, 'compensation', context()))).to.equal(
      'compensation.unit: expected "annual" or "hourly", got "weekly".',
    );
  });

  it('refuses ambiguous JSON strings and hourly-looking annual amounts', () => {
    expect(message(() => parseCompSection({ base: '150.000' }, 'compensation', context()))).to.equal(
      'compensation.base: "150.000" is ambiguous; write 150000 (no separators), or 150 for a decimal.',
    );
    expect(message(() => parseCompSection({ base: 63.98, benefits: '7-14' }, 'compensation', context()))).to.match(
      /^compensation: every amount is under 1,000 \(such as 63.98\), which looks hourly; add amounts="hourly"/,
    );
  });
});

describe('wholeShares', () => {
  it('rounds shares to whole percents that add up to 100', () => {
    // Midpoints 150, 22.5, 60, 22.5 of 255: 58.82, 8.82, 23.53, 8.82 → 59, 9, 23, 9.
    expect(wholeShares([300000, 45000, 120000, 45000])).to.deep.equal([59, 9, 23, 9]);
    expect(DEFAULT_COMP.components.map((c) => c.share)).to.deep.equal([59, 9, 23, 9]);
    expect(wholeShares([1, 1, 1])).to.deep.equal([34, 33, 33]);
    expect(wholeShares([0, 0])).to.deep.equal([0, 0]);
  });
});

describe('readValueCell (table and CSV cells, in the element’s locale)', () => {
  const spec = (text: string, locale: string) => {
    const cell = readValueCell(text, locale);
    return cell.kind === 'value' ? [cell.spec.percent ? '%' : '', cell.spec.low, cell.spec.high] : cell.kind;
  };

  it('reads amounts, percents and ranges as English, German and French pages write them', () => {
    expect(spec('$150,000', 'en-US')).to.deep.equal(['', 150000, 150000]);
    expect(spec('$15,000–$30,000', 'en-US')).to.deep.equal(['', 15000, 30000]);
    expect(spec('10–20%', 'en-US')).to.deep.equal(['%', 10, 20]);
    expect(spec('$15,000 to $30,000', 'en-US')).to.deep.equal(['', 15000, 30000]);
    expect(spec('15.000 €', 'de')).to.deep.equal(['', 15000, 15000]);
    expect(spec('1.234,56 €', 'de')).to.deep.equal(['', 1234.56, 1234.56]);
    expect(spec('15.000–30.000 €', 'de')).to.deep.equal(['', 15000, 30000]);
    expect(spec('15.000 bis 30.000 €', 'de')).to.deep.equal(['', 15000, 30000]);
    expect(spec('10–20 %', 'de')).to.deep.equal(['%', 10, 20]);
    expect(spec('12,5 %', 'de')).to.deep.equal(['%', 12.5, 12.5]);
    // French groups with a narrow no-break space (U+202F) and writes "10 %".
    expect(spec('15\u202f000 €', 'fr')).to.deep.equal(['', 15000, 15000]);
    expect(spec('15\u202f000 – 30\u202f000 €', 'fr')).to.deep.equal(['', 15000, 30000]);
    expect(spec('10\u202f%', 'fr')).to.deep.equal(['%', 10, 10]);
    expect(spec('95k', 'en-US')).to.deep.equal(['', 95000, 95000]);
    // Indian grouping and Arabic-Indic digits with the Arabic percent sign.
    expect(spec('₹12,00,000', 'en-IN')).to.deep.equal(['', 1200000, 1200000]);
    expect(spec('١٠–٢٠٪', 'ar-EG')).to.deep.equal(['%', 10, 20]);
    // A percent may say what it is of, when that is base salary.
    expect(spec('10–20% of base salary', 'en-US')).to.deep.equal(['%', 10, 20]);
    expect(spec('10 % vom Grundgehalt', 'de')).to.deep.equal(['%', 10, 10]);
    expect(spec('10 % du salaire de base', 'fr')).to.deep.equal(['%', 10, 10]);
    expect(spec('10% of total', 'en-US')).to.equal('invalid');
  });

  it('strips footnote markers and returns them', () => {
    expect(readValueCell('$15,000–$30,000 (1)', 'en-US')).to.deep.equal({
      kind: 'value',
      spec: { percent: false, low: 15000, high: 30000 },
      footnotes: ['(1)'],
    });
    expect(readValueCell('10%*', 'en-US')).to.deep.equal({ kind: 'value', spec: { percent: true, low: 10, high: 10 }, footnotes: ['*'] });
  });

  it('reads "-", "(8)" and empty cells as no figure', () => {
    for (const text of ['-', '—', '(8)', '', 'n/a']) expect(readValueCell(text, 'en-US'), text).to.deep.equal({ kind: 'missing' });
  });

  it('explains cells it cannot read, in the locale’s own examples', () => {
    const problem = (text: string, locale: string) => {
      const cell = readValueCell(text, locale);
      return cell.kind === 'invalid' ? cell.problem : cell.kind;
    };
    expect(problem('lots', 'de')).to.equal('expected an amount (15.000), a percent of base (10\u00a0%) or a range (15.000–30.000), got "lots".');
    expect(problem('$10–20%', 'en-US')).to.equal('both ends of a range must be amounts or both percents, got "$10–20%".');
    expect(problem('30.000–15.000 €', 'de')).to.equal('a range runs from low to high, got "30.000–15.000 €".');
    expect(problem('-5.000 €', 'de')).to.equal('expected an amount of 0 or more, got "-5.000 €".');
    expect(problem('#', 'en-US')).to.match(/^"#" is a top-code/);
    // German thousands on an English page, and English thousands on a German one: a thousand times too small.
    expect(problem('15.000 €', 'en-US')).to.equal(
      '"15.000 €" reads as 15 in en-US numbers ("." is the decimal separator); if 15000 is meant, write 15,000, or set lang to the language the table is written in.',
    );
    expect(problem('$15,000', 'de')).to.equal(
      '"$15,000" reads as 15 in de numbers ("," is the decimal separator); if 15000 is meant, write 15.000, or set lang to the language the table is written in.',
    );
  });
});

/** A table element from markup, for gridFromTable. */
function table(markup: string): HTMLTableElement {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  return holder.querySelector('table')!;
}

describe('readCompGrid', () => {
  it('chooses the label and value columns by header, not position, and notes the column', () => {
    // The seed's example, with a share column the widget must not read as a percent of base.
    const read = context();
    const grid = gridFromText('Share of total,Amount,Component\n59%,"$150,000",Base salary\n9%,10–20%,Bonus\n9%,"$15,000–$30,000",Benefits');
    expect(amounts(readCompGrid(grid, read, 'CSV'))).to.deep.equal([
      ['Base salary', 150000, 150000],
      ['Bonus', 15000, 30000],
      ['Benefits', 15000, 30000],
    ]);
    expect(read.notes).to.deep.equal([{ kind: 'column', header: 'Amount' }]);
  });

  it('reads label then value when there is no header row, even when the first row looks like a header to the core', () => {
    // "Bonus,10–20%" holds no amount, so the core takes it for a header; it is the breakdown's data.
    const grid = gridFromText('Bonus,10–20%\nBase salary,150000');
    expect(grid.headers).to.deep.equal(['Bonus', '10–20%']);
    expect(amounts(readCompGrid(grid, context(), 'CSV'))).to.deep.equal([
      ['Bonus', 15000, 30000],
      ['Base salary', 150000, 150000],
    ]);
  });

  it('leaves an unlabelled row for the element to name, in the reader’s language', () => {
    const grid = gridFromText('Component,Amount\nBase salary,150000\n,5000');
    expect(amounts(readCompGrid(grid, context(), 'CSV'))).to.deep.equal([
      ['Base salary', 150000, 150000],
      [{ numbered: 'row', number: 2 }, 5000, 5000],
    ]);
  });

  it('takes a first row of <td> header words as the header', () => {
    const grid = gridFromTable(table('<table><tr><td>Amount</td><td>Component</td></tr><tr><td>$150,000</td><td>Base salary</td></tr></table>'));
    expect(amounts(readCompGrid(grid, context(), 'table'))).to.deep.equal([['Base salary', 150000, 150000]]);
  });

  it('reads a German table in de: "Komponente | Betrag", thousands dots and "10–20 %"', () => {
    // The seed's example, written as a German blogger would: TEST VALUES in euros.
    const read = context({ locale: 'de' });
    const grid = gridFromTable(
      table(`<table><thead><tr><th>Komponente</th><th>Betrag (1)</th></tr></thead><tbody>
        <tr><td>Grundgehalt</td><td>150.000 €</td></tr>
        <tr><td>Bonus</td><td>10–20 %</td></tr>
        <tr><td>Aktien (RSUs)</td><td>20–60 %</td></tr>
        <tr><td>Sozialleistungen</td><td>15.000–30.000 €</td></tr>
      </tbody></table>`),
    );
    expect(amounts(readCompGrid(grid, read, 'table'))).to.deep.equal([
      ['Grundgehalt', 150000, 150000],
      ['Bonus', 15000, 30000],
      ['Aktien (RSUs)', 30000, 90000],
      ['Sozialleistungen', 15000, 30000],
    ]);
    expect(read.notes).to.deep.equal([
      { kind: 'column', header: 'Betrag' },
      { kind: 'footnotes', markers: ['(1)'] },
    ]);
  });

  it('prefers the money-sounding column whose cells are values: "Vergütung | Betrag"', () => {
    const grid = gridFromText('Vergütung;Betrag\nGrundgehalt;150.000 €\nBonus;10 %');
    expect(amounts(readCompGrid(grid, context({ locale: 'de' }), 'CSV'))).to.deep.equal([
      ['Grundgehalt', 150000, 150000],
      ['Bonus', 15000, 15000],
    ]);
  });

  it('converts an hourly column × 2,080, and notes it', () => {
    // The seed's median hourly wage; the $5.00 an hour of benefits is a TEST VALUE.
    const read = context();
    const data = readCompGrid(gridFromText('Component,Hourly amount\nBase pay,$63.98\nBenefits,$5.00\nBonus,10%'), read, 'CSV');
    expect(amounts(data)).to.deep.equal([
      ['Base pay', 133078.4, 133078.4],
      ['Benefits', 10400, 10400],
      ['Bonus', 13307.84, 13307.84],
    ]);
    expect(read.notes).to.deep.equal([{ kind: 'column', header: 'Hourly amount' }, { kind: 'hourly' }]);
  });

  it('leaves out a part with no figure and notes it', () => {
    const read = context();
    const data = readCompGrid(gridFromText('Component\tAmount\nBase salary\t150000\nEquity\t-\nSigning bonus\t(8)'), read, 'CSV');
    expect(amounts(data)).to.deep.equal([['Base salary', 150000, 150000]]);
    expect(read.notes).to.deep.equal([
      { kind: 'column', header: 'Amount' },
      { kind: 'missing', labels: ['Equity', 'Signing bonus'] },
    ]);
  });

  it('skips a "Total" row and repeated header rows, noting them for the author', () => {
    const read = context({ locale: 'de' });
    const grid = gridFromTable(
      table(`<table><tr><th>Komponente</th><th>Betrag</th></tr>
        <tr><td>Grundgehalt</td><td>150.000 €</td></tr>
        <tr><th>Komponente</th><th>Betrag</th></tr>
        <tr><td>Bonus</td><td>10 %</td></tr>
        <tr><td>Gesamtvergütung</td><td>165.000 €</td></tr></table>`),
    );
    expect(amounts(readCompGrid(grid, read, 'table'))).to.deep.equal([
      ['Grundgehalt', 150000, 150000],
      ['Bonus', 15000, 15000],
    ]);
    expect(read.notes).to.deep.equal([
      { kind: 'column', header: 'Betrag' },
      { kind: 'skipped', labels: ['Gesamtvergütung', 'a repeated header row'] },
    ]);
  });

  it('names the column attributes’ choice, and what is wrong with them', () => {
    const grid = gridFromText('Part,Low,High\nBase salary,140000,160000\nBonus,10%,20%');
    expect(amounts(readCompGrid(grid, context({ valueColumn: 'High' }), 'CSV'))).to.deep.equal([
      ['Base salary', 160000, 160000],
      ['Bonus', 32000, 32000],
    ]);
    expect(amounts(readCompGrid(grid, context({ valueColumn: '2', labelColumn: 'part' }), 'CSV'))[0]).to.deep.equal(['Base salary', 140000, 140000]);
    expect(message(() => readCompGrid(grid, context({ valueColumn: 'Median' }), 'CSV'))).to.equal(
      'value-column: no column headed "Median"; found headers "Part", "Low", "High".',
    );
    expect(message(() => readCompGrid(grid, context({ valueColumn: '7' }), 'CSV'))).to.equal('value-column: the CSV has 3 columns, so there is no column 7.');
  });

  const errors: [string, string, string][] = [
    [
      'Component,Employment\nBase salary,1200',
      'en-US',
      'CSV: no column of amounts or percents; found headers "Component", "Employment". Head it "Amount" or name it with value-column.',
    ],
    ['150000\n20000', 'en-US', 'CSV: expected two columns, a part and its value (such as "Bonus | 10%"), but found one.'],
    ['Amount\n150000\n20000', 'en-US', 'CSV: no column naming the parts; found headers "Amount". Head it "Component" or name it with label-column.'],
    [
      'Component,Amount\nBase salary,150000\nBonus,lots',
      'en-US',
      'CSV row 2 ("Bonus"), column "Amount": expected an amount (15,000), a percent of base (10%) or a range (15,000–30,000), got "lots".',
    ],
    [
      'Component,Amount\nBase salary,15.000 €',
      'en-US',
      'CSV row 1 ("Base salary"), column "Amount": "15.000 €" reads as 15 in en-US numbers ("." is the decimal separator); if 15000 is meant, write 15,000, or set lang to the language the table is written in.',
    ],
    ['Component,Amount\nBonus,10%', 'en-US', 'CSV row 1 ("Bonus"): "10%" is a percent of base salary, so a "Base salary" row is needed too.'],
    [
      'Component,Amount\nBase salary,-\nEquity,(8)',
      'en-US',
      'CSV: no part has a figure ("Base salary", "Equity" have none); expected rows of a part and its value, such as "Bonus | 10%".',
    ],
    [
      'Component,Amount\nBase salary,95\nBenefits,7',
      'en-US',
      'CSV: every amount is under 1,000 (such as 95), which looks hourly; add amounts="hourly" (or "unit": "hourly" in JSON) to convert them × 2,080, or give annual amounts.',
    ],
  ];
  for (const [text, locale, expected] of errors) {
    it(`names what it could not read: ${expected.slice(0, 60)}…`, () => {
      expect(message(() => readCompGrid(gridFromText(text), context({ locale }), 'CSV'))).to.equal(expected);
    });
  }
});
