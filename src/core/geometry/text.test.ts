import { expect } from '@open-wc/testing';
import { ESTIMATED_TEXT, measuredText } from './text.js';

describe('measuredText', () => {
  it('measures in the page font and grows the roles with it, within bounds', () => {
    const page = measuredText('sans-serif', 16);
    expect(page.size('note')).to.equal(12);
    expect(page.scale).to.equal(1);
    // 18 px page: 12 × 18 / 16 = 13.5; a 40 px page stops at twice the size.
    expect(measuredText('sans-serif', 18).size('note')).to.equal(13.5);
    expect(measuredText('sans-serif', 40).size('note')).to.equal(24);
    expect(measuredText('sans-serif', 8).size('note')).to.equal(10.2);
    // A real measurement: wider text is wider, and a serif page differs from the estimate.
    expect(page.width('WWWW', 'note')).to.be.greaterThan(page.width('iiii', 'note'));
  });

  it("adds the page's letter and word spacing (a WCAG 1.4.12 override) to every width", () => {
    const plain = measuredText('sans-serif', 16);
    const spaced = measuredText('sans-serif', 16, 1.5, 2);
    // "No data": 7 characters × 1.5 px, and one space × 2 px.
    expect(spaced.width('No data', 'note')).to.equal(plain.width('No data', 'note') + 10.5 + 2);
    // One context per font and spacing, so it can key a layout cache.
    expect(measuredText('sans-serif', 16, 1.5, 2)).to.equal(spaced);
  });

  it('has a DOM-free estimate for pure geometry tests', () => {
    expect(ESTIMATED_TEXT.width('$133,080', 'value')).to.equal(Math.ceil(8 * 13 * 0.6));
  });
});
