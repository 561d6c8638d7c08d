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

/** A node of Chromium's accessibility tree, as the 'ax-tree' test command gives it (ignored nodes left out). */
export interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly description?: string;
  readonly level?: number;
  readonly children: readonly AxNode[];
}

/** The test page's accessibility tree, as Chromium gives it to screen readers. */
export async function axTree(): Promise<AxNode> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  return executeServerCommand<AxNode, undefined>('ax-tree');
}

/** Every node of a tree that passes the test, in reading order. */
export function axFindAll(node: AxNode, test: (node: AxNode) => boolean): AxNode[] {
  return [...(test(node) ? [node] : []), ...node.children.flatMap((child) => axFindAll(child, test))];
}

/** The text a screen reader reads in a subtree, in reading order: its static text, joined. */
export function axText(node: AxNode): string {
  return axFindAll(node, (n) => n.role === 'StaticText')
    .map((n) => n.name)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The pixels of a region of the page (CSS pixels, relative to the viewport), from a real screenshot. */
export async function screenshotPixels(rect: { x: number; y: number; width: number; height: number }): Promise<ImageData> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const region = { x: Math.round(rect.x + scrollX), y: Math.round(rect.y + scrollY), width: Math.round(rect.width), height: Math.round(rect.height) };
  const png = await executeServerCommand<string, typeof region>('screenshot', region);
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** WCAG 2 contrast ratio of two colours given as rgb() strings or [r, g, b]. */
export function contrastRatio(a: string | readonly number[], b: string | readonly number[]): number {
  const channels = (colour: string | readonly number[]) => (typeof colour === 'string' ? (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) : colour);
  const luminance = (colour: string | readonly number[]) => {
    const [r = 0, g = 0, b = 0] = channels(colour).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour the browser computes for a CSS colour under the current emulation, e.g. "CanvasText" → "rgb(0, 0, 0)". */
export function computedColour(colour: string): string {
  const probe = document.createElement('div');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
