import { expect } from '@open-wc/testing';
import { clearSegments, layoutRanking, rankingHeight, type RankingFormat, type RankRow } from './geometry.js';
import { parseRankingValues } from './data.js';

// Widths are the shared estimate: 0.6 em a character; amounts are measured
// 1.1 times larger (bold ones inside a bar 1.25 times), then rounded up.
const items = [
  { label: 'San Jose-Sunnyvale-Santa Clara, CA', value: 180000 },
  { label: 'Boulder, CO', value: 146000 },
  { label: 'Tiny', value: 9000 },
];
const thousands = (amount: number) => (amount === 0 ? '$0' : `$${amount / 1000}K`);
const money: RankingFormat = { value: (annual) => `$${annual.toLocaleString('en-US')}`, tick: thousands };
const compact: RankingFormat = { value: (annual) => `$${Math.round(annual / 1000)}K`, tick: thousands };

const closeTo = (actual: readonly number[], expected: readonly number[]) => {
  expect(actual).to.have.length(expected.length);
  actual.forEach((value, i) => expect(value).to.be.closeTo(expected[i]!, 1e-9));
};

describe('layoutRanking', () => {
  it('scales bars from zero after a label column of at most 38% of the width', () => {
    const layout = layoutRanking(items, 900, money);
    // 34 characters × 7.2 px → 245 + 10 = 255 px, under 38% of 900 (342).
    expect(layout.labelColumnWidth).to.equal(255);
    expect(layout.rows.map((row) => row.bar!.x)).to.deep.equal([255, 255, 255]);
    // d3's nice() keeps [0, 180,000] (already round to 20,000). The top bar
    // leaves room for its value, "$180,000" (8 × 7.92 → 64 px), and 8 px:
    // it ends at 900 − 72 = 828, and is 573 px long.
    closeTo(
      layout.rows.map((row) => row.bar!.width),
      [573, (573 * 146) / 180, (573 * 9) / 180],
    );
    expect(layout.rows.map((row) => row.label.text)).to.deep.equal(['San Jose-Sunnyvale-Santa Clara, CA', 'Boulder, CO', 'Tiny']);
    expect(layout.rows.map((row) => [row.label.x, row.label.y, row.label.anchor])).to.deep.equal([
      [247, 17, 'end'],
      [247, 43, 'end'],
      [247, 69, 'end'],
    ]);
  });

  it('puts values inside bars that fit them, bold, and after the others', () => {
    const layout = layoutRanking(items, 900, money);
    expect(layout.rows.map((row) => row.value.inside)).to.deep.equal([true, true, false]);
    // Inside: 5 px before the bar's end, right-aligned; after: 5 px past it.
    expect(layout.rows[0]!.value).to.deep.equal({ text: '$180,000', x: 823, y: 17, anchor: 'end', inside: true });
    expect(layout.rows[2]!.value.x).to.be.closeTo(255 + 28.65 + 5, 1e-9);
    expect(layout.rows[2]!.value.anchor).to.equal('start');
  });

  it('draws a value axis of a few nice round ticks under the rows', () => {
    const layout = layoutRanking(items, 900, money);
    // One tick per 240 px of the 573 px left for bars, at least 3: d3 is asked for 3.
    expect(layout.axis.ticks.map((tick) => tick.value)).to.deep.equal([0, 50000, 100000, 150000]);
    const tickX = [255, 255 + 573 / 3.6, 255 + 573 / 1.8, 255 + 573 / 1.2];
    closeTo(
      layout.axis.ticks.map((tick) => tick.x),
      tickX,
    );
    expect(layout.axis.ticks.map((tick) => [tick.label.text, tick.label.y, tick.label.anchor])).to.deep.equal([
      ['$0', 92, 'middle'],
      ['$50K', 92, 'middle'],
      ['$100K', 92, 'middle'],
      ['$150K', 92, 'middle'],
    ]);
    closeTo(
      layout.axis.ticks.map((tick) => tick.label.x),
      tickX,
    );
    // No text in the way: each gridline runs the height of the rows.
    expect(layout.axis.gridlines.map((line) => [line.y1, line.y2])).to.deep.equal([
      [0, 78],
      [0, 78],
      [0, 78],
      [0, 78],
    ]);
    // Three rows of 26 px and the axis row of 20.
    expect(layout.height).to.equal(98);
  });

  it('shortens long labels in the column, keeping bars and values inside the width', () => {
    const layout = layoutRanking(items, 500, compact);
    expect(layout.labelColumnWidth).to.equal(Math.round(500 * 0.38));
    expect(layout.rows[0]!.label.text).to.match(/…$/);
    expect(layout.rows[0]!.label.text.length * 7.2).to.be.at.most(layout.labelColumnWidth - 10 + 7.2);
    for (const row of layout.rows) expect(row.bar!.x + row.bar!.width).to.be.at.most(500);
  });

  it('puts labels above full-width bars below 420 px, and gaps gridlines where they would cross a label or value', () => {
    const layout = layoutRanking(items, 320, compact);
    expect(layout.stacked).to.be.true;
    expect(layout.labelColumnWidth).to.equal(0);
    expect(layout.rows[0]!.label.text).to.equal('San Jose-Sunnyvale-Santa Clara, CA');
    expect(layout.rows.map((row) => [row.label.y, row.bar!.y])).to.deep.equal([
      [12, 16],
      [48, 52],
      [84, 88],
    ]);
    // The top bar leaves room for "$180K" (40 px) and 8: it is 272 px long.
    closeTo(
      layout.rows.map((row) => row.bar!.width),
      [272, (272 * 146) / 180, (272 * 9) / 180],
    );
    const tickX = [0, 272 / 3.6, 272 / 1.8, 272 / 1.2];
    closeTo(
      layout.axis.ticks.map((tick) => tick.x),
      tickX,
    );
    // "$0" (15 px) is nudged right to stay inside: centred at 7.5.
    closeTo(
      layout.axis.ticks.map((tick) => tick.label.x),
      [7.5, ...tickX.slice(1)],
    );
    // 12 px text is boxed from 12 px above its baseline to 4 below, and lines
    // keep 3 px from its sides and 1 px from its top and bottom. Labels start
    // at x = 0 on baselines 12, 48 and 84, so the line at 0 stops at each
    // (−1…17, 35…53, 71…89); behind the bars it runs on. At 75.6 the two
    // labels wider than 72.6 px stop it; at 151.1 only the first; at 226.7
    // the first label and the first value ("$180K", bold: 45 px ending at
    // 267, baseline 29: 16…34).
    expect(layout.axis.gridlines.map((line) => [line.y1, line.y2])).to.deep.equal([
      [17, 35],
      [53, 71],
      [89, 108],
      [17, 35],
      [53, 108],
      [17, 108],
      [34, 108],
    ]);
    closeTo(
      layout.axis.gridlines.map((line) => line.x),
      [0, 0, 0, tickX[1]!, tickX[1]!, tickX[2]!, tickX[3]!],
    );
    expect(layout.height).to.equal(3 * 36 + 20);
  });

  it('places a reference line with its label inside the width, gapped around the values it would cross', () => {
    const layout = layoutRanking(items, 600, money, { value: 133080, label: 'National median' });
    const reference = layout.reference!;
    // The axis runs from the 228 px label column to 528, where the top bar
    // leaves room for its 64 px value: 600 − 72.
    expect(reference.x).to.be.closeTo(228 + (300 * 133080) / 180000, 1e-9);
    // "National median: $133,080", 180 px, centred over the line.
    expect(reference.label).to.deep.include({ text: 'National median: $133,080', y: 12, anchor: 'middle' });
    expect(reference.label.x).to.be.closeTo(reference.x, 1e-9);
    expect(reference.label.x - 90).to.be.at.least(0);
    expect(reference.label.x + 90).to.be.at.most(600);
    expect(layout.rows[0]!.hitArea.y).to.equal(20);
    // The bold values of the first two rows (baselines 37 and 63, 72 px wide
    // ending at 523 and 466.3) sit on the line: it stops 1 px above and
    // below each (24…42 and 50…68) and shows between the rows.
    expect(reference.segments.map((segment) => [segment.y1, segment.y2])).to.deep.equal([
      [16, 24],
      [42, 50],
      [68, 98],
    ]);
  });

  it('draws "No data" without a bar for a row with no figure, and "≥" before a lower bound', () => {
    const layout = layoutRanking(
      [
        { label: 'San Jose-Sunnyvale-Santa Clara, CA', value: 239200, atLeast: true },
        { label: 'Boulder, CO', value: 146000 },
        { label: 'Alaska', value: undefined },
      ],
      900,
      money,
    );
    const [top, , missing] = layout.rows as [RankRow, RankRow, RankRow];
    expect(top.value.text).to.equal('≥ $239,200');
    expect(missing.bar).to.equal(undefined);
    // Where a bar would start, on the value's baseline, and never counted as an amount on the axis.
    expect(missing.value).to.deep.equal({ text: 'No data', x: 255, y: 69, anchor: 'start', inside: false });
    expect(missing.hitArea).to.deep.equal({ x: 0, y: 52, width: 900, height: 25 });
    // "No data" is 7 letters × 7.2 px, rounded up to 51: the tooltip points at its middle.
    expect(missing.tooltipAt).to.deep.equal({ x: 255 + 25.5, y: 56 });
    // The axis still ends where the top bar leaves room for "≥ $239,200" (10 × 7.92 → 80 px) and 8: 900 − 88.
    expect(top.bar!.x + top.bar!.width).to.be.closeTo(812, 1e-9);
    // The gridline at $0 stops 1 px above "No data" (x 255…306, baseline 69: 57…73); the 4 px below it are too short to draw.
    const atZero = layout.axis.gridlines.filter((line) => line.x === 255);
    expect(atZero.map((line) => [line.y1, line.y2])).to.deep.equal([[0, 56]]);
    expect(layout.height).to.equal(98);
  });

  it('puts the ticks on round hourly amounts in the hourly view', () => {
    const hourly: RankingFormat = { value: (annual) => `$${(annual / 2080).toFixed(2)}`, tick: (amount) => `$${amount}`, amount: (annual) => annual / 2080 };
    const layout = layoutRanking(items, 900, hourly);
    // 180,000 a year is $86.54 an hour: d3 ends the axis at 90 and ticks every 20.
    expect(layout.axis.ticks.map((tick) => tick.label.text)).to.deep.equal(['$0', '$20', '$40', '$60', '$80']);
  });

  it('keeps the reserved height equal to the drawn one', () => {
    for (const width of [320, 419, 420, 900]) {
      for (const reference of [undefined, { value: 133080, label: 'Median' }]) {
        expect(layoutRanking(items, width, compact, reference).height).to.equal(rankingHeight(items.length, !!reference, width));
      }
    }
    // Without rows there is no axis row either.
    expect(rankingHeight(0, false, 600)).to.equal(0);
    expect(layoutRanking([], 600, compact).axis.ticks).to.deep.equal([]);
  });
});

describe('clearSegments', () => {
  it('leaves out the parts of a line within 3 px beside or 1 px above or below a box, and pieces shorter than 6 px', () => {
    const boxes = [
      { left: 90, right: 120, top: 10, bottom: 26 },
      // Beside the line: no gap.
      { left: 0, right: 50, top: 30, bottom: 40 },
      // Ends 2 px left of the line, within the 3 px clearance.
      { left: 60, right: 98, top: 50, bottom: 66 },
      { left: 101, right: 140, top: 70, bottom: 74 },
    ];
    // 1 px clear above and below each box that the line passes.
    expect(clearSegments(100, 0, 100, boxes)).to.deep.equal([
      { x: 100, y1: 0, y2: 9 },
      { x: 100, y1: 27, y2: 49 },
      { x: 100, y1: 75, y2: 100 },
    ]);
    // A box from 6 to 94 px down leaves 5 px pieces above and below it: both left out.
    expect(clearSegments(100, 0, 100, [{ left: 90, right: 110, top: 6, bottom: 94 }])).to.deep.equal([]);
    // Exactly 3 px to the side is clear.
    expect(clearSegments(100, 0, 100, [{ left: 103, right: 110, top: 0, bottom: 100 }])).to.deep.equal([{ x: 100, y1: 0, y2: 100 }]);
  });
});

describe('parseRankingValues', () => {
  it('reads labels with spaces and escaped commas', () => {
    const context = { locale: 'en-US', hourly: false, note: () => {} };
    expect(parseRankingValues('San Jose\\, CA:180000, Seattle:165000', context).items).to.deep.equal([
      { label: 'San Jose, CA', value: 180000, topCoded: false, fromHourly: false },
      { label: 'Seattle', value: 165000, topCoded: false, fromHourly: false },
    ]);
  });
});
