import { expect } from '@open-wc/testing';
import { quote } from './errors.js';
import { dataErrorMessage as fails } from '../../../test/helpers/errors.js';
import { parseJson, selectSection } from './json.js';
import { readAmount } from './values.js';
import { resolveHttpUrl } from './fetch-document.js';

describe('readAmount', () => {
  it('accepts numbers and plain decimal strings', () => {
    expect(readAmount(133080, 'p50')).to.equal(133080);
    expect(readAmount(' 63.98 ', 'p50')).to.equal(63.98);
    expect(readAmount('1.5e5', 'p50')).to.equal(150000);
  });

  it('rejects anything else, naming the attribute', () => {
    for (const bad of ['', 'abc', 'NaN', 'Infinity', '1e309', '0x10', null, true, [], {}]) {
      expect(fails(() => readAmount(bad, 'p50'))).to.match(/^p50: expected a/);
    }
    expect(fails(() => readAmount('1,000', 'p25'))).to.equal('p25: "1,000" is ambiguous; write 1000 (no separators), or 1 for a decimal.');
    expect(fails(() => readAmount('133,080.50', 'p25'))).to.contain('without commas');
    expect(fails(() => readAmount('$90000', 'p25'))).to.contain('without commas');
    expect(fails(() => readAmount(-5, 'p10'))).to.equal('p10: expected an amount of 0 or more, got -5.');
    expect(fails(() => readAmount(Infinity, 'p10'))).to.contain('finite');
  });

  it('refuses European-looking separators in machine input rather than read them 1,000 times too small', () => {
    expect(fails(() => readAmount('79.850', 'p10'))).to.equal('p10: "79.850" is ambiguous; write 79850 (no separators), or 79.85 for a decimal.');
    expect(fails(() => readAmount('85.000', 'value'))).to.equal('value: "85.000" is ambiguous; write 85000 (no separators), or 85 for a decimal.');
    expect(fails(() => readAmount('1.234,56', 'percentiles.p50'))).to.equal('percentiles.p50: "1.234,56" is ambiguous; write 1234.56 (no separators).');
    expect(fails(() => readAmount('1.234.567', 'p90'))).to.equal('p90: "1.234.567" is ambiguous; write 1234567 (no separators).');
    // A JSON number is never ambiguous.
    expect(readAmount(79.85, 'p10')).to.equal(79.85);
  });

  it('quotes user input safely and briefly', () => {
    expect(quote('a\u202eb')).to.equal('"a\ufffdb"');
    expect(quote('x'.repeat(100))).to.have.length(42);
  });
});

describe('parseJson', () => {
  it('drops prototype keys at any depth', () => {
    const doc = parseJson('{"__proto__": {"polluted": 1}, "a": {"constructor": {"prototype": {"x": 1}}, "b": [{"__proto__": 2}]}}', 'data') as {
      a: { b: object[] };
    };
    expect(Object.keys(doc)).to.deep.equal(['a']);
    expect(Object.keys(doc.a)).to.deep.equal(['b']);
    expect(Object.keys(doc.a.b[0]!)).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('names the source of invalid JSON', () => {
    expect(fails(() => parseJson('{"p10": ', 'data'))).to.match(/^data: expected valid JSON/);
  });
});

describe('selectSection', () => {
  const doc = { percentiles: { p10: 1 }, other: { p10: 2 } };
  it('reads the widget section, a chosen key, or a bare section', () => {
    expect(selectSection(doc, 'percentiles', undefined, 'src document')).to.deep.equal({ p10: 1 });
    expect(selectSection(doc, 'percentiles', 'other', 'src document')).to.deep.equal({ p10: 2 });
    expect(selectSection({ p10: 3 }, 'percentiles', undefined, 'src document')).to.deep.equal({ p10: 3 });
  });
  it('fails on a missing chosen key', () => {
    expect(fails(() => selectSection(doc, 'percentiles', 'nope', 'src document'))).to.equal('key: the src document has no section named "nope".');
  });
  it('never reads inherited properties', () => {
    expect(selectSection({}, 'toString', undefined, 'doc')).to.deep.equal({});
  });
});

describe('resolveHttpUrl', () => {
  it('allows http, https and relative URLs', () => {
    expect(resolveHttpUrl('https://example.com/a.json', 'src').href).to.equal('https://example.com/a.json');
    expect(resolveHttpUrl('data/a.json', 'src').protocol).to.equal(location.protocol);
  });
  it('refuses other schemes, however disguised', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '\u0001javascript:alert(1)', ' data:application/json,{}', 'file:///etc/passwd']) {
      expect(fails(() => resolveHttpUrl(bad, 'src'))).to.match(/^src: only http and https/);
    }
  });
});
