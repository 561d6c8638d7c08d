import { expect } from '@open-wc/testing';
import { CANDIDATES, MIN_DISTANCE, oklab, oklabDistance, parseRgb, pickSeriesColours, type Rgb } from './palette.js';

const close = (actual: readonly number[], expected: readonly number[], digits = 1e-6) =>
  actual.forEach((a, i) => expect(a).to.be.closeTo(expected[i]!, digits));
const TEAL: Rgb = [0x0f, 0x76, 0x6e];
const BLUE: Rgb = [0x2f, 0x6b, 0xd8];

describe('parseRgb', () => {
  it('reads hex and rgb() colours as computed styles and canvas give them', () => {
    expect(parseRgb('#0f766e')).to.deep.equal([15, 118, 110]);
    expect(parseRgb(' #FA0 ')).to.deep.equal([255, 170, 0]);
    expect(parseRgb('rgb(1, 2, 3)')).to.deep.equal([1, 2, 3]);
    expect(parseRgb('rgba(10, 20, 30, 0.5)')).to.deep.equal([10, 20, 30]);
    expect(parseRgb('rgb(10 20 30)')).to.deep.equal([10, 20, 30]);
  });

  it('returns undefined for what it cannot read', () => {
    expect(parseRgb('color-mix(in srgb, red 50%, blue)')).to.equal(undefined);
    expect(parseRgb('teal')).to.equal(undefined);
    expect(parseRgb('#12345')).to.equal(undefined);
  });
});

describe('oklab', () => {
  it('gives the published values for white, black and sRGB red', () => {
    close(oklab([255, 255, 255]), [1, 0, 0]);
    close(oklab([0, 0, 0]), [0, 0, 0]);
    // Ottosson's reference: sRGB red is L 0.627955, a 0.224863, b 0.125846.
    close(oklab([255, 0, 0]), [0.627955, 0.224863, 0.125846]);
  });

  it('measures white to black as 1', () => {
    expect(oklabDistance([255, 255, 255], [0, 0, 0])).to.be.closeTo(1, 1e-6);
    expect(oklabDistance(TEAL, TEAL)).to.equal(0);
  });
});

describe('pickSeriesColours', () => {
  it('keeps the first five candidates with the default accent: they are 0.15 apart from it and each other', () => {
    expect(pickSeriesColours(BLUE, [])).to.deep.equal([undefined, 0, 1, 2, 3, 4]);
    const chosen = [BLUE, ...CANDIDATES.slice(0, 5).map((hex) => parseRgb(hex)!)];
    for (const one of chosen) for (const other of chosen) if (one !== other) expect(oklabDistance(one, other)).to.be.at.least(MIN_DISTANCE);
  });

  it('skips the green that a teal accent (the README theme) is too close to', () => {
    // #0f766e to #0f8a6f is about 0.063 in OKLab.
    expect(oklabDistance(TEAL, parseRgb(CANDIDATES[1])!)).to.be.closeTo(0.063, 0.001);
    const picks = pickSeriesColours(TEAL, []);
    expect(picks).to.deep.equal([undefined, 0, 2, 3, 6, 7]);
  });

  it('uses custom colours as given and keeps later parts away from them', () => {
    // Slot 2 set to the first candidate's orange: slot 3 on take the next ones.
    expect(pickSeriesColours(BLUE, [undefined, [0xd3, 0x5a, 0x00]])).to.deep.equal([undefined, undefined, 1, 2, 3, 4]);
    // A custom first colour replaces the accent as the colour to stay away from.
    expect(pickSeriesColours(BLUE, [TEAL])).to.deep.equal([undefined, 0, 2, 3, 6, 7]);
    // A custom colour that cannot be read is used without a check.
    expect(pickSeriesColours(BLUE, [undefined, 'unknown'])).to.deep.equal([undefined, undefined, 0, 1, 2, 3]);
  });

  it('keeps the candidates apart from each other when the accent cannot be read', () => {
    expect(pickSeriesColours(undefined, [])).to.deep.equal([undefined, 0, 1, 2, 3, 4]);
  });
});
