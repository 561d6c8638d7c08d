import { expect } from '@open-wc/testing';
import { createFormatter, isValidCurrency, isValidLocale } from './format.js';

describe('format', () => {
  it('formats annual amounts in full and compact', () => {
    const f = createFormatter('en-US', 'USD');
    expect(f.money(133080)).to.equal('$133,080');
    expect(f.compact(133080)).to.equal('$133K');
    expect(f.compact(79850)).to.equal('$79.9K');
    expect(f.compact(1_250_000)).to.equal('$1.25M');
  });

  it('divides by 2080 for hourly figures, the BLS convention', () => {
    const f = createFormatter('en-US', 'USD', 'hourly');
    expect(f.money(133080)).to.equal('$63.98');
    expect(f.money(79850)).to.equal('$38.39');
    expect(f.money(211450)).to.equal('$101.66');
    expect(f.compact(133080)).to.equal('$64');
  });

  it('follows the locale and currency', () => {
    const f = createFormatter('de-DE', 'EUR');
    expect(f.money(133080).replace(/\s/g, ' ')).to.equal('133.080 €');
  });

  it("writes compact amounts with the locale's own abbreviation, and whole amounts where it has none", () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(createFormatter('fr-FR', 'EUR').compact(133080))).to.equal('133 k €');
    expect(plain(createFormatter('es-ES', 'EUR').compact(133080))).to.equal('133 mil €');
    expect(plain(createFormatter('pt-BR', 'BRL').compact(133080))).to.equal('R$ 133 mil');
    // German does not shorten thousands: "133.000 €" would look exact, so the whole amount is given.
    expect(plain(createFormatter('de-DE', 'EUR').compact(133080))).to.equal('133.080 €');
    expect(plain(createFormatter('de-DE', 'EUR').compact(1_250_000))).to.equal('1,25 Mio. €');
  });

  it('keeps one compact unit on an axis or legend, else whole amounts', () => {
    const plain = (texts: string[]) => texts.map((text) => text.replace(/[\u00a0\u202f]/g, ' '));
    const seed = [0, 79850, 133080, 211450];
    expect(createFormatter('en-US', 'USD').compactAll(seed)).to.deep.equal(['$0', '$79.9K', '$133K', '$211K']);
    // en-IN writes "₹79.9K" for thousands but "₹1.33L" for lakhs: one axis must not mix them.
    expect(createFormatter('en-IN', 'INR').compactAll(seed)).to.deep.equal(['₹0', '₹79,850', '₹1,33,080', '₹2,11,450']);
    expect(createFormatter('en-IN', 'INR').compactAll([120000, 150000])).to.deep.equal(['₹1.2L', '₹1.5L']);
    expect(plain(createFormatter('de-DE', 'EUR').compactAll(seed))).to.deep.equal(['0 €', '79.850 €', '133.080 €', '211.450 €']);
    expect(plain(createFormatter('fr-FR', 'EUR').compactAll(seed))).to.deep.equal(['0 €', '79,9 k €', '133 k €', '211 k €']);
  });

  it('validates locales and currencies', () => {
    expect(isValidLocale('en-GB')).to.be.true;
    expect(isValidLocale('not a locale!')).to.be.false;
    expect(isValidCurrency('EUR')).to.be.true;
    expect(isValidCurrency('EURO')).to.be.false;
    expect(isValidCurrency('<b>')).to.be.false;
  });
});
