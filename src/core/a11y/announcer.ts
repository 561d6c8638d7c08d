import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The timers an announcer waits with: the page's own, or a test's clock. */
export interface AnnounceClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The least time between two announcements of new data. */
export const ANNOUNCE_INTERVAL_MS = 3000;

const pageClock: AnnounceClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Says a widget's new summary in a polite live region when its data changes
 * after the first draw (a new `src`, a new `data` property, changed
 * attributes), at most once every three seconds: a change within that time
 * waits for its end, and only the latest is said. The first summary is not
 * announced: the reader finds it in its place. Between announcements the
 * region is emptied, so that it holds no second copy of the summary to read.
 */
export class AnnounceController implements ReactiveController {
  /** Where every announcer takes its timers from; tests put in a clock they advance themselves. */
  static clock: AnnounceClock = pageClock;

  /** The live region's text: the latest announcement, or "" between them. */
  text = '';
  private _seen?: string;
  private _waiting?: string;
  private _timer?: unknown;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  /** Called at each render with the summary it draws (undefined while there is none); sets `text` for that render. */
  observe(summary: string | undefined): void {
    if (summary === undefined || summary === this._seen) return;
    const first = this._seen === undefined;
    this._seen = summary;
    if (first) return;
    if (this._timer === undefined) this._say(summary);
    else this._waiting = summary;
  }

  hostDisconnected(): void {
    if (this._timer !== undefined) AnnounceController.clock.clearTimeout(this._timer);
    this._timer = undefined;
    this._waiting = undefined;
    this.text = '';
  }

  private _say(text: string): void {
    this.text = text;
    this._timer = AnnounceController.clock.setTimeout(this._intervalEnded, ANNOUNCE_INTERVAL_MS);
  }

  private _intervalEnded = (): void => {
    this._timer = undefined;
    const next = this._waiting;
    this._waiting = undefined;
    if (next !== undefined && next !== this.text) this._say(next);
    else this.text = '';
    this._host.requestUpdate();
  };
}
