import { expect } from '@open-wc/testing';
import { footnoteMarkers, readCell, withoutFootnotes } from './cells.js';

describe('readCell', () => {
  it('strips footnote markers wherever they sit, and says which', () => {
    expect(readCell('$78.58(1)', 'en-US', 'hourly')).to.deep.equal({ kind: 'amount', value: 78.58, topCoded: false, footnotes: ['(1)'] });
    expect(readCell('$163,440 (2)', 'en-US', 'annual')).to.deep.equal({ kind: 'amount', value: 163440, topCoded: false, footnotes: ['(2)'] });
    expect(readCell('$79,850*', 'en-US', 'annual')).to.deep.equal({ kind: 'amount', value: 79850, topCoded: false, footnotes: ['*'] });
    expect(readCell('$79,850†', 'en-US', 'annual')).to.deep.equal({ kind: 'amount', value: 79850, topCoded: false, footnotes: ['†'] });
    expect(readCell('$79,850²', 'en-US', 'annual')).to.deep.equal({ kind: 'amount', value: 79850, topCoded: false, footnotes: ['²'] });
  });

  it('reads "#" as BLS’s top-code for the column’s unit', () => {
    expect(readCell('#', 'en-US', 'annual')).to.deep.equal({ kind: 'amount', value: 239200, topCoded: true, footnotes: [] });
    expect(readCell('#', 'en-US', 'hourly')).to.deep.equal({ kind: 'amount', value: 115, topCoded: true, footnotes: [] });
    expect(readCell('≥ $239,200', 'en-US', 'annual')).to.deep.equal({ kind: 'amount', value: 239200, topCoded: true, footnotes: [] });
  });

  it('reads the missing-value markers as no data, never zero', () => {
    for (const text of ['-', '—', '–', '(8)', '(5)', '**', '*', '', ' ', '(3)'])
      expect(readCell(text, 'en-US', 'annual').kind, JSON.stringify(text)).to.equal('missing');
  });

  it('says what it cannot read', () => {
    expect(readCell('about 80k?', 'en-US', 'annual')).to.deep.equal({ kind: 'invalid', text: 'about 80k?' });
    expect(readCell('-5', 'en-US', 'annual').kind).to.equal('invalid');
  });

  it('reads cells in the locale', () => {
    expect(readCell('79.850 €', 'de-DE', 'annual')).to.deep.include({ kind: 'amount', value: 79850 });
  });
});

describe('withoutFootnotes', () => {
  it('cleans headers and labels', () => {
    expect(withoutFootnotes('Annual mean wage (2)')).to.equal('Annual mean wage');
    expect(withoutFootnotes('Location quotient (9)')).to.equal('Location quotient');
    expect(withoutFootnotes('Alaska*')).to.equal('Alaska');
  });
});

describe('footnoteMarkers', () => {
  it('lists the markers withoutFootnotes removes', () => {
    expect(footnoteMarkers('Annual mean wage (2)')).to.deep.equal(['(2)']);
    expect(footnoteMarkers('Alaska*')).to.deep.equal(['*']);
    expect(footnoteMarkers('Wyoming²')).to.deep.equal(['²']);
    expect(footnoteMarkers('$79,850†(1)')).to.deep.equal(['†', '(1)']);
    expect(footnoteMarkers('California')).to.deep.equal([]);
  });
});
