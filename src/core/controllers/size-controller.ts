import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Tracks the width available to the host with a ResizeObserver on a
 * zero-height probe inside its shadow root, not on the host itself: a chart
 * whose height follows its width would otherwise resize the observed box
 * while its own notification is delivered, and the browser reports a
 * "ResizeObserver loop" error to the page.
 *
 * The first width is applied at once, so the chart is in the first painted
 * frame; later changes are batched into the next animation frame. A host in
 * a `display:none` container measures 0 and draws nothing until shown.
 */
export class SizeController implements ReactiveController {
  /** Content-box width in CSS pixels; 0 until measured or while hidden. */
  width = 0;
  private _observer?: ResizeObserver;
  private _observed?: Element;
  private _pending = 0;
  private _frame = 0;

  constructor(
    private readonly _host: Host,
    private readonly _selector = '.sizer',
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (this.width === 0 || width === 0) return this._apply(width);
      this._pending = width;
      if (!this._frame) this._frame = requestAnimationFrame(() => this._apply(this._pending));
    });
    this._observed = undefined;
  }

  /**
   * Reads the width now, before the observer reports it, for charts whose
   * height follows their width: drawing at once keeps the first paint at
   * the final height. It costs a layout, so other charts wait for the observer.
   */
  measure(): void {
    if (this.width || !this._host.isConnected) return;
    const style = getComputedStyle(this._host);
    this.width = Math.floor(this._host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) || 0;
  }

  hostUpdated(): void {
    const probe = this._host.renderRoot.querySelector(this._selector) ?? undefined;
    if (probe && probe !== this._observed && this._observer) {
      if (this._observed) this._observer.unobserve(this._observed);
      this._observer.observe(probe);
      this._observed = probe;
    }
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._observed = undefined;
    cancelAnimationFrame(this._frame);
    this._frame = 0;
  }

  private _apply(width: number): void {
    this._frame = 0;
    if (width === this.width) return;
    this.width = width;
    this._host.requestUpdate();
  }
}
