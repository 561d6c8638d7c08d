import { expect, aTimeout } from '@open-wc/testing';
import '../../src/index.js';
import { clearDocumentCache } from '../../src/core/data/fetch-document.js';
import { cleanup, mount } from '../helpers/dom.js';
import { figures, nanAttributes, record, watch } from '../helpers/detectors.js';
import { alertOf, settled, WIDGET_CASES } from './widgets.js';

// Broken networks, served by the local test server, against every widget.

const FAILURES: [string, string, RegExp][] = [
  ['404', '/test-api/not-found', /src: the server answered 404/],
  ['500', '/test-api/error-500', /src: the server answered 500/],
  ['an HTML body', '/test-api/html', /src: expected JSON or CSV, but the server sent "text\/html"/],
  ['invalid JSON', '/test-api/invalid', /src: expected valid JSON/],
  ['a wrong content type', '/test-api/png', /src: expected JSON or CSV, but the server sent "image\/png"/],
  ['a body over the size cap', '/test-api/huge', /src: the document is larger than 2 MB/],
  ['a body that never ends', '/test-api/endless', /src: no answer from the server within 0.8 s/],
  ['a response that never comes', '/test-api/hang', /src: no answer from the server within 0.8 s/],
];

describe('broken networks', () => {
  afterEach(() => {
    cleanup();
    clearDocumentCache();
  });
  after(record);

  for (const w of WIDGET_CASES) {
    describe(`<${w.tag}>`, () => {
      for (const [name, src, message] of FAILURES) {
        it(`shows an error for ${name}`, async () => {
          const watcher = watch();
          const el = mount({ tag: w.tag, attrs: { src, timeout: '800' } });
          figures.badInputs++;
          figures.inputs++;
          expect(await settled(el)).to.equal('error');
          const found = watcher.stop();
          expect(alertOf(el)).to.match(message);
          expect(found.warnings).to.have.length(1);
          expect(found.uncaught).to.deep.equal([]);
          expect(nanAttributes(el)).to.deep.equal([]);
          figures.visibleErrors++;
        });
      }

      it('follows a redirect', async () => {
        const el = mount({ tag: w.tag, attrs: { src: '/test-api/redirect', key: w.section === 'percentiles' ? 'percentiles' : 'states' } });
        figures.inputs++;
        // doc.json has percentiles and an "other" section; the map and breakdown have no section there.
        const state = await settled(el);
        expect(state).to.equal(w.section === 'percentiles' ? 'drawn' : 'error');
      });

      it('shows an error when the server does not allow cross-origin requests', async () => {
        // Same server, other origin: 127.0.0.1 instead of localhost, and no CORS headers.
        const other = new URL('/test-api/doc.json', location.href);
        other.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
        const watcher = watch();
        const el = mount({ tag: w.tag, attrs: { src: other.href } });
        figures.badInputs++;
        figures.inputs++;
        expect(await settled(el)).to.equal('error');
        expect(alertOf(el)).to.match(/src: could not load .* cross-origin/);
        expect(watcher.stop().uncaught).to.deep.equal([]);
        figures.visibleErrors++;
      });
    });
  }

  it('draws only the last of several src values while older requests are slow, and aborts the others', async () => {
    const run = Math.random().toString(36).slice(2);
    const el = mount({ tag: 'salary-percentile-bar', attrs: { src: `/test-api/slow?id=${run}-1&wait=1500&p50=111111` } });
    const seen = new Set<string>();
    const spy = setInterval(() => {
      for (const t of el.shadowRoot?.querySelectorAll('svg.chart text') ?? []) seen.add(t.textContent.trim());
    }, 5);
    await aTimeout(100);
    el.setAttribute('src', `/test-api/slow?id=${run}-2&wait=1000&p50=222222`);
    await aTimeout(100);
    el.setAttribute('src', `/test-api/slow?id=${run}-3&wait=100&p50=333333`);
    expect(await settled(el)).to.equal('drawn');
    await aTimeout(1700);
    clearInterval(spy);
    const stale = [...seen].filter((t) => /111,111|222,222/.test(t));
    figures.staleRenders += stale.length;
    figures.inputs += 3;
    expect(stale).to.deep.equal([]);
    expect(seen.has('$333,333')).to.be.true;
    const status = (await (await fetch('/test-api/slow-status')).json()) as Record<string, string>;
    expect([status[`${run}-1`], status[`${run}-2`], status[`${run}-3`]]).to.deep.equal(['aborted', 'aborted', 'served']);
  });

  it('aborts the request of a widget removed while its fetch is in flight', async () => {
    for (const w of WIDGET_CASES) {
      const run = Math.random().toString(36).slice(2);
      const watcher = watch();
      const el = mount({ tag: w.tag, attrs: { src: `/test-api/slow?id=${run}&wait=800` } });
      await aTimeout(100);
      el.parentElement!.remove();
      await aTimeout(900);
      const found = watcher.stop();
      const status = (await (await fetch('/test-api/slow-status')).json()) as Record<string, string>;
      expect(status[run], w.tag).to.equal('aborted');
      expect(found.uncaught).to.deep.equal([]);
      expect(found.warnings).to.deep.equal([]);
    }
  });
});
