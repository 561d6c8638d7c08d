import { expect } from '@open-wc/testing';
import { createFormatter } from '../core/format.js';
import { DEFAULT_PERCENTILES, type PercentileData } from './data.js';
import { describeEstimate, estimatePercentile, layoutPercentileBar, percentileBarHeight } from './geometry.js';

const fmt = createFormatter('en-US', 'USD');
const seed = DEFAULT_PERCENTILES.data.values;

describe('estimatePercentile', () => {
  it('is exact at the known percentiles', () => {
    expect(estimatePercentile(133080, seed)).to.deep.equal({ kind: 'within', percentile: 50 });
    expect(estimatePercentile(79850, seed)).to.deep.equal({ kind: 'within', percentile: 10 });
    expect(estimatePercentile(211450, seed)).to.deep.equal({ kind: 'within', percentile: 90 });
  });

  it('interpolates linearly between them', () => {
    // 50 + 25 × (150,000 − 133,080) / (169,000 − 133,080)
    const e = estimatePercentile(150000, seed);
    expect(e.kind).to.equal('within');
    expect(e.kind === 'within' && e.percentile).to.be.closeTo(61.776, 0.001);
    expect(describeEstimate(e)).to.equal('≈ 62nd percentile');
    // 10 + 15 × (90,000 − 79,850) / (103,050 − 79,850)
    const low = estimatePercentile(90000, seed);
    expect(low.kind === 'within' && low.percentile).to.be.closeTo(16.5625, 1e-9);
  });

  it('says only below or above outside the 10th to 90th', () => {
    expect(describeEstimate(estimatePercentile(50000, seed))).to.equal('below the 10th percentile');
    expect(describeEstimate(estimatePercentile(300000, seed))).to.equal('above the 90th percentile');
    expect(describeEstimate(estimatePercentile(133080, seed))).to.equal('50th percentile');
  });

  it('is monotonic', () => {
    let last = -1;
    for (let v = 79850; v <= 211450; v += 997) {
      const e = estimatePercentile(v, seed);
      const p = e.kind === 'within' ? e.percentile : NaN;
      expect(p).to.be.at.least(last);
      last = p;
    }
  });
});

describe('layoutPercentileBar', () => {
  it('places the percentiles on a linear scale over the data, reference included', () => {
    // Domain 49,500 (reference) to 211,450 (p90), onto 2 … 598 px.
    const l = layoutPercentileBar(DEFAULT_PERCENTILES.data, 600, fmt);
    const expected = [113.692, 199.072, 309.587, 441.778, 598];
    l.xs.forEach((x, i) => expect(x).to.be.closeTo(expected[i]!, 0.001));
    expect(l.reference!.x).to.equal(2);
  });

  it('labels every percentile in full when wide', () => {
    const l = layoutPercentileBar({ values: seed, bands: [] }, 900, fmt);
    expect(l.compact).to.be.false;
    expect(l.ticks.map((t) => t.value)).to.deep.equal(['$79,850', '$103,050', '$133,080', '$169,000', '$211,450']);
    expect(l.ticks.every((t) => t.left !== null)).to.be.true;
  });

  for (const width of [280, 320, 400, 600, 900]) {
    it(`never overlaps labels at ${width} px and keeps the median`, () => {
      const l = layoutPercentileBar(DEFAULT_PERCENTILES.data, width, fmt);
      const shown = l.ticks.filter((t) => t.left !== null);
      expect(shown.some((t) => t.percentile === 50)).to.be.true;
      for (let i = 1; i < shown.length; i++) expect(shown[i]!.left!).to.be.at.least(shown[i - 1]!.left! + shown[i - 1]!.width);
      for (const t of shown) {
        expect(t.left!).to.be.at.least(0);
        expect(t.left! + t.width).to.be.at.most(width);
      }
    });
  }

  it('switches to compact labels when narrow', () => {
    const l = layoutPercentileBar(DEFAULT_PERCENTILES.data, 280, fmt);
    expect(l.compact).to.be.true;
    expect(l.ticks.find((t) => t.percentile === 50)!.value).to.equal('$133K');
  });

  it('reserves rows only for the features drawn', () => {
    expect(percentileBarHeight({ marker: false, reference: false, bands: false })).to.equal(64);
    expect(percentileBarHeight({ marker: true, reference: true, bands: true })).to.equal(132);
    const data: PercentileData = { values: seed, marker: { value: 150000, label: 'You' }, bands: [{ label: 'Senior', from: 133080, to: 169000 }] };
    const l = layoutPercentileBar(data, 600, fmt);
    expect(l.height).to.equal(percentileBarHeight({ marker: true, reference: false, bands: true }));
    expect(l.marker!.text).to.equal('You: $150,000 · ≈ 62nd percentile');
    expect(l.bands[0]!.label).to.equal('Senior');
  });

  it('moves a band label aside when the marker line would cross it', () => {
    const bands = [{ label: 'Senior', from: 133080, to: 169000 }];
    const centre = layoutPercentileBar({ values: seed, bands, marker: { value: 151040, label: 'You' } }, 600, fmt);
    const b = centre.bands[0]!;
    const half = (6 * 11 * 0.6) / 2;
    expect(b.label).to.equal('Senior');
    expect(Math.abs(b.labelX - centre.marker!.x)).to.be.at.least(half);
    expect(b.labelX - half).to.be.at.least(b.x0);
    expect(b.labelX + half).to.be.at.most(b.x1);
    const away = layoutPercentileBar({ values: seed, bands, marker: { value: 90000, label: 'You' } }, 600, fmt);
    expect(away.bands[0]!.labelX).to.equal((away.bands[0]!.x0 + away.bands[0]!.x1) / 2);
  });

  it('keeps callouts inside the chart', () => {
    const data: PercentileData = { values: seed, marker: { value: 211450, label: 'You' }, bands: [] };
    const l = layoutPercentileBar(data, 320, fmt);
    expect(l.marker!.left + l.marker!.text.length * 12 * 0.6).to.be.at.most(320.5);
  });

  it('anchors labels at the chart edges to the edges, so a wider font cannot push them out', () => {
    const l = layoutPercentileBar({ values: seed, bands: [] }, 280, fmt);
    const last = l.ticks[4]!;
    // No marker or bands: the bar spans 4–22 px, amounts sit 20 px under it and names 34 px.
    expect(last.valueText).to.deep.equal({ x: 278, y: 42, anchor: 'end', text: '$211K' });
    expect(last.nameText).to.deep.equal({ x: 278, y: 56, anchor: 'end', text: '90th' });
    const first = l.ticks[0]!;
    expect(first.valueText?.anchor).to.equal('start');
    expect(first.valueText?.x).to.equal(2);
    // The median sits between them, centred on its block.
    expect(l.ticks[2]!.valueText?.anchor).to.equal('middle');
  });

  it("draws the marker head with d3-shape's triangle, turned to point at the bar", () => {
    const l = layoutPercentileBar({ values: seed, bands: [], marker: { value: 150000, label: 'You' } }, 600, fmt);
    // symbol(symbolTriangle, 43): about 10 px wide; the element rotates it 180°.
    expect(l.marker!.head).to.equal('M0,-5.753L4.983,2.877L-4.983,2.877Z');
    // Its centroid sits two thirds of its height (8.63 px) above the tip, and the tip on the bar's top edge.
    expect(l.barTop).to.equal(28);
    expect(l.marker!.headY).to.be.closeTo(28 - 5.753, 0.001);
  });

  it('survives identical percentiles without NaN', () => {
    const l = layoutPercentileBar({ values: [5, 5, 5, 5, 5], bands: [] }, 300, fmt);
    expect(l.xs.every(Number.isFinite)).to.be.true;
  });
});
