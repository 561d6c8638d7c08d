// Test-only HTTP endpoints under /test-api/, for the fetching paths.
const DOC = JSON.stringify({
  percentiles: { p10: 50000, p25: 60000, p50: 70000, p75: 80000, p90: 90000 },
  other: { p10: 1000, p25: 2000, p50: 3000, p75: 4000, p90: 5000 },
});

export const requestCounts = new Map();

export async function testServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const name = url.pathname.slice('/test-api/'.length);
  requestCounts.set(url.pathname + url.search, (requestCounts.get(url.pathname + url.search) ?? 0) + 1);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 20000)));
  switch (name) {
    case 'doc.json':
      ctx.type = 'application/json';
      ctx.body = DOC;
      return;
    case 'states.json':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ percentiles: { p10: 1, p25: 2, p50: 3, p75: 4, p90: 5 }, states: { CA: 200, TX: 100 } });
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
      </body></html>`;
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
