import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchDocument, type RemoteDocument } from '../data/fetch-document.js';

export type RemoteState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'done'; readonly url: string; readonly doc: RemoteDocument }
  | { readonly status: 'error'; readonly url: string; readonly error: unknown };

/**
 * Loads a JSON, CSV or TSV document for the host. Latest wins: asking for a new URL
 * aborts the previous request, and an answer that arrives after a newer
 * request was made is dropped. Disconnecting aborts whatever is in flight.
 */
export class RemoteController implements ReactiveController {
  state: RemoteState = { status: 'idle' };
  private _abort?: AbortController;
  private _request = 0;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  /** Starts loading `url` unless it is already loading or loaded. */
  load(url: string, timeoutMs: number): void {
    if (this.state.status !== 'idle' && this.state.url === url) return;
    this.cancel();
    const request = ++this._request;
    const abort = (this._abort = new AbortController());
    this.state = { status: 'loading', url };
    fetchDocument(new URL(url), abort.signal, timeoutMs).then(
      (doc) => this._settle(request, { status: 'done', url, doc }),
      (error: unknown) => {
        if (!abort.signal.aborted) this._settle(request, { status: 'error', url, error });
      },
    );
  }

  /** Drops the current request, if any, and forgets its result. */
  cancel(): void {
    // Already idle: keep the same state object, which the data read depends on, so nothing is read again.
    if (this.state.status === 'idle') return;
    this._request++;
    this._abort?.abort();
    this._abort = undefined;
    this.state = { status: 'idle' };
  }

  private _settle(request: number, state: RemoteState): void {
    if (request !== this._request) return;
    this._abort = undefined;
    this.state = state;
    this._host.requestUpdate();
  }

  hostDisconnected(): void {
    // A widget moved in the DOM reconnects at once and reloads from the page cache.
    if (this.state.status === 'loading') this.cancel();
  }
}
