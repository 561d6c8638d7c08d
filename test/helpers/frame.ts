import { waitUntil } from '@open-wc/testing';

export interface FramePage {
  frame: HTMLIFrameElement;
  win: Window & { __warnings: string[]; __errors: string[] };
  doc: Document;
}

// Records warnings and errors before any page script runs.
const PROBE = `<script>
  window.__warnings = []; window.__errors = [];
  const warn = console.warn.bind(console);
  console.warn = (...a) => { window.__warnings.push(a.join(' ')); warn(...a); };
  addEventListener('error', (e) => window.__errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
</script>`;

/** Loads a page into a same-origin iframe, with warning and error recording first. */
export async function framePage(body: string, head = '', width = 600): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.className = 'test-frame';
  frame.width = String(width);
  frame.height = '600';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${PROBE}${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FramePage['win'];
  return { frame, win, doc: frame.contentDocument! };
}

/** Waits until every widget matching `selector` in the page has drawn its chart. */
export async function allDrawn(page: FramePage, selector: string, count: number): Promise<Element[]> {
  await waitUntil(
    () => {
      const els = [...page.doc.querySelectorAll(selector)];
      return els.length === count && els.every((el) => el.shadowRoot?.querySelector('svg.chart'));
    },
    `${count} × ${selector} drawn`,
    { timeout: 5000 },
  );
  return [...page.doc.querySelectorAll(selector)];
}

export function removeFrames(): void {
  document.querySelectorAll('.test-frame').forEach((f) => f.remove());
}
