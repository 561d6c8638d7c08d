import { expect } from '@open-wc/testing';
import { fitText, placeLabels, textWidth } from './labels.js';

describe('label placement', () => {
  it('estimates text width at 0.6 em per character', () => {
    expect(textWidth('$133,080', 10)).to.equal(48);
    expect(textWidth('', 12)).to.equal(0);
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

  it('shortens text with an ellipsis, or gives up below three characters', () => {
    expect(fitText('Senior', 100, 10)).to.equal('Senior');
    expect(fitText('Principal engineer', 40, 10)).to.equal('Princ…');
    expect(fitText('Principal', 20, 10)).to.equal('');
  });
});
