/**
 * The breakdown's categorical palette: the first part takes the accent, and
 * each later part the first colour of a fixed candidate list that stays at
 * least ΔE_OK 0.15 (Euclidean distance in OKLab) from the accent and from the
 * colours already taken, so a custom accent never makes two parts look alike.
 * Colours an author sets (`--salary-color-N`) are used as given and are
 * avoided by the parts picked after them. Pure: no DOM.
 */

/** An sRGB colour, channels 0–255. */
export type Rgb = readonly [r: number, g: number, b: number];
/** A colour in OKLab: lightness 0–1 and the two opponent axes. */
export type Oklab = readonly [l: number, a: number, b: number];

/** Parts drawn in distinct colours; the parts after the last take them again from the first. */
export const SERIES_COLOURS = 6;
/** The smallest OKLab distance between two parts, or a part and the accent ("ΔE_OK 15"). */
export const MIN_DISTANCE = 0.15;
/** Candidates for the parts after the first, in order of preference; the first five are 0.15 apart from each other and from the default accent. */
export const CANDIDATES = ['#d35a00', '#0f8a6f', '#9b51b0', '#c2185b', '#7a5c00', '#1d4e89', '#5ba300', '#e6a100', '#6d6d6d'] as const;

/** "#rgb", "#rrggbb" or "rgb(r, g, b)" / "rgba(…)" (as computed styles and canvas give them); undefined for anything else. */
export function parseRgb(value: string): Rgb | undefined {
  const text = value.trim().toLowerCase();
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/.exec(text)?.[1];
  if (hex) {
    const long = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((at) => parseInt(long.slice(at, at + 2), 16)) as unknown as Rgb;
  }
  const channels = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (!channels) return undefined;
  const [, red = '', green = '', blue = ''] = channels;
  return [Number(red), Number(green), Number(blue)];
}

// sRGB's transfer curve undone: light proportional to the channel.
const linear = (channel: number): number => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** sRGB to OKLab, with Björn Ottosson's matrices (https://bottosson.github.io/posts/oklab/). */
export function oklab([red, green, blue]: Rgb): Oklab {
  const r = linear(red);
  const g = linear(green);
  const b = linear(blue);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** ΔE_OK: the Euclidean distance between two colours in OKLab. */
export function oklabDistance(one: Rgb, other: Rgb): number {
  const [l1, a1, b1] = oklab(one);
  const [l2, a2, b2] = oklab(other);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/**
 * Which candidate each part's colour slot takes: for slots 2 to 6 (index 1
 * on), the index in CANDIDATES, or undefined where the slot is the accent
 * (slot 1) or a custom colour. `custom[i]` is slot i's custom colour: a
 * parsed one is kept away from, `'unknown'` (set but not readable, such as
 * a color-mix()) is used without a distance check.
 */
export function pickSeriesColours(accent: Rgb | undefined, custom: readonly (Rgb | 'unknown' | undefined)[]): (number | undefined)[] {
  const first = custom[0] ?? accent;
  const taken: Rgb[] = [first, ...custom.slice(1)].filter((colour): colour is Rgb => typeof colour === 'object');
  const used = new Set<number>();
  const picks: (number | undefined)[] = [undefined];
  for (let slot = 1; slot < SERIES_COLOURS; slot++) {
    if (custom[slot]) {
      picks.push(undefined);
      continue;
    }
    const pick = nearestFree(taken, used);
    used.add(pick);
    taken.push(CANDIDATE_RGB[pick]!);
    picks.push(pick);
  }
  return picks;
}

const CANDIDATE_RGB: readonly Rgb[] = CANDIDATES.map((hex) => parseRgb(hex)!);

/** The first unused candidate far enough from every taken colour; else the one farthest from its nearest. */
function nearestFree(taken: readonly Rgb[], used: ReadonlySet<number>): number {
  let best = -1;
  let bestDistance = -1;
  for (const [index, colour] of CANDIDATE_RGB.entries()) {
    if (used.has(index)) continue;
    const distance = Math.min(Infinity, ...taken.map((other) => oklabDistance(colour, other)));
    if (distance >= MIN_DISTANCE) return index;
    if (distance > bestDistance) [best, bestDistance] = [index, distance];
  }
  return best;
}
