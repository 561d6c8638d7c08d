import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the host's own children (a `<script type="application/json">` or a
 * fallback `<table>`) and asks for an update when they change. The parser
 * upgrades an element before its children exist, so the first read may find
 * nothing; the observer catches them as they arrive.
 */
export class LightDomController implements ReactiveController {
  /** Bumped on every change, so hosts can tell when to re-read. */
  version = 0;
  private _observer?: MutationObserver;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._observer = new MutationObserver(() => {
      this.version++;
      this._host.requestUpdate();
    });
    this._observer.observe(this._host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
  }
}
