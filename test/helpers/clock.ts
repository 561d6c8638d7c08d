import type { AnnounceClock } from '../../src/core/a11y/announcer.js';

/**
 * Timers that run only when the test moves time on, so that what is
 * announced, and when, does not depend on how busy the machine is. Widgets
 * take it in place of the page's own setTimeout.
 */
export class ManualClock implements AnnounceClock {
  private _now = 0;
  private _next = 1;
  private readonly _timers = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): number {
    const id = this._next++;
    this._timers.set(id, { at: this._now + ms, callback });
    return id;
  }

  clearTimeout(id: unknown): void {
    this._timers.delete(id as number);
  }

  /** Moves time on by `ms`, running each timer that comes due, earliest first. */
  tick(ms: number): void {
    const end = this._now + ms;
    for (;;) {
      const due = [...this._timers].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this._timers.delete(due[0]);
      this._now = due[1].at;
      due[1].callback();
    }
    this._now = end;
  }
}
