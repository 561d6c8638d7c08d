import { expect, waitUntil } from '@open-wc/testing';
import './index.js';
import { clearDocumentCache } from '../core/data/fetch-document.js';
import type { StateSalaryMap } from './state-salary-map.js';
import { StateSalaryMapHarness } from './harness.js';
import { badNumbers, captureWarnings, cleanup, frame, mount, type ElementSpec } from '../../test/helpers/dom.js';
import { STATES_TABLE } from '../../test/fixtures/bls.js';

/** Mounts a map from markup (or a tag and attributes) in a box of the given width and returns its harness. */
const map = (content: string | ElementSpec, width: number) => new StateSalaryMapHarness(mount<StateSalaryMap>(content, width));

/** A CSV file as a static host serves it (text/plain, named .csv), with `text` as its body. */
const csvUrl = (text: string) => `/test-api/states.csv?body=${encodeURIComponent(text)}`;

/**
 * A state table in BLS's layout with top-codes and gaps. Washington's and New
 * York's annual means are the seed's; every other figure is a TEST VALUE.
 * Utah and Nevada are top-coded ("#"), in that order; Alaska, Vermont and
 * Montana have no published wage ("-", "(8)", "**"); the U.S. row is the
 * national one.
 */
const TOP_CODED_STATES = `<table>
  <thead><tr><th>State</th><th>Employment (1)</th><th>Location quotient</th><th>Hourly mean wage</th><th>Annual mean wage (2)</th></tr></thead>
  <tbody>
    <tr><td>Utah</td><td>20,000</td><td>1.6</td><td>#</td><td>#</td></tr>
    <tr><td>Nevada</td><td>9,000</td><td>0.8</td><td>#</td><td>#</td></tr>
    <tr><td>Washington</td><td>95,000</td><td>3.3</td><td>$78.58</td><td>$163,440</td></tr>
    <tr><td>New York</td><td>(8)</td><td>0.9</td><td>$73.45</td><td>$152,780</td></tr>
    <tr><td>Texas</td><td>110,000</td><td>1.1</td><td>$61.54</td><td>$128,000</td></tr>
    <tr><td>Alaska</td><td>900</td><td>0.3</td><td>-</td><td>-</td></tr>
    <tr><td>Vermont</td><td>1,200</td><td>0.5</td><td>(8)</td><td>(8)</td></tr>
    <tr><td>Montana</td><td>1,500</td><td>0.4</td><td>**</td><td>**</td></tr>
    <tr><td>U.S.</td><td>1,656,880</td><td>1.0</td><td>$66.40</td><td>$138,110</td></tr>
  </tbody>
</table>`;

/** Dollar amounts as the legend prints them, read back as numbers: "$130K" → 130000. */
const thousands = (text: string) => Number(text.replace(/^\$|K$/g, '')) * 1000;

describe('<state-salary-map>', () => {
  afterEach(() => {
    cleanup();
    clearDocumentCache();
  });

  describe('default data', () => {
    it('draws the ten top-paying states from the seed, the rest as no data', async () => {
      const harness = map('<state-salary-map></state-salary-map>', 800);
      await harness.drawn();
      expect(harness.drawnAs()).to.equal('geo');
      expect(harness.drawnStates()).to.have.length(51);
      expect(new Set(harness.drawnStates()).size).to.equal(51);
      expect(harness.tone('CA')).to.equal('100');
      expect(harness.tone('OR')).to.equal('0');
      expect(harness.isNoData('TX')).to.be.true;
      expect(harness.tone('TX')).to.equal(null);
      expect(harness.caption()).to.contain('OEWS, May 2024');
      expect(harness.summary()).to.equal('Highest: California, $170,910; lowest: Oregon, $136,240. 10 of 51 states have data.');
      expect(harness.legendText()).to.contain('$130K').and.contain('$180K').and.contain('No data');
      expect(badNumbers(harness.element)).to.deep.equal([]);
      await expect(harness.element).to.be.accessible();
    });

    it('shows legend edges at round amounts: five classes of $10K', async () => {
      const harness = map('<state-salary-map></state-salary-map>', 800);
      await harness.drawn();
      // The seed runs from $136,240 to $170,910; nice() widens it to $130K … $180K.
      expect(harness.legendEdges()).to.deep.equal(['$130K', '$140K', '$150K', '$160K', '$170K', '$180K']);
      for (const edge of harness.legendEdges()) expect(thousands(edge) % 10000, edge).to.equal(0);
      expect(harness.legendTones()).to.deep.equal(['0', '25', '50', '75', '100']);
    });

    it('names each state with its value and rank, and lists every state in the table "Show table" opens, ranked', async () => {
      const harness = map('<state-salary-map></state-salary-map>', 800);
      await harness.drawn();
      expect(harness.stateLabel('WA')).to.equal('Washington: $163,440 a year, 2nd of 10.');
      expect(harness.stateLabel('TX')).to.equal('Texas: No data.');
      // Small states are reached through their callout box.
      expect(harness.callout('DC').getAttribute('aria-label')).to.equal('District of Columbia: No data.');
      // No table hidden for screen readers alone: the one table is the visible one.
      expect(harness.$$('table')).to.have.length(0);
      const table = await harness.openTable();
      expect(table.caption!.textContent.trim()).to.equal('The ten top-paying states for software developers: all values');
      expect(harness.$$('[part="table"] thead th').map((th) => th.textContent.trim())).to.deep.equal(['State', 'Rank', 'Value']);
      const rows = harness.tableRows();
      // The states with data first, highest first; then the rest by name.
      expect(rows.slice(0, 3)).to.deep.equal(['California 1 $170,910', 'Washington 2 $163,440', 'New York 3 $152,780']);
      expect(rows.slice(9, 12)).to.deep.equal(['Oregon 10 $136,240', 'Alabama No data', 'Alaska No data']);
      expect(rows).to.have.length(51);
      expect(table.querySelector('tbody th[scope="row"]')!.textContent.trim()).to.equal('California');
      await expect(harness.element).to.be.accessible();
    });
  });

  describe('colour classes', () => {
    it('puts the same number of states in each class with classes="quantile"', async () => {
      const harness = map('<state-salary-map classes="quantile"></state-salary-map>', 800);
      await harness.drawn();
      const perTone = new Map<string | null, number>();
      for (const postal of ['CA', 'WA', 'NY', 'MA', 'MD', 'NJ', 'CO', 'VA', 'CT', 'OR'])
        perTone.set(harness.tone(postal), (perTone.get(harness.tone(postal)) ?? 0) + 1);
      // Ten states in five classes: two in each.
      expect(Object.fromEntries(perTone)).to.deep.equal({ 100: 2, 75: 2, 50: 2, 25: 2, 0: 2 });
      expect(harness.legendEdges()).to.deep.equal(['$136K', '$139K', '$143K', '$147K', '$155K', '$171K']);
    });

    it('follows steps: three quantile classes, or a continuous ramp with steps="0"', async () => {
      const quantile = map('<state-salary-map classes="quantile" steps="3"></state-salary-map>', 800);
      const ramp = map('<state-salary-map steps="0"></state-salary-map>', 800);
      await Promise.all([quantile.drawn(), ramp.drawn()]);
      expect(quantile.legendTones()).to.deep.equal(['0', '50', '100']);
      expect(ramp.legendTones()).to.deep.equal([]);
      expect(ramp.legendText()).to.contain('$136K').and.contain('$171K');
      // 152,780 is (152,780 − 136,240) / 34,670 = 47.7% of the way up.
      expect(ramp.tone('NY')).to.equal('48');
    });

    it('draws one class for a single state, and no classes without data, with no NaN', async () => {
      const one = map('<state-salary-map values="CA:170910"></state-salary-map>', 800);
      const none = map(`<state-salary-map data='{}'></state-salary-map>`, 800);
      await Promise.all([one.drawn(), none.drawn()]);
      expect(one.tone('CA')).to.equal('100');
      expect(one.legendEdges()).to.deep.equal(['$171K']);
      expect(none.legendEdges()).to.deep.equal([]);
      expect(badNumbers(one.element)).to.deep.equal([]);
      expect(badNumbers(none.element)).to.deep.equal([]);
    });
  });

  describe('data forms', () => {
    it('reads the compact values attribute with codes, names and FIPS codes', async () => {
      // TEST VALUES.
      const harness = map('<state-salary-map values="ca:130000, Texas:150000, 36:170000"></state-salary-map>', 800);
      await harness.drawn();
      // Round edges allow 4 classes of $10K (130, 140, 150, 160, 170): 150,000 starts the third.
      expect([harness.tone('CA'), harness.tone('TX'), harness.tone('NY')]).to.deep.equal(['0', '67', '100']);
    });

    it('reads a states section as an object or a list', async () => {
      const object = map(`<state-salary-map data='{"states": {"Washington": 163440, "06": 170910}}'></state-salary-map>`, 800);
      const list = map(
        `<state-salary-map data='{"states": [{"state": "WA", "value": 163440}, {"state": "oregon", "value": 136240}]}'></state-salary-map>`,
        800,
      );
      await Promise.all([object.drawn(), list.drawn()]);
      expect([object.tone('WA'), object.tone('CA')]).to.deep.equal(['0', '100']);
      expect([list.tone('WA'), list.tone('OR')]).to.deep.equal(['100', '0']);
    });

    it('reads a child table of ranks, names and currency text, and keeps it out of view', async () => {
      const harness = map(
        `<state-salary-map><table>
          <thead><tr><th>Rank</th><th>State</th><th>Annual wage</th></tr></thead>
          <tbody><tr><td>1</td><td>California</td><td>$170,910</td></tr>
          <tr><td>2</td><td>Washington</td><td>$163,440</td></tr>
          <tr><td>3</td><td>New York</td><td>$152,780</td></tr></tbody></table></state-salary-map>`,
        800,
      );
      await harness.drawn();
      // Classes of $5K from $150K to $175K: 163,440 is in the third of five.
      expect([harness.tone('CA'), harness.tone('WA'), harness.tone('NY')]).to.deep.equal(['100', '50', '0']);
      // "1" is a rank here, not Alabama's FIPS code.
      expect(harness.isNoData('AL')).to.be.true;
      expect(harness.element.querySelector('table')!.getClientRects().length).to.equal(0);
    });

    it('reads the data property', async () => {
      const harness = map('<state-salary-map></state-salary-map>', 800);
      harness.element.data = {
        states: [
          // TEST VALUES.
          { state: 'Maine', value: 100000 },
          { state: 'FL', value: 120000 },
        ],
      };
      await harness.drawn();
      await harness.element.updateComplete;
      expect([harness.tone('ME'), harness.tone('FL'), harness.tone('CA')]).to.deep.equal(['0', '100', null]);
    });

    it('loads a src document section, annual or hourly', async () => {
      // A page-wide document: the seed's California figure, Texas's is a TEST VALUE; hourly means are TEST VALUES.
      const doc = (states: object) => `/test-api/echo?body=${encodeURIComponent(JSON.stringify({ percentiles: { p50: 133080 }, states }))}`;
      const annual = map({ tag: 'state-salary-map', attrs: { src: doc({ CA: 170910, TX: 128000 }) } }, 800);
      const hourly = map({ tag: 'state-salary-map', attrs: { src: doc({ CA: 82.17, TX: 61.54 }), amounts: 'hourly' } }, 800);
      await Promise.all([annual.drawn(), hourly.drawn()]);
      expect([annual.tone('CA'), annual.tone('TX')]).to.deep.equal(['100', '0']);
      expect(await annual.tooltipOf('TX')).to.equal('Texas $128,000 a year 2nd of 2');
      // 61.54 × 2,080 = 128,003.20.
      expect(await hourly.tooltipOf('TX')).to.equal('Texas $128,003 a year hourly wage × 2,080 2nd of 2');
    });

    it('skips unknown states with one warning naming them', async () => {
      const warnings = captureWarnings();
      try {
        // Atlantis and Puerto Rico are TEST VALUES.
        const harness = map('<state-salary-map values="CA:170910, Atlantis:150000, PR:90000, WA:163440"></state-salary-map>', 800);
        await harness.drawn();
        expect(warnings.messages).to.deep.equal(['<state-salary-map> skipped unknown states: "Atlantis", "PR".']);
        // The builder and the salary-data event hear of them too.
        expect(harness.element.dataNotes).to.deep.equal([{ kind: 'skipped', labels: ['Atlantis', 'PR'] }]);
        expect(harness.summary()).to.equal('Highest: California, $170,910; lowest: Washington, $163,440. 2 of 51 states have data.');
      } finally {
        warnings.restore();
      }
    });

    it('draws states without values as no data, never as zero', async () => {
      const harness = map(`<state-salary-map data='{"CA": 0, "WA": 163440, "TX": null}'></state-salary-map>`, 800);
      await harness.drawn();
      expect(harness.tone('CA')).to.equal('0');
      expect(harness.isNoData('TX')).to.be.true;
      expect(harness.isNoData('CA')).to.be.false;
    });

    it('is accessible when no state has data', async () => {
      const harness = map(`<state-salary-map data='{}'></state-salary-map>`, 800);
      await harness.drawn();
      expect(harness.summary()).to.equal('0 of 51 states have data.');
      expect(harness.noDataShapes()).to.equal(51);
      expect(harness.noDataCallouts()).to.equal(9);
      await expect(harness.element).to.be.accessible();
    });
  });

  describe('tables and CSV, by header', () => {
    it('reads a BLS state table by its headers: annual means, not location quotients or hourly means', async () => {
      const harness = map(`<state-salary-map>${STATES_TABLE}</state-salary-map>`, 800);
      await harness.drawn();
      expect(await harness.tooltipOf('WA')).to.equal('Washington $163,440 a year 2nd of 3');
      expect(await harness.tooltipOf('NY')).to.equal('New York $152,780 a year 3rd of 3');
      expect(await harness.tooltipOf('CA')).to.equal('California $170,910 a year 1st of 3');
      // Alaska's "-" is no data: hatched, never zero.
      expect(harness.isNoData('AK')).to.be.true;
      expect(await harness.tooltipOf('AK')).to.equal('Alaska No data');
      expect(harness.summary()).to.equal('Highest: California, $170,910; lowest: New York, $152,780. 3 of 51 states have data.');
      expect(harness.captionNotes()).to.deep.equal(['The footnote marker (2) was removed from the figures.', 'No figure published for Alaska.']);
      expect(harness.element.dataNotes).to.deep.include({ kind: 'column', header: 'Annual mean wage' });
      await expect(harness.element).to.be.accessible();
    });

    it('keeps a top-coded state as its lower bound, ranked first and in the top class, and says so', async () => {
      const harness = map(`<state-salary-map ranking="5">${TOP_CODED_STATES}</state-salary-map>`, 900);
      await harness.drawn();
      // Top-codes share the first rank and keep the table's order (Utah before Nevada).
      expect(harness.rankedList()).to.deep.equal(['1 Utah ≥ $239K', '1 Nevada ≥ $239K', '3 Washington $163K', '4 New York $153K', '5 Texas $128K']);
      // The list is for the eye: each listed value is the name of the state's mark.
      expect(harness.$('[part="ranking"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(await harness.tooltipOf('UT')).to.equal('Utah at least $239,200 a year top-coded by BLS 1st of 5');
      expect(harness.stateLabel('NV')).to.equal('Nevada: at least $239,200 a year, top-coded by BLS, 1st of 5.');
      await harness.openTable();
      expect(harness.tableRows().slice(0, 3)).to.deep.equal(['Utah 1 at least $239,200', 'Nevada 1 at least $239,200', 'Washington 3 $163,440']);
      const topTone = harness.legendTones().at(-1);
      expect([harness.tone('UT'), harness.tone('NV')]).to.deep.equal([topTone, topTone]);
      for (const postal of ['AK', 'VT', 'MT']) expect(harness.isNoData(postal), postal).to.be.true;
      expect(harness.summary()).to.equal('Highest: Utah, at least $239,200; lowest: Texas, $128,000. 5 of 51 states have data.');
      expect(harness.captionNotes()).to.deep.equal([
        '≥ $239,200: top-coded by BLS (Utah, Nevada); the true figure is at least this.',
        'The footnote marker (2) was removed from the figures.',
        'No figure published for Alaska, Vermont, Montana.',
      ]);
      // The national row is set aside, and said to be.
      expect(harness.element.dataNotes).to.deep.include({ kind: 'skipped', labels: ['U.S.'] });
      expect(harness.element.dataNotes.some((note) => note.kind === 'hourly')).to.be.false;
      await expect(harness.element).to.be.accessible();
    });

    it('saves every state as CSV with "Get the data": ranked, plain numbers, top-codes noted, hourly ones in the displayed period', async () => {
      const saved = async (harness: StateSalaryMapHarness) => {
        await harness.drawn();
        const blobs: Blob[] = [];
        const createObjectURL = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob) => (blobs.push(blob), createObjectURL(blob));
        // The link is clicked but goes nowhere: the test only reads what it would save.
        Object.defineProperty(HTMLAnchorElement.prototype, 'click', { configurable: true, value() {} });
        try {
          harness.$<HTMLButtonElement>('button[part="download"]')!.click();
        } finally {
          URL.createObjectURL = createObjectURL;
          delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
        }
        return (await blobs[0]!.text()).replace(/^\ufeff/, '').split('\n');
      };
      const lines = await saved(map(`<state-salary-map download>${TOP_CODED_STATES}</state-salary-map>`, 800));
      expect(lines.slice(0, 5)).to.deep.equal([
        'State,Rank,Value,Note',
        'Utah,1,239200,top-coded by BLS',
        'Nevada,1,239200,top-coded by BLS',
        'Washington,3,163440,',
        'New York,4,152780,',
      ]);
      expect(lines.slice(6, 8)).to.deep.equal(['Alabama,,,', 'Alaska,,,']);
      expect(lines).to.have.length(51 + 2);
      const hourly = await saved(map('<state-salary-map download period="hourly" values="CA:170910, WA:163440"></state-salary-map>', 800));
      // 170,910 ÷ 2,080 = 82.168… an hour: to the cent.
      expect(hourly.slice(0, 3)).to.deep.equal(['State,Rank,Value', 'California,1,82.17', 'Washington,2,78.58']);
    });

    it('shows a top-coded value on its tile as "≥ $239K"', async () => {
      const harness = map(`<state-salary-map layout="tiles">${TOP_CODED_STATES}</state-salary-map>`, 640);
      await harness.drawn();
      expect(harness.tile('UT').texts).to.deep.equal(['UT', '≥ $239K']);
      expect(harness.tile('WA').texts).to.deep.equal(['WA', '$163K']);
      expect(harness.tile('AK').texts).to.deep.equal(['AK']);
    });

    it('gives a top-coded state the top class even when another figure is higher', async () => {
      // TEST VALUES: a figure above the top-code is not what BLS publishes, but an author may mix sources.
      const harness = map('<state-salary-map values="UT:#, CA:250000, TX:120000" steps="0"></state-salary-map>', 800);
      await harness.drawn();
      // On the ramp 239,200 alone would sit at 92%.
      expect([harness.tone('UT'), harness.tone('CA'), harness.tone('TX')]).to.deep.equal(['100', '100', '0']);
      expect(harness.rankedList()).to.deep.equal([]);
      expect(harness.stateLabel('UT')).to.equal('Utah: at least $239,200 a year, top-coded by BLS, 1st of 3.');
      expect(harness.stateLabel('CA')).to.equal('California: $250,000 a year, 2nd of 3.');
      expect(harness.captionNotes()).to.deep.equal(['≥ $239,200: top-coded by BLS (Utah); the true figure is at least this.']);
    });

    it('skips territories in a BLS state table with one warning, and notes them', async () => {
      const warnings = captureWarnings();
      try {
        // Puerto Rico's and Guam's figures are TEST VALUES.
        const harness = map(
          `<state-salary-map><table>
            <tr><th>State</th><th>Annual mean wage</th></tr>
            <tr><td>California</td><td>$170,910</td></tr><tr><td>Puerto Rico</td><td>$62,400</td></tr>
            <tr><td>Guam</td><td>$61,000</td></tr><tr><td>Washington</td><td>$163,440</td></tr>
          </table></state-salary-map>`,
          800,
        );
        await harness.drawn();
        expect(harness.summary()).to.equal('Highest: California, $170,910; lowest: Washington, $163,440. 2 of 51 states have data.');
        expect(warnings.messages).to.deep.equal(['<state-salary-map> skipped unknown states: "Puerto Rico", "Guam".']);
        expect(harness.element.dataNotes).to.deep.include({ kind: 'skipped', labels: ['Puerto Rico', 'Guam'] });
      } finally {
        warnings.restore();
      }
    });

    it('loads a CSV file from src, setting the national row aside', async () => {
      // The seed's state figures; the U.S. row is a TEST VALUE.
      const csv = 'State,Annual mean wage\nCalifornia,"$170,910"\nWashington,"$163,440"\nNew York,"$152,780"\nU.S.,"$138,110"\n';
      const harness = map({ tag: 'state-salary-map', attrs: { src: csvUrl(csv) } }, 800);
      await harness.drawn();
      expect(await harness.tooltipOf('WA')).to.equal('Washington $163,440 a year 2nd of 3');
      expect(harness.summary()).to.equal('Highest: California, $170,910; lowest: New York, $152,780. 3 of 51 states have data.');
      expect(harness.element.dataNotes).to.deep.include({ kind: 'skipped', labels: ['U.S.'] });
    });

    it('loads a published Google Sheet (output=csv)', async () => {
      const csv = 'State,A_MEAN\nCA,170910\nWA,163440\nNY,152780';
      const harness = map({ tag: 'state-salary-map', attrs: { src: `/test-api/spreadsheets/d/e/x/pub?output=csv&body=${encodeURIComponent(csv)}` } }, 800);
      await harness.drawn();
      expect(await harness.tooltipOf('NY')).to.equal('New York $152,780 a year 3rd of 3');
      expect(harness.tone('CA')).to.equal('100');
    });

    it('reads an inline <script type="text/csv">', async () => {
      const harness = map(
        `<state-salary-map><script type="text/csv">
State,Annual mean wage
California,"$170,910"
Washington,"$163,440"
</script></state-salary-map>`,
        800,
      );
      await harness.drawn();
      expect(await harness.tooltipOf('CA')).to.equal('California $170,910 a year 1st of 2');
      expect([harness.tone('CA'), harness.tone('WA')]).to.deep.equal(['100', '0']);
    });

    it('reads rows pasted from a spreadsheet, tab-separated, with or without a header row', async () => {
      const withHeader = map(
        `<state-salary-map><script type="text/tab-separated-values">
State\tAnnual mean wage
California\t$170,910
Washington\t$163,440
</script></state-salary-map>`,
        800,
      );
      const bare = map(
        '<state-salary-map><script type="text/tab-separated-values">California\t$170,910\nWashington\t$163,440</script></state-salary-map>',
        800,
      );
      await Promise.all([withHeader.drawn(), bare.drawn()]);
      for (const harness of [withHeader, bare]) expect(await harness.tooltipOf('WA')).to.equal('Washington $163,440 a year 2nd of 2');
    });

    it('reads the column named by value-column, by header or number', async () => {
      const hourly = map(`<state-salary-map value-column="Hourly mean wage">${STATES_TABLE}</state-salary-map>`, 800);
      const sixth = map(`<state-salary-map value-column="6">${STATES_TABLE}</state-salary-map>`, 800);
      await Promise.all([hourly.drawn(), sixth.drawn()]);
      // $78.58 × 2,080 = $163,446.40.
      expect(await hourly.tooltipOf('WA')).to.equal('Washington $163,446 a year hourly wage × 2,080 2nd of 3');
      expect(hourly.captionNotes()).to.deep.equal([
        'Hourly wages shown as annual: hourly wage × 2,080 hours.',
        'The footnote marker (1) was removed from the figures.',
        'No figure published for Alaska.',
      ]);
      expect(await sixth.tooltipOf('WA')).to.equal('Washington $163,440 a year 2nd of 3');
    });

    it('reads the states from the column named by label-column', async () => {
      const csv = 'Region,State,Annual mean wage\nWest,California,170910\nWest,Washington,163440\nNortheast,New York,152780';
      const named = map({ tag: 'state-salary-map', attrs: { src: csvUrl(csv), 'label-column': 'State' } }, 800);
      const numbered = map({ tag: 'state-salary-map', attrs: { src: csvUrl(csv), 'label-column': '2' } }, 800);
      await Promise.all([named.drawn(), numbered.drawn()]);
      for (const harness of [named, numbered]) expect(await harness.tooltipOf('NY')).to.equal('New York $152,780 a year 3rd of 3');
    });

    it('reads FIPS codes when no column holds names, or when label-column names the FIPS column', async () => {
      const codesOnly = map(
        { tag: 'state-salary-map', attrs: { src: csvUrl('State FIPS,Employment,Annual mean wage\n06,260000,170910\n53,95000,163440') } },
        800,
      );
      const areas = 'FIPS,Area,Annual mean wage\n06,Bay Area,170910\n53,Puget Sound,163440';
      const named = map({ tag: 'state-salary-map', attrs: { src: csvUrl(areas), 'label-column': 'FIPS' } }, 800);
      await Promise.all([codesOnly.drawn(), named.drawn()]);
      for (const harness of [codesOnly, named]) {
        expect(await harness.tooltipOf('CA')).to.equal('California $170,910 a year 1st of 2');
        expect(await harness.tooltipOf('WA')).to.equal('Washington $163,440 a year 2nd of 2');
      }
      // A column of names wins over codes: here it names no state, and the error says how to choose.
      const warnings = captureWarnings();
      try {
        const unnamed = map({ tag: 'state-salary-map', attrs: { src: csvUrl(areas) } }, 800);
        expect(await unnamed.alert())
          .to.contain('CSV: no row names a state (such as "Bay Area")')
          .and.contain('label-column');
      } finally {
        warnings.restore();
      }
    });

    it('reads German amounts under lang="de"', async () => {
      const harness = map(
        `<state-salary-map lang="de" currency="EUR"><table>
          <tr><th>Bundesstaat</th><th>Beschäftigte</th><th>Jahresgehalt</th></tr>
          <tr><td>California</td><td>260.000</td><td>170.910 €</td></tr>
          <tr><td>Washington</td><td>95.000</td><td>163.440 €</td></tr>
          <tr><td>New York</td><td>(8)</td><td>152.780 €</td></tr>
        </table></state-salary-map>`,
        800,
      );
      await harness.drawn();
      expect(await harness.tooltipOf('CA')).to.equal('California 170.910 € im Jahr Platz 1 von 3');
      expect(harness.summary()).to.contain('am niedrigsten: New York, 152.780 €');
    });

    it('reads French amounts under lang="fr", with narrow no-break spaces', async () => {
      const harness = map(
        `<state-salary-map lang="fr" currency="EUR"><table>
          <tr><th>État</th><th>Salaire annuel moyen</th></tr>
          <tr><td>California</td><td>170\u202f910 €</td></tr>
          <tr><td>Washington</td><td>163\u202f440 €</td></tr>
        </table></state-salary-map>`,
        800,
      );
      await harness.drawn();
      expect(await harness.tooltipOf('WA')).to.equal('Washington 163 440 € par an 2e sur 2');
    });
  });

  describe('hourly amounts', () => {
    it('converts values × 2,080 with amounts="hourly", and says so once', async () => {
      // Hourly means from the test table: TEST VALUES.
      const harness = map('<state-salary-map values="CA:82.17, WA:78.58" amounts="hourly"></state-salary-map>', 800);
      await harness.drawn();
      // 82.17 × 2,080 = 170,913.60.
      expect(await harness.tooltipOf('CA')).to.equal('California $170,914 a year hourly wage × 2,080 1st of 2');
      expect(harness.captionNotes()).to.deep.equal(['Hourly wages shown as annual: hourly wage × 2,080 hours.']);
    });

    it('converts a JSON section with "unit": "hourly"', async () => {
      const harness = map(`<state-salary-map data='{"states": {"unit": "hourly", "CA": 82.17, "WA": 78.58}}'></state-salary-map>`, 800);
      await harness.drawn();
      expect(await harness.tooltipOf('WA')).to.equal('Washington $163,446 a year hourly wage × 2,080 2nd of 2');
      expect(harness.captionNotes()).to.deep.equal(['Hourly wages shown as annual: hourly wage × 2,080 hours.']);
    });

    it('converts a table whose only amounts are hourly, by its header or by amounts="hourly"', async () => {
      const byHeader = map(
        '<state-salary-map><table><tr><th>State</th><th>H_MEAN</th></tr><tr><td>CA</td><td>82.17</td></tr><tr><td>WA</td><td>78.58</td></tr></table></state-salary-map>',
        800,
      );
      const declared = map(
        '<state-salary-map amounts="hourly"><table><tr><th>State</th><th>Mean wage</th></tr><tr><td>CA</td><td>$82.17</td></tr><tr><td>WA</td><td>$78.58</td></tr></table></state-salary-map>',
        800,
      );
      await Promise.all([byHeader.drawn(), declared.drawn()]);
      for (const harness of [byHeader, declared]) {
        expect(await harness.tooltipOf('CA')).to.equal('California $170,914 a year hourly wage × 2,080 1st of 2');
        expect(harness.captionNotes()).to.deep.equal(['Hourly wages shown as annual: hourly wage × 2,080 hours.']);
      }
    });

    it('shows hourly amounts under period="hourly", top-codes at $115.00', async () => {
      const harness = map('<state-salary-map values="UT:#, WA:78.58" amounts="hourly" period="hourly"></state-salary-map>', 800);
      await harness.drawn();
      expect(await harness.tooltipOf('UT')).to.equal('Utah at least $115.00 an hour top-coded by BLS hourly wage × 2,080 1st of 2');
      expect(await harness.tooltipOf('WA')).to.equal('Washington $78.58 an hour hourly wage × 2,080 2nd of 2');
    });
  });

  describe('unreadable tables and CSV', () => {
    const cases: [string, string, RegExp][] = [
      [
        'a table with no column of amounts',
        '<table><tr><th>State</th><th>Employment</th><th>Location quotient</th></tr><tr><td>California</td><td>260,000</td><td>1.4</td></tr></table>',
        /table: no column of annual amounts; found headers "State", "Employment", "Location quotient". Name one with value-column./,
      ],
      [
        'a cell that is not an amount',
        '<table><tr><th>State</th><th>Annual mean wage</th></tr><tr><td>California</td><td>$170,910</td></tr><tr><td>Washington</td><td>TBD</td></tr></table>',
        /table row 2 \("Washington"\), column "Annual mean wage": expected an amount, got "TBD"/,
      ],
      [
        'a state listed twice',
        '<table><tr><th>State</th><th>Annual mean wage</th></tr><tr><td>California</td><td>$170,910</td></tr><tr><td>CA</td><td>$163,440</td></tr></table>',
        /table: California has more than one row/,
      ],
      ['an empty table', '<table><tr><th>State</th><th>Annual mean wage</th></tr></table>', /table: has no rows of data/],
      [
        'a table of annual amounts that look hourly',
        '<table><tr><th>State</th><th>Annual mean wage</th></tr><tr><td>California</td><td>82.17</td></tr><tr><td>Washington</td><td>78.58</td></tr></table>',
        /table: every amount is under 1,000 \(such as 82.17\), which looks hourly; add amounts="hourly"/,
      ],
      [
        'CSV whose rows name no state',
        '<script type="text/csv">Region,Annual mean wage\nWest,170910\nNortheast,152780</script>',
        /CSV: no row names a state \(such as "West"\); expected state names, postal codes or FIPS codes. Name the column of states with label-column./,
      ],
      ['CSV with a header and no rows', '<script type="text/csv">State,Annual mean wage</script>', /CSV: no column of amounts, and no header row to name one/],
    ];
    for (const [name, content, message] of cases) {
      it(`shows a named error, not the default map, for ${name}`, async () => {
        const warnings = captureWarnings();
        try {
          const harness = map(`<state-salary-map>${content}</state-salary-map>`, 800);
          expect(await harness.alert()).to.match(message);
          expect(harness.$('svg.chart')).to.equal(null);
          await expect(harness.element).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }

    const columns: [Record<string, string>, RegExp][] = [
      [{ 'value-column': 'Median' }, /value-column: no column headed "Median"; found headers "State", "Employment \(1\)"/],
      [{ 'value-column': '9' }, /value-column: the table has 6 columns, so there is no column 9/],
      [{ 'label-column': 'Region' }, /label-column: no column headed "Region"/],
    ];
    for (const [attrs, message] of columns) {
      it(`shows a named error for ${JSON.stringify(attrs)}`, async () => {
        const warnings = captureWarnings();
        try {
          const [[name, value]] = Object.entries(attrs) as [[string, string]];
          const harness = map(`<state-salary-map ${name}="${value}">${STATES_TABLE}</state-salary-map>`, 800);
          expect(await harness.alert()).to.match(message);
          expect(harness.$('svg.chart')).to.equal(null);
        } finally {
          warnings.restore();
        }
      });
    }

    it('shows a named error for a src that is not CSV at all', async () => {
      const warnings = captureWarnings();
      try {
        const harness = map(
          { tag: 'state-salary-map', attrs: { src: csvUrl('<!doctype html><title>Not found</title><p>This page does not exist.</p>') } },
          800,
        );
        expect(await harness.alert()).to.match(/^This chart could not be drawn\.CSV: no column of amounts/);
        expect(harness.$('svg.chart')).to.equal(null);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('errors', () => {
    const cases: [string, RegExp][] = [
      ['values="CA:abc"', /values.CA: expected a number, got "abc"/],
      ['values="CA"', /values: each entry should look like "CA:170910"/],
      ['values="CA:1, california:2"', /California has more than one value/],
      [`data='{"states": {"CA": -1}}'`, /states.CA: expected an amount of 0 or more/],
      [`data='{"states": 5}'`, /states: expected an object such as/],
      ['layout="globe"', /layout: expected "geo" or "tiles", got "globe"/],
      ['classes="jenks"', /classes: expected "equal" or "quantile", got "jenks"/],
      ['steps="12"', /steps: expected a whole number from 0 to 9 \(0 for a continuous ramp\), got "12"/],
      ['ranking="many"', /ranking: expected a whole number from 0 to 51/],
      ['values="CA:79.850"', /values.CA: "79.850" is ambiguous; write 79850 \(no separators\), or 79.85 for a decimal/],
      ['values="CA:82.17, WA:78.58"', /values: every amount is under 1,000 \(such as 82.17\), which looks hourly; add amounts="hourly"/],
      [`data='{"states": {"CA": 82.17}}'`, /states: every amount is under 1,000 \(such as 82.17\), which looks hourly; add amounts="hourly"/],
      [`data='{"states": {"unit": "daily", "CA": 170910}}'`, /states.unit: expected "annual" or "hourly", got "daily"/],
      ['values="CA:170910" amounts="weekly"', /amounts: expected "annual" or "hourly", got "weekly"/],
    ];
    for (const [attrs, message] of cases) {
      it(`shows an alert for ${attrs}`, async () => {
        const warnings = captureWarnings();
        try {
          const harness = map(`<state-salary-map ${attrs}></state-salary-map>`, 800);
          expect(await harness.alert()).to.match(message);
          expect(warnings.messages.filter((m) => m.startsWith('<state-salary-map>'))).to.have.length(1);
          await expect(harness.element).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('layout', () => {
    it('switches to tiles below 480 px unless a layout is set', async () => {
      const narrow = map('<state-salary-map></state-salary-map>', 400);
      const forced = map('<state-salary-map layout="geo"></state-salary-map>', 400);
      const wide = map('<state-salary-map layout="tiles"></state-salary-map>', 900);
      await Promise.all([narrow, forced, wide].map((harness) => harness.drawn()));
      expect([narrow.drawnAs(), forced.drawnAs(), wide.drawnAs()]).to.deep.equal(['tiles', 'geo', 'tiles']);
      expect(narrow.drawnStates()).to.have.length(51);
      expect(forced.drawnStates()).to.have.length(51);
      expect(wide.drawnStates()).to.have.length(51);
      narrow.element.parentElement!.style.width = '700px';
      await waitUntil(() => narrow.drawnAs() === 'geo', 'switched to geo');
      expect(narrow.drawnStates()).to.have.length(51);
    });

    it('labels tiles with code and value, in a colour that contrasts with the fill', async () => {
      const harness = map('<state-salary-map layout="tiles"></state-salary-map>', 640);
      await harness.drawn();
      expect(harness.tile('CA').texts).to.deep.equal(['CA', '$171K']);
      expect(harness.tile('CA').codeColour).to.equal('#ffffff');
      expect(harness.tile('OR').codeColour).to.equal('#10151c');
      // Small tiles (27 px at 320) show the code alone.
      const small = map('<state-salary-map layout="tiles"></state-salary-map>', 320);
      await small.drawn();
      expect(small.tile('CA').texts).to.deep.equal(['CA']);
      await expect(harness.element).to.be.accessible();
    });

    it('outlines highlighted states', async () => {
      const harness = map('<state-salary-map highlight="WA, california"></state-salary-map>', 800);
      await harness.drawn();
      expect(harness.highlighted()).to.equal(2);
    });

    it('colours from the --salary-scale-* custom properties', async () => {
      const harness = map('<state-salary-map></state-salary-map>', 800);
      harness.element.style.setProperty('--salary-scale-low', 'rgb(255, 0, 0)');
      harness.element.style.setProperty('--salary-scale-high', 'rgb(0, 0, 255)');
      await harness.drawn();
      const mix = (percent: number) => {
        const probe = document.createElement('div');
        probe.style.color = `color-mix(in oklab, rgb(0, 0, 255) ${percent}%, rgb(255, 0, 0))`;
        document.body.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      };
      expect(harness.stateFill('CA')).to.equal(mix(100));
      expect(harness.calloutFill('MA')).to.equal(mix(25));
      expect(harness.stateFill('OR')).to.equal(mix(0));
    });
  });

  describe('interaction', () => {
    it('shows state, value and rank on hover', async () => {
      const harness = map('<state-salary-map></state-salary-map>', 800);
      await harness.drawn();
      harness.hoverShape('NY');
      await harness.element.updateComplete;
      expect(harness.tooltip()).to.equal('New York $152,780 a year 3rd of 10');
      harness.hoverShape('KS');
      await harness.element.updateComplete;
      expect(harness.tooltip()).to.equal('Kansas No data');
    });

    it('shares hover between a small state and its callout box', async () => {
      const harness = map('<state-salary-map></state-salary-map>', 800);
      await harness.drawn();
      harness.hoverShape('MA');
      await harness.element.updateComplete;
      expect(harness.tooltip()).to.equal('Massachusetts $148,530 a year 4th of 10');
      expect(harness.callout('MA').classList.contains('is-active')).to.be.true;
    });

    it('moves focus geographically with the arrow keys', async () => {
      const harness = map('<state-salary-map layout="tiles"></state-salary-map>', 640);
      await harness.drawn();
      expect(harness.$$('[data-point][tabindex="0"]')).to.have.length(1);
      harness.mark('WA').focus();
      await harness.element.updateComplete;
      expect(harness.tooltip()).to.contain('Washington');
      const path: string[] = [];
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
        const from = harness.focused();
        await harness.press(key);
        await waitUntil(() => harness.focused() !== from, key);
        path.push(harness.focused()!);
      }
      expect(path).to.deep.equal(['ID', 'NV', 'OR', 'WA']);
      await harness.press('Escape');
      expect(harness.tooltip()).to.equal('');
    });

    it('links the ranked list and the map both ways', async () => {
      const harness = map('<state-salary-map ranking="5"></state-salary-map>', 900);
      await harness.drawn();
      expect(harness.rankedList()).to.deep.equal(['1 California $171K', '2 Washington $163K', '3 New York $153K', '4 Massachusetts $149K', '5 Maryland $145K']);
      // Beside the map when wide.
      expect(harness.rankingRows()[0]!.getBoundingClientRect().left).to.be.greaterThan(harness.boxes().map.right - 1);
      harness.hoverRankingRow(1);
      await harness.element.updateComplete;
      expect(harness.tooltip()).to.contain('Washington');
      expect(harness.focusOutlines()).to.equal(1);
      harness.hoverShape('NY');
      await harness.element.updateComplete;
      expect(harness.activeRankingRow()).to.contain('New York');
      await expect(harness.element).to.be.accessible();
    });

    it('puts the list below the map when narrow, inside the reserved height', async () => {
      const harness = map('<state-salary-map ranking="10"></state-salary-map>', 360);
      await harness.drawn();
      const { map: chart, ranking, stage } = harness.boxes();
      expect(ranking!.top).to.be.greaterThan(chart.bottom - 1);
      expect(ranking!.bottom).to.be.at.most(stage.bottom + 1);
    });
  });
});

describe('<state-salary-map> first paint', () => {
  afterEach(cleanup);
  it('draws before its first paint, at its final height, without waiting for the resize observer', async () => {
    // Counts frames from before the widget arrives: the widget's own frame callback comes after this one's.
    let frames = 0;
    const count = () => {
      frames++;
      if (frames < 10) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const harness = map('<state-salary-map></state-salary-map>', 700);
    // Until no update is pending: the reserved height, then the chart once it is found on screen.
    while (!(await harness.element.updateComplete));
    expect(harness.$('svg.chart')).not.to.equal(null);
    expect(frames, 'drawn in the first frame, before it is painted').to.equal(1);
    const first = harness.element.getBoundingClientRect().height;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(harness.element.getBoundingClientRect().height).to.equal(first);
  });

  it('follows a container resize by the next frame, keeping its DOM', async () => {
    const harness = map('<state-salary-map layout="geo"></state-salary-map>', 900);
    const svg = await harness.drawn();
    await frame();
    const california = harness.shape('CA');
    const height = svg.getBoundingClientRect().height;
    harness.element.parentElement!.style.width = '600px';
    // Frame 1 lays out the new width and reports it; frame 2 draws it.
    await frame();
    await frame();
    expect(harness.$('svg.chart')!.getAttribute('width')).to.equal('600');
    expect(harness.$('svg.chart')).to.equal(svg);
    expect(harness.shape('CA')).to.equal(california);
    // The map scales down with the width (the callout column keeps its size).
    expect(svg.getBoundingClientRect().height).to.be.within(height * 0.6, height * 0.8);
  });
});
