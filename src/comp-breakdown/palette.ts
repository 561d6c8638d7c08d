/**
 * The breakdown's categorical palette: the first part takes the accent, and
 * each later part the first colour of a fixed candidate list that stays at
 * least ΔE_OK 0.15 (Euclidean distance in OKLab) from the accent and from the
 * colours already taken, so a custom accent never makes two parts look alike.
 * Colours an author sets (`--salary-color-N`) are used as given and are
 * avoided by the parts picked after them. Pure: no DOM.
 */
import { parseColor, toOklab } from '../core/color.js';

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

/** A colour as computed styles and canvas give it (hex, `rgb()`, `color(srgb …)`, `oklab()`…), channels 0–255; undefined for anything else. */
export function parseRgb(value: string): Rgb | undefined {
  const colour = parseColor(value);
  return colour && ([colour.r, colour.g, colour.b].map((channel) => Math.round(channel * 255)) as unknown as Rgb);
}

/** sRGB (channels 0–255) to OKLab, by the core's colour maths. */
export const oklab = ([red, green, blue]: Rgb): Oklab => toOklab({ r: red / 255, g: green / 255, b: blue / 255, alpha: 1 });

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
