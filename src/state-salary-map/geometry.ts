import { scaleLinear, scaleQuantile, scaleQuantize } from 'd3-scale';
import { BREAKPOINTS } from '../core/geometry/breakpoints.js';
import { ESTIMATED_TEXT, type TextContext } from '../core/geometry/text.js';
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

/** Patterns that tell classes apart in forced colours, where fills take system colours: from empty to solid. */
export const FORCED_PATTERNS = 5;

/**
 * The forced-colours pattern of a tone: 0 (empty) to 4 (solid), spread over
 * the ramp, so five classes get five patterns; with more classes (or a
 * continuous ramp) neighbouring ones share a pattern, and the ranked list,
 * the tooltips and the table carry the values.
 */
export function patternLevel(tone: number): number {
  return Math.round((Math.min(100, Math.max(0, tone)) / 100) * (FORCED_PATTERNS - 1));
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

/** A state code is centred on a point when its baseline sits about 0.35 em below it (half the height of capitals). */
const CODE_BASELINE_EM = 0.35;
/** State codes are bold: measured at this weight. */
export const CODE_WEIGHT = 650;

/** Width of the widest state code, measured. */
const widestCode = (text: TextContext) => Math.max(...STATES.map((state) => text.width(state.postal, 'label', CODE_WEIGHT)));

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
  /** The focus ring's inner tone, just inside the outline. */
  readonly halo: Box;
}

export interface TileLayout {
  readonly kind: 'tiles';
  readonly width: number;
  readonly height: number;
  readonly size: number;
  /** Left edge of the grid (centred in the width). */
  readonly left: number;
  /** Width of the grid. */
  readonly gridWidth: number;
  /** Whether tiles are large enough for their codes. */
  readonly showCodes: boolean;
  /** Whether tiles are large enough to show their value under the code. */
  readonly showValues: boolean;
  readonly tiles: readonly Tile[];
}

const TILE_COLUMNS = 11;
const TILE_ROWS = 8;
const TILE_GAP = 2;
const TILE_MIN = 8;
const TILE_MAX = 56;
/** Space kept clear between a tile's text and its sides, on a 16 px page. */
const TILE_PADDING = 5;
/** The value a tile is sized for when the data is not known yet: a compact amount such as "$171K". */
export const TYPICAL_TILE_VALUE = '$171K';
/** With a value under it, the code's baseline sits 0.18 em (of the code) above the centre and the value's 1.1 em (of the value) below. */
const STACKED_CODE_EM = 0.18;
const STACKED_VALUE_EM = 1.1;
/** Half the outline's stroke, so the outline is drawn on the tile rather than in the gap. */
const OUTLINE_INSET = 1;
/** The focus ring's inner tone runs just inside its 3 px ring. */
const HALO_INSET = 3.5;

/**
 * Square tiles on the 11 × 8 grid, as large as the width allows (at most
 * 56 px). Tiles show their values when the widest of them, measured, fits
 * with padding on both sides and the code and value fit one above the other;
 * codes show when the widest code fits.
 */
export function layoutTiles(width: number, widestValue = TYPICAL_TILE_VALUE, text: TextContext = ESTIMATED_TEXT): TileLayout {
  const size = Math.max(TILE_MIN, Math.min(TILE_MAX, Math.floor((width + TILE_GAP) / TILE_COLUMNS) - TILE_GAP));
  const pitch = size + TILE_GAP;
  const gridWidth = TILE_COLUMNS * pitch - TILE_GAP;
  const gridLeft = Math.max(0, Math.floor((width - gridWidth) / 2));
  const codeSize = text.size('label');
  const valueSize = text.size('small');
  const padding = TILE_PADDING * text.scale;
  const codeBaseline = Math.round(codeSize * CODE_BASELINE_EM);
  const stackedCode = -Math.round(codeSize * STACKED_CODE_EM);
  const stackedValue = Math.round(valueSize * STACKED_VALUE_EM);
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
      codeY: y + codeBaseline,
      codeAboveValueY: y + stackedCode,
      valueY: y + stackedValue,
      outline: { x: left + OUTLINE_INSET, y: top + OUTLINE_INSET, width: size - 2 * OUTLINE_INSET, height: size - 2 * OUTLINE_INSET },
      halo: { x: left + HALO_INSET, y: top + HALO_INSET, width: Math.max(0, size - 2 * HALO_INSET), height: Math.max(0, size - 2 * HALO_INSET) },
    };
  });
  const showCodes = size >= widestCode(text) + 2;
  // The stack runs from the code's cap height (≈ 0.7 em above its baseline) to the value's descenders (≈ 0.25 em).
  const stackFits = size / 2 >= Math.max(codeSize * 0.7 - stackedCode, stackedValue + valueSize * 0.25);
  return {
    kind: 'tiles',
    width,
    height: TILE_ROWS * pitch - TILE_GAP,
    size,
    left: gridLeft,
    gridWidth,
    showCodes,
    showValues: showCodes && stackFits && size >= text.width(widestValue, 'small') + 2 * padding,
    tiles,
  };
}

/** Small north-eastern states drawn with a labelled box beside the map. */
export const CALLOUT_STATES = ['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC'];
/** Callout boxes on a 16 px page; they grow with the font. Never smaller than 24 × 24 px: a target WCAG 2.5.8 accepts. */
const CALLOUT_WIDTH = 44;
const CALLOUT_HEIGHT = 24;
const MIN_TARGET = 24;
const CALLOUT_GAP = 4;
/** Room beside the callout boxes for the leader lines' last stretch. */
const LEADER_RUN = 14;
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
  /** Left edge of the map: 0, or the callout column's width on a right-to-left page. */
  readonly offset: number;
  readonly states: readonly PlacedState[];
  /** Labelled boxes for the small states, in pixels. */
  readonly callouts: readonly Callout[];
}

/**
 * Albers USA scaled to the width, leaving a column for the callout boxes: on
 * the right, or on the left on a right-to-left page (the map keeps its
 * geography). Boxes fit their codes in the page's font, start level with
 * their state and are pushed apart so none overlap, then kept inside the
 * map's height.
 */
export function layoutGeo(width: number, text: TextContext = ESTIMATED_TEXT, rtl = false): GeoLayout {
  const boxHeight = Math.max(MIN_TARGET, Math.round((CALLOUT_HEIGHT * text.size('label')) / ESTIMATED_TEXT.size('label')));
  const boxWidth = Math.max(MIN_TARGET, Math.round(CALLOUT_WIDTH * text.scale), widestCode(text) + boxHeight);
  const column = boxWidth + Math.round(LEADER_RUN * text.scale);
  const scale = Math.max(MIN_MAP_SCALE, (width - column) / MAP_WIDTH);
  const offset = rtl ? column : 0;
  const mapHeight = Math.ceil(MAP_HEIGHT * scale);
  const labelPoints = new Map(STATES.map((state) => [state.postal, { x: offset + state.label[0] * scale, y: state.label[1] * scale }]));
  const small = CALLOUT_STATES.map((postal) => ({ postal, from: labelPoints.get(postal)! })).sort((a, b) => a.from.y - b.from.y);
  const pitch = boxHeight + CALLOUT_GAP;
  const tops = small.map(({ from }) => from.y - boxHeight / 2);
  // Push down to clear the box above, then up to fit the map's height, then never above the top.
  for (let i = 1; i < tops.length; i++) tops[i] = Math.max(tops[i]!, tops[i - 1]! + pitch);
  const overflow = tops[tops.length - 1]! + boxHeight - mapHeight;
  if (overflow > 0) for (let i = tops.length - 1; i >= 0; i--) tops[i] = Math.min(tops[i]!, mapHeight - boxHeight - (tops.length - 1 - i) * pitch);
  for (let i = 0; i < tops.length; i++) tops[i] = Math.max(tops[i]!, i * pitch);
  const x = rtl ? 0 : width - boxWidth;
  // Leaders end short of the box's side that faces the map.
  const leaderEnd = rtl ? boxWidth + LEADER_GAP : x - LEADER_GAP;
  const codeBaseline = Math.round(text.size('label') * CODE_BASELINE_EM);
  const callouts = small.map(({ postal, from }, i): Callout => {
    const y = tops[i]!;
    return {
      postal,
      x,
      y,
      width: boxWidth,
      height: boxHeight,
      label: { x: x + boxWidth / 2, y: y + boxHeight / 2 + codeBaseline },
      leader: { x1: from.x, y1: from.y, x2: leaderEnd, y2: y + boxHeight / 2 },
    };
  });
  const states = STATES.map((state): PlacedState => {
    const { x, y } = labelPoints.get(state.postal)!;
    // A small state's tooltip points at its box, where the pointer is.
    const callout = callouts.find((c) => c.postal === state.postal);
    const anchor = callout ? { x: callout.x + callout.width / 2, y: callout.y } : { x, y: y - TOOLTIP_LIFT };
    return { state, x, y, anchor };
  });
  return { kind: 'geo', width, height: Math.max(mapHeight, small.length * pitch), scale, pathScale: scale * MAP_UNIT, offset, states, callouts };
}

/* ----------------------------------------------------------------- legend */

/** What the legend shows: the class edges as printed, the number of colour segments, and "No data" when some state has none. */
export interface LegendText {
  readonly edges: readonly string[];
  /** Colour segments: the classes, or 1 for a continuous ramp. */
  readonly segments: number;
  /** The label of the no-data swatch, when it is shown. */
  readonly noData?: string;
}

export interface LegendLabel {
  readonly text: string;
  readonly x: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface LegendLayout {
  readonly height: number;
  /** Height of the swatches, and baseline of their labels. */
  readonly swatchHeight: number;
  readonly baseline: number;
  /** The colour segments, low to high (right to left on a right-to-left page). */
  readonly segments: readonly Box[];
  /** The edge labels kept: the ends always, inner ones thinned so that none come closer than `LABEL_GAP_EM`. */
  readonly labels: readonly LegendLabel[];
  readonly noData?: { readonly swatch: Box; readonly label: LegendLabel };
}

/** Legend sizes in em of its text (the note role). */
const SEGMENT_EM = 5.5;
/** A lone segment (a continuous ramp, or one class) is wider, so its two ends have room. */
const LONE_SEGMENT_EM = 12;
const SWATCH_EM = 0.8;
const HATCH_EM = 1.4;
const LABEL_DROP_EM = 0.25;
const LABEL_LINE_EM = 1.5;
/** A label's baseline sits this far below the top of its line. */
const LABEL_BASELINE_EM = 1.1;
const LABEL_GAP_EM = 0.6;
const NO_DATA_GAP_EM = 1.5;

/** The legend's height, which depends only on the font. */
export function legendHeight(text: TextContext = ESTIMATED_TEXT): number {
  const size = text.size('note');
  return Math.round(size * SWATCH_EM) + Math.round(size * LABEL_DROP_EM) + Math.ceil(size * LABEL_LINE_EM);
}

/**
 * One row of colour segments with their edge amounts under them, and the
 * no-data swatch after a gap, within `[left, left + width]`. Segments are
 * 5.5 em wide (a lone one 12 em) or share the width; every label is measured, the first and
 * last are kept and inner ones are thinned to every 2nd, 3rd, … edge until
 * no two come closer than 0.6 em. On a right-to-left page the scale runs from
 * the right.
 */
export function layoutLegend(legend: LegendText, left: number, width: number, text: TextContext = ESTIMATED_TEXT, rtl = false): LegendLayout {
  const size = text.size('note');
  const swatchHeight = Math.round(size * SWATCH_EM);
  const baseline = swatchHeight + Math.round(size * LABEL_DROP_EM) + Math.round(size * LABEL_BASELINE_EM);
  const noDataWidth = legend.noData === undefined ? 0 : Math.max(Math.round(size * HATCH_EM), text.width(legend.noData, 'note'));
  const noDataGap = legend.noData === undefined ? 0 : Math.round(size * NO_DATA_GAP_EM);
  const segments = Math.max(1, legend.segments);
  const segmentEm = segments === 1 ? LONE_SEGMENT_EM : SEGMENT_EM;
  const step = Math.max(1, Math.floor(Math.min(size * segmentEm, (width - noDataWidth - noDataGap) / segments)));
  const widths = legend.edges.map((edge) => text.width(edge, 'note'));
  const last = legend.edges.length - 1;
  // Each label's box: the first starts at its edge, the last ends at its edge, inner ones are centred.
  const box = (i: number): [number, number] => {
    const x = i * step;
    if (i === 0) return [x, x + widths[i]!];
    if (i === last) return [x - widths[i]!, x];
    return [x - widths[i]! / 2, x + widths[i]! / 2];
  };
  const gap = size * LABEL_GAP_EM;
  const apart = (a: number, b: number) => box(a)[1] + gap <= box(b)[0];
  let shown = last > 0 && apart(0, last) ? [0, last] : [0];
  for (let stride = 1; stride < last; stride++) {
    const inner: number[] = [];
    for (let i = stride; i < last; i += stride) inner.push(i);
    const candidate = [0, ...inner, last];
    if (candidate.every((i, k) => k === 0 || apart(candidate[k - 1]!, i))) {
      shown = candidate;
      break;
    }
  }
  // Local coordinates run from 0; mirrored on a right-to-left page.
  const place = (x: number, w = 0) => (rtl ? left + width - x - w : left + x);
  const flip = (anchor: LegendLabel['anchor']): LegendLabel['anchor'] => {
    if (!rtl || anchor === 'middle') return anchor;
    return anchor === 'start' ? 'end' : 'start';
  };
  const labels = legend.edges.length
    ? shown.map((i): LegendLabel => {
        let anchor: LegendLabel['anchor'] = 'middle';
        if (i === 0) anchor = 'start';
        else if (i === last) anchor = 'end';
        return { text: legend.edges[i]!, x: place(i * step), anchor: flip(anchor) };
      })
    : [];
  const boxes = legend.edges.length ? Array.from({ length: segments }, (_, i) => ({ x: place(i * step, step), y: 0, width: step, height: swatchHeight })) : [];
  const noDataLeft = segments * step + noDataGap;
  const noData =
    legend.noData === undefined
      ? undefined
      : {
          swatch: { x: place(noDataLeft, Math.round(size * HATCH_EM)), y: 0, width: Math.round(size * HATCH_EM), height: swatchHeight },
          label: { text: legend.noData, x: place(noDataLeft), anchor: flip('start') },
        };
  return { height: legendHeight(text), swatchHeight, baseline, segments: boxes, labels, noData };
}

/* ---------------------------------------------------------------- ranking */

/** One row of the ranked list as shown. */
export interface RankingRow {
  readonly rank: string;
  readonly name: string;
  readonly amount: string;
}

/** Space between the map and the ranked list: beside it, or under it. */
export const RANKING_GAP_BESIDE = 16;
export const RANKING_GAP_BELOW = 8;
/** The map beside a ranked list is never narrower than this. */
const MIN_MAP_BESIDE = BREAKPOINTS.narrow;
/** Ranked list sizes in em of its text (the value role); the stylesheet uses the same. */
const ROW_EM = 1.7;
const ROW_PADDING_EM = 0.3;
const CELL_GAP_EM = 0.4;
const CHIP_EM = 0.9;
/** Between a name and its amount, on top of the cell gap. */
const NAME_SPARE_EM = 1;
/** The map's legend sits this far under it, in em of the legend's text. */
const LEGEND_GAP_EM = 0.5;

/** The ranked list's row height and the width its widest rank, name and amount need on one line. */
export function rankingSize(rows: readonly RankingRow[], text: TextContext = ESTIMATED_TEXT): { width: number; rowHeight: number } {
  const size = text.size('value');
  const widest = (pick: (row: RankingRow) => string) => Math.max(0, ...rows.map((row) => text.width(pick(row), 'value')));
  const fixed = 2 * ROW_PADDING_EM + 3 * CELL_GAP_EM + CHIP_EM + NAME_SPARE_EM;
  return {
    width: Math.ceil(size * fixed) + widest((row) => row.rank) + widest((row) => row.name) + widest((row) => row.amount),
    rowHeight: Math.ceil(size * ROW_EM),
  };
}

export interface MapLayout {
  /** The drawn map: geographic, or tiles. */
  readonly chart: GeoLayout | TileLayout;
  /** The colour legend, its top `legendY` px below the top of the SVG. */
  readonly legend: LegendLayout;
  readonly legendY: number;
  /** Height of the SVG: the map and its legend. */
  readonly svgHeight: number;
  /** Whether the ranked list (if any) sits beside the map rather than under it. */
  readonly rankingBeside: boolean;
  /** The ranked list's width (when beside) and row height. */
  readonly ranking: { readonly width: number; readonly rowHeight: number };
  /** Height of the map, its legend and its ranked list together. */
  readonly height: number;
}

export interface MapOptions {
  readonly layout?: 'geo' | 'tiles';
  /** The ranked list's rows as shown (none without a list). */
  readonly ranking?: readonly RankingRow[];
  /** The widest value a tile would show. */
  readonly widestValue?: string;
  readonly legend?: LegendText;
  readonly text?: TextContext;
  readonly rtl?: boolean;
}

/**
 * The map for a container width: tiles when asked for, or when no layout is
 * set and the width is below the narrow breakpoint; its legend right under
 * it; a ranked list beside it when the width reaches the breakpoint and the
 * list's measured width leaves the map at least 480 px, else under it.
 */
export function layoutMap(width: number, options: MapOptions = {}): MapLayout {
  const { ranking: rows = [], text = ESTIMATED_TEXT, rtl = false } = options;
  const ranking = rankingSize(rows, text);
  const rankingBeside = rows.length > 0 && width >= BREAKPOINTS.listBeside && width - ranking.width - RANKING_GAP_BESIDE >= MIN_MAP_BESIDE;
  const mapWidth = rankingBeside ? width - ranking.width - RANKING_GAP_BESIDE : width;
  const kind = options.layout ?? (width < BREAKPOINTS.narrow ? 'tiles' : 'geo');
  const chart = kind === 'tiles' ? layoutTiles(mapWidth, options.widestValue, text) : layoutGeo(mapWidth, text, rtl);
  const [legendLeft, legendWidth] = chart.kind === 'tiles' ? [chart.left, chart.gridWidth] : [0, mapWidth];
  const legend = layoutLegend(options.legend ?? { edges: [], segments: 0 }, legendLeft, legendWidth, text, rtl);
  const legendY = chart.height + Math.round(text.size('note') * LEGEND_GAP_EM);
  const svgHeight = legendY + legend.height;
  const rankingHeight = rows.length * ranking.rowHeight;
  let height = svgHeight;
  if (rankingBeside) height = Math.max(svgHeight, rankingHeight);
  else if (rows.length) height = svgHeight + RANKING_GAP_BELOW + rankingHeight;
  return { chart, legend, legendY, svgHeight, rankingBeside, ranking, height };
}

/* ------------------------------------------------------------- navigation */

/** Arrow keys look ahead within ±60° by default. */
const CONE_DEGREES = 60;
/** On the map, ±55°: wide enough that no state is a dead end, narrow enough that South Carolina's → finds no Rhode Island far up the coast. */
const GEO_CONE_DEGREES = 55;
/** On the tile grid, ±45°: a tile's row and column neighbours first, so that most moves undo themselves. */
const TILE_CONE_DEGREES = 45;
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

/** The arrow key that undoes another: ArrowLeft for ArrowRight, and so on. */
export const OPPOSITE_ARROW: Readonly<Record<string, string>> = {
  ArrowLeft: 'ArrowRight',
  ArrowRight: 'ArrowLeft',
  ArrowUp: 'ArrowDown',
  ArrowDown: 'ArrowUp',
};

/**
 * The nearest point in the direction of an arrow key, within a cone of
 * ±`cone` degrees, preferring points straight ahead over ones off to the side.
 */
export function neighbour<P extends Point>(from: P, key: string, candidates: readonly P[], cone = CONE_DEGREES): P | undefined {
  const direction = arrowDirection(key);
  if (!direction) return undefined;
  const [dirX, dirY] = direction;
  const spread = Math.tan((cone * Math.PI) / 180);
  let best: P | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === from) continue;
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const ahead = dx * dirX + dy * dirY;
    const side = Math.abs(dx * dirY - dy * dirX);
    if (ahead <= 0 || side > ahead * spread) continue;
    const score = ahead + SIDE_WEIGHT * side;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/** A state where arrow keys reckon it to be. */
export interface NavPlace extends Point {
  readonly id: string;
}

/** Where arrow keys go on a drawn map; see `arrowTarget`. */
export interface MapNavigation {
  /** Every state at its label point (on the map) or its tile's centre. */
  readonly places: readonly NavPlace[];
  /** The callout boxes' states, top to bottom; empty on the tile grid. */
  readonly column: readonly string[];
  readonly cone: number;
}

/** The navigation of a drawn map: label points and the callout column, or tile centres. */
export function mapNavigation(chart: GeoLayout | TileLayout): MapNavigation {
  if (chart.kind === 'tiles') return { places: chart.tiles.map(({ state, x, y }) => ({ id: state.postal, x, y })), column: [], cone: TILE_CONE_DEGREES };
  return {
    places: chart.states.map(({ state, x, y }) => ({ id: state.postal, x, y })),
    column: chart.callouts.map((callout) => callout.postal),
    cone: GEO_CONE_DEGREES,
  };
}

/**
 * Where an arrow key leads from a state, by geography: the nearest state in
 * that direction by label point. Small states count at their own label
 * points, so → from New York or Pennsylvania enters the callout column
 * (Massachusetts, New Jersey). Within the column ↑ and ↓ go box by box
 * (past its ends, on to the map), ← leaves it for the nearest state on the
 * map (Connecticut ← New York), whatever side the column is drawn on, and →
 * goes nowhere: the coast. Undefined where nothing lies that way.
 */
export function arrowTarget(navigation: MapNavigation, id: string, key: string): string | undefined {
  const { places, column, cone } = navigation;
  const from = places.find((place) => place.id === id);
  if (!from || !arrowDirection(key)) return undefined;
  const index = column.indexOf(id);
  if (index < 0) return neighbour(from, key, places, cone)?.id;
  if (key === 'ArrowRight') return undefined;
  const map = places.filter((place) => !column.includes(place.id));
  if (key === 'ArrowUp') return column[index - 1] ?? neighbour(from, key, map, cone)?.id;
  if (key === 'ArrowDown') return column[index + 1] ?? neighbour(from, key, map, cone)?.id;
  return neighbour(from, key, map, cone)?.id;
}
