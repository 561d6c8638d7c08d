import { expect } from '@open-wc/testing';
import { classifyHeader, gridFromTable, gridFromText, readLabelledAmounts, tableNotes, type ColumnOptions } from './grid.js';
import { DataError } from './errors.js';
import { HOURLY_ONLY_TABLE, METROS_TABLE, STATES_TABLE } from '../../../test/fixtures/bls.js';

const table = (html: string) => {
  const box = document.createElement('div');
  box.innerHTML = html;
  return gridFromTable(box.querySelector('table')!);
};
const EN: ColumnOptions = { hourly: false, locale: 'en-US', where: 'table' };
const errorOf = (run: () => unknown): DataError => {
  try {
    run();
  } catch (err) {
    if (err instanceof DataError) return err;
    throw err;
  }
  throw new Error('no error');
};

describe('classifyHeader', () => {
  it('tells money from figures that are not', () => {
    const cases: [string, string][] = [
      ['Annual mean wage (2)', 'annual'],
      ['Annual Wage', 'annual'],
      ['A_MEDIAN', 'annual'],
      ['Mean annual wage', 'annual'],
      ['Hourly mean wage', 'hourly'],
      ['H_MEAN', 'hourly'],
      ['Employment (1)', 'not-money'],
      ['Employment per thousand jobs', 'not-money'],
      ['Employment per 1,000 jobs', 'not-money'],
      ['Location quotient (9)', 'not-money'],
      ['Rank', 'not-money'],
      ['FIPS', 'not-money'],
      ['Median wage', 'money'],
      ['State', 'label'],
      ['Metropolitan area', 'label'],
    ];
    for (const [header, kind] of cases) expect(classifyHeader(header), header).to.equal(kind);
  });
});

describe('readLabelledAmounts', () => {
  it('takes the annual column of a BLS state table by its header, not its position', () => {
    const read = readLabelledAmounts(table(STATES_TABLE), EN);
    expect(read.items.map((i) => [i.label, i.value])).to.deep.equal([
      ['California', 170910],
      ['Washington', 163440],
      ['New York', 152780],
      ['Alaska', undefined],
    ]);
    expect(read.notes).to.deep.include({ kind: 'column', header: 'Annual mean wage' });
    expect(read.notes).to.deep.include({ kind: 'missing', labels: ['Alaska'] });
    expect(read.notes).to.deep.include({ kind: 'footnotes', markers: ['(2)'] });
  });

  it('keeps a top-code as a lower bound, skips repeated headers and sets the national row aside', () => {
    const read = readLabelledAmounts(table(METROS_TABLE), EN);
    expect(read.items.map((i) => [i.label, i.value, i.topCoded])).to.deep.equal([
      ['San Jose-Sunnyvale-Santa Clara, CA', 239200, true],
      ['Seattle-Tacoma-Bellevue, WA', 165000, false],
    ]);
    expect(read.national).to.deep.equal({ label: 'U.S.', value: 133080, topCoded: false, fromHourly: false });
    expect(read.notes).to.deep.include({ kind: 'top-coded', threshold: 239200, labels: ['San Jose-Sunnyvale-Santa Clara, CA'] });
    expect(read.notes).to.deep.include({ kind: 'skipped', labels: ['U.S.', 'a repeated header row'] });
  });

  it('converts an hourly-only column × 2,080 and says so', () => {
    const read = readLabelledAmounts(table(HOURLY_ONLY_TABLE), EN);
    // 70.19 × 2,080 = 145,995.2; 66.35 × 2,080 = 138,008
    expect(read.items.map((i) => [i.label, i.value, i.fromHourly])).to.deep.equal([
      ['Boulder, CO', 145995.2, true],
      ['Raleigh-Cary, NC', 138008, true],
    ]);
    expect(read.national?.value).to.equal(133078.4);
    expect(read.notes).to.deep.include({ kind: 'hourly' });
  });

  it('follows value-column and label-column, by header or by number', () => {
    const byHeader = readLabelledAmounts(table(STATES_TABLE), { ...EN, valueColumn: 'hourly mean wage' });
    expect(byHeader.items[0]).to.deep.equal({ label: 'California', value: 170913.6, topCoded: false, fromHourly: true });
    const byNumber = readLabelledAmounts(table(STATES_TABLE), { ...EN, valueColumn: '6', labelColumn: '1' });
    expect(byNumber.items[1]!.value).to.equal(163440);
    expect(errorOf(() => readLabelledAmounts(table(STATES_TABLE), { ...EN, valueColumn: 'Median' })).message).to.equal(
      'value-column: no column headed "Median"; found headers "State", "Employment (1)", "Employment per thousand jobs", "Location quotient (9)", "Hourly mean wage", "Annual mean wage (2)".',
    );
    expect(errorOf(() => readLabelledAmounts(table(STATES_TABLE), { ...EN, valueColumn: '9' })).path).to.equal('value-column');
    expect(errorOf(() => readLabelledAmounts(table(STATES_TABLE), { ...EN, valueColumn: 'Location quotient' })).message).to.equal(
      'value-column: "Location quotient" does not hold money (employment, a quotient, a rank or a code); name a wage or salary column.',
    );
  });

  it('says which column and cell it could not read', () => {
    const grid = gridFromText('State,Annual mean wage\nCalifornia,$170910\nWashington,about 160k');
    const error = errorOf(() => readLabelledAmounts(grid, { ...EN, where: 'CSV' }));
    expect(error.message).to.equal('CSV row 2 ("Washington"), column "Annual mean wage": expected an amount, got "about 160k".');
  });

  it('refuses a table with no money column, naming the headers it found', () => {
    const grid = gridFromText('State,Employment,Location quotient\nCalifornia,260000,1.4');
    expect(errorOf(() => readLabelledAmounts(grid, EN)).message).to.equal(
      'table: no column of annual amounts; found headers "State", "Employment", "Location quotient". Name one with value-column.',
    );
  });

  it('reads localized cells from a German spreadsheet paste', () => {
    const grid = gridFromText('Bundesland\tJahresgehalt\nBayern\t79.850 €\nBerlin\t1.234,56 €');
    const read = readLabelledAmounts(grid, { ...EN, locale: 'de-DE' });
    expect(read.items.map((i) => i.value)).to.deep.equal([79850, 1234.56]);
  });
});

describe('tableNotes', () => {
  it('gives each interpretation once, in the caption’s order, and names repeated header rows', () => {
    const notes = tableNotes({
      column: 'Hourly mean wage',
      hourlyColumn: true,
      markers: new Set(['(1)']),
      topCoded: ['Boulder, CO'],
      missing: ['Alaska'],
      skipped: ['U.S.'],
      repeatedHeaders: 2,
    });
    expect(notes).to.deep.equal([
      { kind: 'column', header: 'Hourly mean wage' },
      { kind: 'hourly' },
      { kind: 'top-coded', threshold: 239200, labels: ['Boulder, CO'] },
      { kind: 'footnotes', markers: ['(1)'] },
      { kind: 'missing', labels: ['Alaska'] },
      { kind: 'skipped', labels: ['U.S.', 'a repeated header row', 'a repeated header row'] },
    ]);
    expect(tableNotes({ column: '', hourlyColumn: false, markers: new Set(), skipped: [], repeatedHeaders: 0 })).to.deep.equal([]);
  });
});

describe('gridFromText', () => {
  it('tells the delimiter from the first line and finds the header row', () => {
    expect(gridFromText('a,b\nx,1')).to.deep.equal({ headers: ['a', 'b'], rows: [['x', '1']], repeatedHeaders: 0 });
    expect(gridFromText('a\tb\nx\t1,5')).to.deep.equal({ headers: ['a', 'b'], rows: [['x', '1,5']], repeatedHeaders: 0 });
    expect(gridFromText('a;b\nx;1,5')).to.deep.equal({ headers: ['a', 'b'], rows: [['x', '1,5']], repeatedHeaders: 0 });
    // No header: every row is data.
    expect(gridFromText('California\t170910\nWashington\t163440').headers).to.deep.equal([]);
    // Quoted cells with commas, as spreadsheets export them.
    expect(gridFromText('Area,Wage\n"Boston-Cambridge-Nashua, MA-NH","$150,000"').rows).to.deep.equal([['Boston-Cambridge-Nashua, MA-NH', '$150,000']]);
  });
});
