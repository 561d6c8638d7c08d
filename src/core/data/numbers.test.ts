import { expect } from '@open-wc/testing';
import { ambiguousAmount, asciiDigits, numberSymbols, parseLocalizedAmount } from './numbers.js';

describe('parseLocalizedAmount', () => {
  it('reads amounts the way each locale writes them', () => {
    const cases: [string, string, number][] = [
      ['en-US', '$79,850', 79850],
      ['en-US', '$63.98', 63.98],
      ['en-US', 'US$ 150,000', 150000],
      ['de-DE', '79.850 €', 79850],
      ['de-DE', '1.234,56', 1234.56],
      ['de', '95.000', 95000],
      ['fr-FR', '79\u202f850\u00a0€', 79850],
      ['fr', '79 850,50 €', 79850.5],
      ['en-IN', '₹12,00,000', 1200000],
      ['en-IN', '1,20,00,000', 12000000],
      ['pt-BR', 'R$ 1.234,56', 1234.56],
      ['ar-EG', '١٢٣٬٤٥٦', 123456],
      ['en-US', '١٢٣٤٥٦', 123456],
    ];
    for (const [locale, text, expected] of cases) expect(parseLocalizedAmount(text, locale), `${text} in ${locale}`).to.equal(expected);
  });

  it('reads thousand and million suffixes where they are unambiguous', () => {
    expect(parseLocalizedAmount('95k', 'en-US')).to.equal(95000);
    expect(parseLocalizedAmount('$95K', 'en-US')).to.equal(95000);
    expect(parseLocalizedAmount('$1m', 'en-US')).to.equal(1000000);
    expect(parseLocalizedAmount('1.2M', 'en-US')).to.equal(1200000);
    expect(parseLocalizedAmount('95 Tsd.', 'de-DE')).to.equal(95000);
    expect(parseLocalizedAmount('1,2 Mio. €', 'de-DE')).to.equal(1200000);
    expect(parseLocalizedAmount('133 mil €', 'es-ES')).to.equal(133000);
    // In English "mil" may mean a million: not guessed.
    expect(parseLocalizedAmount('133 mil', 'en-US')).to.equal(undefined);
  });

  it('refuses separators that do not fit the locale, rather than guess', () => {
    expect(parseLocalizedAmount('79,850.00', 'de-DE')).to.equal(undefined);
    // One separator then three digits: thousands to some readers, a decimal to others.
    expect(parseLocalizedAmount('15.000 €', 'en-US')).to.equal(undefined);
    expect(parseLocalizedAmount('79,850', 'de-DE')).to.equal(undefined);
    expect(parseLocalizedAmount('63.980', 'en-US')).to.equal(undefined);
    // Two decimals, or a group before it, leave no doubt.
    expect(parseLocalizedAmount('63.98', 'en-US')).to.equal(63.98);
    expect(parseLocalizedAmount('1,063.980', 'en-US')).to.equal(1063.98);
    expect(parseLocalizedAmount('1,2345', 'en-US')).to.equal(undefined);
    expect(parseLocalizedAmount('12,34,5', 'en-IN')).to.equal(undefined);
    expect(parseLocalizedAmount('abc', 'en-US')).to.equal(undefined);
    expect(parseLocalizedAmount('', 'en-US')).to.equal(undefined);
    expect(parseLocalizedAmount('95 apples', 'en-US')).to.equal(undefined);
  });

  it('learns separators from Intl', () => {
    expect(numberSymbols('de-DE')).to.deep.equal({ group: '.', decimal: ',' });
    expect(numberSymbols('en-US')).to.deep.equal({ group: ',', decimal: '.' });
    expect(numberSymbols('fr-FR')).to.deep.equal({ group: '\u202f', decimal: ',' });
  });

  it('turns other scripts’ digits into ASCII', () => {
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩')).to.equal('0123456789');
    expect(asciiDigits('०१२३')).to.equal('0123');
    expect(asciiDigits('１２３')).to.equal('123');
  });
});

describe('ambiguousAmount', () => {
  it('flags a dot followed by three digits, and European decimals', () => {
    expect(ambiguousAmount('79.850')).to.deep.equal({ integer: '79850', decimal: '79.85' });
    expect(ambiguousAmount('85.000')).to.deep.equal({ integer: '85000', decimal: '85' });
    expect(ambiguousAmount('1.234.567')).to.deep.equal({ integer: '1234567', decimal: undefined });
    expect(ambiguousAmount('1.234,56')).to.deep.equal({ integer: '1234.56' });
    expect(ambiguousAmount('79,850')).to.deep.equal({ integer: '79850', decimal: '79.85' });
  });

  it('lets plain numbers through', () => {
    for (const text of ['79850', '63.98', '79.8', '0.5', '1e5', '1234.5678']) expect(ambiguousAmount(text), text).to.equal(undefined);
  });
});
