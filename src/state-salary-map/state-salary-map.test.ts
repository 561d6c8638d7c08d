import { expect, waitUntil } from '@open-wc/testing';
import '../index.js';
import { clearDocumentCache } from '../core/data/fetch-document.js';
import type { StateSalaryMap } from './state-salary-map.js';
import { StateSalaryMapHarness } from './harness.js';
import { badNumbers, captureWarnings, cleanup, frame, mount } from '../../test/helpers/dom.js';

/** Mounts a map from markup in a box of the given width and returns its harness. */
const map = (markup: string, width: number) => new StateSalaryMapHarness(mount<StateSalaryMap>(markup, width));

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

    it('names each state with its value and rank, and lists all values in a table', async () => {
      const harness = map('<state-salary-map></state-salary-map>', 800);
      await harness.drawn();
      expect(harness.stateLabel('WA')).to.equal('Washington: $163,440 a year, 2nd of 10.');
      expect(harness.stateLabel('TX')).to.equal('Texas: No data.');
      // Small states are reached through their callout box.
      expect(harness.callout('DC').getAttribute('aria-label')).to.equal('District of Columbia: No data.');
      const rows = harness.tableRows();
      expect(rows[0]).to.equal('1 California $170,910');
      expect(rows).to.have.length(10);
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
      const one = map('<state-salary-map values="CA:100"></state-salary-map>', 800);
      const none = map(`<state-salary-map data='{}'></state-salary-map>`, 800);
      await Promise.all([one.drawn(), none.drawn()]);
      expect(one.tone('CA')).to.equal('100');
      expect(one.legendEdges()).to.deep.equal(['$100']);
      expect(none.legendEdges()).to.deep.equal([]);
      expect(badNumbers(one.element)).to.deep.equal([]);
      expect(badNumbers(none.element)).to.deep.equal([]);
    });
  });

  describe('data forms', () => {
    it('reads the compact values attribute with codes, names and FIPS codes', async () => {
      const harness = map('<state-salary-map values="ca:100, Texas:200, 36:300"></state-salary-map>', 800);
      await harness.drawn();
      // Round edges allow 4 classes of 50 (100, 150, 200, 250, 300): 200 starts the third.
      expect([harness.tone('CA'), harness.tone('TX'), harness.tone('NY')]).to.deep.equal(['0', '67', '100']);
    });

    it('reads a states section as an object or a list', async () => {
      const object = map(`<state-salary-map data='{"states": {"Washington": 2, "06": 1}}'></state-salary-map>`, 800);
      const list = map(`<state-salary-map data='{"states": [{"state": "WA", "value": 2}, {"state": "oregon", "value": 1}]}'></state-salary-map>`, 800);
      await Promise.all([object.drawn(), list.drawn()]);
      expect([object.tone('WA'), object.tone('CA')]).to.deep.equal(['100', '0']);
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
          { state: 'Maine', value: 5 },
          { state: 'FL', value: 10 },
        ],
      };
      await harness.drawn();
      await harness.element.updateComplete;
      expect([harness.tone('ME'), harness.tone('FL'), harness.tone('CA')]).to.deep.equal(['0', '100', null]);
    });

    it('loads a src document section', async () => {
      const harness = map('<state-salary-map src="/test-api/states.json"></state-salary-map>', 800);
      await harness.drawn();
      expect([harness.tone('CA'), harness.tone('TX')]).to.deep.equal(['100', '0']);
    });

    it('skips unknown states with one warning naming them', async () => {
      const warnings = captureWarnings();
      try {
        const harness = map('<state-salary-map values="CA:1, Atlantis:2, PR:3, WA:2"></state-salary-map>', 800);
        await harness.drawn();
        expect(warnings.messages).to.deep.equal(['<state-salary-map> skipped unknown states: "Atlantis", "PR".']);
        expect(harness.tone('WA')).to.equal('100');
      } finally {
        warnings.restore();
      }
    });

    it('draws states without values as no data, never as zero', async () => {
      const harness = map(`<state-salary-map data='{"CA": 0, "WA": 10, "TX": null}'></state-salary-map>`, 800);
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
      expect(harness.tile('CA').codeColour).to.equal('rgb(255, 255, 255)');
      expect(harness.tile('OR').codeColour).to.equal('rgb(16, 21, 28)');
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
  it('draws in its first update, at its final height, without waiting for the resize observer', async () => {
    const harness = map('<state-salary-map></state-salary-map>', 700);
    await harness.element.updateComplete;
    expect(harness.$('svg.chart')).not.to.equal(null);
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
