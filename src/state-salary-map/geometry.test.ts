import { expect } from '@open-wc/testing';
import {
  arrowTarget,
  CALLOUT_STATES,
  colourScale,
  layoutGeo,
  layoutLegend,
  layoutMap,
  layoutTiles,
  mapNavigation,
  neighbour,
  niceClassDomain,
  OPPOSITE_ARROW,
  patternLevel,
  rankingSize,
  rankOrder,
  rankStates,
  type MapNavigation,
  type RankingRow,
} from './geometry.js';
import { ArrowTrail } from './arrow-trail.js';
import { ESTIMATED_TEXT } from '../core/geometry/text.js';
import { DEFAULT_STATES } from './data.js';

const seed = [...DEFAULT_STATES.data.values.values()];

describe('colourScale', () => {
  describe('equal classes (scaleQuantize().nice())', () => {
    it('puts the seed into 5 classes of $10K from $130K to $180K', () => {
      // 136,240 … 170,910: nice() with 3 or 4 ticks rounds out to 130,000 … 180,000 in steps of 10,000.
      const scale = colourScale(seed, 5);
      expect(scale.kind).to.equal('classes');
      expect(scale.edges).to.deep.equal([130000, 140000, 150000, 160000, 170000, 180000]);
      expect(scale.tones).to.deep.equal([0, 25, 50, 75, 100]);
      expect([136240, 139999, 140000, 148530, 152780, 163440, 170910].map(scale.tone)).to.deep.equal([0, 0, 25, 25, 50, 75, 100]);
    });

    it('takes the round step whose number of classes is nearest to steps', () => {
      // $5K steps give 8 classes (135K … 175K); $10K steps give 5; $20K steps 3; $100K steps 1.
      expect(niceClassDomain(136240, 170910, 9)).to.deep.equal({ extent: [135000, 175000], classes: 8 });
      expect(niceClassDomain(136240, 170910, 7)).to.deep.equal({ extent: [135000, 175000], classes: 8 });
      expect(niceClassDomain(136240, 170910, 6)).to.deep.equal({ extent: [130000, 180000], classes: 5 });
      // A tie between 3 and 5 classes goes to the fewer.
      expect(niceClassDomain(136240, 170910, 4)).to.deep.equal({ extent: [120000, 180000], classes: 3 });
      expect(niceClassDomain(136240, 170910, 1)).to.deep.equal({ extent: [100000, 200000], classes: 1 });
      expect(colourScale(seed, 9).edges).to.deep.equal([135000, 140000, 145000, 150000, 155000, 160000, 165000, 170000, 175000]);
      expect(colourScale(seed, 9).tones).to.deep.equal([0, 14, 29, 43, 57, 71, 86, 100]);
    });

    it('gives 4 classes of 50 for 100 … 300 (5 are not possible at round edges)', () => {
      const scale = colourScale([100, 200, 300], 5);
      expect(scale.edges).to.deep.equal([100, 150, 200, 250, 300]);
      expect([100, 200, 300].map(scale.tone)).to.deep.equal([0, 67, 100]);
    });

    it('keeps the extent when nice() cannot round it, and never writes NaN', () => {
      const scale = colourScale([0, 5e-324], 3);
      expect(scale.edges.every(Number.isFinite)).to.be.true;
      expect(scale.edges[0]).to.equal(0);
      expect(scale.edges[scale.edges.length - 1]).to.equal(5e-324);
      // Too small to split evenly, but every tone is still a whole percent.
      for (const tone of [0, 5e-324].map(scale.tone)) expect(scale.tones).to.include(tone);
      expect(scale.tone(5e-324)).to.equal(100);
    });
  });

  describe('quantile classes (scaleQuantile)', () => {
    it('puts two of the ten seed states into each of 5 classes', () => {
      const scale = colourScale(seed, 5, 'quantile');
      // R-7 quantiles: at 20% the sorted seed's 2.8th value, 137,880 + 0.8 × 1,680, and so on.
      expect(scale.edges).to.deep.equal([136240, 139224, 142810, 146532, 154912, 170910]);
      expect(seed.map(scale.tone)).to.deep.equal([100, 100, 75, 75, 50, 50, 25, 25, 0, 0]);
    });

    it('splits at data values when they fall on a quantile', () => {
      const scale = colourScale(seed, 3, 'quantile');
      expect(scale.edges).to.deep.equal([136240, 141220, 148530, 170910]);
      expect(scale.tones).to.deep.equal([0, 50, 100]);
    });
  });

  it('is a continuous ramp (scaleLinear onto 0–100) with steps 0', () => {
    const scale = colourScale([100, 200], 0);
    expect(scale.kind).to.equal('ramp');
    expect(scale.edges).to.deep.equal([100, 200]);
    expect([100, 150, 175, 200].map(scale.tone)).to.deep.equal([0, 50, 75, 100]);
  });

  it('uses the high colour for a single value, a single state or a single class', () => {
    for (const method of ['equal', 'quantile'] as const) {
      for (const steps of [0, 1, 5]) {
        const scale = colourScale([5, 5], steps, method);
        expect(scale.edges, `${method} ${steps}`).to.deep.equal([5]);
        expect(scale.tone(5)).to.equal(100);
      }
      expect(colourScale([7], 5, method).edges).to.deep.equal([7]);
    }
    expect(colourScale([1, 9], 1).tones).to.deep.equal([100]);
    expect(colourScale([1, 9], 1, 'quantile').tone(1)).to.equal(100);
  });

  it('has no edges and no classes without data', () => {
    for (const steps of [0, 5]) {
      const scale = colourScale([], steps);
      expect(scale.edges).to.deep.equal([]);
      expect(scale.tones).to.deep.equal([]);
    }
  });

  it('gives five classes five forced-colours patterns, from empty to solid; more classes share them', () => {
    expect([0, 25, 50, 75, 100].map(patternLevel)).to.deep.equal([0, 1, 2, 3, 4]);
    expect([0, 50, 100].map(patternLevel)).to.deep.equal([0, 2, 4]);
    // Nine classes (tones 0, 13, 25, …): neighbours share.
    expect([0, 13, 25, 38, 50, 63, 75, 88, 100].map(patternLevel)).to.deep.equal([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect([-5, 120].map(patternLevel)).to.deep.equal([0, 4]);
  });
});

describe('rankStates', () => {
  it('ranks highest first, ties sharing a rank', () => {
    const ranks = rankStates(
      new Map([
        ['CA', 3],
        ['WA', 5],
        ['NY', 3],
        ['OR', 1],
      ]),
    );
    expect(Object.fromEntries(ranks)).to.deep.equal({ WA: 1, CA: 2, NY: 2, OR: 4 });
  });

  it('ranks top-coded states first, sharing the first rank, whatever their lower bound', () => {
    // UT and NV are top-coded (in that order), CA's figure is above the top-code.
    const values = new Map([
      ['CA', 250000],
      ['UT', 239200],
      ['TX', 128000],
      ['NV', 239200],
      ['WA', 163440],
    ]);
    const topCoded = new Set(['UT', 'NV']);
    expect(rankOrder(values, topCoded).map(([postal]) => postal)).to.deep.equal(['UT', 'NV', 'CA', 'WA', 'TX']);
    expect(Object.fromEntries(rankStates(values, topCoded))).to.deep.equal({ UT: 1, NV: 1, CA: 3, WA: 4, TX: 5 });
  });
});

describe('layoutTiles', () => {
  it('fits 11 columns of square tiles into the width', () => {
    const layout = layoutTiles(320);
    // (320 + 2) / 11 = 29.27 → 29 px per column, tiles 27 px with 2 px gaps.
    expect(layout.size).to.equal(27);
    expect(layout.height).to.equal(8 * 29 - 2);
    const washington = layout.tiles.find((tile) => tile.state.postal === 'WA')!;
    expect([washington.left, washington.top]).to.deep.equal([layout.left, 2 * 29]);
    for (const tile of layout.tiles) expect(tile.left + layout.size).to.be.at.most(320);
    // Too small for values: the code alone, centred (its baseline 4 px below the centre).
    expect(layout.showValues).to.be.false;
    expect([washington.x, washington.y, washington.codeY]).to.deep.equal([layout.left + 13.5, 58 + 13.5, 58 + 17.5]);
    expect(washington.anchor).to.deep.equal({ x: layout.left + 13.5, y: 58 });
  });

  it('caps tiles at 56 px, centres the grid, and places code, value and outline', () => {
    const layout = layoutTiles(1000);
    expect(layout.size).to.equal(56);
    // (1000 − (11 × 58 − 2)) / 2 = 182.
    expect(layout.left).to.equal(182);
    expect(layout.showValues).to.be.true;
    const maine = layout.tiles.find((tile) => tile.state.postal === 'ME')!;
    // Row 0, column 10: left 182 + 580, centre 28 px in.
    expect([maine.left, maine.top, maine.x, maine.y]).to.deep.equal([762, 0, 790, 28]);
    expect([maine.codeY, maine.codeAboveValueY, maine.valueY]).to.deep.equal([32, 26, 39]);
    expect(maine.outline).to.deep.equal({ x: 763, y: 1, width: 54, height: 54 });
  });

  it('shows values only when the widest of them fits', () => {
    // "≥ $239K" needs 7 × 6 + 2 × 5 = 52 px tiles, from (52 + 2) × 11 − 2 = 592 px.
    expect(layoutTiles(592, '≥ $239K').size).to.equal(52);
    expect(layoutTiles(592, '≥ $239K').showValues).to.be.true;
    expect(layoutTiles(591, '≥ $239K').showValues).to.be.false;
    // "$171K" fits there.
    expect(layoutTiles(591).showValues).to.be.true;
  });

  it('shows values from 40 px tiles', () => {
    // 40 px tiles need (40 + 2) × 11 − 2 = 460 px.
    expect(layoutTiles(460).size).to.equal(40);
    expect(layoutTiles(460).showValues).to.be.true;
    expect(layoutTiles(459).showValues).to.be.false;
  });
});

describe('layoutGeo', () => {
  for (const width of [320, 480, 640, 975]) {
    it(`keeps callout boxes apart and inside the map at ${width} px`, () => {
      const layout = layoutGeo(width);
      expect(layout.callouts.map((callout) => callout.postal).sort()).to.deep.equal([...CALLOUT_STATES].sort());
      const tops = layout.callouts.map((callout) => callout.y);
      for (let i = 1; i < tops.length; i++) expect(tops[i]! - tops[i - 1]!).to.be.at.least(28);
      for (const callout of layout.callouts) {
        // Targets of at least 24 × 24 px (WCAG 2.5.8).
        expect(callout.width).to.be.at.least(24);
        expect(callout.height).to.be.at.least(24);
        expect(callout.y).to.be.at.least(0);
        expect(callout.y + callout.height).to.be.at.most(layout.height);
        expect(callout.x + callout.width).to.equal(width);
      }
      expect(layout.scale * 975).to.equal(width - 58);
      expect(layout.pathScale).to.equal(layout.scale * 2);
    });
  }

  it("places each callout's label, leader line and tooltip anchor", () => {
    const layout = layoutGeo(975);
    const dc = layout.callouts.find((callout) => callout.postal === 'DC')!;
    const state = layout.states.find((placed) => placed.state.postal === 'DC')!;
    // Boxes 44 × 24 at the right edge; the code's baseline 16 px down (centre 12 + 4).
    expect([dc.x, dc.width, dc.height]).to.deep.equal([931, 44, 24]);
    expect(dc.label).to.deep.equal({ x: 953, y: dc.y + 16 });
    // The leader runs from DC's label point to 3 px short of the box, at its middle.
    expect(dc.leader).to.deep.equal({ x1: state.x, y1: state.y, x2: 928, y2: dc.y + 12 });
    expect(state.anchor).to.deep.equal({ x: 953, y: dc.y });
    const kansas = layout.states.find((placed) => placed.state.postal === 'KS')!;
    expect(kansas.anchor).to.deep.equal({ x: kansas.x, y: kansas.y - 4 });
  });
});

describe('layoutGeo on a right-to-left page', () => {
  it('keeps the geography and moves the callout column to the left, leaders mirrored', () => {
    const ltr = layoutGeo(975);
    const rtl = layoutGeo(975, ESTIMATED_TEXT, true);
    // The 44 px boxes and 14 px of leader run make a 58 px column: the map starts after it.
    expect(rtl.offset).to.equal(58);
    expect(rtl.scale).to.equal(ltr.scale);
    const state = (layout: typeof ltr, postal: string) => layout.states.find((placed) => placed.state.postal === postal)!;
    expect(state(rtl, 'KS').x).to.equal(state(ltr, 'KS').x + 58);
    for (const callout of rtl.callouts) {
      expect(callout.x).to.equal(0);
      // Leaders end 3 px right of the box's right side (44 + 3).
      expect(callout.leader.x2).to.equal(47);
      expect(callout.leader.x1).to.be.greaterThan(callout.leader.x2);
    }
  });

  it('grows callout boxes with the font', () => {
    const large = { size: (role: 'label' | 'note' | 'value' | 'small' | 'total') => ESTIMATED_TEXT.size(role) * 1.5, width: () => 30, scale: 1.5 };
    const layout = layoutGeo(975, large);
    // 24 × 1.5 = 36 px high; max(44 × 1.5, 30 + 36) = 66 px wide.
    expect([layout.callouts[0]!.height, layout.callouts[0]!.width]).to.deep.equal([36, 66]);
    expect(layout.callouts[0]!.x).to.equal(975 - 66);
  });
});

describe('layoutLegend', () => {
  const classes = { edges: ['$130K', '$140K', '$150K', '$160K', '$170K', '$180K'], segments: 5, noData: 'No data' };

  it('puts 5.5 em segments in a row with every edge under them, and No data after a 1.5 em gap', () => {
    const legend = layoutLegend(classes, 0, 800);
    // Note text is 12 px: segments of 66 px; 10 px swatches, baselines at 10 + 3 + 13 = 26 px.
    expect(legend.segments.map((box) => box.x)).to.deep.equal([0, 66, 132, 198, 264]);
    expect([legend.swatchHeight, legend.baseline, legend.height]).to.deep.equal([10, 26, 31]);
    expect(legend.labels.map((label) => [label.x, label.anchor])).to.deep.equal([
      [0, 'start'],
      [66, 'middle'],
      [132, 'middle'],
      [198, 'middle'],
      [264, 'middle'],
      [330, 'end'],
    ]);
    // 5 × 66 + 18.
    expect(legend.noData!.swatch.x).to.equal(348);
    expect(legend.noData!.label).to.deep.equal({ text: 'No data', x: 348, anchor: 'start' });
  });

  it('thins inner labels by their measured width when segments are narrow, keeping the ends', () => {
    // (200 − 51 − 18) / 5 → 26 px segments; 36 px labels with 7.2 px between fit only at the ends.
    const legend = layoutLegend(classes, 0, 200);
    expect(legend.labels.map((label) => label.text)).to.deep.equal(['$130K', '$180K']);
    // 400 px: 66 px segments again, every label.
    expect(layoutLegend(classes, 0, 400).labels).to.have.length(6);
    // 300 px: (300 − 69) / 5 → 46 px; every other edge collides (36 + 7.2 > 92 − 18 − …): every third is kept.
    expect(layoutLegend(classes, 0, 300).labels.map((label) => label.text)).to.deep.equal(['$130K', '$160K', '$180K']);
  });

  it('keeps one label when a single class cannot hold both of its long amounts apart', () => {
    // German amounts are not shortened: 9 characters, 65 px each. A lone segment is 12 em (144 px): both fit.
    const german = { edges: ['133.080 $', '150.000 $'], segments: 1 };
    expect(layoutLegend(german, 0, 300).labels.map((label) => label.text)).to.deep.equal(['133.080 $', '150.000 $']);
    // In 120 px they would come within 7.2 px of each other.
    const legend = layoutLegend(german, 0, 120);
    expect(legend.labels.map((label) => label.text)).to.deep.equal(['133.080 $']);
    expect(legend.noData).to.equal(undefined);
  });

  it('runs from the right on a right-to-left page', () => {
    const legend = layoutLegend(classes, 0, 800, ESTIMATED_TEXT, true);
    expect(legend.segments[0]!.x).to.equal(800 - 66);
    expect(legend.labels[0]).to.deep.equal({ text: '$130K', x: 800, anchor: 'end' });
    expect(legend.labels[5]).to.deep.equal({ text: '$180K', x: 470, anchor: 'start' });
    expect(legend.noData!.swatch.x).to.equal(800 - 348 - 17);
    expect(legend.noData!.label).to.deep.equal({ text: 'No data', x: 452, anchor: 'end' });
  });
});

describe('layoutMap', () => {
  const rows = (count: number, row: RankingRow = { rank: '10', name: 'Massachusetts', amount: '$171K' }) => Array.from({ length: count }, () => row);

  it('switches to tiles below 480 px unless a layout is set', () => {
    expect(layoutMap(479).chart.kind).to.equal('tiles');
    expect(layoutMap(480).chart.kind).to.equal('geo');
    expect(layoutMap(400, { layout: 'geo' }).chart.kind).to.equal('geo');
    expect(layoutMap(900, { layout: 'tiles' }).chart.kind).to.equal('tiles');
  });

  it('sizes the ranked list from its measured text', () => {
    // 13 px text: 3.7 em of padding, gaps, chip and spare (49 px) + "10" 16 + "Massachusetts" 102 + "$171K" 39.
    expect(rankingSize(rows(1))).to.deep.equal({ width: 206, rowHeight: 23 });
  });

  it('puts the ranked list beside the map from 720 px, at its measured width, and the legend right under the map', () => {
    const beside = layoutMap(900, { layout: 'tiles', ranking: rows(5) });
    expect(beside.rankingBeside).to.be.true;
    expect(beside.chart.width).to.equal(900 - 206 - 16);
    // 56 px tiles: 8 rows of 58 − 2 = 462 px; the legend 6 px under it, 31 px high.
    expect([beside.legendY, beside.svgHeight, beside.height]).to.deep.equal([468, 499, 499]);
    // 51 rows reach far below the map: the legend stays under the map, the list sets the height.
    const long = layoutMap(900, { layout: 'tiles', ranking: rows(51) });
    expect([long.legendY, long.height]).to.deep.equal([468, 51 * 23]);
  });

  it('puts the ranked list under the map when it would leave the map narrower than 480 px', () => {
    const wide = { rank: '51', name: 'District of Columbia', amount: '≥ $239K' };
    // 49 + 16 + 156 + 55 = 276 px: at 720 px the map would keep 428 px.
    expect(layoutMap(720, { ranking: rows(3, wide) }).rankingBeside).to.be.false;
    expect(layoutMap(772, { ranking: rows(3, wide) }).rankingBeside).to.be.true;
  });

  it('puts the ranked list under the map and its legend when narrower, 8 px below', () => {
    const below = layoutMap(719, { layout: 'tiles', ranking: rows(10) });
    expect(below.rankingBeside).to.be.false;
    expect(below.chart.width).to.equal(719);
    expect(below.height).to.equal(499 + 8 + 10 * 23);
    expect(layoutMap(719, { layout: 'tiles' }).height).to.equal(499);
  });
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
    const geo = layoutGeo(900).states.map((placed) => ({ id: placed.state.postal, x: placed.x, y: placed.y }));
    const state = (id: string) => geo.find((placed) => placed.id === id)!;
    expect(neighbour(state('NV'), 'ArrowLeft', geo)?.id).to.equal('CA');
    expect(neighbour(state('KS'), 'ArrowUp', geo)?.id).to.equal('NE');
    expect(neighbour(state('KS'), 'ArrowDown', geo)?.id).to.equal('OK');
    expect(neighbour(state('KS'), 'Home', geo)).to.equal(undefined);
    expect(neighbour(state('KS'), 'constructor', geo)).to.equal(undefined);
  });
});

describe('arrowTarget', () => {
  const ARROWS = Object.keys(OPPOSITE_ARROW);
  const geo = mapNavigation(layoutGeo(900));
  const tiles = mapNavigation(layoutTiles(640));
  const ids = (navigation: MapNavigation) => navigation.places.map((place) => place.id);

  it('moves by geography on the map, into the callout column and out of it', () => {
    expect(arrowTarget(geo, 'AL', 'ArrowDown')).to.equal('FL');
    expect(arrowTarget(geo, 'KS', 'ArrowUp')).to.equal('NE');
    // Nothing lies east of Florida: no jump to a callout box far up the coast.
    expect(arrowTarget(geo, 'FL', 'ArrowRight')).to.equal(undefined);
    expect(arrowTarget(geo, 'SC', 'ArrowRight')).to.equal(undefined);
    // → from the east coast enters the column; ← always leaves it for the map.
    expect(arrowTarget(geo, 'PA', 'ArrowRight')).to.equal('NJ');
    expect(arrowTarget(geo, 'NY', 'ArrowRight')).to.equal('MA');
    expect(arrowTarget(geo, 'CT', 'ArrowLeft')).to.equal('NY');
    for (const postal of CALLOUT_STATES) {
      const to = arrowTarget(geo, postal, 'ArrowLeft');
      expect(to, postal).not.to.equal(undefined);
      expect(CALLOUT_STATES, `${postal} ← ${to}`).not.to.include(to);
      expect(arrowTarget(geo, postal, 'ArrowRight'), postal).to.equal(undefined);
    }
    // ↑ and ↓ walk the column box by box, then on to the map past its ends.
    expect(geo.column).to.deep.equal(['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC']);
    expect(arrowTarget(geo, 'RI', 'ArrowDown')).to.equal('CT');
    expect(arrowTarget(geo, 'CT', 'ArrowUp')).to.equal('RI');
    expect(arrowTarget(geo, 'DC', 'ArrowDown')).to.equal('VA');
    expect(arrowTarget(geo, 'KS', 'Home')).to.equal(undefined);
  });

  for (const [name, navigation] of [
    ['map', geo],
    ['tile grid', tiles],
  ] as const) {
    it(`leaves no dead end on the ${name}: every state has a move, and every state reaches every other`, () => {
      for (const id of ids(navigation)) {
        expect(
          ARROWS.some((key) => arrowTarget(navigation, id, key)),
          id,
        ).to.be.true;
        const seen = new Set([id]);
        const queue = [id];
        while (queue.length) {
          const at = queue.pop()!;
          for (const key of ARROWS) {
            const to = arrowTarget(navigation, at, key);
            if (to && !seen.has(to)) (seen.add(to), queue.push(to));
          }
        }
        expect(seen.size, `from ${id}`).to.equal(51);
      }
    });
  }

  it('undoes three moves in four by geography alone, and every one with the trail', () => {
    for (const [navigation, alone] of [
      [geo, 0.75],
      [tiles, 0.9],
    ] as const) {
      let moves = 0;
      let undone = 0;
      let retraced = 0;
      for (const id of ids(navigation)) {
        for (const key of ARROWS) {
          const to = arrowTarget(navigation, id, key);
          if (!to) continue;
          moves++;
          if (arrowTarget(navigation, to, OPPOSITE_ARROW[key]!) === id) undone++;
          const trail = new ArrowTrail();
          const there = trail.move(id, key, () => to);
          if (trail.move(there!, OPPOSITE_ARROW[key]!, () => arrowTarget(navigation, there!, OPPOSITE_ARROW[key]!)) === id) retraced++;
        }
      }
      expect(undone / moves).to.be.at.least(alone);
      expect(retraced).to.equal(moves);
    }
  });
});

describe('ArrowTrail', () => {
  it('retraces moves in reverse order, and forgets them when focus moves another way', () => {
    const trail = new ArrowTrail();
    const step = (from: string, key: string, ahead: string | undefined) => trail.move(from, key, () => ahead);
    expect(step('AL', 'ArrowDown', 'FL')).to.equal('FL');
    expect(step('FL', 'ArrowLeft', 'AL')).to.equal('AL');
    // Two moves back: → then ↑ undo ← then ↓.
    expect(step('AL', 'ArrowRight', 'GA')).to.equal('FL');
    expect(step('FL', 'ArrowUp', 'GA')).to.equal('AL');
    // A move that is not an undo goes where geography says.
    expect(step('AL', 'ArrowUp', 'TN')).to.equal('TN');
    // Focus moved elsewhere (a click on Texas): the trail starts again.
    expect(step('TX', 'ArrowDown', 'OK')).to.equal('OK');
    expect(step('OK', 'ArrowUp', 'KS')).to.equal('TX');
    // No move, nothing remembered.
    expect(step('ME', 'ArrowRight', undefined)).to.equal(undefined);
    expect(step('ME', 'ArrowLeft', 'NH')).to.equal('NH');
  });
});
