/**
 * Widgets draw in animation frames, in two phases: every widget with an
 * update due in a frame first reads the page (its computed style, its
 * width), then all of them write their shadow DOM. A page of charts is then
 * styled and laid out once per frame, not once per chart: a read after
 * another widget's write would make the browser lay the page out again.
 *
 * A hidden page gets no frames, so its updates read and run at once.
 */

interface Due {
  read(): void;
  resolve(): void;
}

/**
 * How long updates wait for a frame before they run without one: a document
 * may be visible and yet get no frames (a throttled or hidden iframe), and
 * a widget must still draw, or show its error, there.
 */
const FRAME_TIMEOUT_MS = 100;

let due: Due[] = [];
let requested = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function flush(): void {
  cancelAnimationFrame(requested);
  clearTimeout(timer);
  requested = 0;
  timer = undefined;
  const now = due;
  due = [];
  try {
    // Every read before any write. A read that fails is that widget's own: the others still draw.
    for (const entry of now) {
      try {
        entry.read();
      } catch (error) {
        reportError(error);
      }
    }
  } finally {
    for (const entry of now) entry.resolve();
  }
}

/**
 * Resolves in the next animation frame, after `read` has run together with
 * the reads of every other update due in that frame.
 */
export function nextFrame(read: () => void): Promise<void> {
  if (document.visibilityState === 'hidden') {
    read();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    due.push({ read, resolve });
    if (requested) return;
    requested = requestAnimationFrame(flush);
    timer = setTimeout(flush, FRAME_TIMEOUT_MS);
  });
}

// A page hidden while updates wait (a tab put in the background) would hold them until shown.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden' && requested) flushFrame();
});

/** Runs every due read, then lets every due update go, now: before printing, which lays the page out without a frame. */
export function flushFrame(): void {
  flush();
}
