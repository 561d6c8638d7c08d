import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Detectors shared by the reliability suite: anything a hostile input could
 * make a widget do to the page is counted here.
 */

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** A payload that, if it ever ran as script, would bump window.__pwned. */
export const RUN = 'window.__pwned=(window.__pwned||0)+1';

// Live observations and event listeners, counted by wrapping the platform's
// own: for observers, the number of elements being observed, since the
// widgets share one observer of each kind.
export const live = { resize: 0, mutation: 0, intersection: 0, listeners: 0 };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ObserverClass = new (...args: any[]) => { observe(target: Node, options?: any): void; disconnect(): void };
function countObserver<T extends ObserverClass>(Base: T, key: keyof typeof live): T {
  return class extends Base {
    _targets = new Set<Node>();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    override observe(target: Node, options?: any) {
      if (!this._targets.has(target)) live[key]++;
      this._targets.add(target);
      super.observe(target, options);
    }
    unobserve(target: Element) {
      if (this._targets.delete(target)) live[key]--;
      (Base.prototype as unknown as { unobserve(t: Element): void }).unobserve.call(this, target);
    }
    override disconnect() {
      live[key] -= this._targets.size;
      this._targets.clear();
      super.disconnect();
    }
  };
}
window.ResizeObserver = countObserver(window.ResizeObserver, 'resize');
window.MutationObserver = countObserver(window.MutationObserver, 'mutation');
window.IntersectionObserver = countObserver(window.IntersectionObserver, 'intersection');

const registered = new WeakMap<EventTarget, Set<string>>();
const ids = new WeakMap<object, number>();
let nextId = 0;
const keyOf = (type: string, listener: unknown, options?: boolean | AddEventListenerOptions) =>
  `${type}|${listener && (typeof listener === 'object' || typeof listener === 'function') ? (ids.get(listener) ?? (ids.set(listener, ++nextId), nextId)) : 0}|${typeof options === 'boolean' ? options : !!options?.capture}`;
// The originals, kept to be called with .call() from the recording wrappers.
// eslint-disable-next-line @typescript-eslint/unbound-method
const add = EventTarget.prototype.addEventListener;
// eslint-disable-next-line @typescript-eslint/unbound-method
const remove = EventTarget.prototype.removeEventListener;
// A listener on a widget's own nodes (its shadow tree, or a template fragment
// on its way there) goes away with the widget, so only listeners on the page
// itself, window, document and elements in the document, count as left behind.
const inShadowTree = (target: EventTarget) => target instanceof Node && !(target.getRootNode() instanceof Document);
EventTarget.prototype.addEventListener = function (
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  if (listener && !(typeof options === 'object' && options.once) && !inShadowTree(this)) {
    let set = registered.get(this);
    if (!set) registered.set(this, (set = new Set()));
    const key = keyOf(type, listener, options);
    if (!set.has(key)) {
      set.add(key);
      live.listeners++;
    }
  }
  return add.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) {
  const set = registered.get(this);
  const key = keyOf(type, listener, options);
  if (set?.delete(key)) live.listeners--;
  return remove.call(this, type, listener, options);
};

const protoNames = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(',')).join('|');

export interface Findings {
  scriptRuns: number;
  uncaught: string[];
  cspViolations: string[];
  protoChanged: boolean;
  warnings: string[];
}

/** Starts watching the page; `stop()` returns what happened since. */
export function watch(): { stop(): Findings } {
  const before = protoNames();
  const pwnedBefore = window.__pwned ?? 0;
  const uncaught: string[] = [];
  const cspViolations: string[] = [];
  const warnings: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  const onCsp = (e: SecurityPolicyViolationEvent) => cspViolations.push(e.violatedDirective);
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onCsp);
  return {
    stop() {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('securitypolicyviolation', onCsp);
      return { scriptRuns: (window.__pwned ?? 0) - pwnedBefore, uncaught, cspViolations, protoChanged: protoNames() !== before || 'polluted' in {}, warnings };
    },
  };
}

/** Attributes (and SVG text) anywhere in the element's shadow trees that hold NaN or Infinity. */
export function nanAttributes(root: Element): string[] {
  const found: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      for (const a of el.attributes) if (/NaN|Infinity/.test(a.value) && a.name !== 'aria-label') found.push(`${el.localName}[${a.name}]`);
      if (el.localName === 'text' && /NaN|Infinity/.test(el.textContent ?? '')) found.push('svg text');
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}

/** The figures this suite reports, added up across test files. */
export const figures = {
  inputs: 0,
  badInputs: 0,
  visibleErrors: 0,
  generatedInputs: 0,
  generatedErrors: 0,
  scriptRuns: 0,
  uncaught: 0,
  cspViolations: 0,
  protoKeysAdded: 0,
  nanAttributes: 0,
  staleRenders: 0,
  leftoverObservers: 0,
  leftoverListeners: 0,
};

export function record(): Promise<unknown> {
  const copy = { ...figures };
  for (const k of Object.keys(figures) as (keyof typeof figures)[]) figures[k] = 0;
  return executeServerCommand('record-figures', copy);
}
