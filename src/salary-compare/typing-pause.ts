import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnnounceClock } from '../core/a11y/announcer.js';

/** How long typing must pause before the form answers: long enough to span the gap between keys, short enough to feel prompt. */
export const TYPING_PAUSE_MS = 700;

/** The timers a pause is measured with, of the kind the core's announcer uses: the page's own, or a test's clock. */
export type Clock = AnnounceClock;

const pageClock: Clock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Tells when a reader has stopped typing: each key starts the wait again,
 * and once no key has come for `delay` ms the host redraws with `typing`
 * false. Enter or leaving the field ends the wait at once (`done()`).
 */
export class TypingPause implements ReactiveController {
  clock: Clock = pageClock;
  private _timer?: unknown;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _delay = TYPING_PAUSE_MS,
  ) {
    _host.addController(this);
  }

  /** Whether a key came within the last `delay` ms. */
  get typing(): boolean {
    return this._timer !== undefined;
  }

  /** A key was typed: the wait starts again. */
  keystroke(): void {
    this._stop();
    this._timer = this.clock.setTimeout(() => this.done(), this._delay);
    this._host.requestUpdate();
  }

  /** The typing is over, whether or not the wait has run out. */
  done(): void {
    if (!this.typing) return;
    this._stop();
    this._host.requestUpdate();
  }

  hostDisconnected(): void {
    this._stop();
  }

  private _stop(): void {
    if (this._timer !== undefined) this.clock.clearTimeout(this._timer);
    this._timer = undefined;
  }
}
