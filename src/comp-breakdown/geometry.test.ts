import { expect } from '@open-wc/testing';
import { DEFAULT_COMP } from './data.js';
import { barLayout, chartHeight, donutLayout, donutSlices, fitBarTotal, fitCentre } from './geometry.js';
import type { TextContext } from '../core/geometry/text.js';

const PI = Math.PI;
const close = (actual: readonly number[], expected: readonly number[]) => actual.forEach((a, i) => expect(a).to.be.closeTo(expected[i]!, 1e-9));

describe('donutSlices (d3 pie)', () => {
  it('keeps the parts in order, each with room for its high value and its pad, split at its low value', () => {
    // Highs 150,000 / 30,000 / 90,000 / 30,000 of 300,000 share 2π less 4 pads of
    // 0.02: π − 0.04, 0.2π − 0.008, 0.6π − 0.024, 0.2π − 0.008, each plus its pad.
    const slices = donutSlices(DEFAULT_COMP.components);
    expect(slices.map((slice) => slice.index)).to.deep.equal([0, 1, 2, 3]);
    expect(slices.map((slice) => slice.padAngle)).to.deep.equal([0.02, 0.02, 0.02, 0.02]);
    close(
      slices.map((slice) => slice.startAngle),
      [0, PI - 0.02, 1.2 * PI - 0.008, 1.8 * PI - 0.012],
    );
    close(
      slices.map((slice) => slice.endAngle),
      [PI - 0.02, 1.2 * PI - 0.008, 1.8 * PI - 0.012, 2 * PI],
    );
    // The low end's share of the room after the pad: all of base; half of bonus,
    // 0.2π − 0.008; a third of equity, 0.6π − 0.024; half of benefits.
    close(
      slices.map((slice) => slice.lowEndAngle),
      [PI - 0.02, 1.1 * PI - 0.004, 1.4 * PI + 0.004, 1.9 * PI + 0.004],
    );
  });

  it('gives parts of zero no slice, and pads only when more than one part is drawn', () => {
    const [first, second] = donutSlices(
      [
        { low: 1, high: 1 },
        { low: 0, high: 0 },
        { low: 0, high: 1 },
      ],
      0.1,
    );
    expect(second!.index).to.equal(2);
    close([first!.startAngle, first!.endAngle, second!.startAngle, second!.endAngle], [0, PI, PI, 2 * PI]);
    expect(second!.lowEndAngle).to.equal(PI + 0.1);
    const only = donutSlices(
      [
        { low: 1, high: 1 },
        { low: 0, high: 0 },
      ],
      0.1,
    );
    expect(only).to.have.length(1);
    close([only[0]!.startAngle, only[0]!.endAngle, only[0]!.padAngle], [0, 2 * PI, 0]);
  });

  it('returns nothing for an all-zero breakdown', () => {
    expect(donutSlices([{ low: 0, high: 0 }])).to.deep.equal([]);
  });
});

describe('donutLayout (d3 arc)', () => {
  it('draws one fixed part as a whole ring, with the two centre lines centred', () => {
    const layout = donutLayout([{ low: 1, high: 1 }], 100, 100);
    expect([layout.centre, layout.innerRadius, layout.outerRadius]).to.deep.equal([[50, 50], 31, 50]);
    const [segment] = layout.segments;
    // A full annulus: two half circles of radius 50 out, two of 31 back.
    expect(segment!.lowPath).to.equal('M0,-50A50,50,0,1,1,0,50A50,50,0,1,1,0,-50M0,-31A31,31,0,1,0,0,31A31,31,0,1,0,0,-31Z');
    expect(segment!.rangePath).to.equal(undefined);
  });

  it('pads, rounds and splits the pieces of a range', () => {
    const layout = donutLayout(
      [
        { low: 1, high: 1 },
        { low: 0, high: 1 },
      ],
      100,
      100,
    );
    const [fixed, range] = layout.segments;
    // Right half, padded by √(31² + 50²) · sin(0.01) = 0.59 px from the vertical, corners of 3 px.
    expect(fixed!.lowPath).to.equal(
      'M0.59,-46.86A3,3,0,0,1,3.82,-49.85A50,50,0,0,1,3.82,49.85A3,3,0,0,1,0.59,46.86L0.59,33.81A3,3,0,0,1,3.27,30.83A31,31,0,0,0,3.27,-30.83A3,3,0,0,1,0.59,-33.81Z',
    );
    expect(fixed!.rangePath).to.equal(undefined);
    // Left half: a range from 0, so only the light piece, 0.5 px inside the ring for its outline.
    expect(range!.lowPath).to.equal(undefined);
    expect(range!.rangePath).to.equal(
      'M-0.59,46.36A3,3,0,0,1,-3.82,49.35A49.5,49.5,0,0,1,-3.82,-49.35A3,3,0,0,1,-0.59,-46.36L-0.59,-34.31A3,3,0,0,1,-3.27,-31.33A31.5,31.5,0,0,0,-3.27,31.33A3,3,0,0,1,-0.59,34.31Z',
    );
    // Tooltips point at the middle of the ring (radius 40.5), 6 px higher: 3 and 9 o'clock.
    expect(layout.segments.map((segment) => segment.anchor)).to.deep.equal([
      [90.5, 44],
      [9.5, 44],
    ]);
    // Each part's outline, its target and focus ring, is its whole slice of the full ring.
    expect(fixed!.outlinePath).to.equal(fixed!.lowPath);
    expect(range!.outlinePath).to.equal(
      'M-0.59,46.86A3,3,0,0,1,-3.82,49.85A50,50,0,0,1,-3.82,-49.85A3,3,0,0,1,-0.59,-46.86L-0.59,-33.81A3,3,0,0,1,-3.27,-30.83A31,31,0,0,0,-3.27,30.83A3,3,0,0,1,-0.59,33.81Z',
    );
  });

  it('lays out the seed example in a 300 × 240 chart', () => {
    const layout = donutLayout(DEFAULT_COMP.components, 300, 240);
    expect([layout.centre, layout.innerRadius, layout.outerRadius]).to.deep.equal([[150, 120], 74.4, 120]);
    expect(layout.segments.map((segment) => [!!segment.lowPath, !!segment.rangePath])).to.deep.equal([
      [true, false],
      [true, true],
      [true, true],
      [true, true],
    ]);
    // Base salary: from 12 o'clock to 6 o'clock less its pad (π − 0.02 rad).
    expect(layout.segments[0]!.lowPath).to.equal(
      'M1.41,-116.92A3,3,0,0,1,4.53,-119.91A120,120,0,0,1,6.92,119.8A3,3,0,0,1,3.75,116.87L2.96,77.23A3,3,0,0,1,5.73,74.18A74.4,74.4,0,0,0,4.24,-74.28A3,3,0,0,1,1.41,-77.27Z',
    );
    // Bonus, 15,000–30,000: the solid piece ends half way along the light one.
    expect(layout.segments[1]!.lowPath).to.equal(
      'M0.93,116.92A3,3,0,0,1,-2.13,119.98A120,120,0,0,1,-32.29,115.57A3,3,0,0,1,-34.34,111.77L-22.24,74.02A3,3,0,0,1,-18.63,72.03A74.4,74.4,0,0,0,-2.75,74.35A3,3,0,0,1,0.13,77.29Z',
    );
    expect(layout.segments[1]!.rangePath).to.equal(
      'M0.92,116.42A3,3,0,0,1,-2.13,119.48A119.5,119.5,0,0,1,-65.73,99.8A3,3,0,0,1,-66.52,95.55L-44.06,64.1A3,3,0,0,1,-40.02,63.31A74.9,74.9,0,0,0,-2.74,74.85A3,3,0,0,1,0.15,77.79Z',
    );
    expect(layout.segments.map((segment) => segment.anchor)).to.deep.equal([
      [247.2, 113.03],
      [121.26, 206.85],
      [52.8, 114.97],
      [119.41, 21.74],
    ]);
  });
});

describe('fitCentre', () => {
  const lines = (found: ReturnType<typeof fitCentre>) => found.map((line) => [line.kind, line.text, line.y, line.role]);
  // The estimate: 12 px notes at 7.2 px a character, the 17 px amount at 10.2 px.

  it('stacks "Total", the amount and the midpoint, their ink centred on the hole', () => {
    // Baselines 0, 17 + 5 and 22 + 12 + 5; the block from the label's cap top (−9) to 39 is centred: −15.
    expect(lines(fitCentre({ label: 'Total', amount: '$210K–$300K', split: ['$210K–', '$300K'], note: 'midpoint $255K' }, 74.4))).to.deep.equal([
      ['label', 'Total', -15, 'note'],
      ['value', '$210K–$300K', 7, 'total'],
      ['note', 'midpoint $255K', 24, 'note'],
    ]);
    // A fixed total: two lines, 0 and 22, centred from −9: −6.5.
    expect(lines(fitCentre({ label: 'Total', amount: '$100K', note: '' }, 74.4))).to.deep.equal([
      ['label', 'Total', -6.5, 'note'],
      ['value', '$100K', 15.5, 'total'],
    ]);
  });

  it('splits a long amount after its dash and drops the midpoint when the hole is too narrow (German at 240 px)', () => {
    // "210.000 €–300.000 €" is 194 px, the hole's chord about 139; split, the note at 35 px down
    // would have 119 px for its 130; without it the three lines sit at −17.5, 4.5 and 26.5.
    expect(
      lines(fitCentre({ label: 'Total', amount: '210.000 €–300.000 €', split: ['210.000 €–', '300.000 €'], note: 'midpoint 255.000 €' }, 74.4)),
    ).to.deep.equal([
      ['label', 'Total', -17.5, 'note'],
      ['value', '210.000 €–', 4.5, 'total'],
      ['value', '300.000 €', 26.5, 'total'],
    ]);
  });

  it('sets the amount a size smaller, then drops "Total", then gives up', () => {
    // Radius 40 less 4 px of air: 10.2 px a character is too wide for "$210K" (51 px) beside "Total" lines.
    const small = fitCentre({ label: 'Total', amount: '$1,210K–$1,300K', split: ['$1,210K–', '$1,300K'], note: 'midpoint' }, 40);
    expect(small.map((line) => line.role)).to.include('value');
    expect(small.every((line) => line.kind !== 'note')).to.equal(true);
    expect(fitCentre({ label: 'Total', amount: '$210K–$300K', split: ['$210K–', '$300K'], note: 'midpoint $255K' }, 10)).to.deep.equal([]);
  });

  it('measures with the text context it is given, at the amount’s bold weight', () => {
    const weights: number[] = [];
    const wide: TextContext = {
      size: (role) => ({ value: 13, label: 11, note: 12, small: 10, total: 17 })[role],
      width: (text, _role, weight = 400) => (weights.push(weight), text.length * 20),
      scale: 1,
    };
    expect(fitCentre({ label: 'Total', amount: '$1', note: '' }, 74.4, wide).map((line) => line.text)).to.deep.equal(['Total', '$1']);
    expect(weights).to.include(700);
  });
});

describe('barLayout (d3 stack and scaleLinear)', () => {
  it('divides the width by high values, with gaps', () => {
    // 300 px less 3 gaps of 2 px = 294 px for 300,000: 147, 29.4, 88.2, 29.4.
    const layout = barLayout(DEFAULT_COMP.components, 300);
    expect(layout.segments.map((segment) => segment.width)).to.deep.equal([147, 29.4, 88.2, 29.4]);
    expect(layout.segments.map((segment) => segment.x)).to.deep.equal([0, 149, 180.4, 270.6]);
    expect(layout.segments.map((segment) => segment.low?.width)).to.deep.equal([147, 14.7, 29.4, 14.7]);
    // The bonus's light piece: after the solid 14.7 px, 0.5 px inside for its outline.
    expect(layout.segments[1]!.low).to.deep.equal({ x: 149, y: 24, width: 14.7, height: 28 });
    expect(layout.segments[1]!.range).to.deep.equal({ x: 164.2, y: 24.5, width: 13.7, height: 27 });
    expect(layout.segments[0]!.range).to.equal(undefined);
    // The whole part, the bar's full thickness: its target and focus ring.
    expect(layout.segments[1]!.box).to.deep.equal({ x: 149, y: 24, width: 29.4, height: 28 });
    expect(layout.segments.map((segment) => segment.anchor)).to.deep.equal([
      [73.5, 24],
      [163.7, 24],
      [224.5, 24],
      [285.3, 24],
    ]);
    expect(layout.totalY).to.equal(14);
  });

  it('gives parts of zero no room and no gap', () => {
    // 102 px less one gap = 100 px for 3: 33.33 and 66.67.
    const layout = barLayout(
      [
        { low: 1, high: 1 },
        { low: 0, high: 0 },
        { low: 0, high: 2 },
      ],
      102,
    );
    expect(layout.segments.map((segment) => [segment.index, segment.x, segment.width])).to.deep.equal([
      [0, 0, 33.33],
      [2, 35.33, 66.67],
    ]);
    expect(layout.segments[1]!.low).to.equal(undefined);
    expect(barLayout([{ low: 0, high: 0 }], 300).segments).to.deep.equal([]);
  });

  it('uses short amounts for the total below the compact breakpoint (420 px)', () => {
    expect(barLayout(DEFAULT_COMP.components, 419).compactTotal).to.equal(true);
    expect(barLayout(DEFAULT_COMP.components, 420).compactTotal).to.equal(false);
  });
});

describe('fitBarTotal', () => {
  it('takes the fullest line that fits at 13 px, 7.8 px a character, else none', () => {
    // 10 characters are 78 px, 5 are 39 px.
    expect(fitBarTotal(['abcdefghij', 'abcde'], 78)).to.equal('abcdefghij');
    expect(fitBarTotal(['abcdefghij', 'abcde'], 77)).to.equal('abcde');
    expect(fitBarTotal(['abcdefghij', 'abcde'], 10)).to.equal('');
  });
});

describe('barLayout right to left and in a larger font', () => {
  it('mirrors every piece about the middle and anchors the total at the right edge', () => {
    // Left to right the bonus's pieces are at 149 (14.7 wide) and 164.2 (13.7 wide): 300 − 149 − 14.7 and 300 − 164.2 − 13.7.
    const layout = barLayout(DEFAULT_COMP.components, 300, { rtl: true });
    expect(layout.segments.map((segment) => segment.x)).to.deep.equal([153, 121.6, 31.4, 0]);
    expect(layout.segments[1]!.low).to.deep.equal({ x: 136.3, y: 24, width: 14.7, height: 28 });
    expect(layout.segments[1]!.range).to.deep.equal({ x: 122.1, y: 24.5, width: 13.7, height: 27 });
    expect(layout.segments.map((segment) => segment.anchor[0])).to.deep.equal([226.5, 136.3, 75.5, 14.7]);
    expect(layout.totalX).to.equal(300);
  });

  it('grows its rows with the font: 1.5 × at a 24 px page', () => {
    const text: TextContext = { size: (role) => 1.5 * { value: 13, label: 11, note: 12, small: 10, total: 17 }[role], width: () => 0, scale: 1.5 };
    const layout = barLayout(DEFAULT_COMP.components, 300, { text });
    expect([layout.totalY, layout.segments[0]!.low!.y, layout.segments[0]!.low!.height]).to.deep.equal([21, 36, 42]);
    expect(chartHeight('bar', 300, text)).to.equal(90);
    expect([chartHeight('donut', 1000, text), chartHeight('donut', 300, text)]).to.deep.equal([360, 300]);
  });
});

describe('chartHeight', () => {
  it('is the bar’s fixed height, or a donut as wide as the box up to 240 px', () => {
    expect(chartHeight('bar', 500)).to.equal(60);
    expect([chartHeight('donut', 1000), chartHeight('donut', 200), chartHeight('donut', 0)]).to.deep.equal([240, 200, 240]);
  });
});
