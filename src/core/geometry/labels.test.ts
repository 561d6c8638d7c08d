import { expect } from '@open-wc/testing';
import { placeLabels } from './labels.js';
import { ESTIMATED_TEXT } from './text.js';

describe('label placement', () => {
  it('estimates text width at 0.6 em per character when there is no page to measure in', () => {
    // 8 characters × 13 px × 0.6 = 62.4, rounded up.
    expect(ESTIMATED_TEXT.width('$133,080', 'value')).to.equal(63);
    expect(ESTIMATED_TEXT.width('', 'note')).to.equal(0);
  });

  it('keeps labels inside the bounds', () => {
    expect(
      placeLabels(
        [
          { x: 2, width: 40, priority: 1 },
          { x: 99, width: 40, priority: 1 },
        ],
        0,
        100,
      ),
    ).to.deep.equal([0, 60]);
  });

  it('drops the lower-priority label of an overlapping pair', () => {
    const lefts = placeLabels(
      [
        { x: 50, width: 40, priority: 1 },
        { x: 70, width: 40, priority: 2 },
        { x: 200, width: 40, priority: 0 },
      ],
      0,
      300,
    );
    expect(lefts).to.deep.equal([null, 50, 180]);
  });
});
