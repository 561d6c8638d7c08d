import { expect } from '@open-wc/testing';
import { pickSource, type SourceInputs } from './sources.js';

// The priority order in which a widget reads its data. Tables are stand-ins
// (strings) here: the function only decides, it reads nothing.

const NONE: SourceInputs<string, string> = {
  property: undefined,
  attributes: undefined,
  dataAttribute: undefined,
  script: undefined,
  src: undefined,
  table: undefined,
};
const ALL: SourceInputs<string, string> = {
  property: { p50: 1 },
  attributes: 'from attributes',
  dataAttribute: '{"p50": 2}',
  script: { text: '{"p50": 3}', format: 'json' },
  src: '/data.json',
  table: 'a table',
};

describe('pickSource', () => {
  it('uses the default dataset only when nothing was supplied', () => {
    expect(pickSource(NONE)).to.deep.equal({ origin: 'default' });
    // null, as an attribute removed or a property cleared, counts as not supplied.
    expect(pickSource({ ...NONE, property: null, dataAttribute: null, src: null })).to.deep.equal({ origin: 'default' });
  });

  it('follows the documented order: property, attributes, data, script, src, table', () => {
    const order: [keyof typeof ALL, unknown][] = [
      ['property', { origin: 'property', value: { p50: 1 } }],
      ['attributes', { origin: 'attributes', data: 'from attributes' }],
      ['dataAttribute', { origin: 'inline-json', text: '{"p50": 2}' }],
      ['script', { origin: 'script', text: '{"p50": 3}', format: 'json' }],
      ['src', { origin: 'src', url: '/data.json' }],
      ['table', { origin: 'table', table: 'a table' }],
    ];
    // Remove the winners one by one: each time the next source in the order wins.
    let inputs: SourceInputs<string, string> = ALL;
    for (const [name, expected] of order) {
      expect(pickSource(inputs), `with ${name} the highest given`).to.deep.equal(expected);
      inputs = { ...inputs, [name]: undefined };
    }
    expect(pickSource(inputs)).to.deep.equal({ origin: 'default' });
  });

  it('picks a supplied source even when it is empty text, so a broken source shows its error', () => {
    expect(pickSource({ ...NONE, dataAttribute: '', table: 'a table' })).to.deep.equal({ origin: 'inline-json', text: '' });
    expect(pickSource({ ...NONE, src: '' })).to.deep.equal({ origin: 'src', url: '' });
    expect(pickSource({ ...NONE, property: 0 })).to.deep.equal({ origin: 'property', value: 0 });
  });
});
