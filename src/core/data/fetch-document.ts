import { DataError, quote } from './errors.js';
import { gridFromText, type Grid } from './grid.js';
import { parseJson } from './json.js';

/** A fetched document: JSON, or the grid of a CSV or TSV file. */
export type RemoteDocument = { readonly kind: 'json'; readonly doc: unknown } | { readonly kind: 'grid'; readonly grid: Grid };

/** Largest response body a widget reads; salary tables are a few kilobytes. */
export const MAX_BYTES = 2 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;

const JSON_TYPES = /^(application\/([\w.+-]+\+)?json|text\/json)\b/i;
const TABLE_TYPES = /^(text\/csv|text\/tab-separated-values|application\/csv)\b/i;
// Static hosts often serve both as text/plain (or nothing): then the address decides.
const PLAIN_TYPES = /^(text\/plain|application\/octet-stream)\b/i;

/**
 * Whether an address names a CSV or TSV file: a .csv or .tsv path, or a
 * published Google Sheet (`…/pub?output=csv`, `…/export?format=csv`).
 */
export function isTableUrl(url: URL): boolean {
  if (/\.(csv|tsv)$/i.test(url.pathname)) return true;
  const output = url.searchParams.get('output') ?? url.searchParams.get('format') ?? url.searchParams.get('tqx')?.replace(/^out:/, '');
  return output === 'csv' || output === 'tsv';
}

/**
 * Resolves `src` against the page and allows only http(s). `new URL` strips
 * leading control characters and whitespace the way browsers do, so
 * "\u0001javascript:" is caught as the javascript: URL it would be.
 */
export function resolveHttpUrl(value: string, where: string): URL {
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    throw new DataError(where, `expected a web address, got ${quote(value)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DataError(where, `only http and https addresses are allowed, got ${quote(url.protocol)}.`);
  }
  return url;
}

interface SharedRequest {
  readonly _promise: Promise<RemoteDocument>;
  readonly _controller: AbortController;
  // Callers that have not withdrawn; once settled, no longer needed.
  _waiting: number;
  _settled?: boolean;
}

// One request per URL per page: widgets sharing a document share its fetch
// and its parsed result. Failures are forgotten so a later attempt retries.
const requests = new Map<string, SharedRequest>();

/** Forgets every cached document (for tests and for hosts that refresh data). */
export function clearDocumentCache(): void {
  for (const request of requests.values()) if (!request._settled) request._controller.abort();
  requests.clear();
}

async function download(url: string, controller: AbortController): Promise<RemoteDocument> {
  let response: Response;
  try {
    // No cookies or credentials go with the request; cors, redirects and the referrer policy are the defaults.
    response = await fetch(url, {
      credentials: 'omit',
      headers: { Accept: 'application/json, text/csv;q=0.9, text/tab-separated-values;q=0.9, text/plain;q=0.5' },
      signal: controller.signal,
    });
  } catch {
    if (controller.signal.aborted) throw controller.signal.reason;
    throw new DataError('src', `could not load ${url} (network error, or the server does not allow cross-origin requests).`);
  }
  if (!response.ok) throw new DataError('src', `the server answered ${response.status} ${response.statusText}`.trim() + ` for ${url}.`);
  const type = (response.headers.get('content-type') ?? '').trim();
  let kind: RemoteDocument['kind'];
  if (JSON_TYPES.test(type)) kind = 'json';
  else if (TABLE_TYPES.test(type)) kind = 'grid';
  else if (!type || PLAIN_TYPES.test(type)) kind = isTableUrl(new URL(url)) ? 'grid' : 'json';
  else throw new DataError('src', `expected JSON or CSV, but the server sent ${quote(type.split(';')[0])}.`);
  const text = await readCapped(response, controller);
  return kind === 'json' ? { kind, doc: parseJson(text, 'src') } : { kind, grid: gridFromText(text) };
}

// Counts bytes as they stream in, so a server that never stops sending
// cannot fill the reader's memory. (A Content-Length header proves nothing:
// with compression it is the compressed size, and it may be absent or false.)
async function readCapped(response: Response, controller: AbortController): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BYTES) {
        controller.abort();
        throw new DataError('src', `the document is larger than ${MAX_BYTES / 1024 / 1024} MB.`);
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (err) {
    if (err instanceof DataError) throw err;
    if (controller.signal.aborted) throw controller.signal.reason;
    throw new DataError('src', 'the connection broke while reading the document.');
  }
  return text + decoder.decode();
}

/**
 * Fetches and parses a JSON, CSV or TSV document, sharing one request among
 * every widget that asks for the same URL. `signal` withdraws only this caller; the
 * download itself is aborted once nobody waits for it any more.
 */
export function fetchDocument(url: URL, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RemoteDocument> {
  const id = url.href;
  let request = requests.get(id);
  if (!request) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DataError('src', `no answer from the server within ${timeoutMs / 1000} s.`)), timeoutMs);
    const shared: SharedRequest = {
      _controller: controller,
      _waiting: 0,
      _promise: download(id, controller).finally(() => {
        clearTimeout(timer);
        shared._settled = true;
      }),
    };
    // Runs before any waiter hears of the failure. It also stops an
    // unobserved rejection from being reported.
    shared._promise.catch(() => {
      if (requests.get(id) === shared) requests.delete(id);
    });
    requests.set(id, (request = shared));
  }
  const current = request;
  current._waiting++;
  return new Promise((resolve, reject) => {
    // Runs at most once: it is a once-only listener, added only to a signal not yet aborted.
    const withdraw = () => {
      if (!--current._waiting && !current._settled) {
        current._controller.abort();
        if (requests.get(id) === current) requests.delete(id);
      }
      // The caller's own abort reason, passed on as it gave it.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      reject(signal.reason);
    };
    if (signal.aborted) return withdraw();
    signal.addEventListener('abort', withdraw, { once: true });
    current._promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', withdraw));
  });
}
