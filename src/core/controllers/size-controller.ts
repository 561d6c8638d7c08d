import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width with a ResizeObserver and asks for an
 * update when it changes by a whole pixel. A host inside a `display:none`
 * container reports 0 and draws nothing until it is shown, when the observer
 * fires again. The observer lives only while the host is connected.
 */
export class SizeController implements ReactiveController {
  /** Content-box width in CSS pixels; 0 until measured or while hidden. */
  width = 0;
  private _observer?: ResizeObserver;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (width !== this.width) {
        this.width = width;
        this._host.requestUpdate();
      }
    });
    this._observer.observe(this._host);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
  }
}
