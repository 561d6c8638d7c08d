import { expect, waitUntil } from '@open-wc/testing';
import '../index.js';
import { clearJsonCache } from '../core/data/fetch-json.js';
import type { StateSalaryMap } from './state-salary-map.js';
import { $, $$, alertText, badNumbers, captureWarnings, cleanup, drawn, frame, mount } from '../../test/helpers/dom.js';

// The state's own shape: a path on the map, a rect on the tile grid.
const shape = (el: Element, postal: string) => $(el, `path[data-state="${postal}"], [data-state="${postal}"] rect.tile`)!;
const tone = (el: Element, postal: string) => shape(el, postal).getAttribute('data-t');
const isNoData = (el: Element, postal: string) => shape(el, postal).getAttribute('fill') === 'url(#no-data)';
const tipText = (el: Element) => $<HTMLElement>(el, '[part="tooltip"]')!.innerText.replace(/\s+/g, ' ').trim();
const over = (target: Element) => target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));

describe('<state-salary-map>', () => {
  afterEach(() => {
    cleanup();
    clearJsonCache();
  });

  describe('default data', () => {
    it('draws the ten top-paying states from the seed, the rest as no data', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map></state-salary-map>', 800);
      await drawn(el);
      expect($$(el, 'path.state')).to.have.length(51);
      expect(new Set($$(el, 'path.state').map((p) => p.getAttribute('data-state'))).size).to.equal(51);
      expect(tone(el, 'CA')).to.equal('100');
      expect(tone(el, 'OR')).to.equal('0');
      expect(isNoData(el, 'TX')).to.be.true;
      expect(tone(el, 'TX')).to.equal(null);
      expect($(el, '[part="caption"]')!.textContent).to.contain('OEWS, May 2024');
      expect($(el, '.sr-only')!.textContent).to.equal('Highest: California, $170,910; lowest: Oregon, $136,240. 10 of 51 states have data.');
      const legend = $(el, '[part="legend"]')!.textContent!.replace(/\s+/g, ' ');
      expect(legend).to.contain('$136K').and.contain('$143K').and.contain('$171K').and.contain('No data');
      expect(badNumbers(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('names each state with its value and rank, and lists all values in a table', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map></state-salary-map>', 800);
      await drawn(el);
      expect($(el, '[data-state="WA"][role="img"]')!.getAttribute('aria-label')).to.equal('Washington: $163,440 a year, 2nd of 10.');
      expect($(el, '[data-state="TX"][role="img"]')!.getAttribute('aria-label')).to.equal('Texas: No data.');
      // Small states are reached through their callout box.
      expect($(el, '.callout[data-state="DC"]')!.getAttribute('aria-label')).to.equal('District of Columbia: No data.');
      const rows = $$(el, '.sr-only table tbody tr').map((r) => [...r.children].map((c) => c.textContent!.trim()).join(' '));
      expect(rows[0]).to.equal('1 California $170,910');
      expect(rows).to.have.length(10);
    });
  });

  describe('data forms', () => {
    it('reads the compact values attribute with codes, names and FIPS codes', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map values="ca:100, Texas:200, 36:300"></state-salary-map>', 800);
      await drawn(el);
      expect([tone(el, 'CA'), tone(el, 'TX'), tone(el, 'NY')]).to.deep.equal(['0', '50', '100']);
    });

    it('reads a states section as an object or a list', async () => {
      const a = await mount<StateSalaryMap>(`<state-salary-map data='{"states": {"Washington": 2, "06": 1}}'></state-salary-map>`, 800);
      const b = await mount<StateSalaryMap>(`<state-salary-map data='{"states": [{"state": "WA", "value": 2}, {"state": "oregon", "value": 1}]}'></state-salary-map>`, 800);
      await drawn(a);
      await drawn(b);
      expect([tone(a, 'WA'), tone(a, 'CA')]).to.deep.equal(['100', '0']);
      expect([tone(b, 'WA'), tone(b, 'OR')]).to.deep.equal(['100', '0']);
    });

    it('reads a child table of ranks, names and currency text, and keeps it out of view', async () => {
      const el = await mount<StateSalaryMap>(
        `<state-salary-map><table>
          <thead><tr><th>Rank</th><th>State</th><th>Annual wage</th></tr></thead>
          <tbody><tr><td>1</td><td>California</td><td>$170,910</td></tr>
          <tr><td>2</td><td>Washington</td><td>$163,440</td></tr>
          <tr><td>3</td><td>New York</td><td>$152,780</td></tr></tbody></table></state-salary-map>`,
        800,
      );
      await drawn(el);
      // 163,440 is 10,660 / 18,130 of the way up: class 2 of 0–4.
      expect([tone(el, 'CA'), tone(el, 'WA'), tone(el, 'NY')]).to.deep.equal(['100', '50', '0']);
      // "1" is a rank here, not Alabama's FIPS code.
      expect(isNoData(el, 'AL')).to.be.true;
      expect(el.querySelector('table')!.getClientRects().length).to.equal(0);
    });

    it('reads the data property', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map></state-salary-map>', 800);
      el.data = { states: [{ state: 'Maine', value: 5 }, { state: 'FL', value: 10 }] };
      await drawn(el);
      await el.updateComplete;
      expect([tone(el, 'ME'), tone(el, 'FL'), tone(el, 'CA')]).to.deep.equal(['0', '100', null]);
    });

    it('loads a src document section', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map src="/test-api/states.json"></state-salary-map>', 800);
      await drawn(el);
      expect([tone(el, 'CA'), tone(el, 'TX')]).to.deep.equal(['100', '0']);
    });

    it('skips unknown states with one warning naming them', async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount<StateSalaryMap>('<state-salary-map values="CA:1, Atlantis:2, PR:3, WA:2"></state-salary-map>', 800);
        await drawn(el);
        expect(warnings.messages).to.deep.equal(['<state-salary-map> skipped unknown states: "Atlantis", "PR".']);
        expect(tone(el, 'WA')).to.equal('100');
      } finally {
        warnings.restore();
      }
    });

    it('draws states without values as no data, never as zero', async () => {
      const el = await mount<StateSalaryMap>(`<state-salary-map data='{"CA": 0, "WA": 10, "TX": null}'></state-salary-map>`, 800);
      await drawn(el);
      expect(tone(el, 'CA')).to.equal('0');
      expect(isNoData(el, 'TX')).to.be.true;
      expect(isNoData(el, 'CA')).to.be.false;
    });

    it('is accessible when no state has data', async () => {
      const el = await mount<StateSalaryMap>(`<state-salary-map data='{}'></state-salary-map>`, 800);
      await drawn(el);
      expect($(el, '.sr-only')!.textContent).to.equal('0 of 51 states have data.');
      expect($$(el, 'path.state[fill="url(#no-data)"]').length).to.equal(51);
      expect($$(el, '.callout rect[fill="url(#no-data)"]').length).to.equal(9);
      await expect(el).to.be.accessible();
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
      ['steps="12"', /steps: expected a whole number from 0 to 9 \(0 for a continuous ramp\), got "12"/],
      ['ranking="many"', /ranking: expected a whole number from 0 to 51/],
    ];
    for (const [attrs, message] of cases) {
      it(`shows an alert for ${attrs}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await mount<StateSalaryMap>(`<state-salary-map ${attrs}></state-salary-map>`, 800);
          expect(await alertText(el)).to.match(message);
          expect(warnings.messages.filter((m) => m.startsWith('<state-salary-map>'))).to.have.length(1);
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('layout', () => {
    it('switches to tiles below 480 px unless a layout is set', async () => {
      const narrow = await mount<StateSalaryMap>('<state-salary-map></state-salary-map>', 400);
      const forced = await mount<StateSalaryMap>('<state-salary-map layout="geo"></state-salary-map>', 400);
      const wide = await mount<StateSalaryMap>('<state-salary-map layout="tiles"></state-salary-map>', 900);
      await Promise.all([narrow, forced, wide].map((el) => drawn(el)));
      expect($$(narrow, 'rect.tile')).to.have.length(51);
      expect($$(forced, 'path.state')).to.have.length(51);
      expect($$(wide, 'rect.tile')).to.have.length(51);
      const box = narrow.parentElement!;
      box.style.width = '700px';
      await waitUntil(() => $$(narrow, 'path.state').length === 51, 'switched to geo');
      expect($$(narrow, 'rect.tile')).to.have.length(0);
    });

    it('labels tiles with code and value, in a colour that contrasts with the fill', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map layout="tiles"></state-salary-map>', 640);
      await drawn(el);
      const ca = $$(el, '[data-state="CA"] text').map((t) => t.textContent);
      expect(ca).to.deep.equal(['CA', '$171K']);
      expect(getComputedStyle($(el, '[data-state="CA"] text')!).fill).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle($(el, '[data-state="OR"] text')!).fill).to.equal('rgb(16, 21, 28)');
      await expect(el).to.be.accessible();
    });

    it('outlines highlighted states', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map highlight="WA, california"></state-salary-map>', 800);
      await drawn(el);
      expect($$(el, '.outline.is-highlight')).to.have.length(2);
    });

    it('colours from the --salary-scale-* custom properties', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map></state-salary-map>', 800);
      el.style.setProperty('--salary-scale-low', 'rgb(255, 0, 0)');
      el.style.setProperty('--salary-scale-high', 'rgb(0, 0, 255)');
      await drawn(el);
      const mix = (p: number) => {
        const probe = document.createElement('div');
        probe.style.color = `color-mix(in oklab, rgb(0, 0, 255) ${p}%, rgb(255, 0, 0))`;
        document.body.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      };
      expect(getComputedStyle(shape(el, 'CA')).fill).to.equal(mix(100));
      expect(getComputedStyle($(el, '.callout[data-state="MA"] rect')!).fill).to.equal(mix(25));
      expect(getComputedStyle(shape(el, 'OR')).fill).to.equal(mix(0));
    });
  });

  describe('interaction', () => {
    it('shows state, value and rank on hover', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map></state-salary-map>', 800);
      await drawn(el);
      over(shape(el, 'NY'));
      await el.updateComplete;
      expect(tipText(el)).to.equal('New York $152,780 a year 3rd of 10');
      over(shape(el, 'KS'));
      await el.updateComplete;
      expect(tipText(el)).to.equal('Kansas No data');
    });

    it('shares hover between a small state and its callout box', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map></state-salary-map>', 800);
      await drawn(el);
      over(shape(el, 'MA'));
      await el.updateComplete;
      expect(tipText(el)).to.equal('Massachusetts $148,530 a year 4th of 10');
      expect($(el, '.callout[data-state="MA"]')!.classList.contains('is-active')).to.be.true;
    });

    it('moves focus geographically with the arrow keys', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map layout="tiles"></state-salary-map>', 640);
      await drawn(el);
      const stops = $$(el, '[data-point][tabindex="0"]');
      expect(stops).to.have.length(1);
      ($(el, '[data-state="WA"]') as SVGElement).focus();
      await el.updateComplete;
      expect(tipText(el)).to.contain('Washington');
      const press = (key: string) => el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      const path: string[] = [];
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
        press(key);
        await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-state') !== (path[path.length - 1] ?? 'WA'), key);
        path.push(el.shadowRoot!.activeElement!.getAttribute('data-state')!);
      }
      expect(path).to.deep.equal(['ID', 'NV', 'OR', 'WA']);
      press('Escape');
      await el.updateComplete;
      expect($<HTMLElement>(el, '[part="tooltip"]')!.hidden).to.be.true;
    });

    it('links the ranked list and the map both ways', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map ranking="5"></state-salary-map>', 900);
      await drawn(el);
      const items = $$(el, '[part="ranking"] li');
      expect(items.map((li) => [...li.children].map((c) => c.textContent!.trim()).filter(Boolean).join(' '))).to.deep.equal([
        '1 California $171K',
        '2 Washington $163K',
        '3 New York $153K',
        '4 Massachusetts $149K',
        '5 Maryland $145K',
      ]);
      // Beside the map when wide.
      expect(items[0]!.getBoundingClientRect().left).to.be.greaterThan($(el, 'svg.chart')!.getBoundingClientRect().right - 1);
      over(items[1]!);
      await el.updateComplete;
      expect(tipText(el)).to.contain('Washington');
      expect($$(el, '.outline.is-focus')).to.have.length(1);
      over(shape(el, 'NY'));
      await el.updateComplete;
      expect($(el, '[part="ranking"] li.is-active')!.textContent).to.contain('New York');
      await expect(el).to.be.accessible();
    });

    it('puts the list below the map when narrow, inside the reserved height', async () => {
      const el = await mount<StateSalaryMap>('<state-salary-map ranking="10"></state-salary-map>', 360);
      await drawn(el);
      const list = $(el, '[part="ranking"]')!.getBoundingClientRect();
      const stage = $(el, '.stage')!.getBoundingClientRect();
      expect(list.top).to.be.greaterThan($(el, 'svg.chart')!.getBoundingClientRect().bottom - 1);
      expect(list.bottom).to.be.at.most(stage.bottom + 1);
    });
  });
});

describe('<state-salary-map> first paint', () => {
  afterEach(cleanup);
  it('draws in its first update, at its final height, without waiting for the resize observer', async () => {
    const el = await mount<StateSalaryMap>('<state-salary-map></state-salary-map>', 700);
    await el.updateComplete;
    const svg = $(el, 'svg.chart');
    expect(svg).not.to.equal(null);
    const first = el.getBoundingClientRect().height;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(el.getBoundingClientRect().height).to.equal(first);
  });

  it('follows a container resize by the next frame, keeping its DOM', async () => {
    const el = await mount<StateSalaryMap>('<state-salary-map layout="geo"></state-salary-map>', 900);
    await drawn(el);
    await frame();
    const svg = $(el, 'svg.chart')!;
    const california = $(el, 'path[data-state="CA"]')!;
    const height = svg.getBoundingClientRect().height;
    el.parentElement!.style.width = '600px';
    // Frame 1 lays out the new width and reports it; frame 2 draws it.
    await frame();
    await frame();
    expect($(el, 'svg.chart')!.getAttribute('width')).to.equal('600');
    expect($(el, 'svg.chart')).to.equal(svg);
    expect($(el, 'path[data-state="CA"]')).to.equal(california);
    // The map scales down with the width (the callout column keeps its size).
    expect(svg.getBoundingClientRect().height).to.be.within(height * 0.6, height * 0.8);
  });
});
