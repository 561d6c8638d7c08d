import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

// One ResizeObserver and one IntersectionObserver serve every widget on the
// page: a callback then reads all positions before any widget redraws, so a
// page of many widgets never forces a layout per widget.
const controllers = new WeakMap<Element, SizeController>();
let resizes: ResizeObserver | undefined;
let approaches: IntersectionObserver | undefined;
/** Widgets not yet drawn, for printing. */
const waiting = new Set<SizeController>();

const observers = () => {
  resizes ??= new ResizeObserver((entries) => {
    // The content box's width, which is all a chart needs (contentRect is the content box).
    for (const entry of entries) controllers.get(entry.target)?._resized(Math.floor(entry.contentRect.width));
  });
  approaches ??= new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && controllers.get(e.target)?._show()), {
    // One viewport height above and below the screen.
    rootMargin: '100% 0px',
  });
  return [resizes, approaches] as const;
};

addEventListener('beforeprint', () => waiting.forEach((c) => c._show()));

// Widgets not yet drawn, whose place on the page is known only once every
// widget rendered with them has written its reserved height: all of them
// are placed together after those writes, in one layout.
const unplaced = new Set<SizeController>();
function placeAfterWrites(controller: SizeController): void {
  if (!unplaced.size)
    // Queued by the first host to finish its update, so it runs after the other updates of the same turn.
    queueMicrotask(() => {
      const now = [...unplaced];
      unplaced.clear();
      now.forEach((c) => c._place());
    });
  unplaced.add(controller);
}

/**
 * Tracks the width available to the host by observing a zero-height probe
 * inside its shadow root, not the host itself: a chart whose height follows
 * its width would otherwise resize the observed box while its own
 * notification is delivered, and the browser reports a "ResizeObserver
 * loop" error to the page.
 *
 * The first width is drawn at once, in the frame that laid it out, so the
 * chart is in the first painted frame: the host's page reads are taken in
 * the observer's callback (`readHost`), where layout is fresh. Later widths
 * are drawn in the next animation frame, with the host's other updates, so
 * that a redraw never changes a size the observer is delivering. A host in
 * a `display:none` container measures 0 and draws nothing until shown.
 *
 * It also says whether the host is `near` the screen (within one viewport
 * height of it). Charts further away wait, keeping their reserved height,
 * until they approach the screen or the page is printed (lazy drawing).
 * Until then a widget has no observation of its own but the shared
 * IntersectionObserver's: its width is watched from when it draws, and its
 * place is read once, with every widget rendered in the same turn.
 */
export class SizeController implements ReactiveController {
  /** Content-box width in CSS pixels; 0 until measured or while hidden. */
  width = 0;
  /** Whether the chart may draw: the host is, or has been, near the screen. */
  near = false;
  private _observed?: Element;
  private _placePending = false;

  /** `readHost` reads what the host's render needs from the page, when the first width arrives. */
  constructor(
    private readonly _host: Host,
    private readonly _readHost: () => void = () => {},
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    controllers.set(this._host, this);
    if (this.near) return;
    // Until it draws, a widget is watched only for approaching the screen, and placed once after its first render.
    waiting.add(this);
    observers()[1].observe(this._host);
    this._placePending = true;
  }

  /**
   * Reads the width now, before the observer reports it: for charts whose
   * height follows their width, so that the first paint has the final
   * height, and for a chart about to draw. It is called where every widget
   * reads before any writes (a frame's read phase, the widgets shown in one
   * turn), so the layout it may need is shared.
   */
  measure(): void {
    // A drawn chart's width comes from the ResizeObserver; one still waiting is measured afresh each time, as nothing watches its width.
    if ((this.width && this.near) || !this._host.isConnected) return;
    const style = getComputedStyle(this._host);
    this.width = Math.floor(this._host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) || 0;
  }

  hostUpdated(): void {
    if (this.near) this._observeProbe();
    else if (this._placePending) {
      // Whether it is near the screen is read after the render: widgets above may not have had their height before.
      this._placePending = false;
      placeAfterWrites(this);
    }
  }

  // A widget's width is watched once it draws (a far one's reserved height follows the width it was measured at).
  private _observeProbe(): void {
    const probe = this._host.renderRoot.querySelector('.sizer') /* the shell's probe */ ?? undefined;
    if (probe && probe !== this._observed && this._host.isConnected) {
      this._unobserve();
      controllers.set(probe, this);
      observers()[0].observe(probe);
      this._observed = probe;
    }
  }

  hostDisconnected(): void {
    this._unobserve();
    this._stopWatching();
  }

  /** @internal Called by the shared ResizeObserver. */
  _resized(width: number): void {
    if (width === this.width) return;
    const first = this.width === 0;
    this.width = width;
    if (first && width) this._readHost();
    this._host.requestUpdate();
  }

  /** Lets the chart draw wherever it is (`loading="eager"`): its place on the page is not needed. */
  drawAnywhere(): void {
    this.near = true;
    this._stopWatching();
  }

  /** @internal Lets the chart draw; called when it approaches the screen. */
  _show(): void {
    if (this.near) return;
    // Its width now, read with the other widgets shown in this turn before any of them draws: the resize observer reports it a frame later.
    this.measure();
    this.near = true;
    this._stopWatching();
    this._observeProbe();
    this._host.requestUpdate();
  }

  /**
   * @internal Draws at once a chart found near the screen after its first
   * render, rather than waiting for the IntersectionObserver's report,
   * which comes after the frame is painted.
   */
  _place(): void {
    if (!this._host.isConnected || this.near) return;
    // In a hidden container (a closed tab or details) it has no place yet: the IntersectionObserver reports it once shown.
    if (!this._host.getClientRects().length) return;
    this._check();
    // Its page reads are taken with the others', before any of them draws, so it draws at once.
    if (this.near && this.width) this._readHost();
  }

  // Runs after every widget of the turn has written (see placeAfterWrites):
  // the first read lays the page out once for all of them.
  private _check(): void {
    const { top, bottom } = this._host.getBoundingClientRect();
    if (bottom > -innerHeight && top < 2 * innerHeight) this._show();
  }

  private _unobserve(): void {
    if (this._observed) resizes?.unobserve(this._observed);
    this._observed = undefined;
  }

  private _stopWatching(): void {
    waiting.delete(this);
    approaches?.unobserve(this._host);
  }
}
