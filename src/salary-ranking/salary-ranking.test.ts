import { expect, waitUntil } from '@open-wc/testing';
import './index.js';
import type { SalaryRanking } from './salary-ranking.js';
import { badNumbers, captureWarnings, cleanup, mount } from '../../test/helpers/dom.js';
import { crosses, overlaps, SalaryRankingHarness } from './harness.js';
import { DEFAULT_RANKING } from './data.js';
import { TYPE_SCALE } from '../core/geometry/type-scale.js';

const harnessFor = (markup: string, width?: number) => new SalaryRankingHarness(mount<SalaryRanking>(markup, width));

describe('<salary-ranking>', () => {
  afterEach(cleanup);

  it('shows the seed metros by default, highest first, with the national median', async () => {
    const ranking = harnessFor('<salary-ranking></salary-ranking>', 900);
    await ranking.drawn();
    expect(ranking.labels()[0]).to.equal('San Jose-Sunnyvale-Santa Clara, CA');
    expect(ranking.values()).to.deep.equal([
      '$180,000',
      '$165,000',
      '$161,000',
      '$155,000',
      '$150,000',
      '$148,000',
      '$146,000',
      '$142,000',
      '$138,000',
      '$137,000',
    ]);
    expect(ranking.referenceLine()?.label).to.equal('National median: $133,080');
    expect(ranking.caption()).to.contain('OEWS, May 2024');
    expect(badNumbers(ranking.element)).to.deep.equal([]);
    await expect(ranking.element).to.be.accessible();
  });

  it('draws bars to scale from zero', async () => {
    const ranking = harnessFor('<salary-ranking values="A:200000, B:100000, C:50000"></salary-ranking>', 800);
    await ranking.drawn();
    const [a, b, c] = ranking.barWidths() as [number, number, number];
    expect(b / a).to.be.closeTo(0.5, 1e-9);
    expect(c / a).to.be.closeTo(0.25, 1e-9);
  });

  it('has a light value axis of nice round ticks, hidden from screen readers', async () => {
    const wide = harnessFor('<salary-ranking></salary-ranking>', 900);
    const narrow = harnessFor('<salary-ranking></salary-ranking>', 320);
    const hourly = harnessFor('<salary-ranking period="hourly"></salary-ranking>', 900);
    for (const ranking of [wide, narrow, hourly]) await ranking.drawn();
    // A few round compact amounts up to the top, $180,000.
    expect(wide.axisTicks()).to.deep.equal(['$0', '$50K', '$100K', '$150K']);
    expect(narrow.axisTicks()).to.deep.equal(['$0', '$50K', '$100K', '$150K']);
    // $86.54 an hour at the top: round hourly amounts.
    expect(hourly.axisTicks()).to.deep.equal(['$0', '$20', '$40', '$60', '$80']);
    expect(wide.axisHidden()).to.be.true;
    // Sizes from the type scale, the table the geometry measures with.
    expect([wide.fontSize('label'), wide.fontSize('value'), wide.fontSize('tick')]).to.deep.equal([
      `${TYPE_SCALE.note}px`,
      `${TYPE_SCALE.note}px`,
      `${TYPE_SCALE.label}px`,
    ]);
    expect(wide.gridlines().length).to.be.at.least(wide.axisTicks().length);
    // Screen readers hear every amount in the bars' names instead.
    expect(wide.markLabels()[0]).to.equal('San Jose-Sunnyvale-Santa Clara, CA: $180,000 a year, 1st of 10.');
  });

  for (const width of [320, 800]) {
    it(`draws no gridline or reference line across a label or value at ${width} px`, async () => {
      const longLabels =
        'values="Senior Principal Staff Software Engineering Manager:212000, Distinguished Machine Learning Research Scientist:198000, Site Reliability Engineer:99000, QA:41000, Intern:9000"';
      const widgets = [
        harnessFor('<salary-ranking></salary-ranking>', width),
        harnessFor('<salary-ranking highlight="Seattle"></salary-ranking>', width),
        harnessFor(`<salary-ranking ${longLabels} reference="120000"></salary-ranking>`, width),
      ];
      for (const ranking of widgets) {
        await ranking.drawn();
        const lines = [...ranking.gridlines(), ...(ranking.referenceLine()?.segments ?? [])];
        const boxes = ranking.textBoxes();
        expect(ranking.gridlines(), 'some gridlines are drawn').not.to.be.empty;
        expect(boxes).to.have.length(2 * ranking.rows().length);
        for (const line of lines) {
          for (const box of boxes) expect(crosses(line, box), `line at x=${line.x} (${line.y1}–${line.y2}) crosses text at ${box.x},${box.y}`).to.be.false;
        }
        // Values and tick labels keep apart, and every text stays inside the widget.
        for (const tick of ranking.tickBoxes()) for (const box of boxes) expect(overlaps(tick, box)).to.be.false;
        for (const box of ranking.allTextBoxes()) {
          expect(box.x).to.be.at.least(-0.5);
          expect(box.x + box.width).to.be.at.most(width + 0.5);
        }
      }
    });
  }

  for (const width of [320, 800]) {
    it(`reserves the height it draws at ${width} px, axis row included`, async () => {
      const body = encodeURIComponent(JSON.stringify({ ranking: DEFAULT_RANKING.items }));
      const ranking = harnessFor(`<salary-ranking src="/test-api/echo?delay=300&body=${body}" reference="133080"></salary-ranking>`, width);
      await waitUntil(() => ranking.reservedHeight() > 0, 'height reserved while loading');
      const reserved = ranking.reservedHeight();
      await ranking.drawn();
      expect(ranking.chartHeight()).to.equal(reserved);
      expect(ranking.reservedHeight()).to.equal(reserved);
    });
  }

  // The page's own typography: a serif blog at 18 px, a 200% root font size,
  // WCAG 1.4.12's text spacing, and an Arabic right-to-left page.
  const hosts: Record<string, string> = {
    'serif 18 px': 'font: 18px/1.6 Georgia, serif',
    '200% root font': '',
    'WCAG text spacing': 'font: 18px serif; line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em',
    'dir="rtl" lang="ar"': 'font: 16px sans-serif',
  };
  for (const [host, style] of Object.entries(hosts)) {
    for (const width of [320, 1280]) {
      it(`fits in a ${host} page at ${width} px: text inside, nothing overlapping, no line across text, bars clear of labels`, async () => {
        const root = document.documentElement;
        if (host.startsWith('200%')) root.style.fontSize = '200%';
        try {
          const rows = `data='${JSON.stringify({
            ranking: [
              { label: 'San Jose-Sunnyvale-Santa Clara, CA', value: 180000 },
              { label: 'Seattle-Tacoma-Bellevue, WA', value: 165000 },
              { label: 'Tiny', value: 9000 },
              { label: 'Anchorage, AK', value: null },
            ],
          })}'`;
          const widgets = [
            harnessFor('<salary-ranking></salary-ranking>', width),
            harnessFor(
              '<salary-ranking reference="150000" reference-label="U.S." values="Senior Principal Staff Engineer:212000, QA:151000, Intern:9000"></salary-ranking>',
              width,
            ),
            harnessFor(`<salary-ranking ${rows} reference="133080"></salary-ranking>`, width),
          ];
          for (const ranking of widgets) {
            const box = ranking.element.parentElement!;
            box.setAttribute('style', `${box.getAttribute('style') ?? ''}; ${style}`);
            if (host.startsWith('dir')) {
              box.dir = 'rtl';
              box.lang = 'ar';
            }
            ranking.element.requestUpdate();
          }
          for (const ranking of widgets) {
            // Charts far below the screen wait to be drawn.
            ranking.element.scrollIntoView();
            await ranking.drawn();
            await ranking.element.updateComplete;
            const svgBox = ranking.$('svg.chart')!.getBoundingClientRect();
            expect(svgBox.width).to.equal(width);
            const texts = ranking.allTextBoxes();
            const words = ranking.texts();
            for (const [i, a] of texts.entries()) {
              expect(a.x, `"${words[i]}" inside on the left`).to.be.at.least(-0.5);
              expect(a.x + a.width, `"${words[i]}" inside on the right`).to.be.at.most(width + 0.5);
              expect(a.y).to.be.at.least(-0.5);
              expect(a.y + a.height).to.be.at.most(svgBox.height + 0.5);
              for (const b of texts.slice(i + 1)) expect(overlaps(a, b), `texts at ${a.x},${a.y} and ${b.x},${b.y} overlap`).to.be.false;
            }
            for (const line of ranking.lines()) {
              for (const text of texts)
                expect(crosses(line, text), `line at x=${line.x} (${line.y1}–${line.y2}) crosses text at ${text.x},${text.y}`).to.be.false;
            }
            const labels = ranking.$$<SVGTextElement>('[data-point] text.label').map((label) => label.getBBox());
            for (const bar of ranking.barBoxes()) for (const label of labels) expect(overlaps(bar, label), 'a bar paints over a label').to.be.false;
            expect(ranking.chartHeight()).to.equal(ranking.reservedHeight());
          }
        } finally {
          root.style.fontSize = '';
        }
      });
    }
  }

  it('mirrors on a right-to-left page: labels on the right, bars growing leftward, amounts isolated', async () => {
    const ranking = harnessFor('<salary-ranking values="A:200000, B:100000" reference="150000" reference-label="U.S."></salary-ranking>', 600);
    ranking.element.parentElement!.dir = 'rtl';
    ranking.element.requestUpdate();
    await ranking.drawn();
    await ranking.element.updateComplete;
    const [a, b] = ranking.barBoxes() as [DOMRect, DOMRect];
    // Both bars end at the label column's edge, on the right, and grow leftward.
    expect(a.x + a.width).to.equal(b.x + b.width);
    expect(a.x).to.be.below(b.x);
    const label = ranking.$<SVGTextElement>('[data-point] text.label')!.getBBox();
    expect(label.x).to.be.above(a.x + a.width);
    expect(ranking.$('text.reference')!.textContent).to.equal('\u2068\u2068U.S.\u2069: \u2068$150,000\u2069\u2069');
    expect(ranking.referenceLine()!.label).to.equal('U.S.: $150,000');
  });

  for (const width of [320, 800]) {
    it(`reserves the height it draws in a serif 18 px page at ${width} px`, async () => {
      const body = encodeURIComponent(JSON.stringify({ ranking: DEFAULT_RANKING.items }));
      const ranking = harnessFor(`<salary-ranking src="/test-api/echo?delay=300&body=${body}" reference="133080"></salary-ranking>`, width);
      ranking.element.parentElement!.style.font = '18px Georgia, serif';
      await waitUntil(() => ranking.reservedHeight() > 0, 'height reserved while loading');
      await ranking.element.updateComplete;
      const reserved = ranking.reservedHeight();
      await ranking.drawn();
      expect(ranking.chartHeight()).to.equal(reserved);
      // Taller than on a 16 px page: rows grow with the font.
      expect(reserved).to.be.above((width < 420 ? 36 : 26) * 10 + 40);
    });
  }

  it('sorts, keeps the given order with sort="none", and cuts to top', async () => {
    // TEST VALUES.
    const sorted = harnessFor('<salary-ranking values="B:92000, A:118000, C:64000"></salary-ranking>');
    const given = harnessFor('<salary-ranking values="B:92000, A:118000, C:64000" sort="none" top="2"></salary-ranking>');
    await sorted.drawn();
    await given.drawn();
    expect(sorted.labels()).to.deep.equal(['A', 'B', 'C']);
    expect(given.labels()).to.deep.equal(['B', 'A']);
    expect(given.markLabels()[0]).to.equal('B: $92,000 a year, 2nd of 3.');
  });

  it('is one tab stop: Tab focuses the top row with a visible ring, arrow keys move, Escape hides the tooltip', async () => {
    const ranking = harnessFor('<salary-ranking values="Austin:142000, Boulder:146000, Raleigh:138000"></salary-ranking>');
    await ranking.drawn();
    await ranking.press('Tab');
    await waitUntil(() => ranking.focused() === 'r0', 'top row focused');
    await ranking.element.updateComplete;
    expect(ranking.tooltip()).to.contain('Boulder').and.contain('1st of 3');
    // The row's hit area draws the focus ring in the focus colour.
    ranking.element.style.setProperty('--salary-focus-color', 'rgb(255, 0, 0)');
    expect(ranking.focusRingColour('r0')).to.equal('rgb(255, 0, 0)');
    expect(ranking.focusRingColour('r1')).to.equal('none');
    await ranking.press('ArrowDown');
    await waitUntil(() => ranking.focused() === 'r1', 'second row focused');
    await ranking.press('End');
    await waitUntil(() => ranking.focused() === 'r2', 'last row focused');
    await ranking.element.updateComplete;
    expect(ranking.tooltip()).to.contain('Raleigh');
    await ranking.press('Escape');
    expect(ranking.tooltip()).to.equal('');
    expect(ranking.focused()).to.equal('r2');
    expect(ranking.tabStops()).to.deep.equal(['r2']);
  });

  it('emphasises highlighted rows by label or its start', async () => {
    const ranking = harnessFor('<salary-ranking highlight="seattle"></salary-ranking>');
    await ranking.drawn();
    expect(ranking.highlighted()).to.deep.equal(['Seattle-Tacoma-Bellevue, WA']);
  });

  it('reads a JSON section and a child table', async () => {
    // TEST VALUES.
    const json = harnessFor(`<salary-ranking data='{"ranking": [{"label": "Go", "value": 151000}, {"label": "Rust", "value": 162000}]}'></salary-ranking>`);
    const table = harnessFor(`<salary-ranking><table><tr><th>#</th><th>Metro</th><th>Wage</th></tr>
      <tr><td>1</td><td>Austin, TX</td><td>$142,000</td></tr><tr><td>2</td><td>Raleigh, NC</td><td>$138,000</td></tr></table></salary-ranking>`);
    await json.drawn();
    await table.drawn();
    expect(json.labels()).to.deep.equal(['Rust', 'Go']);
    expect(table.labels()).to.deep.equal(['Austin, TX', 'Raleigh, NC']);
    expect(table.values()).to.deep.equal(['$142,000', '$138,000']);
  });

  it('reads the data property, a child script and a src document, by key too', async () => {
    // TEST VALUES.
    const doc = {
      ranking: [
        { label: 'Go', value: 151000 },
        { label: 'Rust', value: 162000 },
      ],
      other: [{ label: 'Zig', value: 149000 }],
    };
    const property = harnessFor('<salary-ranking></salary-ranking>');
    property.element.data = doc;
    const script = harnessFor(`<salary-ranking key="other"><script type="application/json">${JSON.stringify(doc)}</script></salary-ranking>`);
    const src = harnessFor(`<salary-ranking src="/test-api/echo?body=${encodeURIComponent(JSON.stringify(doc))}"></salary-ranking>`);
    for (const ranking of [property, script, src]) await ranking.drawn();
    expect(property.labels()).to.deep.equal(['Rust', 'Go']);
    expect(script.labels()).to.deep.equal(['Zig']);
    expect(src.labels()).to.deep.equal(['Rust', 'Go']);
  });

  it('shows hourly values and compact ones when narrow', async () => {
    const hourly = harnessFor('<salary-ranking values="A:133080" period="hourly"></salary-ranking>');
    const narrow = harnessFor('<salary-ranking></salary-ranking>', 320);
    await hourly.drawn();
    await narrow.drawn();
    expect(hourly.values()).to.deep.equal(['$63.98']);
    expect(narrow.values()[0]).to.equal('$180K');
    for (const box of narrow.allTextBoxes()) expect(box.x + box.width).to.be.at.most(321);
  });

  for (const [attrs, message] of [
    ['values="A:abc"', /values: "A": expected a number/],
    ['values="Seattle"', /values: each entry should look like "Seattle:165000"/],
    ['sort="alpha"', /sort: expected "value" or "none"/],
    ['top="0"', /top: expected a whole number from 1 to 200/],
    [`data='{"ranking": {"a": 1}}'`, /ranking: expected a list of \{"label", "value"\}/],
  ] as const) {
    it(`shows an alert for ${attrs}`, async () => {
      const warnings = captureWarnings();
      try {
        const ranking = harnessFor(`<salary-ranking ${attrs}></salary-ranking>`);
        expect(await ranking.alert()).to.match(message);
        expect(warnings.messages).to.have.length(1);
        await expect(ranking.element).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }
});
