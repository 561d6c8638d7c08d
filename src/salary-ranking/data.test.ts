import { expect, waitUntil } from '@open-wc/testing';
import './index.js';
import type { SalaryRanking } from './salary-ranking.js';
import { captureWarnings, cleanup, mount } from '../../test/helpers/dom.js';
import { HOURLY_ONLY_TABLE, METROS_TABLE, STATES_TABLE } from '../../test/fixtures/bls.js';
import { SalaryRankingHarness } from './harness.js';

// Data as bloggers have it: BLS tables as published, CSV files and Google
// Sheets, pasted spreadsheet rows, German numbers and hourly wages. Figures
// are the seed's (BLS OEWS, May 2024) unless marked TEST VALUES.

/** Mounts markup at `width` and returns the harness of the <salary-ranking> in it (it may sit inside a `lang` wrapper). */
const harnessFor = (markup: string, width = 900) => {
  const mounted = mount<HTMLElement>(markup, width);
  const element = mounted.localName === 'salary-ranking' ? (mounted as SalaryRanking) : mounted.querySelector<SalaryRanking>('salary-ranking')!;
  return new SalaryRankingHarness(element);
};

const SAN_JOSE = 'San Jose-Sunnyvale-Santa Clara, CA';
const SEATTLE = 'Seattle-Tacoma-Bellevue, WA';

/** METROS_TABLE as a CSV file saves it: quoted commas, the same footnotes, "#" and the U.S. row. */
const METROS_CSV = [
  'Metropolitan area,Employment (1),Employment per thousand jobs,Location quotient (9),Hourly mean wage,Annual mean wage (2)',
  `"${SAN_JOSE}","70,000",61.0,8.0,#,#`,
  `"${SEATTLE}","75,000",35.2,4.5,$79.33,"$165,000"`,
  'U.S.,"1,795,300",11.6,1.0,$63.98,"$133,080"',
].join('\n');

const csvUrl = (body: string) => `/test-api/metros.csv?body=${encodeURIComponent(body)}`;

describe('<salary-ranking> with data as published', () => {
  afterEach(cleanup);

  it('ranks the top-coded #1 metro of a BLS table first as "≥ $239,200", with the U.S. row as the reference line', async () => {
    const ranking = harnessFor(`<salary-ranking>${METROS_TABLE}</salary-ranking>`);
    await ranking.drawn();
    expect(ranking.labels()).to.deep.equal([SAN_JOSE, SEATTLE]);
    expect(ranking.values()).to.deep.equal(['≥ $239,200', '$165,000']);
    expect(ranking.rows().every((row) => row.hasBar)).to.be.true;
    expect(ranking.referenceLine()?.label).to.equal('U.S.: $133,080');
    expect(ranking.captionNotes()).to.include('≥ $239,200: top-coded by BLS (San Jose-Sunnyvale-Santa Clara, CA); the true figure is at least this.');
    expect(await ranking.tooltipOf(SAN_JOSE)).to.equal(`${SAN_JOSE} ≥ $239,200 a year Top-coded by BLS: the true figure is at least this. 1st of 2`);
    expect(ranking.nameOf(SAN_JOSE)).to.equal(`${SAN_JOSE}: at least $239,200 a year, top-coded by BLS, 1st of 2.`);
    expect(ranking.summary()).to.contain(`Highest: ${SAN_JOSE}, at least $239,200 (top-coded)`);
    // What the blogger's tools see: the column read, and the rows that are not data.
    expect(ranking.element.dataNotes).to.deep.include({ kind: 'column', header: 'Annual mean wage' });
    expect(ranking.element.dataNotes).to.deep.include({ kind: 'skipped', labels: ['U.S.', 'a repeated header row'] });
    await expect(ranking.element).to.be.accessible();
  });

  it('reads the annual column of a BLS state table, and shows a state with no figure after the ranked ones as "No data"', async () => {
    const ranking = harnessFor(`<salary-ranking>${STATES_TABLE}</salary-ranking>`);
    await ranking.drawn();
    expect(ranking.labels()).to.deep.equal(['California', 'Washington', 'New York', 'Alaska']);
    expect(ranking.values()).to.deep.equal(['$170,910', '$163,440', '$152,780', 'No data']);
    expect(ranking.rows().map((row) => row.hasBar)).to.deep.equal([true, true, true, false]);
    expect(ranking.barWidths()).to.have.length(3);
    expect(ranking.nameOf('New York')).to.equal('New York: $152,780 a year, 3rd of 3.');
    expect(ranking.nameOf('Alaska')).to.equal('Alaska: no data, not ranked.');
    expect(ranking.captionNotes()).to.include('No figure published for Alaska.');
    expect(ranking.summary()).to.contain('4 of 4 shown. No figure published for Alaska.');
    // The row with no figure is reachable by keyboard like the others.
    await ranking.press('Tab');
    await ranking.press('End');
    await waitUntil(() => ranking.focused() === 'r3', 'the Alaska row focused');
    await ranking.element.updateComplete;
    expect(ranking.tooltip()).to.equal('Alaska No data No figure was given for this row; it is not ranked.');
    await expect(ranking.element).to.be.accessible();
  });

  it('keeps a row with no figure in its place with sort="none", and leaves it out when top cuts the list', async () => {
    const given = harnessFor(
      `<salary-ranking sort="none">${STATES_TABLE.replace('<tr><td>California', '<tr><td>Oregon</td><td>-</td><td>-</td><td>-</td><td>-</td><td>(8)</td></tr><tr><td>California')}</salary-ranking>`,
    );
    const cut = harnessFor(`<salary-ranking top="3">${STATES_TABLE}</salary-ranking>`);
    await given.drawn();
    await cut.drawn();
    expect(given.labels()).to.deep.equal(['Oregon', 'California', 'Washington', 'New York', 'Alaska']);
    expect(given.values()).to.deep.equal(['No data', '$170,910', '$163,440', '$152,780', 'No data']);
    expect(cut.labels()).to.deep.equal(['California', 'Washington', 'New York']);
    // The caption still says which row has no figure.
    expect(cut.captionNotes()).to.include('No figure published for Alaska.');
  });

  it('ranks top-codes above every lower amount and keeps their table order among themselves', async () => {
    // TEST VALUES.
    const rows = (first: string, second: string) =>
      `<table><tr><th>Metropolitan area</th><th>Annual mean wage</th></tr>
      <tr><td>Boulder, CO</td><td>$146,000</td></tr><tr><td>${first}</td><td>#</td></tr><tr><td>${second}</td><td>#</td></tr></table>`;
    const one = harnessFor(`<salary-ranking>${rows('San Jose', 'San Francisco')}</salary-ranking>`);
    const other = harnessFor(`<salary-ranking>${rows('San Francisco', 'San Jose')}</salary-ranking>`);
    await one.drawn();
    await other.drawn();
    expect(one.labels()).to.deep.equal(['San Jose', 'San Francisco', 'Boulder, CO']);
    expect(other.labels()).to.deep.equal(['San Francisco', 'San Jose', 'Boulder, CO']);
    // Neither is known to be higher: they share the first rank.
    expect(one.markLabels()).to.deep.equal([
      'San Jose: at least $239,200 a year, top-coded by BLS, 1st of 3.',
      'San Francisco: at least $239,200 a year, top-coded by BLS, 1st of 3.',
      'Boulder, CO: $146,000 a year, 3rd of 3.',
    ]);
    expect(one.captionNotes()).to.include('≥ $239,200: top-coded by BLS (San Jose, San Francisco); the true figure is at least this.');
  });

  it('labels a national row with reference-label, and lets a reference attribute win over it', async () => {
    const labelled = harnessFor(`<salary-ranking reference-label="U.S. mean">${METROS_TABLE}</salary-ranking>`);
    const given = harnessFor(`<salary-ranking reference="150000" reference-label="Our median">${METROS_TABLE}</salary-ranking>`);
    await labelled.drawn();
    await given.drawn();
    expect(labelled.referenceLine()?.label).to.equal('U.S. mean: $133,080');
    expect(given.referenceLine()?.label).to.equal('Our median: $150,000');
    expect(given.labels()).to.deep.equal([SAN_JOSE, SEATTLE]);
  });

  it('reads a CSV file from src by its headers, as the table', async () => {
    const ranking = harnessFor(`<salary-ranking src="${csvUrl(METROS_CSV)}"></salary-ranking>`);
    await ranking.drawn();
    expect(ranking.labels()).to.deep.equal([SAN_JOSE, SEATTLE]);
    expect(ranking.values()).to.deep.equal(['≥ $239,200', '$165,000']);
    expect(ranking.referenceLine()?.label).to.equal('U.S.: $133,080');
    expect(ranking.element.dataNotes).to.deep.include({ kind: 'column', header: 'Annual mean wage' });
  });

  it('reads a published Google Sheet (output=csv)', async () => {
    const sheet = 'State,Annual mean wage\nWashington,"$163,440"\nCalifornia,"$170,910"\nNew York,"$152,780"\n';
    const url = `/test-api/spreadsheets/d/e/2PACX-test/pub?output=csv&body=${encodeURIComponent(sheet)}`;
    const ranking = harnessFor(`<salary-ranking src="${url}"></salary-ranking>`);
    await ranking.drawn();
    expect(ranking.labels()).to.deep.equal(['California', 'Washington', 'New York']);
    expect(ranking.values()).to.deep.equal(['$170,910', '$163,440', '$152,780']);
  });

  it('reads inline CSV, and tab-separated rows pasted from a spreadsheet with a rank column and no header', async () => {
    const csv = harnessFor(`<salary-ranking><script type="text/csv">
Rank,State,Annual mean wage
1,California,"$170,910"
2,Washington,"$163,440"
</script></salary-ranking>`);
    // Seed figures, as the rows of a spreadsheet copy: rank, metro, wage; no header row.
    const pasted = [`1\t${SAN_JOSE}\t$180,000`, `2\t${SEATTLE}\t$165,000`, '3\tBoulder, CO\t$146,000'].join('\n');
    const tsv = harnessFor(`<salary-ranking><script type="text/tab-separated-values">${pasted}</script></salary-ranking>`);
    await csv.drawn();
    await tsv.drawn();
    expect(csv.values()).to.deep.equal(['$170,910', '$163,440']);
    // The rank column is never the amount.
    expect(tsv.labels()).to.deep.equal([SAN_JOSE, SEATTLE, 'Boulder, CO']);
    expect(tsv.values()).to.deep.equal(['$180,000', '$165,000', '$146,000']);
  });

  it('takes the columns named by value-column and label-column, by header or number', async () => {
    const hourly = harnessFor(`<salary-ranking value-column="Hourly mean wage">${STATES_TABLE}</salary-ranking>`);
    const byNumber = harnessFor(`<salary-ranking value-column="6">${STATES_TABLE}</salary-ranking>`);
    // TEST VALUES except the states' annual means.
    const byLabel = harnessFor(`<salary-ranking label-column="State"><table>
      <tr><th>Occupation</th><th>State</th><th>Annual mean wage</th></tr>
      <tr><td>Software developers</td><td>Washington</td><td>$163,440</td></tr>
      <tr><td>Software developers</td><td>California</td><td>$170,910</td></tr></table></salary-ranking>`);
    for (const ranking of [hourly, byNumber, byLabel]) await ranking.drawn();
    // $82.17 × 2,080 = $170,913.60; Washington's "(1)" footnote is stripped.
    expect(hourly.values()).to.deep.equal(['$170,914', '$163,446', '$152,776', 'No data']);
    expect(hourly.captionNotes()).to.include('Hourly wages shown as annual: hourly wage × 2,080 hours.');
    expect(await hourly.tooltipOf('California')).to.contain('Hourly wage × 2,080 ($82.17 an hour)');
    expect(hourly.nameOf('California')).to.equal('California: $170,914 a year, from an hourly wage of $82.17 × 2,080, 1st of 3.');
    expect(byNumber.values()).to.deep.equal(['$170,910', '$163,440', '$152,780', 'No data']);
    expect(byLabel.labels()).to.deep.equal(['California', 'Washington']);
  });

  it('reads a German table under lang="de": "165.000 €" is 165,000', async () => {
    // TEST VALUES.
    const ranking = harnessFor(`<div lang="de"><salary-ranking currency="EUR"><table>
      <tr><th>Stadt</th><th>Jahresgehalt</th></tr>
      <tr><td>Hamburg</td><td>92.500 €</td></tr>
      <tr><td>München</td><td>165.000 €</td></tr>
      <tr><td>Berlin</td><td>1.234,56 €</td></tr></table></salary-ranking></div>`);
    await ranking.drawn();
    expect(ranking.labels()).to.deep.equal(['München', 'Hamburg', 'Berlin']);
    expect(ranking.values()).to.deep.equal(['165.000\u00a0€', '92.500\u00a0€', '1.235\u00a0€']);
  });

  it('converts amounts="hourly", JSON "unit": "hourly" and an hourly-only table × 2,080, and says so', async () => {
    const attributes = harnessFor('<salary-ranking amounts="hourly" values="Boulder\\, CO:70.19, Raleigh-Cary\\, NC:66.35"></salary-ranking>');
    // TEST VALUES.
    const doc = {
      ranking: {
        unit: 'hourly',
        rows: [
          { label: 'Boulder, CO', value: 70.19 },
          { label: 'Raleigh-Cary, NC', value: 66.35 },
        ],
      },
    };
    const json = harnessFor(`<salary-ranking data='${JSON.stringify(doc)}'></salary-ranking>`);
    const table = harnessFor(`<salary-ranking>${HOURLY_ONLY_TABLE}</salary-ranking>`);
    // A column whose header does not say hourly, declared so by the author.
    const csv = harnessFor(`<salary-ranking amounts="hourly"><script type="text/csv">
Metro,Mean wage
"Raleigh-Cary, NC",$66.35
"Boulder, CO",$70.19
</script></salary-ranking>`);
    const all = [attributes, json, table, csv];
    for (const ranking of all) await ranking.drawn();
    // $70.19 × 2,080 = $145,995.20; $66.35 × 2,080 = $138,008. The caption says so once.
    for (const ranking of all) {
      expect(ranking.values()).to.deep.equal(['$145,995', '$138,008']);
      expect(ranking.captionNotes()).to.deep.equal(['Hourly wages shown as annual: hourly wage × 2,080 hours.']);
      expect(await ranking.tooltipOf('Boulder, CO')).to.contain('Hourly wage × 2,080 ($70.19 an hour)');
    }
    // The national hourly median, $63.98 × 2,080.
    expect(table.referenceLine()?.label).to.equal('National: $133,078');
  });

  it('reads "value": null in JSON as a row with no figure', async () => {
    // TEST VALUES.
    const doc = {
      ranking: [
        { label: 'Alaska', value: null },
        { label: 'Oregon', value: 128000 },
      ],
    };
    const ranking = harnessFor(`<salary-ranking data='${JSON.stringify(doc)}'></salary-ranking>`);
    await ranking.drawn();
    expect(ranking.values()).to.deep.equal(['$128,000', 'No data']);
    expect(ranking.captionNotes()).to.deep.equal(['No figure published for Alaska.']);
  });

  const ALL_HOURLY_TABLE = `<table><tr><th>State</th><th>Annual mean wage</th></tr><tr><td>California</td><td>$82.17</td></tr><tr><td>Washington</td><td>$78.58</td></tr></table>`;
  for (const [name, markup, message] of [
    [
      'hourly-looking annual values',
      '<salary-ranking values="A:23.5, B:30"></salary-ranking>',
      /^values: every amount is under 1,000 \(such as 23.5\), which looks hourly; add amounts="hourly"/,
    ],
    [
      'hourly-looking annual JSON',
      `<salary-ranking data='{"ranking": [{"label": "A", "value": 23.5}]}'></salary-ranking>`,
      /In the data attribute, ranking: every amount is under 1,000.*amounts="hourly"/,
    ],
    [
      'an hourly-looking annual column',
      `<salary-ranking>${ALL_HOURLY_TABLE}</salary-ranking>`,
      /^table: every amount is under 1,000 \(such as 82.17\).*amounts="hourly"/,
    ],
    [
      'an ambiguous amount',
      '<salary-ranking values="Berlin:79.850"></salary-ranking>',
      /values: "Berlin": "79.850" is ambiguous; write 79850 \(no separators\), or 79.85 for a decimal/,
    ],
    [
      'a table with no money column',
      '<salary-ranking><table><tr><th>State</th><th>Employment</th></tr><tr><td>California</td><td>260,000</td></tr></table></salary-ranking>',
      /^table: no column of annual amounts; found headers "State", "Employment"\. Name one with value-column\./,
    ],
    [
      'a cell that is not an amount',
      '<salary-ranking><table><tr><th>Metro</th><th>Annual mean wage</th></tr><tr><td>Boulder, CO</td><td>about 90k</td></tr></table></salary-ranking>',
      /^table row 1 \("Boulder, CO"\), column "Annual mean wage": expected an amount, got "about 90k"\./,
    ],
    [
      'a table without rows',
      '<salary-ranking><table><tr><th>State</th><th>Annual mean wage</th></tr></table></salary-ranking>',
      /^table: has no rows of data\./,
    ],
    [
      'a table with only a national row',
      '<salary-ranking><table><tr><th>Area</th><th>Annual mean wage</th></tr><tr><td>U.S.</td><td>$133,080</td></tr></table></salary-ranking>',
      /^table: expected rows of a label and an amount besides the national row "U.S."; found none\./,
    ],
    [
      'a table where no row has a figure',
      '<salary-ranking><table><tr><th>State</th><th>Annual mean wage</th></tr><tr><td>Alaska</td><td>-</td></tr><tr><td>Oregon</td><td>(8)</td></tr></table></salary-ranking>',
      /^table: expected at least one row with an amount; every row has no figure\./,
    ],
    [
      'a value-column that is not there',
      `<salary-ranking value-column="Median">${STATES_TABLE}</salary-ranking>`,
      /^value-column: no column headed "Median"; found headers "State", /,
    ],
    [
      'a value-column number past the last column',
      `<salary-ranking value-column="9">${STATES_TABLE}</salary-ranking>`,
      /^value-column: the table has 6 columns, so there is no column 9\./,
    ],
    [
      'a CSV file with no amounts column',
      `<salary-ranking src="${csvUrl('State,Employment\nCalifornia,"260,000"')}"></salary-ranking>`,
      /^CSV: no column of annual amounts; found headers "State", "Employment"/,
    ],
    [
      'an unknown JSON unit',
      `<salary-ranking data='{"ranking": {"unit": "daily", "rows": []}}'></salary-ranking>`,
      /ranking\.unit: expected "annual" or "hourly", got "daily"\./,
    ],
    [
      'JSON rows that are not a list',
      `<salary-ranking data='{"ranking": {"unit": "hourly", "rows": 5}}'></salary-ranking>`,
      /ranking\.rows: expected a list of \{"label", "value"\}, got 5\./,
    ],
  ] as const) {
    it(`shows a named error, never the default chart, for ${name}`, async () => {
      const warnings = captureWarnings();
      try {
        const ranking = harnessFor(markup);
        const alert = await ranking.alert();
        expect(alert.replace(/^This chart could not be drawn\.\s*/, '')).to.match(message);
        expect(ranking.$('svg.chart')).to.equal(null);
        expect(warnings.messages).to.have.length(1);
        await expect(ranking.element).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }
});
