import { expect } from '@open-wc/testing';
import { colourScale, layoutGeo, layoutTiles, neighbour, rankStates, CALLOUT_STATES } from './geometry.js';
import { DEFAULT_STATES } from './data.js';

const seed = [...DEFAULT_STATES.data.values.values()];

describe('colourScale', () => {
  it('splits the extent into equal classes with exact edges', () => {
    // 136,240 … 170,910: a span of 34,670, so classes 6,934 wide.
    const s = colourScale(seed, 5);
    expect(s.edges).to.deep.equal([136240, 143174, 150108, 157042, 163976, 170910]);
    expect([136240, 143173, 143174, 148530, 152780, 163976, 170910].map(s.tone)).to.deep.equal([0, 0, 25, 25, 50, 100, 100]);
  });

  it('is continuous with steps 0', () => {
    const s = colourScale([100, 200], 0);
    expect(s.edges).to.deep.equal([100, 200]);
    expect([100, 150, 175, 200].map(s.tone)).to.deep.equal([0, 50, 75, 100]);
  });

  it('uses the high colour for a single value or a single class', () => {
    expect(colourScale([5, 5], 5).tone(5)).to.equal(100);
    expect(colourScale([1, 9], 1).tone(1)).to.equal(100);
  });
});

describe('rankStates', () => {
  it('ranks highest first, ties sharing a rank', () => {
    const ranks = rankStates(new Map([['CA', 3], ['WA', 5], ['NY', 3], ['OR', 1]]));
    expect(Object.fromEntries(ranks)).to.deep.equal({ WA: 1, CA: 2, NY: 2, OR: 4 });
  });
});

describe('layoutTiles', () => {
  it('fits 11 columns of square tiles into the width', () => {
    const l = layoutTiles(320);
    // (320 + 2) / 11 = 29.27 → 29 px per column, tiles 27 px with 2 px gaps.
    expect(l.size).to.equal(27);
    expect(l.height).to.equal(8 * 29 - 2);
    const wa = l.tiles.find((t) => t.state.postal === 'WA')!;
    expect([wa.left, wa.top]).to.deep.equal([l.left, 2 * 29]);
    for (const t of l.tiles) expect(t.left + l.size).to.be.at.most(320);
  });

  it('caps tiles at 56 px and centres the grid', () => {
    const l = layoutTiles(1000);
    expect(l.size).to.equal(56);
    expect(l.left).to.equal(Math.floor((1000 - (11 * 58 - 2)) / 2));
  });
});

describe('layoutGeo', () => {
  for (const width of [480, 640, 975]) {
    it(`keeps callout boxes apart and inside the map at ${width} px`, () => {
      const l = layoutGeo(width);
      expect(l.callouts.map((c) => c.postal).sort()).to.deep.equal([...CALLOUT_STATES].sort());
      const ys = l.callouts.map((c) => c.y);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).to.be.at.least(18);
      for (const c of l.callouts) {
        expect(c.y).to.be.at.least(0);
        expect(c.y + c.h).to.be.at.most(l.height);
        expect(c.x + c.w).to.equal(width);
      }
      expect(l.k * 975).to.equal(width - 58);
    });
  }
});

describe('neighbour', () => {
  const tiles = layoutTiles(440).tiles.map((t) => ({ id: t.state.postal, x: t.x, y: t.y }));
  const at = (id: string) => tiles.find((t) => t.id === id)!;
  it('moves between tiles by arrow key', () => {
    expect(neighbour(at('WA'), 'ArrowRight', tiles)?.id).to.equal('ID');
    expect(neighbour(at('WA'), 'ArrowDown', tiles)?.id).to.equal('OR');
    expect(neighbour(at('CA'), 'ArrowUp', tiles)?.id).to.equal('OR');
    expect(neighbour(at('ME'), 'ArrowRight', tiles)).to.equal(undefined);
  });

  it('moves between states on the map by their label points', () => {
    const geo = layoutGeo(900).states.map((s) => ({ id: s.state.postal, x: s.x, y: s.y }));
    const g = (id: string) => geo.find((s) => s.id === id)!;
    expect(neighbour(g('NV'), 'ArrowLeft', geo)?.id).to.equal('CA');
    expect(neighbour(g('KS'), 'ArrowUp', geo)?.id).to.equal('NE');
    expect(neighbour(g('KS'), 'ArrowDown', geo)?.id).to.equal('OK');
  });
});
