import { expect } from '@open-wc/testing';
import { dataErrorMessage as message } from '../../test/helpers/errors.js';
import { DEFAULT_COMP, parseCompSection, parseValue, resolveComponents, wholeShares } from './data.js';
import { donutAngles, sectorPath, stackBar } from './geometry.js';

const PI = Math.PI;
const close = (actual: readonly number[], expected: readonly number[]) => actual.forEach((a, i) => expect(a).to.be.closeTo(expected[i]!, 1e-9));

describe('parseValue', () => {
  it('reads amounts, percents and ranges of either', () => {
    expect(parseValue(22500, 'bonus')).to.deep.equal({ percent: false, low: 22500, high: 22500 });
    expect(parseValue('15%', 'bonus')).to.deep.equal({ percent: true, low: 15, high: 15 });
    expect(parseValue('10%-20%', 'bonus')).to.deep.equal({ percent: true, low: 10, high: 20 });
    expect(parseValue('15000 – 30000', 'benefits')).to.deep.equal({ percent: false, low: 15000, high: 30000 });
  });

  it('names the key and what was expected', () => {
    expect(message(() => parseValue('-5', 'bonus'))).to.equal('bonus: expected an amount of 0 or more, got "-5".');
    expect(message(() => parseValue('lots', 'equity'))).to.match(/^equity: expected an amount \(22500\), a percent of base \(15%\) or a range/);
    expect(message(() => parseValue('10%-30000', 'bonus'))).to.match(/both ends of a range must be amounts or both percents/);
    expect(message(() => parseValue('30-10', 'bonus'))).to.match(/a range runs from low to high/);
    expect(message(() => parseValue(NaN, 'base'))).to.match(/^base: expected an amount of 0 or more/);
  });
});

describe('resolveComponents', () => {
  it('turns percents of base into amounts and adds up the total range', () => {
    // The seed's example: 150,000 + 10–20% + 20–60% + 15,000–30,000 = 210,000–300,000.
    const { components, low, high } = DEFAULT_COMP.data;
    expect(components.map((c) => [c.low, c.high])).to.deep.equal([
      [150000, 150000],
      [15000, 30000],
      [30000, 90000],
      [15000, 30000],
    ]);
    expect([low, high]).to.deep.equal([210000, 300000]);
  });

  it('applies a percent range to each end of a base range', () => {
    const d = resolveComponents([['base', 'Base', '100000-200000'], ['bonus', 'Bonus', '10%-20%']], '');
    expect([d.components[1]!.low, d.components[1]!.high]).to.deep.equal([10000, 40000]);
  });

  it('explains that a percent needs a base', () => {
    expect(message(() => resolveComponents([['bonus', 'Bonus', '15%']], ''))).to.equal('bonus: "15%" is a percent of base salary, so "base" is needed too.');
    expect(message(() => resolveComponents([['base', 'Base', '50%']], 'compensation'))).to.equal('compensation.base: base must be an amount, not a percent.');
  });

  it('reads named keys, other keys and a components list', () => {
    const d = parseCompSection({ base: 100, stipend: 5, components: [{ label: 'Signing bonus', value: '10%' }] }, 'compensation');
    expect(d.components.map((c) => [c.label, c.low])).to.deep.equal([
      ['Base salary', 100],
      ['stipend', 5],
      ['Signing bonus', 10],
    ]);
    expect(message(() => parseCompSection({ components: [{ label: 'X', value: 'abc' }] }, 'compensation'))).to.match(/^compensation.components\[0\]: expected an amount/);
  });
});

describe('wholeShares', () => {
  it('rounds shares to whole percents that add up to 100', () => {
    // Midpoints 150, 22.5, 60, 22.5 of 255: 58.82, 8.82, 23.53, 8.82 → 59, 9, 23, 9.
    expect(wholeShares([300000, 45000, 120000, 45000])).to.deep.equal([59, 9, 23, 9]);
    expect(DEFAULT_COMP.data.components.map((c) => c.share)).to.deep.equal([59, 9, 23, 9]);
    expect(wholeShares([1, 1, 1])).to.deep.equal([34, 33, 33]);
    expect(wholeShares([0, 0])).to.deep.equal([0, 0]);
  });
});

describe('donutAngles', () => {
  it('gives each part an angle proportional to its high value, split at its low value', () => {
    // Highs 150,000 / 30,000 / 90,000 / 30,000 of 300,000: π, 0.2π, 0.6π, 0.2π.
    const s = donutAngles(DEFAULT_COMP.data.components);
    close(s.map((x) => x.start), [0, PI, 1.2 * PI, 1.8 * PI]);
    close(s.map((x) => x.end), [PI, 1.2 * PI, 1.8 * PI, 2 * PI]);
    // Lows 15,000 of 30,000 and 30,000 of 90,000.
    close(s.map((x) => x.split), [PI, 1.1 * PI, (1.2 + 0.2) * PI, 1.9 * PI]);
  });

  it('pads between parts only when there is more than one', () => {
    const [a, b] = donutAngles([{ low: 1, high: 1 }, { low: 1, high: 1 }], 0.1);
    close([a!.start, a!.end, b!.start, b!.end], [0.05, PI - 0.05, PI + 0.05, 2 * PI - 0.05]);
    const [only] = donutAngles([{ low: 1, high: 1 }, { low: 0, high: 0 }], 0.1);
    close([only!.start, only!.end], [0, 2 * PI]);
  });

  it('returns nothing for an all-zero breakdown', () => {
    expect(donutAngles([{ low: 0, high: 0 }])).to.deep.equal([]);
  });
});

describe('sectorPath', () => {
  it('draws a ring sector clockwise from 12 o’clock', () => {
    expect(sectorPath(5, 10, 0, PI / 2)).to.equal('M0,-10A10,10 0 0 1 10,0L5,0A5,5 0 0 0 0,-5Z');
    expect(sectorPath(5, 10, 0, 1.5 * PI)).to.contain('A10,10 0 1 1 -10,0');
  });
  it('splits a full ring in two arcs and draws nothing for an empty one', () => {
    expect(sectorPath(5, 10, 0, 2 * PI).match(/M/g)).to.have.length(2);
    expect(sectorPath(5, 10, 1, 1)).to.equal('');
    expect(sectorPath(5, 10, 0, 2 * PI)).not.to.match(/NaN/);
  });
});

describe('stackBar', () => {
  it('divides the width by high values, with gaps', () => {
    // 300 px less 3 gaps of 2 px = 294 px for 300,000: 147, 29.4, 88.2, 29.4.
    const p = stackBar(DEFAULT_COMP.data.components, 300);
    expect(p.map((x) => x.width)).to.deep.equal([147, 29.4, 88.2, 29.4]);
    expect(p.map((x) => x.x)).to.deep.equal([0, 149, 180.4, 270.6]);
    expect(p.map((x) => x.solid)).to.deep.equal([147, 14.7, 29.4, 14.7]);
  });
});
