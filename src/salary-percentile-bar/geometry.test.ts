import { expect } from '@open-wc/testing';
import { createFormatter } from '../core/format.js';
import { createTranslator, type Catalogs, type MessageSet } from '../core/i18n/catalog.js';
import { CORE_MESSAGES, type CoreMessages } from '../core/i18n/messages.js';
import { DEFAULT_PERCENTILES, type PercentileData } from './data.js';
import { estimatePercentile, fitWording, layoutPercentileBar, offScale, percentileBarHeight, type BandShape } from './geometry.js';
import { BAR_MESSAGES, type BarMessages } from './messages.js';
import { barWords, describeEstimate } from './words.js';

const fmt = createFormatter('en-US', 'USD');
const t = createTranslator<CoreMessages & BarMessages>([CORE_MESSAGES, BAR_MESSAGES] as Catalogs<MessageSet>[], 'en', 'en-US');
/** The layout's words in English, as the element gives them. */
const words = barWords(t);
const seed = DEFAULT_PERCENTILES.values;
/** The built-in default: the national distribution, with the all-occupations median as its reference. */
const defaultData: PercentileData = { values: seed, reference: { value: DEFAULT_PERCENTILES.reference, label: 'All occupations median' }, bands: [] };

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
    expect(describeEstimate(t, e)).to.equal('≈ 62nd percentile');
    // 10 + 15 × (90,000 − 79,850) / (103,050 − 79,850)
    const low = estimatePercentile(90000, seed);
    expect(low.kind === 'within' && low.percentile).to.be.closeTo(16.5625, 1e-9);
  });

  it('says only below or above outside the 10th to 90th', () => {
    expect(describeEstimate(t, estimatePercentile(50000, seed))).to.equal('below the 10th percentile');
    expect(describeEstimate(t, estimatePercentile(300000, seed))).to.equal('above the 90th percentile');
    expect(describeEstimate(t, estimatePercentile(133080, seed))).to.equal('50th percentile');
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
  it('places the percentiles on a linear scale from the 10th to the 90th percentile', () => {
    // Domain 79,850 (p10) to 211,450 (p90), onto 2 … 598 px; the seed's $49,500 reference is off the scale.
    const l = layoutPercentileBar(defaultData, 600, fmt, { words });
    const expected = [2, 107.07, 243.072, 405.749, 598];
    l.xs.forEach((x, i) => expect(x).to.be.closeTo(expected[i]!, 0.001));
  });

  it('labels every percentile in full when wide', () => {
    const l = layoutPercentileBar({ values: seed, bands: [] }, 900, fmt, { words });
    expect(l.compact).to.be.false;
    expect(l.ticks.map((t) => t.value)).to.deep.equal(['$79,850', '$103,050', '$133,080', '$169,000', '$211,450']);
    expect(l.ticks.every((t) => t.left !== null)).to.be.true;
  });

  for (const width of [280, 320, 400, 600, 900]) {
    it(`never overlaps labels at ${width} px and keeps the median`, () => {
      const l = layoutPercentileBar(defaultData, width, fmt, { words });
      const shown = l.ticks.filter((t) => t.left !== null);
      expect(shown.some((t) => t.median)).to.be.true;
      for (let i = 1; i < shown.length; i++) expect(shown[i]!.left!).to.be.at.least(shown[i - 1]!.left! + shown[i - 1]!.width);
      for (const t of shown) {
        expect(t.left!).to.be.at.least(0);
        expect(t.left! + t.width).to.be.at.most(width);
      }
    });
  }

  it('switches to compact labels when narrow', () => {
    const l = layoutPercentileBar(defaultData, 280, fmt, { words });
    expect(l.compact).to.be.true;
    expect(l.ticks.find((t) => t.median)!.value).to.equal('$133K');
  });

  it('reserves rows only for the features drawn', () => {
    expect(percentileBarHeight({ marker: false, reference: false, bands: false })).to.equal(64);
    expect(percentileBarHeight({ marker: true, reference: true, bands: true })).to.equal(132);
    const data: PercentileData = { values: seed, marker: { value: 150000, label: 'You' }, bands: [{ label: 'Senior', from: 133080, to: 169000 }] };
    const l = layoutPercentileBar(data, 600, fmt, { words });
    expect(l.height).to.equal(percentileBarHeight({ marker: true, reference: false, bands: true }));
    expect(l.marker!.text).to.equal('You: $150,000 · ≈ 62nd percentile');
    expect(l.bands[0]!.label).to.equal('Senior');
  });

  it('moves a band label aside when the marker line would cross it', () => {
    const bands = [{ label: 'Senior', from: 133080, to: 169000 }];
    const centre = layoutPercentileBar({ values: seed, bands, marker: { value: 151040, label: 'You' } }, 600, fmt, { words });
    const b = centre.bands[0]!;
    const half = (6 * 11 * 0.6) / 2;
    expect(b.label).to.equal('Senior');
    expect(Math.abs(b.labelX - centre.marker!.x)).to.be.at.least(half);
    expect(b.labelX - half).to.be.at.least(b.x0);
    expect(b.labelX + half).to.be.at.most(b.x1);
    const away = layoutPercentileBar({ values: seed, bands, marker: { value: 90000, label: 'You' } }, 600, fmt, { words });
    expect(away.bands[0]!.labelX).to.equal((away.bands[0]!.x0 + away.bands[0]!.x1) / 2);
  });

  it('keeps callouts inside the chart', () => {
    const data: PercentileData = { values: seed, marker: { value: 211450, label: 'You' }, bands: [] };
    const l = layoutPercentileBar(data, 320, fmt, { words });
    expect(l.marker!.left + l.marker!.text.length * 12 * 0.6).to.be.at.most(320.5);
  });

  it('anchors labels at the chart edges to the edges, so a wider font cannot push them out', () => {
    const l = layoutPercentileBar({ values: seed, bands: [] }, 280, fmt, { words });
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
    const l = layoutPercentileBar({ values: seed, bands: [], marker: { value: 150000, label: 'You' } }, 600, fmt, { words });
    // symbol(symbolTriangle, 43): about 10 px wide; the element rotates it 180°.
    expect(l.marker!.head!.path).to.equal('M0,-5.753L4.983,2.877L-4.983,2.877Z');
    // Its centroid sits two thirds of its height (8.63 px) above the tip, and the tip on the bar's top edge.
    expect(l.barTop).to.equal(28);
    expect(l.marker!.head!.y).to.be.closeTo(28 - 5.753, 0.001);
  });

  it('survives identical percentiles without NaN', () => {
    const l = layoutPercentileBar({ values: [5, 5, 5, 5, 5], bands: [] }, 300, fmt, { words });
    expect(l.xs.every(Number.isFinite)).to.be.true;
  });
});

// TEST VALUES in the shape of a minimum-wage occupation: the 10th and 25th percentiles both $14.00 × 2,080.
const TIED = [29120, 29120, 35000, 45000, 60000] as const;

describe('equal percentiles', () => {
  it('share one tick and one label, named for both', () => {
    const l = layoutPercentileBar({ values: TIED, bands: [] }, 600, fmt, { words });
    expect(l.ticks.map((t) => t.id)).to.deep.equal(['p10-p25', 'p50', 'p75', 'p90']);
    expect(l.ticks.map((t) => t.name)).to.deep.equal(['10th–25th', '50th', '75th', '90th']);
    expect(l.ticks[0]!.value).to.equal('$29,120');
    // Domain 29,120 to 60,000 onto 2 … 598: the 10th and 25th both at 2, the median at 2 + 596 × 5,880 / 30,880.
    expect(l.xs[0]).to.equal(2);
    expect(l.xs[1]).to.equal(2);
    expect(l.xs[2]).to.be.closeTo(115.487, 0.001);
    expect(l.ticks[0]!.valueText).to.deep.equal({ x: 2, y: 42, anchor: 'start', text: '$29,120' });
    expect(l.ticks[0]!.nameText).to.deep.equal({ x: 2, y: 56, anchor: 'start', text: '10th–25th' });
  });

  it('keep the shared label when narrow, with a shorter name', () => {
    // At 400 px "$29,120 / 10th–25th" (60 px wide, at 2) would meet the median's label (55 px, centred at 77.4);
    // compact amounts and "10–25th" (47 px) leave room for the median's 32 px.
    const l = layoutPercentileBar({ values: TIED, bands: [] }, 400, fmt, { words });
    expect(l.compact).to.be.true;
    expect(l.ticks.map((t) => [t.value, t.name, t.left !== null])).to.deep.equal([
      ['$29.1K', '10–25th', true],
      ['$35K', '50th', true],
      ['$45K', '75th', true],
      ['$60K', '90th', true],
    ]);
  });

  it('all five equal: one line in the middle, one label for every percentile', () => {
    const l = layoutPercentileBar({ values: [52000, 52000, 52000, 52000, 52000], bands: [] }, 600, fmt, { words });
    expect(l.ticks).to.have.length(1);
    expect(l.ticks[0]!.id).to.equal('p10-p25-p50-p75-p90');
    expect(l.ticks[0]!.name).to.equal('10th–90th');
    expect(l.ticks[0]!.median).to.be.true;
    expect(l.xs).to.deep.equal([300, 300, 300, 300, 300]);
  });

  it('a marker at a tie is at all of them', () => {
    expect(estimatePercentile(29120, TIED)).to.deep.equal({ kind: 'within', percentile: 10, upTo: 25 });
    expect(describeEstimate(t, estimatePercentile(29120, TIED))).to.equal('10th–25th percentile');
    expect(describeEstimate(t, estimatePercentile(52000, [52000, 52000, 52000, 52000, 52000]))).to.equal('10th–90th percentile');
    const l = layoutPercentileBar({ values: TIED, bands: [], marker: { value: 29120, label: 'You' } }, 600, fmt, { words });
    expect(l.marker!.text).to.equal('You: $29,120 · 10th–25th percentile');
    // Just above the tie, interpolation starts from the 25th: 25 + 25 × 588 / 5,880.
    const above = estimatePercentile(29708, TIED);
    expect(above.kind === 'within' && above.percentile).to.be.closeTo(27.5, 1e-9);
  });

  it('a band between equal percentiles is an upright line with its label in full, and its neighbour’s label steps aside', () => {
    const bands = [
      { label: 'Entry', from: 29120, to: 29120 },
      { label: 'Mid', from: 29120, to: 35000 },
    ];
    const l = layoutPercentileBar({ values: TIED, bands }, 600, fmt, { words });
    const [entry, mid] = l.bands as [BandShape, BandShape];
    // No marker row: the band row starts at 0; the line runs from the bracket's top to the bar's row.
    expect(entry.bracket).to.equal('M2,15V24');
    expect(entry.label).to.equal('Entry');
    expect([entry.labelX, entry.labelAnchor]).to.deep.equal([2, 'start']);
    // "Entry" is 33 px wide at 11 px: it covers 2 … 35, and "Mid" keeps 6 px clear of it.
    expect(mid.label).to.equal('Mid');
    const midHalf = (3 * 11 * 0.6) / 2;
    expect(mid.labelX - midHalf).to.be.at.least(35 + 6);
    expect(mid.labelX + midHalf).to.be.at.most(mid.x1);
  });

  it('moves a full label off the marker line', () => {
    const bands = [{ label: 'Entry', from: 29120, to: 29120 }];
    const l = layoutPercentileBar({ values: TIED, bands, marker: { value: 29120, label: 'You' } }, 600, fmt, { words });
    // The marker's line is at 2: "Entry" (33 px) starts 6 px to its right, centred at 8 + 16.5.
    expect(l.marker!.x).to.equal(2);
    expect([l.bands[0]!.labelX, l.bands[0]!.labelAnchor]).to.deep.equal([24.5, 'middle']);
  });

  it('equal zero-width bands keep one label; the others are named in their tooltips', () => {
    const value = 52000;
    const bands = ['Entry', 'Mid', 'Senior', 'Staff'].map((label) => ({ label, from: value, to: value }));
    const l = layoutPercentileBar({ values: [value, value, value, value, value], bands }, 600, fmt, { words });
    expect(l.bands.map((b) => b.label)).to.deep.equal(['Entry', '', '', '']);
  });
});

describe('off-scale values', () => {
  const plain = layoutPercentileBar({ values: seed, bands: [] }, 600, fmt, { words });

  it('is 15% of the 10th–90th span beyond either end', () => {
    // The span is 131,600, so the scale takes values from 60,110 to 231,190.
    expect(offScale(60110, seed)).to.equal(undefined);
    expect(offScale(60109, seed)).to.equal('below');
    expect(offScale(231190, seed)).to.equal(undefined);
    expect(offScale(231191, seed)).to.equal('above');
    expect(offScale(49500, seed)).to.equal('below');
  });

  it('draws a far marker as a note at the right edge, without squeezing the bar', () => {
    const l = layoutPercentileBar({ values: seed, bands: [], marker: { value: 2000000, label: 'You' } }, 600, fmt, { words });
    expect(l.xs).to.deep.equal(plain.xs);
    expect(l.marker!.offScale).to.equal('above');
    expect(l.marker!.text).to.equal('→ You: $2,000,000, above the 90th percentile');
    expect(l.marker!.label.anchor).to.equal('end');
    expect(l.marker!.label.x).to.equal(598);
    expect(l.marker!.head).to.equal(undefined);
    expect(l.marker!.line).to.equal(undefined);
  });

  it('draws a far reference as a note at the left edge', () => {
    const l = layoutPercentileBar(defaultData, 600, fmt, { words });
    expect(l.xs).to.deep.equal(plain.xs);
    expect(l.reference!.offScale).to.equal('below');
    expect(l.reference!.text).to.equal('← All occupations median: $49,500');
    // No marker or bands: the reference row starts under the ticks, at 64 px, with its baseline 15 px down.
    expect(l.reference!.label).to.deep.equal({ x: 2, y: 79, anchor: 'start', text: '← All occupations median: $49,500' });
    expect(l.reference!.line).to.equal(undefined);
  });

  it('keeps closer values on the scale, which widens to take them', () => {
    // A marker at 230,000 (within 15%): domain 79,850 to 230,000, so the 90th sits at 2 + 596 × 131,600 / 150,150.
    const marker = layoutPercentileBar({ values: seed, bands: [], marker: { value: 230000, label: 'You' } }, 600, fmt, { words });
    expect(marker.marker!.offScale).to.equal(undefined);
    expect(marker.marker!.x).to.equal(598);
    expect(marker.xs[4]).to.be.closeTo(524.368, 0.001);
    // The wider domain brings the 10th and 25th closer, so amounts are compact.
    expect(marker.marker!.text).to.equal('You: $230K · above the 90th percentile');
    // A reference at 60,110, just inside: domain 60,110 to 211,450.
    const reference = layoutPercentileBar({ values: seed, bands: [], reference: { value: 60110, label: 'Reference' } }, 600, fmt, { words });
    expect(reference.reference!.x).to.equal(2);
    expect(reference.xs[0]).to.be.closeTo(2 + (596 * 19740) / 151340, 0.001);
    expect(reference.reference!.line).to.not.equal(undefined);
  });

  it('says it in fewer words when narrow', () => {
    const marker = { value: 2000000, label: 'You' };
    // 37 characters at 12 px are 267 px: they fit in 280 less the 2 px margins, not in 250.
    const l = layoutPercentileBar({ values: seed, bands: [], marker }, 280, fmt, { words });
    expect(l.marker!.label).to.deep.equal({ x: 278, y: 15, anchor: 'end', text: '→ You: $2M, above the 90th percentile' });
    expect(layoutPercentileBar({ values: seed, bands: [], marker }, 250, fmt, { words }).marker!.text).to.equal('→ You: $2M, above 90th percentile');
    expect(layoutPercentileBar({ values: seed, bands: [], marker }, 200, fmt, { words }).marker!.text).to.equal('→ You: $2M, above 90th');
  });
});

describe('top-coded percentiles', () => {
  // TEST VALUES with BLS's top-code at the 90th percentile ("#": at least $239,200).
  const values = [120000, 150000, 180000, 210000, 239200] as const;
  const topCoded = [false, false, false, false, true];

  it('label the amount as a lower bound', () => {
    const l = layoutPercentileBar({ values, topCoded, bands: [] }, 900, fmt, { words });
    expect(l.ticks[4]!.value).to.equal('≥ $239,200');
    expect(l.ticks[4]!.topCoded).to.be.true;
    expect(l.ticks[3]!.value).to.equal('$210,000');
  });

  it('shorten a long estimate for a narrow chart', () => {
    const l = layoutPercentileBar({ values, topCoded, bands: [], marker: { value: 225000, label: 'You' } }, 300, fmt, { words });
    expect(l.marker!.text).to.equal('You: $225K · 75th–90th percentile');
  });

  it('place a salary only as far as the figures allow', () => {
    // Under the top-code the true 90th is higher still: between the 75th and the 90th.
    expect(describeEstimate(t, estimatePercentile(225000, values, topCoded))).to.equal('between the 75th and 90th percentiles');
    // At or over the top-code, only "above the 75th" is certain.
    expect(describeEstimate(t, estimatePercentile(239200, values, topCoded))).to.equal('above the 75th percentile');
    expect(describeEstimate(t, estimatePercentile(300000, values, topCoded))).to.equal('above the 75th percentile');
    // Below it, interpolation is as usual: 50 + 25 × 15,000 / 30,000.
    expect(estimatePercentile(195000, values, topCoded)).to.deep.equal({ kind: 'within', percentile: 62.5 });
    const all = [true, true, true, true, true];
    const coded = [239200, 239200, 239200, 239200, 239200];
    expect(describeEstimate(t, estimatePercentile(100000, coded, all))).to.equal('below the 10th percentile');
    expect(estimatePercentile(250000, coded, all)).to.deep.equal({ kind: 'unknown' });
  });
});

describe('measured text, the font and the direction', () => {
  /** A 16 px page's text where every character is `em` wide at its role's size: widths chosen by the test, not measured. */
  const monospace = (em: number, scale = 1) => ({
    size: (role: 'value' | 'label' | 'note' | 'small' | 'total') => ({ value: 13, label: 11, note: 12, small: 10, total: 17 })[role] * scale,
    width: (text: string, role: 'value' | 'label' | 'note' | 'small' | 'total') =>
      [...text].length * em * { value: 13, label: 11, note: 12, small: 10, total: 17 }[role] * scale,
    scale,
  });

  it('chooses wordings by measured width: a narrow font keeps the full marker note where the estimate would shorten it', () => {
    const data: PercentileData = { values: seed, bands: [], marker: { value: 110000, label: 'You' } };
    // At 200 px amounts are compact. "You: $110K · ≈ 31st percentile" is 30 characters: 216 px estimated at
    // 0.6 em a character, 180 px at 0.5 em, and the room is 196 px.
    expect(layoutPercentileBar(data, 200, fmt, { words }).marker!.text).to.equal('You: $110K · ≈ 31st');
    expect(layoutPercentileBar(data, 200, fmt, { words, text: monospace(0.5) }).marker!.text).to.equal('You: $110K · ≈ 31st percentile');
  });

  it('cuts a wording with an ellipsis only when no wording fits', () => {
    const width = (text: string) => text.length * 10;
    expect(fitWording(['', 'You', ': ', '$95K'], 90, width)).to.deep.equal(['', 'You', ': ', '$95K']);
    // 9 characters do not fit in 80 px; "You: $9…" (8) does.
    expect(fitWording(['', 'You', ': ', '$95K'], 80, width)).to.deep.equal(['', 'You', ': ', '$9…']);
    expect(fitWording(['', 'You', ': ', '$95K'], 40, width)).to.deep.equal(['', 'You…']);
    expect(fitWording(['Entry'], 30, width)).to.equal(undefined);
  });

  it('grows every row with the font: twice the page size, twice the height', () => {
    const data: PercentileData = { values: seed, bands: [{ label: 'Senior', from: 133080, to: 169000 }], marker: { value: 150000, label: 'You' } };
    const l = layoutPercentileBar(data, 900, fmt, { words, text: monospace(0.6, 2) });
    expect(l.height).to.equal(percentileBarHeight({ marker: true, bands: true, reference: false }, 2));
    expect(l.height).to.equal(2 * 112);
    // The bar starts 4 px into its row, below the marker's and the bands' rows of 24 px: all doubled.
    expect(l.barTop).to.equal(2 * 52);
    expect(l.barHeight).to.equal(2 * 18);
    expect(l.ticks[0]!.valueText!.y).to.equal(2 * 90);
  });

  it('runs the scale right to left on a right-to-left page, labels kept inside and apart', () => {
    const ltr = layoutPercentileBar({ values: seed, bands: [] }, 600, fmt, { words });
    const rtl = layoutPercentileBar({ values: seed, bands: [] }, 600, fmt, { words, rtl: true });
    rtl.xs.forEach((x, i) => expect(x).to.be.closeTo(600 - ltr.xs[i]!, 1e-9));
    // The 10th percentile is on the right, anchored to the right edge; the 90th on the left.
    expect(rtl.ticks[0]!.valueText).to.deep.include({ x: 598, anchor: 'end' });
    expect(rtl.ticks[4]!.valueText).to.deep.include({ x: 2, anchor: 'start' });
    expect(rtl.ticks[0]!.value).to.equal('\u2068$79,850\u2069');
  });

  it('puts off-scale notes at the mirrored edges, arrows pointing where the values lie', () => {
    const data: PercentileData = { values: seed, bands: [], marker: { value: 2000000, label: 'You' }, reference: { value: 49500, label: 'All' } };
    const l = layoutPercentileBar(data, 600, fmt, { words, rtl: true });
    expect(l.marker!.label).to.deep.include({ x: 2, anchor: 'start' });
    expect(l.marker!.text).to.equal('← \u2068You\u2069: \u2068$2,000,000\u2069, \u2068above the 90th percentile\u2069');
    expect(l.reference!.label).to.deep.include({ x: 598, anchor: 'end' });
    expect(l.reference!.text.startsWith('→ ')).to.be.true;
  });

  it('mirrors bands: left and right edges stay ordered, brackets drawn between them', () => {
    const bands = [{ label: 'Senior', from: 133080, to: 169000 }];
    const l = layoutPercentileBar({ values: seed, bands }, 600, fmt, { words, rtl: true });
    const band = l.bands[0]!;
    expect(band.x0).to.be.below(band.x1);
    expect(band.x0).to.be.closeTo(600 - 405.749, 0.001);
    expect(band.label).to.equal('\u2068Senior\u2069');
  });

  it('breaks the reference line around the tick labels it would cross', () => {
    // A reference at the median's amount runs through the median's labels.
    const data: PercentileData = { values: seed, bands: [], reference: { value: 133080, label: 'Reference' } };
    const l = layoutPercentileBar(data, 600, fmt, { words });
    // Amounts' baseline 20 px under the bar's foot (22), less 13 px of ascent and 2 of clearance; names' 34 px, plus 3.3 and 2.
    expect(l.reference!.gap).to.deep.equal({ y1: 27, y2: 22 + 34 + 3.3 + 2 });
    const clear = layoutPercentileBar({ ...data, reference: { value: 120000, label: 'Reference' } }, 900, fmt, { words });
    expect(clear.reference!.gap).to.equal(undefined);
  });

  it('never cuts a marker note with an ellipsis from 240 px up, wherever the marker is', () => {
    for (let width = 240; width <= 1280; width += 40) {
      for (let value = 40000; value <= 400000; value += 7919) {
        const l = layoutPercentileBar({ values: seed, bands: [], marker: { value, label: 'You' } }, width, fmt, { words });
        expect(l.marker!.text, `${value} at ${width} px`).to.not.include('…');
      }
    }
  });
});

describe('words and amounts in other languages', () => {
  const translator = (language: 'de' | 'fr') =>
    createTranslator<CoreMessages & BarMessages>([CORE_MESSAGES, BAR_MESSAGES] as Catalogs<MessageSet>[], language, language);
  const german = barWords(translator('de'));
  const french = barWords(translator('fr'));
  const marker = { value: 150000, label: 'Sie' };

  it('writes the words it is given, in their order, and isolates only the values on a right-to-left page', () => {
    const de = createFormatter('de', 'USD');
    expect(layoutPercentileBar({ values: seed, bands: [], marker }, 600, de, { words: german }).marker!.text).to.equal('Sie: 150.000\u00a0$ · ≈ 62. Perzentil');
    const rtl = layoutPercentileBar({ values: seed, bands: [], marker }, 600, de, { words: german, rtl: true });
    expect(rtl.marker!.text).to.equal('\u2068Sie\u2069: \u2068150.000\u00a0$\u2069 · \u2068≈ 62. Perzentil\u2069');
    // French keeps its no-break space before the colon, in the words between the values.
    const fr = createFormatter('fr', 'EUR');
    const far = layoutPercentileBar({ values: seed, bands: [], marker: { value: 2000000, label: 'Vous' } }, 600, fr, { words: french, rtl: true });
    expect(far.marker!.text).to.equal('← \u2068Vous\u2069\u00a0: \u20682\u202f000\u202f000\u00a0€\u2069, \u2068au-dessus du 90e centile\u2069');
    expect(layoutPercentileBar({ values: TIED, bands: [] }, 600, de, { words: german }).ticks.map((t) => t.name)).to.deep.equal([
      'P10–P25',
      'P50',
      'P75',
      'P90',
    ]);
  });

  it('writes compact amounts in one unit: whole ones where Intl would mix "K" and "L" (en-IN) or does not shorten (de)', () => {
    // At 280 px English compact amounts win ("$133K"); en-IN would write "₹79.9K" beside "₹1.33L".
    const indian = layoutPercentileBar({ values: seed, bands: [], marker: { value: 110000, label: 'You' } }, 280, createFormatter('en-IN', 'INR'), { words });
    expect(indian.ticks.every((t) => !/[KL]/.test(t.value))).to.be.true;
    expect(indian.marker!.text).to.equal('You: ₹1,10,000 · ≈ 31st percentile');
    const lakhs = layoutPercentileBar({ values: [600000, 850000, 1200000, 1800000, 2500000], bands: [] }, 280, createFormatter('en-IN', 'INR'), { words });
    expect(lakhs.compact).to.be.true;
    expect(lakhs.ticks.filter((t) => t.left !== null).map((t) => t.value)).to.deep.equal(['₹6L', '₹12L', '₹18L', '₹25L']);
    const de = layoutPercentileBar({ values: seed, bands: [] }, 280, createFormatter('de', 'USD'), { words: german });
    expect(de.ticks.filter((t) => t.left !== null).map((t) => t.value)).to.deep.equal(['79.850\u00a0$', '133.080\u00a0$', '211.450\u00a0$']);
  });
});

describe('pointer targets (WCAG 2.5.8)', () => {
  it('gives each tick its labels and at least 24 px, sharing the row without overlap', () => {
    const data: PercentileData = { ...defaultData, marker: { value: 150000, label: 'You' } };
    const l = layoutPercentileBar(data, 320, fmt, { words });
    // At 320 px the 25th's labels give way; its target is 24 px in the room between the 10th's labels and the median's.
    expect(l.ticks.map((t) => [t.id, t.hit.x, t.hit.width, t.pointer])).to.deep.equal([
      ['p10', 0, 57, true],
      ['p25', 57, 24, true],
      ['p50', 98.31671732522796, 63, true],
      ['p75', 184.56838905775075, 63, true],
      ['p90', 255, 65, true],
    ]);
    // Ticks fill the bar's row and their labels', down to 4 px above the reference's row: 60 px.
    for (const tick of l.ticks) expect(tick.hit).to.deep.include({ y: 24, height: 60 });
    // The marker's target is its row, the reference's its row and those 4 px: 24 px each.
    expect(l.marker!.hit).to.deep.include({ y: 0, height: 24 });
    expect(l.reference!.hit).to.deep.equal({ x: 0, y: 84, width: 250, height: 24 });
  });

  it('leaves a tick crowded out of its row to the keyboard: its box is only its focus ring', () => {
    // TEST VALUES: the 10th, 25th and 50th percentiles 3 px apart; only the median's labels fit.
    const l = layoutPercentileBar({ values: [100000, 101000, 102000, 150000, 200000], bands: [] }, 320, fmt, { words });
    expect(l.ticks.map((t) => [t.id, t.hit.x, t.hit.width, t.pointer])).to.deep.equal([
      ['p10', 0, 24, false],
      ['p25', 0, 24, false],
      ['p50', 2, 63, true],
      ['p75', 128.5, 63, true],
      ['p90', 255, 65, true],
    ]);
  });

  it('makes each band a target as tall as its row, 24 px', () => {
    const data: PercentileData = { values: seed, bands: [{ label: 'Senior', from: 133080, to: 169000 }] };
    const l = layoutPercentileBar(data, 320, fmt, { words });
    expect(l.bands[0]!.hit).to.deep.include({ y: 0, height: 24 });
    expect(l.ticks[0]!.hit.y).to.equal(24);
  });
});
