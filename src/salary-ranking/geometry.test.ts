import { expect } from '@open-wc/testing';
import { clearSegments, layoutRanking, rankingHeight, type RankingFormat } from './geometry.js';
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

describe('layoutRanking', () => {
  it('scales bars from zero after a label column of at most 38% of the width', () => {
    const layout = layoutRanking(items, 900, money);
    // 34 characters × 7.2 px → 245 + 10 = 255 px, under 38% of 900 (342).
    expect(layout.labelColumnWidth).to.equal(255);
    expect(layout.rows.map((row) => row.bar.x)).to.deep.equal([255, 255, 255]);
    // d3 makes [0, 180,000] nice as [0, 200,000]. The axis ends where its last
    // label, "$200K" (5 × 7.26 → 37 px), still fits: 900 − 18.5 = 881.5.
    // The top bar is 0.9 of 881.5 − 255 = 626.5.
    const widths = layout.rows.map((row) => row.bar.width);
    [563.85, 457.345, 28.1925].forEach((expected, i) => expect(widths[i]).to.be.closeTo(expected, 1e-9));
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
    expect(layout.rows[0]!.value.x).to.be.closeTo(255 + 563.85 - 5, 1e-9);
    expect(layout.rows[0]!.value.anchor).to.equal('end');
    expect(layout.rows[2]!.value.x).to.be.closeTo(255 + 28.1925 + 5, 1e-9);
    expect(layout.rows[2]!.value.anchor).to.equal('start');
  });

  it('draws a value axis of nice round ticks under the rows', () => {
    const layout = layoutRanking(items, 900, money);
    // About one tick per 100 px of the 573 px left for bars: d3 is asked for 5.
    expect(layout.axis.ticks.map((tick) => tick.value)).to.deep.equal([0, 50000, 100000, 150000, 200000]);
    expect(layout.axis.ticks.map((tick) => tick.x)).to.deep.equal([255, 411.625, 568.25, 724.875, 881.5]);
    expect(layout.axis.ticks.map((tick) => [tick.label.text, tick.label.x, tick.label.y, tick.label.anchor])).to.deep.equal([
      ['$0', 255, 92, 'middle'],
      ['$50K', 411.625, 92, 'middle'],
      ['$100K', 568.25, 92, 'middle'],
      ['$150K', 724.875, 92, 'middle'],
      ['$200K', 881.5, 92, 'middle'],
    ]);
    // No text in the way: each gridline runs the height of the rows.
    expect(layout.axis.gridlines).to.deep.equal(layout.axis.ticks.map((tick) => ({ x: tick.x, y1: 0, y2: 78 })));
    // Three rows of 26 px and the axis row of 20.
    expect(layout.height).to.equal(98);
  });

  it('shortens long labels in the column, keeping bars and values inside the width', () => {
    const layout = layoutRanking(items, 500, compact);
    expect(layout.labelColumnWidth).to.equal(Math.round(500 * 0.38));
    expect(layout.rows[0]!.label.text).to.match(/…$/);
    expect(layout.rows[0]!.label.text.length * 7.2).to.be.at.most(layout.labelColumnWidth - 10 + 7.2);
    for (const row of layout.rows) expect(row.bar.x + row.bar.width).to.be.at.most(500);
  });

  it('puts labels above full-width bars below 420 px, and gaps gridlines where they would cross a label', () => {
    const layout = layoutRanking(items, 320, compact);
    expect(layout.stacked).to.be.true;
    expect(layout.labelColumnWidth).to.equal(0);
    expect(layout.rows[0]!.label.text).to.equal('San Jose-Sunnyvale-Santa Clara, CA');
    expect(layout.rows.map((row) => [row.label.y, row.bar.y])).to.deep.equal([
      [12, 16],
      [48, 52],
      [84, 88],
    ]);
    for (const row of layout.rows) expect(row.bar.x + row.bar.width).to.be.at.most(320);
    // About 272 px for bars asks d3 for 2 ticks: [0, 200,000] by 100,000.
    // The last label, 37 px wide, ends the axis at 320 − 18.5 = 301.5.
    expect(layout.axis.ticks.map((tick) => [tick.value, tick.x])).to.deep.equal([
      [0, 0],
      [100000, 150.75],
      [200000, 301.5],
    ]);
    // "$0" (15 px) is nudged right to stay inside: centred at 7.5.
    expect(layout.axis.ticks.map((tick) => tick.label.x)).to.deep.equal([7.5, 150.75, 301.5]);
    // Labels are 12 px text, boxed from 12 px above their baseline to 4 below,
    // kept 3 px clear. At x = 0 each label's box [0, …] cuts the line: rows at
    // 0, 36 and 72 with baselines 12, 48 and 84 block −3…19, 33…55 and
    // 69…91. At 150.75 only the first label (245 px wide) does.
    expect(layout.axis.gridlines).to.deep.equal([
      { x: 0, y1: 19, y2: 33 },
      { x: 0, y1: 55, y2: 69 },
      { x: 0, y1: 91, y2: 108 },
      { x: 150.75, y1: 19, y2: 108 },
      { x: 301.5, y1: 0, y2: 108 },
    ]);
    expect(layout.height).to.equal(3 * 36 + 20);
  });

  it('places a reference line with its label inside the width, gapped around the values it would cross', () => {
    const layout = layoutRanking(items, 600, money, { value: 133080, label: 'National median' });
    const reference = layout.reference!;
    // The axis runs from the 228 px label column to 561.33…, where the top
    // bar leaves room for its 64 px value: 228 + (600 − 8 − 64 − 228) / 0.9.
    const axisEnd = 228 + 300 / 0.9;
    expect(reference.x).to.be.closeTo(228 + (axisEnd - 228) * (133080 / 200000), 1e-9);
    // "National median: $133,080", 180 px, centred over the line.
    expect(reference.label).to.deep.include({ text: 'National median: $133,080', y: 12, anchor: 'middle' });
    expect(reference.label.x).to.equal(reference.x);
    expect(reference.label.x - 90).to.be.at.least(0);
    expect(reference.label.x + 90).to.be.at.most(600);
    expect(layout.rows[0]!.hitArea.y).to.equal(20);
    // The bold values of the first two rows (baselines 37 and 63) sit on the
    // line: it stops 3 px above the first's box at 25 and resumes 3 px below
    // the second's at 67; the 4 px between them is too short to draw.
    expect(reference.segments.map((segment) => [segment.y1, segment.y2])).to.deep.equal([
      [16, 22],
      [70, 98],
    ]);
  });

  it('puts the ticks on round hourly amounts in the hourly view', () => {
    const hourly: RankingFormat = { value: (annual) => `$${(annual / 2080).toFixed(2)}`, tick: (amount) => `$${amount}`, amount: (annual) => annual / 2080 };
    const layout = layoutRanking(items, 900, hourly);
    // 180,000 a year is $86.54 an hour: d3 makes the axis [0, 100] in steps of 20.
    expect(layout.axis.ticks.map((tick) => tick.label.text)).to.deep.equal(['$0', '$20', '$40', '$60', '$80', '$100']);
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
  it('leaves out the parts of a line within 3 px of a box, and pieces shorter than 6 px', () => {
    const boxes = [
      { left: 90, right: 120, top: 10, bottom: 26 },
      // Beside the line: no gap.
      { left: 0, right: 50, top: 30, bottom: 40 },
      // Ends 2 px left of the line, within the 3 px clearance.
      { left: 60, right: 98, top: 50, bottom: 66 },
      { left: 101, right: 140, top: 70, bottom: 74 },
    ];
    expect(clearSegments(100, 0, 100, boxes)).to.deep.equal([
      { x: 100, y1: 0, y2: 7 },
      { x: 100, y1: 29, y2: 47 },
      { x: 100, y1: 77, y2: 100 },
    ]);
    // A box from 8 to 92 px down leaves 5 px pieces above and below it: both left out.
    expect(clearSegments(100, 0, 100, [{ left: 90, right: 110, top: 8, bottom: 92 }])).to.deep.equal([]);
    // Exactly 3 px away is clear.
    expect(clearSegments(100, 0, 100, [{ left: 103, right: 110, top: 0, bottom: 100 }])).to.deep.equal([{ x: 100, y1: 0, y2: 100 }]);
  });
});

describe('parseRankingValues', () => {
  it('reads labels with spaces and escaped commas', () => {
    expect(parseRankingValues('San Jose\\, CA:180000, Seattle:165000')).to.deep.equal([
      { label: 'San Jose, CA', value: 180000 },
      { label: 'Seattle', value: 165000 },
    ]);
  });
});
