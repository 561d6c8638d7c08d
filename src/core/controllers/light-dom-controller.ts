import type { ReactiveController, ReactiveControllerHost } from 'lit';

// One MutationObserver watches every widget's children, rather than one per
// widget: a page may hold hundreds. MutationObserver cannot stop watching
// one node, so when widgets leave, the observer starts afresh on the ones
// still connected, once per turn however many left.
const watched = new Map<Node, LightDomController>();
let observer: MutationObserver | undefined;
let resyncQueued = false;

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

// A change deep inside a child belongs to the nearest watched widget around it.
function deliver(records: MutationRecord[]): void {
  const changed = new Set<LightDomController>();
  for (const record of records) {
    for (let node: Node | null = record.target; node; node = node.parentNode) {
      const controller = watched.get(node);
      if (controller) {
        changed.add(controller);
        break;
      }
    }
  }
  changed.forEach((controller) => controller._changed());
}

function resync(): void {
  resyncQueued = false;
  if (!observer) return;
  // Changes already seen are delivered first: disconnecting drops them.
  deliver(observer.takeRecords());
  observer.disconnect();
  if (!watched.size) return;
  for (const host of watched.keys()) observer.observe(host, OPTIONS);
}

/**
 * Watches the host's own children (a `<script type="application/json">` or a
 * fallback `<table>`) and asks for an update when they change. The parser
 * upgrades an element before its children exist, so the first read may find
 * nothing; the observer catches them as they arrive.
 */
export class LightDomController implements ReactiveController {
  /** Bumped on every change, so hosts can tell when to re-read. */
  version = 0;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  hostConnected(): void {
    observer ??= new MutationObserver(deliver);
    watched.set(this._host, this);
    observer.observe(this._host, OPTIONS);
  }

  hostDisconnected(): void {
    watched.delete(this._host);
    if (!resyncQueued) {
      resyncQueued = true;
      queueMicrotask(resync);
    }
  }

  /** @internal Called by the shared observer. */
  _changed(): void {
    this.version++;
    this._host.requestUpdate();
  }
}
