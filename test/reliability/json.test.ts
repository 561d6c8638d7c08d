import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { clearDocumentCache } from '../../src/core/data/fetch-document.js';
import { cleanup, mount } from '../helpers/dom.js';
import { figures, nanAttributes, record, watch } from '../helpers/detectors.js';
import { alertOf, settled, WIDGET_CASES } from './widgets.js';

// Hostile JSON, inline (data attribute) and fetched (src), against every widget.

const echo = (body: string) => `/test-api/echo?body=${encodeURIComponent(body)}`;

describe('hostile JSON', () => {
  afterEach(() => {
    cleanup();
    clearDocumentCache();
  });
  after(record);

  for (const w of WIDGET_CASES) {
    describe(`<${w.tag}>`, () => {
      const bad: [string, string][] = [
        ['truncated', JSON.stringify({ [w.section]: w.sectionData }).slice(0, -3)],
        ['wrong type for the section', JSON.stringify({ [w.section]: 'seven' })],
        ['a list where an object belongs', JSON.stringify({ [w.section]: [[1, 2], [3]] })],
        ['null', 'null'],
        ['a number', '42'],
        ['nested 20,000 deep', '['.repeat(20000) + ']'.repeat(20000)],
        ['an empty string', '""'],
      ];
      for (const [name, body] of bad) {
        for (const via of ['inline', 'fetched'] as const) {
          it(`shows an error for ${name} JSON (${via})`, async () => {
            if (via === 'fetched' && body.length > 8000) return void (await fetchedDeep(w.tag));
            const watcher = watch();
            const el = mount({ tag: w.tag, attrs: via === 'inline' ? { data: body } : { src: echo(body) } });
            figures.badInputs++;
            figures.inputs++;
            const state = await settled(el);
            const found = watcher.stop();
            expect(state).to.equal('error');
            expect(alertOf(el)).to.match(/data|src|section|expected/);
            expect(found.warnings).to.have.length(1);
            expect(found.uncaught).to.deep.equal([]);
            expect(nanAttributes(el)).to.deep.equal([]);
            figures.visibleErrors++;
          });
        }
      }

      it('shows an error for 100,000 rows instead of drawing them', async () => {
        // Fetched, the document is over the 2 MB cap; as a property, the row limits apply.
        const rows: unknown = await (await fetch(`/test-api/rows?section=${w.section}`)).json();
        for (const [attrs, message] of [
          [{ src: `/test-api/rows?section=${w.section}` }, /larger than 2 MB/],
          [{}, /at most/],
        ] as const) {
          const watcher = watch();
          const el = mount({ tag: w.tag, attrs });
          if (!('src' in attrs)) (el as HTMLElement & { data: unknown }).data = rows;
          figures.badInputs++;
          figures.inputs++;
          expect(await settled(el, 8000)).to.equal('error');
          expect(alertOf(el)).to.match(message);
          expect(watcher.stop().uncaught).to.deep.equal([]);
          figures.visibleErrors++;
          cleanup();
        }
      });

      it('reads __proto__, constructor and prototype keys at any depth without polluting anything', async () => {
        for (const attrs of <Record<string, string>[]>[
          { src: '/test-api/proto' },
          {
            data: JSON.stringify({ [w.section]: w.sectionData }).replace('{', '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, '),
          },
        ]) {
          const watcher = watch();
          const el = mount({ tag: w.tag, attrs });
          figures.inputs++;
          const state = await settled(el);
          const found = watcher.stop();
          expect(state).to.equal('drawn');
          expect(found.protoChanged).to.be.false;
          expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
          expect(found.uncaught).to.deep.equal([]);
          cleanup();
        }
      });

      it('ignores prototype-shaped keys in a data property object too', async () => {
        const el = mount({ tag: w.tag, attrs: {} });
        const doc = JSON.parse(`{"${w.section}": ${JSON.stringify(w.sectionData)}}`) as Record<string, Record<string, unknown>>;
        Object.defineProperty(doc[w.section]!, '__proto__', { value: { polluted: 1 }, enumerable: true });
        doc[w.section]!['toString'] = 7;
        (el as HTMLElement & { data: unknown }).data = doc;
        figures.inputs++;
        const state = await settled(el);
        expect(['drawn', 'error']).to.include(state);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(nanAttributes(el)).to.deep.equal([]);
        if (state === 'drawn') expect(el.shadowRoot!.textContent).not.to.contain('native code');
      });
    });
  }
});

async function fetchedDeep(tag: string) {
  const el = mount({ tag, attrs: { src: '/test-api/deep' } });
  figures.badInputs++;
  figures.inputs++;
  expect(await settled(el)).to.equal('error');
  figures.visibleErrors++;
}
