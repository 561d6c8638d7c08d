import { scaleLinear, scaleQuantile, scaleQuantize } from 'd3-scale';
import { BREAKPOINTS } from '../core/geometry/breakpoints.js';
import { ESTIMATED_TEXT } from '../core/geometry/text.js';
import { TYPE_SCALE } from '../core/geometry/type-scale.js';
import { MAP_HEIGHT, MAP_UNIT, MAP_WIDTH } from './us-states.js';
import { STATES, type UsState } from './states.js';

/* ---------------------------------------------------------------- colours */

/** How values are put into colour classes: see `colourScale`. */
export type ClassMethod = 'equal' | 'quantile';

/** How values map to colours, and what the legend shows. */
export interface ColourScale {
  /** Classes, each one flat colour; or a continuous ramp from the low to the high colour. */
  readonly kind: 'classes' | 'ramp';
  /**
   * Class edges from low to high, one more than there are classes; the ramp's
   * two ends when continuous; a single edge when every value is the same.
   * These are the edges the scale uses, so the legend shows them as they are.
   */
  readonly edges: readonly number[];
  /** Tone of each class, low to high (empty for a ramp). */
  readonly tones: readonly number[];
  /** Position on the ramp of a value, 0 (low colour) to 100 (high colour), in whole percent. */
  readonly tone: (value: number) => number;
}

/** The most classes an equal-interval search will consider asking nice() for, per class wanted. */
const NICE_COUNTS_PER_CLASS = 3;

/**
 * Colour classes for the values, `steps` of them (1–9), or a continuous ramp
 * when `steps` is 0 (a d3 `scaleLinear` onto 0–100).
 *
 * - `equal`: classes of equal width at round amounts ($130K, $140K, …), by
 *   `scaleQuantize().nice()`. nice() widens the extent to multiples of a
 *   round step (1, 2 or 5 × 10ⁿ, d3's tick step); asking it for different
 *   tick counts gives different steps, and the one whose number of classes
 *   is nearest to `steps` wins (on a tie, the fewer classes). So the number
 *   of classes may differ from `steps` by one or two: round edges come first.
 * - `quantile`: `scaleQuantile()`, `steps` classes holding (about) the same
 *   number of states each; the edges fall wherever the data puts them.
 *
 * Class i of n takes tone i / (n − 1): the lowest class is the low colour and
 * the highest the high colour. A single value (or one state) is one class in
 * the high colour; no values give no edges.
 */
export function colourScale(values: readonly number[], steps: number, method: ClassMethod = 'equal'): ColourScale {
  if (!values.length) return { kind: 'classes', edges: [], tones: [], tone: () => 0 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return { kind: 'classes', edges: [min], tones: [100], tone: () => 100 };
  if (steps === 0) {
    const ramp = scaleLinear().domain([min, max]).range([0, 100]).clamp(true);
    return { kind: 'ramp', edges: [min, max], tones: [], tone: (value) => Math.round(ramp(value)) };
  }
  if (method === 'quantile') {
    const quantile = scaleQuantile<number>().domain(values).range(classTones(steps));
    return { kind: 'classes', edges: [min, ...quantile.quantiles(), max], tones: quantile.range(), tone: quantile };
  }
  const domain = niceClassDomain(min, max, steps);
  const quantize = scaleQuantize<number>().domain(domain.extent).range(classTones(domain.classes));
  return { kind: 'classes', edges: [domain.extent[0], ...quantize.thresholds(), domain.extent[1]], tones: quantize.range(), tone: quantize };
}

/** Tones of n classes spread evenly from 0 to 100; a single class is the high colour. */
function classTones(count: number): number[] {
  if (count === 1) return [100];
  return Array.from({ length: count }, (_, i) => Math.round((i / (count - 1)) * 100));
}

/**
 * The extent widened by nice() to round class edges, and the number of
 * classes of d3's round step that fill it, nearest to `wanted`.
 */
export function niceClassDomain(min: number, max: number, wanted: number): { extent: [number, number]; classes: number } {
  let best: { extent: [number, number]; classes: number } | undefined;
  for (let count = 1; count <= wanted * NICE_COUNTS_PER_CLASS; count++) {
    const nice = scaleQuantize().domain([min, max]).nice(count);
    const [start, stop] = nice.domain();
    const edges = nice.ticks(count);
    // At the ends of the number range nice() can give up; its ticks then miss the ends.
    if (edges.length < 2 || edges[0] !== start || edges[edges.length - 1] !== stop) continue;
    const classes = edges.length - 1;
    const miss = Math.abs(classes - wanted);
    const bestMiss = best ? Math.abs(best.classes - wanted) : Infinity;
    if (miss < bestMiss || (miss === bestMiss && classes < best!.classes)) best = { extent: [start, stop], classes };
  }
  return best ?? { extent: [min, max], classes: wanted };
}

/** From this tone on, the fill is dark enough that text on it is light. */
const LIGHT_TEXT_FROM = 50;

/** The class that gives text on a fill of this tone enough contrast ('' on the no-data hatch). */
export function textOnTone(tone: number | undefined): 'on-dark' | 'on-light' | '' {
  if (tone === undefined) return '';
  if (tone >= LIGHT_TEXT_FROM) return 'on-dark';
  return 'on-light';
}

/**
 * States from highest to lowest. Top-coded states come first, in the order
 * given: their true values are unknown, only that they are at least the
 * top-code. The others follow by value, ties by postal code.
 */
export function rankOrder(values: ReadonlyMap<string, number>, topCoded: ReadonlySet<string> = new Set()): [string, number][] {
  return [...values].sort((a, b) => {
    const aTop = topCoded.has(a[0]);
    const bTop = topCoded.has(b[0]);
    // Two top-codes compare equal, so the stable sort keeps their order.
    if (aTop || bTop) return Number(bTop) - Number(aTop);
    return b[1] - a[1] || a[0].localeCompare(b[0]);
  });
}

/** Rank of each state in `rankOrder`; equal values share a rank, and so do top-coded states. */
export function rankStates(values: ReadonlyMap<string, number>, topCoded: ReadonlySet<string> = new Set()): Map<string, number> {
  const sorted = rankOrder(values, topCoded);
  const tied = ([a, aValue]: [string, number], [b, bValue]: [string, number]) =>
    topCoded.has(a) || topCoded.has(b) ? topCoded.has(a) && topCoded.has(b) : aValue === bValue;
  const ranks = new Map<string, number>();
  sorted.forEach((entry, i) => {
    const previous = sorted[i - 1];
    ranks.set(entry[0], previous && tied(previous, entry) ? ranks.get(previous[0])! : i + 1);
  });
  return ranks;
}

/* ----------------------------------------------------------------- layout */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedState extends Point {
  readonly state: UsState;
  /** Where the tooltip points, in chart pixels. */
  readonly anchor: Point;
}

/** Corner radius of tiles, callout boxes and outlines. */
export const CORNER_RADIUS = 2;
/** Size of one cell of the diagonal hatch that marks states with no data. */
export const NO_DATA_HATCH = 6;

/**
 * An 11 px state code is centred on a point when its baseline sits about
 * 0.35 em below it (half the height of capitals).
 */
const CODE_BASELINE = Math.round(TYPE_SCALE.label * 0.35);

export interface Tile extends PlacedState {
  /** Top-left corner; the tile is `size` px square. */
  readonly left: number;
  readonly top: number;
  /** Baseline of the code when it is the tile's only text. */
  readonly codeY: number;
  /** Baselines of the code and of the value under it, when the tile shows its value. */
  readonly codeAboveValueY: number;
  readonly valueY: number;
  /** The highlight or focus outline, inset so its stroke stays on the tile. */
  readonly outline: Box;
}

export interface TileLayout {
  readonly kind: 'tiles';
  readonly width: number;
  readonly height: number;
  readonly size: number;
  /** Left edge of the grid (centred in the width). */
  readonly left: number;
  /** Whether tiles are large enough to show their value under the code. */
  readonly showValues: boolean;
  readonly tiles: readonly Tile[];
}

const TILE_COLUMNS = 11;
const TILE_ROWS = 8;
const TILE_GAP = 2;
const TILE_MIN = 8;
const TILE_MAX = 56;
/** Space kept clear between a tile's value and its sides. */
const TILE_PADDING = 5;
/** The value a tile is sized for when the data is not known yet: a compact amount such as "$171K". */
export const TYPICAL_TILE_VALUE = '$171K';
/** With a value under it, the code's baseline is 2 px above the centre and the value's 11 px below: the pair is centred. */
const STACKED_CODE_BASELINE = -2;
const STACKED_VALUE_BASELINE = 11;
/** Half the outline's stroke, so the outline is drawn on the tile rather than in the gap. */
const OUTLINE_INSET = 1;

/**
 * Square tiles on the 11 × 8 grid, as large as the width allows (at most
 * 56 px). Tiles show their values when the widest of them fits at the small
 * size: "$171K" needs 30 + 2 × 5 = 40 px, "≥ $239K" 52 px.
 */
export function layoutTiles(width: number, widestValue = TYPICAL_TILE_VALUE): TileLayout {
  const size = Math.max(TILE_MIN, Math.min(TILE_MAX, Math.floor((width + TILE_GAP) / TILE_COLUMNS) - TILE_GAP));
  const pitch = size + TILE_GAP;
  const gridWidth = TILE_COLUMNS * pitch - TILE_GAP;
  const gridLeft = Math.max(0, Math.floor((width - gridWidth) / 2));
  const tiles = STATES.map((state): Tile => {
    const left = gridLeft + state.tile.col * pitch;
    const top = state.tile.row * pitch;
    const x = left + size / 2;
    const y = top + size / 2;
    return {
      state,
      x,
      y,
      anchor: { x, y: top },
      left,
      top,
      codeY: y + CODE_BASELINE,
      codeAboveValueY: y + STACKED_CODE_BASELINE,
      valueY: y + STACKED_VALUE_BASELINE,
      outline: { x: left + OUTLINE_INSET, y: top + OUTLINE_INSET, width: size - 2 * OUTLINE_INSET, height: size - 2 * OUTLINE_INSET },
    };
  });
  return {
    kind: 'tiles',
    width,
    height: TILE_ROWS * pitch - TILE_GAP,
    size,
    left: gridLeft,
    showValues: size >= ESTIMATED_TEXT.width(widestValue, 'small') + 2 * TILE_PADDING,
    tiles,
  };
}

/** Small north-eastern states drawn with a labelled box beside the map. */
export const CALLOUT_STATES = ['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC'];
const CALLOUT_WIDTH = 44;
const CALLOUT_HEIGHT = 18;
const CALLOUT_GAP = 4;
/** The column kept free on the map's right for the boxes and the leader lines' last stretch. */
const CALLOUT_COLUMN = CALLOUT_WIDTH + 14;
/** Leader lines stop short of their box. */
const LEADER_GAP = 3;
/** The tooltip of a state on the map points a little above its label point, not onto it. */
const TOOLTIP_LIFT = 4;
/** Smallest map scale, so that a zero or negative width still draws (invisibly small) rather than inverts. */
const MIN_MAP_SCALE = 0.05;

export interface Callout extends Box {
  readonly postal: string;
  /** Centre and baseline of the postal code in the box. */
  readonly label: Point;
  /** From the state's label point to just short of the box. */
  readonly leader: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

export interface GeoLayout {
  readonly kind: 'geo';
  readonly width: number;
  readonly height: number;
  /** Scale from the 975 × 610 map frame to pixels. */
  readonly scale: number;
  /** Scale from the stored path units (MAP_UNIT px each) to pixels: the paths' transform. */
  readonly pathScale: number;
  readonly states: readonly PlacedState[];
  /** Labelled boxes for the small states, in pixels. */
  readonly callouts: readonly Callout[];
}

/**
 * Albers USA scaled to the width, leaving a column on the right for the
 * callout boxes; boxes start level with their state and are pushed apart so
 * none overlap, then kept inside the map's height.
 */
export function layoutGeo(width: number): GeoLayout {
  const scale = Math.max(MIN_MAP_SCALE, (width - CALLOUT_COLUMN) / MAP_WIDTH);
  const mapHeight = Math.ceil(MAP_HEIGHT * scale);
  const labelPoints = new Map(STATES.map((state) => [state.postal, { x: state.label[0] * scale, y: state.label[1] * scale }]));
  const small = CALLOUT_STATES.map((postal) => ({ postal, from: labelPoints.get(postal)! })).sort((a, b) => a.from.y - b.from.y);
  const pitch = CALLOUT_HEIGHT + CALLOUT_GAP;
  const tops = small.map(({ from }) => from.y - CALLOUT_HEIGHT / 2);
  // Push down to clear the box above, then up to fit the map's height, then never above the top.
  for (let i = 1; i < tops.length; i++) tops[i] = Math.max(tops[i]!, tops[i - 1]! + pitch);
  const overflow = tops[tops.length - 1]! + CALLOUT_HEIGHT - mapHeight;
  if (overflow > 0) for (let i = tops.length - 1; i >= 0; i--) tops[i] = Math.min(tops[i]!, mapHeight - CALLOUT_HEIGHT - (tops.length - 1 - i) * pitch);
  for (let i = 0; i < tops.length; i++) tops[i] = Math.max(tops[i]!, i * pitch);
  const x = width - CALLOUT_WIDTH;
  const callouts = small.map(({ postal, from }, i): Callout => {
    const y = tops[i]!;
    return {
      postal,
      x,
      y,
      width: CALLOUT_WIDTH,
      height: CALLOUT_HEIGHT,
      label: { x: x + CALLOUT_WIDTH / 2, y: y + CALLOUT_HEIGHT / 2 + CODE_BASELINE },
      leader: { x1: from.x, y1: from.y, x2: x - LEADER_GAP, y2: y + CALLOUT_HEIGHT / 2 },
    };
  });
  const states = STATES.map((state): PlacedState => {
    const { x, y } = labelPoints.get(state.postal)!;
    // A small state's tooltip points at its box, where the pointer is.
    const callout = callouts.find((c) => c.postal === state.postal);
    const anchor = callout ? { x: callout.x + callout.width / 2, y: callout.y } : { x, y: y - TOOLTIP_LIFT };
    return { state, x, y, anchor };
  });
  return { kind: 'geo', width, height: Math.max(mapHeight, small.length * pitch), scale, pathScale: scale * MAP_UNIT, states, callouts };
}

/** Reserved height of one row of the ranked list (its font, line height and padding). */
export const RANKING_ROW_HEIGHT = 22;
/** Width kept for the ranked list when it sits beside the map. */
export const RANKING_WIDTH = 200;
/** Space between the map and the ranked list: beside it, or under it. */
export const RANKING_GAP_BESIDE = 16;
export const RANKING_GAP_BELOW = 8;

export interface MapLayout {
  /** The drawn map: geographic, or tiles. */
  readonly chart: GeoLayout | TileLayout;
  /** Whether the ranked list (if any) sits beside the map rather than under it. */
  readonly rankingBeside: boolean;
  /** Height of the map and its ranked list together. */
  readonly height: number;
}

/**
 * The map for a container width: tiles when asked for, or when no layout is
 * set and the width is below the narrow breakpoint; narrowed to leave room
 * for a ranked list of `rankingRows` rows beside it when the width allows.
 * `widestValue` is the widest value a tile would show.
 */
export function layoutMap(width: number, layout: 'geo' | 'tiles' | undefined, rankingRows: number, widestValue = TYPICAL_TILE_VALUE): MapLayout {
  const rankingBeside = rankingRows > 0 && width >= BREAKPOINTS.listBeside;
  const mapWidth = rankingBeside ? width - RANKING_WIDTH - RANKING_GAP_BESIDE : width;
  const kind = layout ?? (width < BREAKPOINTS.narrow ? 'tiles' : 'geo');
  const chart = kind === 'tiles' ? layoutTiles(mapWidth, widestValue) : layoutGeo(mapWidth);
  const rankingHeight = rankingRows * RANKING_ROW_HEIGHT;
  let height = chart.height;
  if (rankingRows > 0 && rankingBeside) height = Math.max(chart.height, rankingHeight);
  else if (rankingRows > 0) height = chart.height + RANKING_GAP_BELOW + rankingHeight;
  return { chart, rankingBeside, height };
}

/* ------------------------------------------------------------- navigation */

/** Arrow keys look ahead within ±60° (a 120° cone). */
const CONE = Math.tan((60 * Math.PI) / 180);
/** A state off to the side counts as twice as far as one straight ahead. */
const SIDE_WEIGHT = 2;

/** The unit vector of an arrow key, in screen coordinates (y grows downwards). */
function arrowDirection(key: string): readonly [number, number] | undefined {
  switch (key) {
    case 'ArrowRight':
      return [1, 0];
    case 'ArrowLeft':
      return [-1, 0];
    case 'ArrowDown':
      return [0, 1];
    case 'ArrowUp':
      return [0, -1];
    default:
      return undefined;
  }
}

/**
 * The nearest state in the direction of an arrow key, within a 120° cone,
 * preferring states straight ahead over ones off to the side.
 */
export function neighbour<P extends Point>(from: P, key: string, candidates: readonly P[]): P | undefined {
  const direction = arrowDirection(key);
  if (!direction) return undefined;
  const [dirX, dirY] = direction;
  let best: P | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === from) continue;
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const ahead = dx * dirX + dy * dirY;
    const side = Math.abs(dx * dirY - dy * dirX);
    if (ahead <= 0 || side > ahead * CONE) continue;
    const score = ahead + SIDE_WEIGHT * side;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}
