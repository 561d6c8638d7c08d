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

let due: Due[] = [];
let requested = 0;

function flush(): void {
  requested = 0;
  const now = due;
  due = [];
  // Every read before any write.
  for (const entry of now) entry.read();
  for (const entry of now) entry.resolve();
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
    requested ||= requestAnimationFrame(flush);
  });
}

// A page hidden while updates wait (a tab put in the background) would hold them until shown.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden' && requested) flushFrame();
});

/** Runs every due read, then lets every due update go, now: before printing, which lays the page out without a frame. */
export function flushFrame(): void {
  cancelAnimationFrame(requested);
  flush();
}
