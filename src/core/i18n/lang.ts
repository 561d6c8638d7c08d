/**
 * The language a widget speaks: its nearest `lang`, looking through shadow
 * roots to the ancestors of the component that holds it, and a page-wide
 * watch so that widgets redraw when a `lang` changes.
 */

/** The nearest `lang` of an element, through shadow roots; undefined when none says (or `lang=""`, "unknown"). */
export function nearestLang(element: Element): string | undefined {
  let node: Element | undefined = element;
  while (node) {
    const marked = node.closest('[lang]');
    if (marked) return marked.getAttribute('lang')?.trim() || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

/** A widget that redraws when a `lang` around it may have changed. */
export interface LangListener {
  langChanged(): void;
}

// One observer for the whole page (and each shadow root holding a widget),
// rather than one per widget: a page may hold hundreds.
const listeners = new Set<LangListener>();
let observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(() => listeners.forEach((listener) => listener.langChanged()));
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Starts telling `listener` about `lang` changes in the document and in every shadow root around `element`. */
export function watchLang(listener: LangListener, element: Element): void {
  listeners.add(listener);
  observe(document);
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
}

/** Stops telling `listener`; with no widget left on the page, nothing is observed any more. */
export function unwatchLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size || !observer) return;
  observer.disconnect();
  observedRoots = new WeakSet();
}
