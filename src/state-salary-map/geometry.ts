import { MAP_HEIGHT, MAP_WIDTH } from './us-states.js';
import { STATES, type UsState } from './states.js';

/** How values map to colours: equal-interval classes, or a continuous ramp. */
export interface ColourScale {
  /** Number of classes; 0 for a continuous ramp. */
  readonly steps: number;
  /** Class edges from min to max (steps + 1 of them; [min, max] when continuous). */
  readonly edges: readonly number[];
  /** Position on the ramp, 0 (low colour) to 100 (high colour), in whole percent. */
  tone(value: number): number;
}

/**
 * Equal-interval classes over the data's extent (`steps` ≥ 1), or a
 * continuous ramp (`steps` = 0). Class i of n takes tone i / (n − 1), so the
 * lowest class is the low colour and the highest the high colour.
 */
export function colourScale(values: readonly number[], steps: number): ColourScale {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  if (!values.length) return { steps, edges: [], tone: () => 0 };
  if (span === 0) return { steps: Math.min(steps, 1), edges: [min, max], tone: () => 100 };
  if (steps === 0) return { steps, edges: [min, max], tone: (v) => Math.round(((v - min) / span) * 100) };
  const edges = Array.from({ length: steps + 1 }, (_, i) => (i === steps ? max : min + (span * i) / steps));
  const classOf = (v: number) => Math.min(steps - 1, Math.max(0, Math.floor(((v - min) / span) * steps)));
  return { steps, edges, tone: (v) => (steps === 1 ? 100 : Math.round((classOf(v) / (steps - 1)) * 100)) };
}

/** Rank of each state, highest value first; equal values share a rank. */
export function rankStates(values: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...values].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const ranks = new Map<string, number>();
  sorted.forEach(([postal, value], i) => {
    const prev = sorted[i - 1];
    ranks.set(postal, prev && prev[1] === value ? ranks.get(prev[0])! : i + 1);
  });
  return ranks;
}

export interface Placed {
  readonly state: UsState;
  /** Centre of the state's label or tile, in chart pixels. */
  readonly x: number;
  readonly y: number;
}

export interface TileLayout {
  readonly kind: 'tiles';
  readonly width: number;
  readonly height: number;
  readonly size: number;
  /** Left edge of the grid (centred in the width). */
  readonly left: number;
  readonly tiles: readonly (Placed & { readonly left: number; readonly top: number })[];
}

const TILE_COLS = 11;
const TILE_ROWS = 8;
const TILE_GAP = 2;
const TILE_MAX = 56;

/** Square tiles on the 11 × 8 grid, as large as the width allows (at most 56 px). */
export function layoutTiles(width: number): TileLayout {
  const size = Math.max(8, Math.min(TILE_MAX, Math.floor((width + TILE_GAP) / TILE_COLS) - TILE_GAP));
  const gridW = TILE_COLS * (size + TILE_GAP) - TILE_GAP;
  const left = Math.max(0, Math.floor((width - gridW) / 2));
  const tiles = STATES.map((state) => {
    const tl = left + state.tile.col * (size + TILE_GAP);
    const tt = state.tile.row * (size + TILE_GAP);
    return { state, left: tl, top: tt, x: tl + size / 2, y: tt + size / 2 };
  });
  return { kind: 'tiles', width, height: TILE_ROWS * (size + TILE_GAP) - TILE_GAP, size, left, tiles };
}

/** Small north-eastern states drawn with a labelled box beside the map. */
export const CALLOUT_STATES = ['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC'];
const CALLOUT_W = 44;
const CALLOUT_H = 18;
const CALLOUT_GAP = 4;
const CALLOUT_COLUMN = CALLOUT_W + 14;

export interface GeoLayout {
  readonly kind: 'geo';
  readonly width: number;
  readonly height: number;
  /** Scale from the 975 × 610 map frame to pixels. */
  readonly k: number;
  readonly states: readonly Placed[];
  /** Callout boxes for small states, in pixels, with the leader line's ends. */
  readonly callouts: readonly { readonly postal: string; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly fromX: number; readonly fromY: number }[];
}

/**
 * Albers USA scaled to the width, leaving a column on the right for the
 * callout boxes; boxes start level with their state and are pushed apart so
 * none overlap, then kept inside the map's height.
 */
export function layoutGeo(width: number): GeoLayout {
  const k = Math.max(0.05, (width - CALLOUT_COLUMN) / MAP_WIDTH);
  const height = Math.ceil(MAP_HEIGHT * k);
  const states = STATES.map((state) => ({ state, x: state.label[0] * k, y: state.label[1] * k }));
  const small = CALLOUT_STATES.map((p) => states.find((s) => s.state.postal === p)!).sort((a, b) => a.y - b.y);
  const step = CALLOUT_H + CALLOUT_GAP;
  const ys = small.map((s) => s.y - CALLOUT_H / 2);
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + step);
  const overflow = ys[ys.length - 1]! + CALLOUT_H - height;
  if (overflow > 0) for (let i = ys.length - 1; i >= 0; i--) ys[i] = Math.min(ys[i]!, height - CALLOUT_H - (ys.length - 1 - i) * step);
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, i * step);
  const x = width - CALLOUT_W;
  const callouts = small.map((s, i) => ({ postal: s.state.postal, x, y: ys[i]!, w: CALLOUT_W, h: CALLOUT_H, fromX: s.x, fromY: s.y }));
  return { kind: 'geo', width, height: Math.max(height, small.length * step), k, states, callouts };
}

/** Below this width, a map without an explicit layout switches to tiles. */
export const NARROW = 480;

const CONE = Math.tan((60 * Math.PI) / 180);

/**
 * The nearest state in the direction of an arrow key, within a 120° cone,
 * preferring states straight ahead over ones off to the side.
 */
export function neighbour<P extends { readonly x: number; readonly y: number }>(from: P, key: string, candidates: readonly P[]): P | undefined {
  const dir = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[key];
  if (!dir) return undefined;
  let best: P | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === from) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const ahead = dx * dir[0]! + dy * dir[1]!;
    const side = Math.abs(dx * dir[1]! - dy * dir[0]!);
    if (ahead <= 0 || side > ahead * CONE) continue;
    const score = ahead + 2 * side;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}
