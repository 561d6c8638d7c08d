import { expect } from '@open-wc/testing';
import { clearSegments, layoutRanking, rankingHeight, segmentsPath, type RankingFormat, type RankRow } from './geometry.js';
import type { TextContext } from '../core/geometry/text.js';
import { TYPE_SCALE } from '../core/geometry/type-scale.js';
import { parseRankingValues } from './data.js';

// Widths are the shared estimate (ESTIMATED_TEXT): 0.6 em a character,
// rounded up, bold or not: 7.2 px a character for 12 px labels and values,
// 6.6 px for 11 px tick labels.
const items = [
  { label: 'San Jose-Sunnyvale-Santa Clara, CA', value: 180000 },
  { label: 'Boulder, CO', value: 146000 },
  { label: 'Tiny', value: 9000 },
];
// TEST VALUES: formats written out by hand, so expected widths follow from them.
const thousands = (amount: number) => (amount === 0 ? '$0' : `$${amount / 1000}K`);
const words = { noData: 'No data', referenceLabel: (label: string, amount: string) => `${label}: ${amount}` };
const each =
  (write: (amount: number) => string) =>
  (amounts: readonly number[]): string[] =>
    amounts.map(write);
const money: RankingFormat = { values: each((annual) => `$${annual.toLocaleString('en-US')}`), ticks: each(thousands), ...words };
const compact: RankingFormat = { values: each((annual) => `$${Math.round(annual / 1000)}K`), ticks: each(thousands), ...words };

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
    // leaves room for its value, "$180,000" (8 × 7.2 → 58 px), and 8 px:
    // it ends at 900 − 66 = 834, and is 579 px long.
    closeTo(
      layout.rows.map((row) => row.bar!.width),
      [579, (579 * 146) / 180, (579 * 9) / 180],
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
    expect(layout.rows[0]!.value).to.deep.equal({ text: '$180,000', x: 829, y: 17, anchor: 'end', inside: true });
    expect(layout.rows[2]!.value.x).to.be.closeTo(255 + 28.95 + 5, 1e-9);
    expect(layout.rows[2]!.value.anchor).to.equal('start');
  });

  it('writes a value after its bar, where room is kept for it, when no text colour reads on the bar', () => {
    const layout = layoutRanking(
      items.map((item, index) => ({ ...item, valueOutside: index === 0 })),
      900,
      money,
    );
    expect(layout.rows.map((row) => row.value.inside)).to.deep.equal([false, true, false]);
    // 5 px past the bar's end at 834: the axis left room for "$180,000" there.
    expect(layout.rows[0]!.value).to.deep.equal({ text: '$180,000', x: 839, y: 17, anchor: 'start', inside: false });
    expect(layout.rows[0]!.bar!.width).to.equal(579);
  });

  it('draws a value axis of a few nice round ticks under the rows', () => {
    const layout = layoutRanking(items, 900, money);
    // One tick per 240 px of the 579 px left for bars, at least 3: d3 is asked for 3.
    expect(layout.axis.ticks.map((tick) => tick.value)).to.deep.equal([0, 50000, 100000, 150000]);
    const tickX = [255, 255 + 579 / 3.6, 255 + 579 / 1.8, 255 + 579 / 1.2];
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
    // The top bar leaves room for "$180K" (36 px) and 8: it is 276 px long.
    closeTo(
      layout.rows.map((row) => row.bar!.width),
      [276, (276 * 146) / 180, (276 * 9) / 180],
    );
    const tickX = [0, 276 / 3.6, 276 / 1.8, 276 / 1.2];
    closeTo(
      layout.axis.ticks.map((tick) => tick.x),
      tickX,
    );
    // "$0" (14 px) is nudged right to stay 2 px inside: centred at 9.
    closeTo(
      layout.axis.ticks.map((tick) => tick.label.x),
      [9, ...tickX.slice(1)],
    );
    // 12 px text is boxed from 12 px above its baseline to 4 below, and lines
    // keep 3 px from its sides and 1 px from its top and bottom. Labels start
    // at x = 2 on baselines 12, 48 and 84, so the line at 0 stops at each
    // (−1…17, 35…53, 71…89); behind the bars it runs on. At 76.7 the two
    // labels wider than 73.7 px stop it; at 153.3 and at 230 only the first
    // (the first value, "$180K", 36 px ending at 271, starts 5 px right of 230).
    expect(layout.axis.gridlines.map((line) => [line.y1, line.y2])).to.deep.equal([
      [17, 35],
      [53, 71],
      [89, 108],
      [17, 35],
      [53, 108],
      [17, 108],
      [17, 108],
    ]);
    closeTo(
      layout.axis.gridlines.map((line) => line.x),
      [0, 0, 0, tickX[1]!, tickX[1]!, tickX[2]!, tickX[3]!],
    );
    expect(layout.height).to.equal(3 * 36 + 20);
  });

  it('places a reference line with its label inside the width, gapped around the values it would cross', () => {
    const layout = layoutRanking(items, 600, money, { reference: { value: 133080, label: 'National median' } });
    const reference = layout.reference!;
    // The axis runs from the 228 px label column to 534, where the top bar
    // leaves room for its 58 px value: 600 − 66.
    expect(reference.x).to.be.closeTo(228 + (306 * 133080) / 180000, 1e-9);
    // "National median: $133,080", 180 px, centred over the line.
    expect(reference.label).to.deep.include({ text: 'National median: $133,080', y: 12, anchor: 'middle' });
    expect(reference.label.x).to.be.closeTo(reference.x, 1e-9);
    expect(reference.label.x - 90).to.be.at.least(0);
    expect(reference.label.x + 90).to.be.at.most(600);
    expect(layout.rows[0]!.hitArea.y).to.equal(20);
    // The second row's value (baseline 63, 58 px wide ending at 471.2)
    // sits on the line: it stops 1 px above and below it (50…68). The first
    // value starts at 471, clear of the line by more than 3 px.
    expect(reference.segments.map((segment) => [segment.y1, segment.y2])).to.deep.equal([
      [16, 50],
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
    // The axis still ends where the top bar leaves room for "≥ $239,200" (10 × 7.2 → 72 px) and 8: 900 − 80.
    expect(top.bar!.x + top.bar!.width).to.be.closeTo(820, 1e-9);
    // The gridline at $0 stops 1 px above "No data" (x 255…306, baseline 69: 57…73); the 4 px below it are too short to draw.
    const atZero = layout.axis.gridlines.filter((line) => line.x === 255);
    expect(atZero.map((line) => [line.y1, line.y2])).to.deep.equal([[0, 56]]);
    expect(layout.height).to.equal(98);
  });

  it('puts the ticks on round hourly amounts in the hourly view', () => {
    const hourly: RankingFormat = {
      values: each((annual) => `$${(annual / 2080).toFixed(2)}`),
      ticks: each((amount) => `$${amount}`),
      amount: (annual) => annual / 2080,
      ...words,
    };
    const layout = layoutRanking(items, 900, hourly);
    // 180,000 a year is $86.54 an hour: d3 ends the axis at 90 and ticks every 20.
    expect(layout.axis.ticks.map((tick) => tick.label.text)).to.deep.equal(['$0', '$20', '$40', '$60', '$80']);
  });

  it('keeps the reserved height equal to the drawn one', () => {
    for (const width of [320, 419, 420, 900]) {
      for (const reference of [undefined, { value: 133080, label: 'Median' }]) {
        expect(layoutRanking(items, width, compact, { reference }).height).to.equal(rankingHeight(items.length, !!reference, width));
      }
    }
    // Without rows there is no axis row either.
    expect(rankingHeight(0, false, 600)).to.equal(0);
    expect(layoutRanking([], 600, compact).axis.ticks).to.deep.equal([]);
  });
});

describe("layoutRanking in the host's text and direction", () => {
  // A 24 px page: every role 1.5 times its size; 10 px a character, bold 12.
  const large: TextContext = {
    size: (role) => TYPE_SCALE[role] * 1.5,
    width: (text, _role, weight = 400) => text.length * (weight > 400 ? 12 : 10),
    scale: 1.5,
  };

  it('grows rows with the font, and reserves the height it draws', () => {
    const layout = layoutRanking(items, 900, money, { reference: { value: 133080, label: 'Median' }, text: large });
    // Reference row 20 × 1.5, rows 26 × 1.5 and the axis row 20 × 1.5.
    expect(layout.height).to.equal(30 + 3 * 39 + 30);
    expect(rankingHeight(3, true, 900, large)).to.equal(layout.height);
    // The first bar starts 4 × 1.5 = 6 px into its row and is 18 × 1.5 = 27 px tall; its text's baseline is 13 × 1.5 = 19.5 → 20 below the bar's top.
    expect([layout.rows[0]!.bar!.y, layout.rows[0]!.bar!.height, layout.rows[0]!.label.y]).to.deep.equal([36, 27, 56]);
    // Larger text stacks its labels sooner: below 420 × 1.5 = 630 px.
    expect(layoutRanking(items, 629, money, { text: large }).stacked).to.be.true;
    expect(layoutRanking(items, 630, money, { text: large }).stacked).to.be.false;
  });

  it('places labels and values by measured widths, bold ones inside bars', () => {
    const layout = layoutRanking(items, 900, money, { text: large });
    // The longest label, 34 × 10 = 340 px, is cut to the 38% column (342 px) less 10 of padding:
    // 32 characters and "…" fit in 332 px, and the space before the ellipsis goes.
    expect(layout.labelColumnWidth).to.equal(342);
    expect(layout.rows[0]!.label.text).to.equal('San Jose-Sunnyvale-Santa Clara,…');
    // "$180,000" is 80 px, leaving 900 − 88 = 812 for the top bar's end; bold it is 96 px, which fits inside 470 px.
    expect(layout.rows[0]!.bar!.width).to.be.closeTo(812 - 342, 1e-9);
    expect(layout.rows[0]!.value).to.deep.include({ x: 807, anchor: 'end', inside: true });
  });

  it('mirrors on a right-to-left page: labels on the right, bars growing leftward from them, isolated text', () => {
    const ltr = layoutRanking(items, 900, money, { reference: { value: 133080, label: 'National median' } });
    const rtl = layoutRanking(items, 900, money, { reference: { value: 133080, label: 'National median' }, rtl: true });
    rtl.rows.forEach((row, index) => {
      const mirror = ltr.rows[index]!;
      expect(row.label).to.deep.equal({ text: `\u2068${mirror.label.text}\u2069`, x: 900 - mirror.label.x, y: mirror.label.y, anchor: 'start' });
      // The bar ends where the label column begins (900 − 255 = 645), left of the labels' start (653).
      expect(row.bar!.x + row.bar!.width).to.equal(645);
      expect(row.bar!.width).to.equal(mirror.bar!.width);
    });
    expect(rtl.rows[0]!.value).to.deep.equal({ text: '\u2067$180,000\u2069', x: 900 - 829, y: 37, anchor: 'start', inside: true });
    expect(rtl.reference!.x).to.be.closeTo(900 - ltr.reference!.x, 1e-9);
    expect(rtl.reference!.label.text).to.equal('\u2068\u2068National median\u2069: \u2068$133,080\u2069\u2069');
    expect(rtl.axis.ticks.map((tick) => 900 - tick.x)).to.deep.equal(ltr.axis.ticks.map((tick) => tick.x));
    expect(rtl.axis.gridlines.map((line) => 900 - line.x)).to.deep.equal(ltr.axis.gridlines.map((line) => line.x));
    const bound = layoutRanking([{ label: 'San Jose', value: 239200, atLeast: true }], 900, money, { rtl: true });
    expect(bound.rows[0]!.value.text).to.equal('\u2067≥ \u2068$239,200\u2069\u2069');
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

describe('segmentsPath', () => {
  it('draws each piece as its own subpath, so no line joins two pieces', () => {
    expect(
      segmentsPath([
        { x: 10, y1: 0, y2: 20 },
        { x: 10, y1: 30, y2: 40 },
        { x: 72.5, y1: 16, y2: 320 },
      ]),
    ).to.equal('M10,0V20M10,30V40M72.5,16V320');
    expect(segmentsPath([])).to.equal('');
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
