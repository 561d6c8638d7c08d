/**
 * Colour maths for contrast (WCAG 2): relative luminance, contrast ratios,
 * computed colour strings read back into numbers, and the text colour that
 * stays readable on a fill. Colours are sRGB with channels from 0 to 1.
 */

/** A colour in sRGB: gamma-encoded channels and alpha, each 0–1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly alpha: number;
}

/** A colour, or a CSS colour string as `getComputedStyle` gives it. */
export type ColorInput = Rgba | string;

/** Text on light fills. */
export const DARK_TEXT = '#10151c';
/** Text on dark fills. */
export const LIGHT_TEXT = '#ffffff';
/** The contrast WCAG asks of normal text (1.4.3). */
export const TEXT_CONTRAST = 4.5;
/** The contrast WCAG asks of graphics and of the boundaries of controls (1.4.11). */
export const GRAPHIC_CONTRAST = 3;

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * Math.sign(c) * Math.abs(c) ** (1 / 2.4) - 0.055);

/** A channel given as a number in `scale` units or as a percentage of it; "none" is 0. */
function channel(text: string, scale: number): number {
  if (text === 'none') return 0;
  return text.endsWith('%') ? parseFloat(text) / 100 : parseFloat(text) / scale;
}

/** Oklab (L, a, b) to sRGB, clamped into the sRGB gamut (Björn Ottosson's matrices). */
function fromOklab(L: number, a: number, b: number, alpha: number): Rgba {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const r = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s;
  const g = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s;
  const bl = -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s;
  return { r: clamp01(fromLinear(r)), g: clamp01(fromLinear(g)), b: clamp01(fromLinear(bl)), alpha };
}

/** sRGB (channels 0–1) to Oklab [L, a, b], with Björn Ottosson's matrices (https://bottosson.github.io/posts/oklab/). */
export function toOklab({ r, g, b }: Rgba): [number, number, number] {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/**
 * Reads a colour as browsers compute them: `rgb()`/`rgba()`, `color(srgb …)`
 * and `color(srgb-linear …)`, `oklab()`, `oklch()`, hex, or "transparent".
 * Undefined for anything else (a named colour, `url(#pattern)`, "none").
 */
export function parseColor(text: string): Rgba | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, alpha: 0 };
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const digits = hex.length <= 4 ? [...hex].map((d) => d + d) : (hex.match(/../g) ?? []);
    const [r = 0, g = 0, b = 0, alpha = 255] = digits.map((pair) => parseInt(pair, 16));
    return { r: r / 255, g: g / 255, b: b / 255, alpha: alpha / 255 };
  }
  const match = /^(rgba?|color|oklab|oklch)\((.*)\)$/.exec(value);
  if (!match) return undefined;
  const [, fn, body = ''] = match;
  const [channels = '', alphaText] = body.split('/');
  const parts = channels.split(/[\s,]+/).filter(Boolean);
  // rgba(r, g, b, a) puts alpha among the channels.
  const alphaPart = alphaText?.trim() ?? (fn!.startsWith('rgb') ? parts[3] : undefined);
  const alpha = alphaPart === undefined ? 1 : clamp01(channel(alphaPart, 1));
  let colour: Rgba | undefined;
  if (fn === 'rgb' || fn === 'rgba') {
    const [r = '', g = '', b = ''] = parts;
    colour = { r: channel(r, 255), g: channel(g, 255), b: channel(b, 255), alpha };
  } else if (fn === 'color') {
    const [space, r = '', g = '', b = ''] = parts;
    const rgb = [channel(r, 1), channel(g, 1), channel(b, 1)];
    if (space === 'srgb') colour = { r: rgb[0]!, g: rgb[1]!, b: rgb[2]!, alpha };
    else if (space === 'srgb-linear') colour = { r: fromLinear(rgb[0]!), g: fromLinear(rgb[1]!), b: fromLinear(rgb[2]!), alpha };
  } else {
    const [l = '', second = '', third = ''] = parts;
    // Oklab's a and b and Oklch's chroma are numbers, or percentages of 0.4.
    const axis = (t: string) => (t.endsWith('%') ? channel(t, 1) * 0.4 : channel(t, 1));
    const L = channel(l, 1);
    if (fn === 'oklab') colour = fromOklab(L, axis(second), axis(third), alpha);
    else {
      const chroma = axis(second);
      const hue = ((third === 'none' ? 0 : parseFloat(third)) * Math.PI) / 180;
      colour = fromOklab(L, chroma * Math.cos(hue), chroma * Math.sin(hue), alpha);
    }
  }
  if (!colour || [colour.r, colour.g, colour.b, colour.alpha].some((n) => !Number.isFinite(n))) return undefined;
  return { r: clamp01(colour.r), g: clamp01(colour.g), b: clamp01(colour.b), alpha: colour.alpha };
}

/** The colour of an input; a string that is no colour is a programming error. */
export function toRgba(input: ColorInput): Rgba {
  if (typeof input !== 'string') return input;
  const colour = parseColor(input);
  if (!colour) throw new TypeError(`not a colour: "${input}"`);
  return colour;
}

/** A colour painted over another: what the eye sees of a translucent one. */
export function composite(top: ColorInput, bottom: ColorInput): Rgba {
  const a = toRgba(top);
  const b = toRgba(bottom);
  const alpha = a.alpha + b.alpha * (1 - a.alpha);
  if (alpha === 0) return { r: 0, g: 0, b: 0, alpha: 0 };
  const mix = (x: number, y: number) => (x * a.alpha + y * b.alpha * (1 - a.alpha)) / alpha;
  return { r: mix(a.r, b.r), g: mix(a.g, b.g), b: mix(a.b, b.b), alpha };
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white); alpha is ignored. */
export function relativeLuminance(input: ColorInput): number {
  const { r, g, b } = toRgba(input);
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: ColorInput, b: ColorInput): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/**
 * A mix in Oklab, as CSS `color-mix(in oklab, a p%, b)` paints it: `weight`
 * (0–1) of `a`, the rest of `b`. Opaque colours only.
 */
export function mixOklab(a: ColorInput, b: ColorInput, weight: number): Rgba {
  const [la, aa, ba] = toOklab(toRgba(a));
  const [lb, ab, bb] = toOklab(toRgba(b));
  const w = clamp01(weight);
  return fromOklab(la * w + lb * (1 - w), aa * w + ab * (1 - w), ba * w + bb * (1 - w), 1);
}

/** The hex form of a colour, #rrggbb (alpha dropped). */
export function toHex(input: ColorInput): string {
  const { r, g, b } = toRgba(input);
  return `#${[r, g, b]
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

// The linear channels of a #rrggbb colour: the text colours' own, read without the
// whole parser, so that a bundle using only readableTextCss leaves it out.
const linearHex = (hex: string) => [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
const luminanceOfLinear = ([r, g, b]: readonly number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;

// Between these luminances neither DARK_TEXT (white's 4.5:1 ends at 0.183) nor
// white reaches 4.5:1 (DARK_TEXT's starts at 0.208): black does, as it reaches
// 4.58:1 or more wherever white falls short.
const WHITE_UNTIL = (luminanceOfLinear(linearHex(LIGHT_TEXT)) + 0.05) / TEXT_CONTRAST - 0.05;
const DARK_FROM = TEXT_CONTRAST * (luminanceOfLinear(linearHex(DARK_TEXT)) + 0.05) - 0.05;

/**
 * The text colour for a fill: `LIGHT_TEXT` or `DARK_TEXT`, whichever
 * contrasts more, or pure black where neither reaches 4.5:1 (a narrow band of
 * mid tones, luminance 0.183–0.209). A translucent fill is read over
 * `backdrop` (white by default).
 */
export function readableTextOn(fill: ColorInput, backdrop: ColorInput = LIGHT_TEXT): string {
  const painted = composite(fill, composite(backdrop, LIGHT_TEXT));
  const light = contrastRatio(painted, LIGHT_TEXT);
  const dark = contrastRatio(painted, DARK_TEXT);
  if (Math.max(light, dark) >= TEXT_CONTRAST) return light >= dark ? LIGHT_TEXT : DARK_TEXT;
  return '#000000';
}

/**
 * `readableTextOn` as a CSS colour, computed by the browser from the fill it
 * actually paints (a custom property, a theme's colour, a `color-mix()`):
 * relative colour syntax reads the fill's linear channels, weighs them into
 * its luminance and steps to white, black or `DARK_TEXT` at the same
 * luminances as `readableTextOn`. Needs relative colours (Chrome 122, Safari
 * 18, Firefox 128); guard it with `@supports (color: color(from red srgb-linear r g b))`.
 */
export function readableTextCss(fill: string): string {
  const luminance = '(0.2126 * r + 0.7152 * g + 0.0722 * b)';
  // 1 below WHITE_UNTIL, else 0; 1 from DARK_FROM on, else 0 (a step a millionth wide).
  const white = `clamp(0, (${round(WHITE_UNTIL)} - ${luminance}) * 1000000, 1)`;
  const dark = `clamp(0, (${luminance} - ${round(DARK_FROM)}) * 1000000 + 1, 1)`;
  const [r, g, b] = linearHex(DARK_TEXT).map((c) => `calc(${white} + ${dark} * ${round(c)})`);
  return `color(from ${fill} srgb-linear ${r} ${g} ${b} / 1)`;
}

const round = (n: number) => Number(n.toFixed(6));
