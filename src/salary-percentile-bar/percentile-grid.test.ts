import { expect } from '@open-wc/testing';
import type { ReadContext } from '../core/data/context.js';
import { gridFromTable, gridFromText } from '../core/data/grid.js';
import type { DataNote } from '../core/data/notes.js';
import { NATIONAL_LONG, NATIONAL_WIDE } from '../../test/fixtures/bls.js';
import { percentileName, readPercentileGrid } from './percentile-grid.js';

/** The seed's national figures for software developers (BLS OEWS, May 2024). */
const SEED = [79850, 103050, 133080, 169000, 211450];

const tableGrid = (markup: string) => {
  const box = document.createElement('div');
  box.innerHTML = markup;
  return gridFromTable(box.querySelector('table')!);
};

/** Reads a grid as the element would, keeping the notes it makes. */
function read(grid: ReturnType<typeof gridFromText>, options: Partial<Omit<ReadContext, 'note'>> = {}) {
  const notes: DataNote[] = [];
  const context: ReadContext = { locale: 'en-US', hourly: false, ...options, note: (note) => notes.push(note) };
  // The element names a top-coded percentile with the core's "percentile" message: "90th percentile" in English.
  return { ...readPercentileGrid(grid, context, 'table', (count) => `${count}th percentile`), notes };
}

const failure = (grid: ReturnType<typeof gridFromText>, options: Partial<Omit<ReadContext, 'note'>> = {}) => {
  try {
    read(grid, options);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('percentileName', () => {
  it('knows the percentiles however they are written', () => {
    const cases: [string, string][] = [
      ['10th', 'p10'],
      ['25th', 'p25'],
      ['50th (Median)', 'p50'],
      ['Median', 'p50'],
      ['50%(Median)', 'p50'],
      ['50% (Median)', 'p50'],
      ['90%', 'p90'],
      ['10 %', 'p10'],
      ['75th percentile', 'p75'],
      ['p90', 'p90'],
      ['A_PCT10', 'p10'],
      ['A_MEDIAN', 'p50'],
      ['10. Perzentil', 'p10'],
      ['Zentralwert', 'p50'],
      ['10e centile', 'p10'],
      ['Médiane', 'p50'],
      ['1st quartile', 'p25'],
      ['Q3', 'p75'],
      ['9e décile', 'p90'],
      ['unteres Quartil', 'p25'],
      ['90th (1)', 'p90'],
    ];
    for (const [text, key] of cases) expect(percentileName(text)?.key, text).to.equal(key);
    expect(percentileName('H_PCT25')).to.deep.equal({ key: 'p25', unit: 'hourly' });
    expect(percentileName('A_PCT90')).to.deep.equal({ key: 'p90', unit: 'annual' });
  });

  it('does not take other headers for percentiles', () => {
    for (const text of ['Annual median wage', 'Percentile', '100th', '15th', 'Employment', 'Hourly Wage', '2024']) {
      expect(percentileName(text), text).to.equal(undefined);
    }
  });
});

describe('readPercentileGrid', () => {
  it("reads BLS's wide table from its annual row, and notes the row and the footnote on it", () => {
    const { values, topCoded, fromHourly, notes } = read(tableGrid(NATIONAL_WIDE));
    expect(values).to.deep.equal(SEED);
    expect(topCoded).to.deep.equal([false, false, false, false, false]);
    expect(fromHourly).to.be.false;
    expect(notes).to.deep.equal([
      { kind: 'column', header: 'Annual Wage' },
      { kind: 'footnotes', markers: ['(2)'] },
    ]);
  });

  it("reads BLS's long table from its annual column, not its hourly one", () => {
    const { values, notes } = read(tableGrid(NATIONAL_LONG));
    expect(values).to.deep.equal(SEED);
    expect(notes).to.deep.equal([{ kind: 'column', header: 'Annual Wage' }]);
  });

  it('reads a long table without a header row from its first column of amounts', () => {
    const grid = gridFromText('10th,"$79,850",$38.39\n25th,"$103,050",$49.55\nMedian,"$133,080",$63.98\n75th,"$169,000",$81.25\n90th,"$211,450",$101.66');
    expect(grid.headers).to.deep.equal([]);
    expect(read(grid).values).to.deep.equal(SEED);
  });

  it('reads rows pasted from a spreadsheet (tab-separated), and a header row made of plain cells', () => {
    const tsv = 'Percentile\tAnnual wage\tHourly wage\n10th\t79850\t38.39\n25th\t103050\t49.55\n50th\t133080\t63.98\n75th\t169000\t81.25\n90th\t211450\t101.66';
    expect(read(gridFromText(tsv)).values).to.deep.equal(SEED);
    const plainHeader = tableGrid(`<table>
      <tr><td>Percentile</td><td>Hourly wage</td><td>Annual wage</td></tr>
      <tr><td>10th</td><td>38.39</td><td>79,850</td></tr><tr><td>25th</td><td>49.55</td><td>103,050</td></tr>
      <tr><td>Median</td><td>63.98</td><td>133,080</td></tr><tr><td>75th</td><td>81.25</td><td>169,000</td></tr>
      <tr><td>90th</td><td>101.66</td><td>211,450</td></tr></table>`);
    expect(read(plainHeader).values).to.deep.equal(SEED);
  });

  it('reads a wide CSV whose header holds bare percentile numbers', () => {
    const csv = 'Percentile,10,25,50,75,90\nAnnual wage,79850,103050,133080,169000,211450';
    expect(read(gridFromText(csv)).values).to.deep.equal(SEED);
  });

  it("reads BLS's flat files, annual columns before hourly ones", () => {
    const csv =
      'OCC_TITLE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\n' +
      'Software Developers,38.39,49.55,63.98,81.25,101.66,79850,103050,133080,169000,211450';
    const { values, notes } = read(gridFromText(csv));
    expect(values).to.deep.equal(SEED);
    expect(notes[0]).to.deep.equal({ kind: 'column', header: 'A_PCT10 … A_PCT90' });
  });

  it('converts hourly figures × 2,080 when they are all there is, and says so', () => {
    const wide = tableGrid(`<table><tr><th>Percentile</th><th>10%</th><th>25%</th><th>50% (Median)</th><th>75%</th><th>90%</th></tr>
      <tr><td>Hourly Wage</td><td>$ 38.39</td><td>$ 49.55</td><td>$ 63.98</td><td>$ 81.25</td><td>$ 101.66</td></tr></table>`);
    const { values, fromHourly, notes } = read(wide);
    // 38.39 × 2,080 = 79,851.20: BLS rounds its annual figures separately.
    expect(values).to.deep.equal([79851.2, 103064, 133078.4, 169000, 211452.8]);
    expect(fromHourly).to.be.true;
    expect(notes).to.deep.include({ kind: 'hourly' });
    const long = gridFromText('Percentile,Hourly wage\n10th,38.39\n25th,49.55\n50th,63.98\n75th,81.25\n90th,101.66');
    expect(read(long).values).to.deep.equal([79851.2, 103064, 133078.4, 169000, 211452.8]);
  });

  it('uses value-column to choose the column, or in the wide layout the row', () => {
    const long = read(tableGrid(NATIONAL_LONG), { valueColumn: 'Hourly Wage' });
    expect(long.values).to.deep.equal([79851.2, 103064, 133078.4, 169000, 211452.8]);
    expect(long.notes).to.deep.include({ kind: 'hourly' });
    expect(read(tableGrid(NATIONAL_LONG), { valueColumn: '2' }).values).to.deep.equal(SEED);
    expect(read(tableGrid(NATIONAL_WIDE), { valueColumn: 'Hourly Wage' }).values[0]).to.equal(79851.2);
    expect(failure(tableGrid(NATIONAL_WIDE), { valueColumn: 'Weekly' })).to.equal(
      'value-column: no row "Weekly" of percentiles; found rows "Hourly Wage", "Annual Wage".',
    );
    expect(failure(tableGrid(NATIONAL_LONG), { valueColumn: 'Percentile' })).to.equal(
      'value-column: "Percentile" does not hold wages; name a wage or salary column.',
    );
    expect(failure(tableGrid(NATIONAL_LONG), { valueColumn: 'Weekly' })).to.equal(
      'value-column: no column headed "Weekly"; found headers "Percentile", "Annual Wage", "Hourly Wage".',
    );
  });

  it('with amounts="hourly", reads the chosen figures as hourly', () => {
    const grid = gridFromText('Percentile,Wage\n10th,38.39\n25th,49.55\n50th,63.98\n75th,81.25\n90th,101.66');
    const { values, notes } = read(grid, { hourly: true });
    expect(values[2]).to.equal(133078.4);
    // The element notes amounts="hourly" itself, once.
    expect(notes.filter((n) => n.kind === 'hourly')).to.have.length(0);
  });

  it('keeps a top-code as a lower bound and notes it; strips footnotes wherever they sit', () => {
    // TEST VALUES: a high-paid occupation whose 90th percentile BLS top-codes.
    const grid = tableGrid(`<table><tr><th>Percentile</th><th>Annual wage</th></tr>
      <tr><td>10th</td><td>$120,000(1)</td></tr><tr><td>25th</td><td>$150,000</td></tr><tr><td>50th (Median)</td><td>$180,000*</td></tr>
      <tr><td>75th</td><td>$210,000</td></tr><tr><td>90th</td><td>#</td></tr></table>`);
    const { values, topCoded, notes } = read(grid);
    expect(values).to.deep.equal([120000, 150000, 180000, 210000, 239200]);
    expect(topCoded).to.deep.equal([false, false, false, false, true]);
    expect(notes).to.deep.include({ kind: 'top-coded', threshold: 239200, labels: ['90th percentile'] });
    expect(notes).to.deep.include({ kind: 'footnotes', markers: ['(1)', '*'] });
    // An hourly "#" is at least $115.00 an hour: the same $239,200 a year.
    const hourly = gridFromText('Percentile,Hourly wage\n10th,60.00\n25th,75.00\n50th,90.00\n75th,105.00\n90th,#');
    expect(read(hourly).values[4]).to.equal(239200);
  });

  it('accepts equal percentiles', () => {
    // TEST VALUES: the 10th and 25th both at $14.00 an hour.
    const grid = gridFromText('Percentile,Annual wage\n10th,29120\n25th,29120\n50th,35000\n75th,45000\n90th,60000');
    expect(read(grid).values).to.deep.equal([29120, 29120, 35000, 45000, 60000]);
  });

  it('skips rows that are not percentiles, and notes them for the author', () => {
    const grid = gridFromText('Percentile,Annual wage\n10th,79850\n25th,103050\nMean,144570\n50th,133080\n75th,169000\n90th,211450');
    const { values, notes } = read(grid);
    expect(values).to.deep.equal(SEED);
    expect(notes).to.deep.include({ kind: 'skipped', labels: ['Mean'] });
  });

  it('reads German, French and Indian-English tables in their own number formats', () => {
    const german = tableGrid(`<table><tr><th>Perzentil</th><th>Jahresgehalt</th><th>Stundenlohn</th></tr>
      <tr><td>10. Perzentil</td><td>79.850 €</td><td>38,39 €</td></tr><tr><td>25. Perzentil</td><td>103.050 €</td><td>49,55 €</td></tr>
      <tr><td>Median</td><td>133.080 €</td><td>63,98 €</td></tr><tr><td>75. Perzentil</td><td>169.000 €</td><td>81,25 €</td></tr>
      <tr><td>90. Perzentil</td><td>211.450 €</td><td>101,66 €</td></tr></table>`);
    expect(read(german, { locale: 'de-DE' }).values).to.deep.equal(SEED);
    const french = gridFromText(
      'Centile;Salaire annuel\n10e centile;79\u202f850 €\n25e centile;103\u202f050 €\nMédiane;133\u202f080 €\n75e centile;169 000 €\n90e centile;211 450,00 €',
    );
    expect(read(french, { locale: 'fr-FR' }).values).to.deep.equal(SEED);
    // TEST VALUES in rupees, grouped the Indian way.
    const indian = gridFromText('Percentile\tAnnual salary\n10th\t₹6,00,000\n25th\t₹8,50,000\n50th\t₹12,00,000\n75th\t₹18,00,000\n90th\t₹25,00,000');
    expect(read(indian, { locale: 'en-IN' }).values).to.deep.equal([600000, 850000, 1200000, 1800000, 2500000]);
  });

  describe('errors', () => {
    it('names a percentile with no figure', () => {
      const grid = gridFromText('Percentile,Annual wage\n10th,-\n25th,103050\n50th,133080\n75th,169000\n90th,211450');
      expect(failure(grid)).to.equal(
        'table row 1 ("10th"), column "Annual wage": the 10th percentile has no figure ("-"); all five (10th, 25th, median, 75th, 90th) are needed.',
      );
      const wide = gridFromText('Percentile,10%,25%,50%,75%,90%\nAnnual wage,79850,103050,(8),169000,211450');
      expect(failure(wide)).to.equal(
        'table row "Annual wage", column "50%": the median percentile has no figure ("(8)"); all five (10th, 25th, median, 75th, 90th) are needed.',
      );
    });

    it('names a percentile that is not there at all', () => {
      const long = gridFromText('Percentile,Annual wage\n10th,79850\n25th,103050\n50th,133080\n90th,211450');
      expect(failure(long)).to.equal('table: no row for the 75th percentile; all five (10th, 25th, median, 75th, 90th) are needed.');
      const wide = gridFromText('Percentile,10%,25%,50%,90%\nAnnual wage,79850,103050,133080,211450');
      expect(failure(wide)).to.equal(
        'table: no column for the 75th percentile; all five (10th, 25th, median, 75th, 90th) are needed. Found headers "Percentile", "10%", "25%", "50%", "90%".',
      );
    });

    it('says what it expected of a table without percentiles', () => {
      const states = gridFromText('State,Annual mean wage\nCalifornia,170910\nWashington,163440');
      expect(failure(states)).to.equal('table: no row or column of percentiles (10th, 25th, median, 75th, 90th); found headers "State", "Annual mean wage".');
      expect(failure(gridFromText('California,170910\nWashington,163440'))).to.equal(
        'table: no row or column of percentiles (10th, 25th, median, 75th, 90th); found rows starting "California", "Washington".',
      );
    });

    it('names the cell it cannot read', () => {
      const grid = gridFromText('Percentile,Annual wage\n10th,79850\n25th,lots\n50th,133080\n75th,169000\n90th,211450');
      expect(failure(grid)).to.equal('table row 2 ("25th"), column "Annual wage": expected an amount, got "lots".');
      // A thousands separator that does not fit the language.
      const english = gridFromText(
        'Perzentil;Jahresgehalt\n10. Perzentil;79,850.00\n25. Perzentil;103.050\nMedian;133.080\n75. Perzentil;169.000\n90. Perzentil;211.450',
      );
      expect(failure(english, { locale: 'de-DE' })).to.equal('table row 1 ("10. Perzentil"), column "Jahresgehalt": expected an amount, got "79,850.00".');
      // Thousands dots on an English page would read 1,000 times too small: refused, with the way out.
      const german = gridFromText('Percentile,Annual wage\n10th,79.850\n25th,103.050\n50th,133.080\n75th,169.000\n90th,211.450');
      expect(failure(german)).to.equal(
        'table row 1 ("10th"), column "Annual wage": expected an amount, got "79.850", which could be read two ways in the page\'s language (en-US); set the language the table is written in, such as lang="de", on the element or the page.',
      );
    });

    it('refuses percentiles that fall, and a column without a money header', () => {
      const falling = gridFromText('Percentile,Annual wage\n10th,90000\n25th,80000\n50th,133080\n75th,169000\n90th,211450');
      expect(failure(falling)).to.equal(
        'table row 2 ("25th"), column "Annual wage": percentiles must not decrease, but the 25th (80000) is below the 10th (90000).',
      );
      const unnamed = gridFromText('Percentile,Software developers\n10th,79850\n25th,103050\n50th,133080\n75th,169000\n90th,211450');
      expect(failure(unnamed)).to.equal('table: no column of annual amounts; found headers "Percentile", "Software developers". Name one with value-column.');
    });

    it('refuses annual amounts that all look hourly, naming amounts="hourly"', () => {
      const grid = gridFromText('Percentile,Wage\n10th,38.39\n25th,49.55\n50th,63.98\n75th,81.25\n90th,101.66');
      expect(failure(grid)).to.contain('add amounts="hourly"');
    });

    it('refuses a percentile given twice', () => {
      const long = gridFromText('Percentile,Annual wage\n10th,79850\n25th,103050\n50th,133080\n75th,169000\n90th,211450\n10th,80000');
      expect(failure(long)).to.equal('table row 6 ("10th"): the 10th percentile is given twice.');
      const wide = gridFromText('Percentile,10th,10%,25th,Median,75th,90th\nAnnual wage,79850,79850,103050,133080,169000,211450');
      expect(failure(wide)).to.equal('table: two columns for the 10th percentile: "10th" and "10%".');
    });

    it('says when percentiles have no amounts beside them', () => {
      expect(failure(gridFromText('10th,\n25th,\n50th,-\n75th,\n90th,'))).to.equal('table: has a column of percentiles but no column of amounts beside it.');
      expect(failure(gridFromText('Percentile\n10th\n25th\n50th\n75th\n90th'))).to.equal(
        'table: no column of annual amounts; found headers "Percentile". Name one with value-column.',
      );
      const headersOnly = tableGrid('<table><tr><th>Percentile</th><th>10%</th><th>25%</th><th>50%</th><th>75%</th><th>90%</th></tr></table>');
      expect(failure(headersOnly)).to.equal('table: has percentile headers but no row of amounts.');
    });

    it('asks for one row of a flat file with several occupations', () => {
      const csv =
        'OCC_TITLE,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\nSoftware Developers,79850,103050,133080,169000,211450\nAll Occupations,30000,36000,49500,76000,100000';
      expect(failure(gridFromText(csv))).to.equal(
        'table: several rows of percentiles ("Software Developers", "All Occupations"); keep the one to draw, or name it with value-column.',
      );
      expect(read(gridFromText(csv), { valueColumn: 'software developers' }).values).to.deep.equal(SEED);
    });

    it('asks which row to draw when a wide table has several and none says annual or hourly', () => {
      const grid = gridFromText(
        'Occupation,10th,25th,Median,75th,90th\nSoftware developers,79850,103050,133080,169000,211450\nAll occupations,30000,36000,49500,76000,100000',
      );
      expect(failure(grid)).to.equal(
        'table: several rows of percentiles and none says it is annual or hourly wages: "Software developers", "All occupations". Name the row with value-column.',
      );
      expect(read(grid, { valueColumn: 'Software developers' }).values).to.deep.equal(SEED);
    });
  });
});
