/**
 * The colour of a value drawn inside its bar, chosen from the fill the
 * browser actually paints (a theme's light-dark(), a custom accent, a
 * translucent dimmed bar over the page), so that it reaches WCAG's 4.5:1.
 */
import { composite, contrastRatio, DARK_TEXT, LIGHT_TEXT, parseColor, TEXT_CONTRAST, type Rgba } from '../core/color.js';

/** How a value is written on its bar: in light or dark text, or after the bar when neither reaches 4.5:1. */
export type Ink = 'light' | 'dark' | 'outside';

/** The text that reads best on an opaque fill, or 'outside' when neither `LIGHT_TEXT` nor `DARK_TEXT` reaches 4.5:1 on it. */
export function inkOn(fill: Rgba): Ink {
  const light = contrastRatio(fill, LIGHT_TEXT);
  const dark = contrastRatio(fill, DARK_TEXT);
  if (Math.max(light, dark) < TEXT_CONTRAST) return 'outside';
  return light >= dark ? 'light' : 'dark';
}

/** Computed colours painted bottom first over white, as the page composites them; unreadable ones are skipped. */
export function paint(layers: readonly string[]): Rgba {
  return layers.reduce<Rgba>((below, layer) => {
    const colour = parseColor(layer);
    return colour ? composite(colour, below) : below;
  }, parseColor(LIGHT_TEXT)!);
}

/**
 * The background colours behind `element`, bottom first: its own and its
 * ancestors' (through shadow roots) up to the first opaque one.
 */
export function backdrop(element: Element): string[] {
  const layers: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const colour = getComputedStyle(node).backgroundColor;
    const alpha = parseColor(colour)?.alpha ?? 0;
    if (alpha === 0) continue;
    layers.unshift(colour);
    if (alpha === 1) break;
  }
  return layers;
}
