import { expect } from '@open-wc/testing';
import { LANGUAGES, addMessages, createTranslator, formatMessage, isMessage, languageOf, placeholdersOf, type Catalogs, type MessageSet } from './catalog.js';
import { CORE_MESSAGES } from './messages.js';
import { BAR_MESSAGES } from '../../salary-percentile-bar/messages.js';
import { COMPARE_MESSAGES } from '../../salary-compare/messages.js';
import { MAP_MESSAGES } from '../../state-salary-map/messages.js';
import { BREAKDOWN_MESSAGES } from '../../comp-breakdown/messages.js';
import { RANKING_MESSAGES } from '../../salary-ranking/messages.js';

const CATALOGS: Record<string, Catalogs<MessageSet>> = {
  core: CORE_MESSAGES,
  'salary-percentile-bar': BAR_MESSAGES,
  'salary-compare': COMPARE_MESSAGES,
  'state-salary-map': MAP_MESSAGES,
  'comp-breakdown': BREAKDOWN_MESSAGES,
  'salary-ranking': RANKING_MESSAGES,
};

// Spaces Intl puts in numbers and French punctuation, written plainly for comparison.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('message catalogs', () => {
  for (const [name, catalogs] of Object.entries(CATALOGS)) {
    it(`${name}: every key in every language, each a message, with no placeholder English lacks`, () => {
      const keys = Object.keys(catalogs.en).sort();
      expect(keys.length).to.be.greaterThan(0);
      for (const language of LANGUAGES) {
        const catalog = catalogs[language] as MessageSet;
        expect(Object.keys(catalog).sort(), `${language} keys`).to.deep.equal(keys);
        for (const key of keys) {
          const message = catalog[key]!;
          expect(isMessage(message), `${language}.${key} is a message`).to.be.true;
          const english = new Set(placeholdersOf(catalogs.en[key]!));
          // A plural message takes {count} in every language.
          if (typeof catalogs.en[key] !== 'string') english.add('count');
          const extra = placeholdersOf(message).filter((placeholder) => !english.has(placeholder));
          expect(extra, `${language}.${key} uses placeholders English does not give`).to.deep.equal([]);
        }
      }
    });
  }

  it('French messages put a no-break space before : ; ? and !', () => {
    for (const [name, catalogs] of Object.entries(CATALOGS)) {
      for (const [key, message] of Object.entries(catalogs.fr)) expect(JSON.stringify(message), `${name} fr.${key}`).not.to.match(/ [:;?!]/);
    }
  });

  it('finds the built-in language of a tag: regional tags fall back to their language, others to English', () => {
    expect(['de', 'de-AT', 'pt-BR', 'es-MX', 'fr-CA', 'en-IN', 'ja', 'ar', 'zz-Latn', ''].map(languageOf)).to.deep.equal([
      'de',
      'de',
      'pt',
      'es',
      'fr',
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  it('writes ordinals and percentiles in each language', () => {
    const en = createTranslator<typeof CORE_MESSAGES.en>([CORE_MESSAGES], 'en', 'en-US');
    expect([1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 62, 90, 101, 111].map((count) => en('ordinal', { count }))).to.deep.equal([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '10th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '62nd',
      '90th',
      '101st',
      '111th',
    ]);
    const percentile = (language: 'en' | 'es' | 'fr' | 'de' | 'pt', count: number) =>
      createTranslator<typeof CORE_MESSAGES.en>([CORE_MESSAGES], language, language)('percentile', { count });
    expect(percentile('en', 10)).to.equal('10th percentile');
    expect(percentile('en', 62)).to.equal('62nd percentile');
    expect(percentile('es', 10)).to.equal('percentil 10');
    expect(percentile('fr', 1)).to.equal('1er centile');
    expect(percentile('fr', 10)).to.equal('10e centile');
    expect(percentile('de', 10)).to.equal('10. Perzentil');
    expect(percentile('pt', 90)).to.equal('percentil 90');
  });

  it("chooses plural forms by the words' language, and writes numbers in the page's locale", () => {
    // English words on a Japanese page: "3rd", not the Japanese rules' "3th".
    const english = createTranslator<typeof CORE_MESSAGES.en>([CORE_MESSAGES], 'en', 'ja-JP');
    expect(english('percentile', { count: 3 })).to.equal('3rd percentile');
    expect(english('hourlyNote', { hours: 2080 })).to.equal('Hourly wages shown as annual: hourly wage × 2,080 hours.');
  });

  it('writes English words on an Arabic page with Latin digits among them: "3rd", never "٣rd"', () => {
    const english = createTranslator<typeof CORE_MESSAGES.en>([CORE_MESSAGES], 'en', 'ar-EG');
    expect(english('percentile', { count: 3 })).to.equal('3rd percentile');
  });

  it('gives English plural forms to the English a page-added language falls back to', () => {
    addMessages('nl', { median: 'Mediaan' });
    const dutch = createTranslator<typeof CORE_MESSAGES.en>([CORE_MESSAGES], 'nl', 'nl-NL');
    expect(dutch('median')).to.equal('Mediaan');
    expect([1, 2, 3].map((count) => dutch('percentile', { count }))).to.deep.equal(['1st percentile', '2nd percentile', '3rd percentile']);
  });

  it('no widget message has the name of a core one, which would hide it', () => {
    const core = new Set(Object.keys(CORE_MESSAGES.en));
    for (const [name, catalogs] of Object.entries(CATALOGS)) {
      if (name === 'core') continue;
      expect(
        Object.keys(catalogs.en).filter((key) => core.has(key)),
        name,
      ).to.deep.equal([]);
    }
  });

  it('chooses plural forms by count and writes numbers in the locale', () => {
    const fr = createTranslator<typeof CORE_MESSAGES.en>([CORE_MESSAGES], 'fr', 'fr-FR');
    expect(fr('moreItems', { items: 'Alaska, Maine', count: 1 })).to.equal('Alaska, Maine et 1 autre');
    expect(fr('moreItems', { items: 'Alaska, Maine', count: 4 })).to.equal('Alaska, Maine et 4 autres');
    expect(plain(fr('hourlyNote', { hours: 2080 }))).to.equal('Salaires horaires présentés en annuel : salaire horaire × 2 080 heures.');
    const de = createTranslator<typeof CORE_MESSAGES.en>([CORE_MESSAGES], 'de', 'de-DE');
    expect(de('hourlyNote', { hours: 2080 })).to.equal('Stundenlöhne als Jahresbeträge: Stundenlohn × 2.080 Stunden.');
  });

  it("puts an author's message over the catalog's, and leaves a placeholder it cannot fill as written", () => {
    const t = createTranslator<typeof CORE_MESSAGES.en>([CORE_MESSAGES], 'de', 'de-DE', { median: 'Mittelwert', noData: 'k. A. ({what})' });
    expect(t('median')).to.equal('Mittelwert');
    expect(t('noData')).to.equal('k. A. ({what})');
    expect(t('total')).to.equal('Gesamt');
    expect(formatMessage({ one: 'ein Staat', other: '{count} Staaten' }, 'de', { count: 3 })).to.equal('3 Staaten');
  });

  it('tells messages from other values', () => {
    expect(isMessage('Median')).to.be.true;
    expect(isMessage({ one: '1 state', other: '{count} states' })).to.be.true;
    expect(isMessage({ type: 'ordinal', other: '{count}th' })).to.be.true;
    expect(isMessage({ one: '1 state' })).to.be.false;
    expect(isMessage({ type: 'cardinal', other: 'x' })).to.be.false;
    expect(isMessage({ other: 3 })).to.be.false;
    expect(isMessage(42)).to.be.false;
    expect(isMessage(null)).to.be.false;
    expect(isMessage(['Median'])).to.be.false;
  });
});
