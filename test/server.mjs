// Test-only HTTP endpoints under /test-api/, for the fetching paths.
const DOC = JSON.stringify({
  percentiles: { p10: 50000, p25: 60000, p50: 70000, p75: 80000, p90: 90000 },
  other: { p10: 1000, p25: 2000, p50: 3000, p75: 4000, p90: 5000 },
});

export const requestCounts = new Map();
/** For the latest-wins tests: whether each slow request was served or abandoned by the browser. */
const slowStatus = new Map();

export async function testServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const name = url.pathname.slice('/test-api/'.length);
  requestCounts.set(url.pathname + url.search, (requestCounts.get(url.pathname + url.search) ?? 0) + 1);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 20000)));
  // CSV and TSV files as static hosts and published Google Sheets serve them: the
  // body from the query, as text/plain unless `type` says otherwise, so that the
  // widget must tell CSV from the address (a .csv path, or output=csv).
  if (/\.(csv|tsv)$/.test(name) || name.startsWith('spreadsheets/')) {
    ctx.type = url.searchParams.get('type') ?? 'text/plain; charset=utf-8';
    ctx.body = url.searchParams.get('body') ?? '';
    return;
  }
  switch (name) {
    case 'doc.json':
      ctx.type = 'application/json';
      ctx.body = DOC;
      return;
    case 'states.json':
      ctx.type = 'application/json';
      // Test values, not published figures.
      ctx.body = JSON.stringify({ percentiles: { p10: 41000, p25: 52000, p50: 63000, p75: 74000, p90: 85000 }, states: { CA: 120000, TX: 110000 } });
      return;
    case 'blank':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>blank</title>';
      return;
    case 'count':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: requestCounts.get(url.searchParams.get('path')) ?? 0 });
      return;
    case 'percentiles.json': {
      const p50 = Number(url.searchParams.get('p50') ?? 70000);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ p10: p50 - 20000, p25: p50 - 10000, p50, p75: p50 + 10000, p90: p50 + 20000 });
      return;
    }
    case 'csp-page':
      // The strictest policy a careful blog might send: no inline script or style, Trusted Types.
      ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'");
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
        <script src="/test/fixtures/csp-probe.js"></script>
        <script src="/dist/salary-widgets.js"></script></head><body>
        <salary-percentile-bar></salary-percentile-bar>
        <salary-percentile-bar marker="150000" bands="experience" theme="dark"></salary-percentile-bar>
        <salary-percentile-bar src="/test-api/doc.json"></salary-percentile-bar>
        <salary-percentile-bar p10="x"></salary-percentile-bar>
        <state-salary-map ranking="5" highlight="CA"></state-salary-map>
        <state-salary-map layout="tiles" src="/test-api/states.json"></state-salary-map>
        <comp-breakdown heading="&lt;img src=x onerror=window.__pwned=1&gt;" source="x" source-url="javascript:alert(1)"></comp-breakdown>
        <comp-breakdown variant="bar" base="100000" bonus="10%-20%"></comp-breakdown>
        <comp-breakdown bonus="15%"></comp-breakdown>
      </body></html>`;
      return;
    case 'error-500':
      ctx.status = 500;
      ctx.body = 'boom';
      return;
    case 'redirect':
      ctx.redirect('/test-api/doc.json');
      return;
    case 'png':
      ctx.type = 'image/png';
      ctx.body = DOC;
      return;
    case 'endless': {
      // Sends a little forever, until the client gives up.
      const { PassThrough } = await import('node:stream');
      const stream = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = stream;
      stream.write('[');
      const timer = setInterval(() => stream.write('0,'), 20);
      const stop = () => {
        clearInterval(timer);
        stream.end();
      };
      ctx.req.on('close', stop);
      setTimeout(stop, 20000);
      return;
    }
    case 'hang':
      // Never answers; the client's timeout must end it.
      await new Promise((resolve) => {
        ctx.req.on('close', resolve);
        setTimeout(resolve, 20000);
      });
      ctx.status = 204;
      return;
    case 'slow': {
      const id = url.searchParams.get('id');
      slowStatus.set(id, 'pending');
      const wait = Number(url.searchParams.get('wait') ?? 500);
      const closed = await new Promise((resolve) => {
        const t = setTimeout(() => resolve(false), wait);
        ctx.req.on('close', () => {
          clearTimeout(t);
          resolve(true);
        });
      });
      slowStatus.set(id, closed ? 'aborted' : 'served');
      const p50 = Number(url.searchParams.get('p50') ?? 70000);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ p10: p50 - 2, p25: p50 - 1, p50, p75: p50 + 1, p90: p50 + 2 });
      return;
    }
    case 'slow-status':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(Object.fromEntries(slowStatus));
      return;
    case 'deep':
      ctx.type = 'application/json';
      ctx.body = '['.repeat(20000) + ']'.repeat(20000);
      return;
    case 'rows': {
      // 100,000 rows in the shape each widget reads (test values).
      const n = 100000;
      const section = url.searchParams.get('section');
      const doc =
        section === 'compensation'
          ? { compensation: { base: 1, components: Array.from({ length: n }, (_, i) => ({ label: `C${i}`, value: i })) } }
          : section === 'ranking'
            ? { ranking: Array.from({ length: n }, (_, i) => ({ label: `R${i}`, value: i })) }
            : section === 'percentiles'
              ? {
                  percentiles: {
                    p10: 41000,
                    p25: 52000,
                    p50: 63000,
                    p75: 74000,
                    p90: 85000,
                    bands: Array.from({ length: n }, () => ({ label: 'B', from: 41000, to: 52000 })),
                  },
                }
              : { states: Array.from({ length: n }, (_, i) => ({ state: 'CA', value: i })) };
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(doc);
      return;
    }
    case 'echo':
      // Serves the body given in the query, for fetched versions of inline test documents.
      ctx.type = url.searchParams.get('type') ?? 'application/json';
      ctx.body = url.searchParams.get('body') ?? '';
      return;
    case 'proto':
      // Test values, not published figures.
      ctx.type = 'application/json';
      ctx.body =
        '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "percentiles": {"__proto__": {"polluted": 1}, "p10": 41000, "p25": 52000, "p50": 63000, "p75": 74000, "p90": 85000, "bands": [{"__proto__": {"polluted": 1}, "label": "A", "from": "p10", "to": "p90"}]}, "states": {"__proto__": {"polluted": 1}, "CA": 120000, "prototype": 2}, "compensation": {"base": 100000, "toString": 5, "__proto__": {"polluted": 1}}, "ranking": [{"__proto__": {"polluted": 1}, "label": "A", "value": 120000, "constructor": 2}]}';
      return;
    case 'not-found':
      ctx.status = 404;
      ctx.body = 'not found';
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><p>Oops</p>';
      return;
    case 'invalid':
      ctx.type = 'application/json';
      ctx.body = '{"p10": 1,';
      return;
    case 'huge':
      ctx.type = 'application/json';
      ctx.body = '[' + '0,'.repeat(1_200_000) + '0]';
      return;
    default:
      ctx.status = 404;
  }
}
