/**
 * The colour of a value drawn inside its bar, chosen from the fill the
 * browser actually paints (a theme's light-dark(), a custom accent, a
 * translucent dimmed bar over the page), so it reaches WCAG's 4.5:1.
 *
 * A local helper until the core has one colour module (src/core/color.ts).
 */

/** An sRGB colour, channels 0–255. */
export type Rgb = readonly [r: number, g: number, b: number];

/** Light text for dark fills. */
export const LIGHT_INK = '#ffffff';
/** Dark text for light fills: the light theme's text colour. */
export const DARK_INK = '#1b1f24';
/** WCAG 1.4.3 for text of normal size. */
export const TEXT_CONTRAST = 4.5;

/** How a value is written on its bar: in light or dark text, or after the bar when neither reaches `TEXT_CONTRAST`. */
export type Ink = 'light' | 'dark' | 'outside';

const INK_RGB: Record<Exclude<Ink, 'outside'>, Rgb> = { light: [255, 255, 255], dark: [0x1b, 0x1f, 0x24] };

// sRGB's transfer curve undone: light proportional to the channel.
const linear = (channel: number): number => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance, as WCAG defines it. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrast(one: Rgb, other: Rgb): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text that reads best on an opaque fill, or 'outside' when neither light nor dark text reaches `TEXT_CONTRAST`. */
export function inkOn(fill: Rgb): Ink {
  const light = contrast(fill, INK_RGB.light);
  const dark = contrast(fill, INK_RGB.dark);
  if (Math.max(light, dark) < TEXT_CONTRAST) return 'outside';
  return light >= dark ? 'light' : 'dark';
}

let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * The sRGB colour painted by `layers` (computed CSS colours, any syntax the
 * browser knows, translucent ones included), bottom first, over white:
 * a 1 × 1 canvas composites them as the page does.
 */
export function paint(layers: readonly string[]): Rgb {
  canvas ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!canvas) return [255, 255, 255];
  canvas.globalCompositeOperation = 'source-over';
  canvas.fillStyle = '#fff';
  canvas.fillRect(0, 0, 1, 1);
  for (const layer of layers) {
    canvas.fillStyle = '#fff';
    canvas.fillStyle = layer;
    canvas.fillRect(0, 0, 1, 1);
  }
  const [r = 255, g = 255, b = 255] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** Whether a computed colour is see-through: "transparent", "rgba(…, 0)", "color(srgb … / 0)". */
const transparent = (colour: string): boolean => colour === 'transparent' || /[,/]\s*0\)$/.test(colour);

/**
 * The background colours behind `element`, bottom first: its own and its
 * ancestors' (through shadow roots) up to the first one that is opaque.
 */
export function backdrop(element: Element): string[] {
  const layers: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const colour = getComputedStyle(node).backgroundColor;
    if (transparent(colour)) continue;
    layers.unshift(colour);
    if (!/rgba|\//.test(colour)) break;
  }
  return layers;
}
