import { waitUntil } from '@open-wc/testing';

/** An element to create with DOM APIs: its attribute values are never parsed as HTML. */
export interface ElementSpec {
  readonly tag: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

/**
 * Puts a widget on the page inside a box of the given width and returns it:
 * from markup (the first element of it), or from a tag and attributes.
 */
export function mount<T extends HTMLElement = HTMLElement>(content: string | ElementSpec, width = 600): T {
  const box = document.createElement('div');
  box.className = 'test-box';
  box.style.width = `${width}px`;
  if (typeof content === 'string') {
    const range = document.createRange();
    range.selectNodeContents(box);
    box.append(range.createContextualFragment(content));
  } else {
    const el = document.createElement(content.tag);
    for (const [name, value] of Object.entries(content.attrs ?? {})) el.setAttribute(name, value);
    box.append(el);
  }
  document.body.append(box);
  return box.firstElementChild as T;
}

export function cleanup(): void {
  document.querySelectorAll('.test-box').forEach((b) => b.remove());
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const $ = <E extends Element = Element>(el: Element, selector: string): E | null => shadow(el).querySelector<E>(selector);
export const $$ = <E extends Element = Element>(el: Element, selector: string): E[] => [...shadow(el).querySelectorAll<E>(selector)];

/** Waits until the chart SVG is drawn. */
export async function drawn(el: Element, message = 'chart drawn'): Promise<SVGSVGElement> {
  await waitUntil(() => $(el, 'svg.chart'), message, { timeout: 5000 });
  return $(el, 'svg.chart') as SVGSVGElement;
}

/** Scrolls a widget to the middle of the screen, as a reader would, and waits for its chart (charts far off screen draw lazily). */
export async function reveal(el: Element, message = 'chart drawn once on screen'): Promise<SVGSVGElement> {
  el.scrollIntoView({ block: 'center' });
  return drawn(el, message);
}

/** Waits for the error alert and returns its text. */
export async function alertText(el: Element): Promise<string> {
  await waitUntil(() => $(el, '[role="alert"]'), 'error alert shown', { timeout: 5000 });
  return $(el, '[role="alert"]')!.textContent.replace(/\s+/g, ' ').trim();
}

/** Visible text of the rendered SVG labels. */
export function svgTexts(el: Element): string[] {
  return $$(el, 'svg.chart text').map((t) => t.textContent.trim());
}

/** Records console.warn calls until restored. */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** Every attribute value in the element's shadow tree that contains NaN or Infinity. */
export function badNumbers(el: Element): string[] {
  const found: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      for (const attr of node.attributes) if (/NaN|Infinity/.test(attr.value)) found.push(`${node.localName}[${attr.name}="${attr.value}"]`);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(shadow(el));
  // Error messages may quote the bad input; drawn text may not contain it.
  for (const svg of shadow(el).querySelectorAll('svg')) if (/NaN|Infinity/.test(svg.textContent ?? '')) found.push('svg text');
  return found;
}

export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Waits for the page-wide lang watch to tell a widget that a `lang` changed, and for its redraw. */
export async function afterLangChange(el: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}
