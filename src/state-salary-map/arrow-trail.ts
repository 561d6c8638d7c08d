import { OPPOSITE_ARROW } from './geometry.js';

/** How many arrow moves the trail remembers. */
const TRAIL_LENGTH = 64;

interface Step {
  readonly from: string;
  readonly to: string;
  readonly key: string;
}

/**
 * The arrow moves that led to the focused state, so that the opposite arrow
 * retraces them: Alabama ↓ Florida ↑ is Alabama again, although Florida's
 * own ↑ is Georgia. Nearest-in-a-direction moves cannot all undo themselves
 * (many states may share a nearest neighbour); remembering the way back makes
 * every one of them reversible. The trail is forgotten when focus moves any
 * other way (a click, Home, Page Down).
 */
export class ArrowTrail {
  private _steps: Step[] = [];

  /** Where `key` leads from `from`: back along the trail when it undoes the last move, else where `ahead` says. */
  move(from: string, key: string, ahead: () => string | undefined): string | undefined {
    if (this._steps.at(-1)?.to !== from) this._steps = [];
    const last = this._steps.at(-1);
    if (last && OPPOSITE_ARROW[key] === last.key) {
      this._steps.pop();
      return last.from;
    }
    const to = ahead();
    if (to !== undefined && to !== from) {
      this._steps.push({ from, to, key });
      if (this._steps.length > TRAIL_LENGTH) this._steps.shift();
    }
    return to;
  }

  clear(): void {
    this._steps = [];
  }
}
