import { css, unsafeCSS } from 'lit';
import { readableTextCss } from '../core/color.js';
import { FORCED_PATTERNS, RANKING_GAP_BELOW, RANKING_GAP_BESIDE } from './geometry.js';

/**
 * The map's default ramps, low to high. Every class reaches 3:1 against the
 * background (WCAG 1.4.11), so the background-coloured borders between
 * states, and the background that no data shows, stand out from any class:
 * on a light page from a mid blue (#4292c6, 3.4:1 on white) to a navy one; on
 * a dark page from a mid blue to a pale one, so the highest values are the
 * most salient (4.4:1 and 14:1 on the dark theme).
 */
export const DEFAULT_RAMPS = {
  light: { low: '#4292c6', high: '#08306b' },
  dark: { low: '#4a82c4', high: '#dbe9f6' },
} as const;

/**
 * Where text on the default ramps turns from the dark text to black, and to
 * white, in tones (0–100): what `readableTextOn` gives for the ramp's colour
 * at each tone (a test checks every one). Browsers without relative colours
 * use these; the others compute the text from the fill they paint.
 */
export const RAMP_TEXT_TONES = {
  light: { black: 14, white: 22 },
  dark: { black: 101, white: 101 },
} as const;

/** The dark theme's background: what borders and no data are drawn in on a dark page that paints none. */
const DARK_BACKGROUND = '#17191d';

// One rule per whole percent: marks carry data-tone="0…100" and get their
// colour by mixing the two ramp ends in CSS, so themes and dark mode apply
// without redrawing and no inline style is ever needed.
const tones = Array.from({ length: 101 }, (_, i) => `[data-tone="${i}"]{--_tone:${i}%}`).join('');

// Text on a fill: dark or light as the fill the browser paints needs (its own
// colour, a theme's, a custom ramp's), for 4.5:1.
const textOnFill = unsafeCSS(readableTextCss('var(--_fill)'));

export const stateMapStyles = [
  unsafeCSS(tones),
  css`
    :host {
      --_scale-low: var(--salary-scale-low, ${unsafeCSS(DEFAULT_RAMPS.light.low)});
      --_scale-high: var(--salary-scale-high, ${unsafeCSS(DEFAULT_RAMPS.light.high)});
      /* The background the map is drawn on: its borders and no data's base. */
      --_map-bg: var(--salary-background, Canvas);
    }
    :host([theme]) {
      --_map-bg: var(--_bg);
    }
    /* The ranked list goes under the map, or beside it (on the inline end) at the width the geometry measured. */
    .map.beside {
      display: flex;
      align-items: flex-start;
      gap: ${RANKING_GAP_BESIDE}px;
    }
    /* The map is drawn at the width the geometry gives it, not stretched to its box. */
    svg.chart {
      width: auto;
    }
    figure[data-scheme='dark'] {
      --_scale-low: var(--salary-scale-low, ${unsafeCSS(DEFAULT_RAMPS.dark.low)});
      --_scale-high: var(--salary-scale-high, ${unsafeCSS(DEFAULT_RAMPS.dark.high)});
      --_map-bg: var(--salary-background, ${unsafeCSS(DARK_BACKGROUND)});
    }
    :host([theme]) figure[data-scheme='dark'] {
      --_map-bg: var(--_bg);
    }
    [data-tone] {
      --_fill: color-mix(in oklab, var(--_scale-high) var(--_tone), var(--_scale-low));
    }
    /* Borders in the background's colour, wide enough to see: every class reaches 3:1 against it. */
    .state,
    .tile {
      stroke: var(--_map-bg);
      stroke-width: 1.5;
      vector-effect: non-scaling-stroke;
    }
    .tile {
      stroke-width: 1;
    }
    /* Data shapes carry a forced-colours pattern as their fill attribute; everywhere else their class's colour wins. */
    @media not (forced-colors: active) {
      .state[data-tone],
      .tile[data-tone],
      .callout rect[data-tone],
      .legend .swatch[data-tone] {
        fill: var(--_fill);
      }
    }
    /* No data is the map's background, hatched: as every class reaches 3:1 against the background,
       each also reaches 3:1 against no data's base, whatever the hatch adds (WCAG 1.4.11). */
    .no-data-background {
      fill: var(--salary-no-data, var(--_map-bg));
    }
    .no-data-line {
      stroke: var(--_muted);
      stroke-width: 1;
    }
    .pattern-paper {
      fill: Canvas;
    }
    .pattern-ink {
      fill: CanvasText;
    }
    .outline {
      fill: none;
      stroke: var(--_text);
      stroke-width: 2.5;
      vector-effect: non-scaling-stroke;
      pointer-events: none;
    }
    .outline.is-highlight {
      stroke-width: 2;
    }
    /* Focus and hover: a ring in the focus colour beside one in the background's, so that one of the two
       contrasts with the state and the other with what surrounds it. */
    .outline.is-focus,
    .outline.ring {
      stroke: var(--_focus);
      stroke-width: 3;
    }
    .outline.halo {
      stroke: var(--_map-bg);
      stroke-width: 7;
    }
    /* A tile's halo is inside its ring, within the tile. */
    rect.outline.halo {
      stroke-width: 2;
    }
    /* The keyboard's ring shows while the map has keyboard focus, with or without a tooltip. */
    .outline.is-tab-stop {
      display: none;
    }
    svg.chart:has([data-point]:focus-visible) .outline.is-tab-stop {
      display: inline;
    }
    .callout rect {
      stroke: var(--_muted);
      stroke-width: 0.75;
    }
    /* A callout box's ring: the focus colour on its edge, the background's just inside it. */
    .callout:focus-visible rect {
      stroke: var(--_focus);
      stroke-width: 3;
      outline: 2px solid var(--_map-bg);
      outline-offset: -3.5px;
    }
    .leader {
      stroke: var(--_muted);
      stroke-width: 0.75;
    }
    .code {
      font-size: var(--_text-label);
      font-weight: 650;
      text-anchor: middle;
      pointer-events: none;
    }
    .value {
      font-size: var(--_text-small);
      text-anchor: middle;
      pointer-events: none;
      font-variant-numeric: tabular-nums;
    }
    /* Without relative colours, text takes the colour the known ramp needs at its tone. */
    .on-dark {
      fill: #fff;
    }
    .on-light {
      fill: #10151c;
    }
    .on-mid {
      fill: #000;
    }
    .code.no-data,
    .value.no-data {
      fill: var(--_text);
    }
    @supports (color: color(from red srgb-linear r g b)) {
      .code,
      .value {
        fill: ${textOnFill};
      }
      .code.no-data,
      .value.no-data {
        --_fill: var(--salary-no-data, var(--_map-bg));
        fill: ${textOnFill};
      }
    }
    /* A halo in the base's colour keeps a code on the hatch readable. */
    .code.no-data {
      paint-order: stroke;
      stroke: var(--salary-no-data, var(--_map-bg));
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    /* Sizes in em of the value role, as rankingSize() in the geometry measures them. */
    .ranking {
      display: grid;
      grid-template-columns: auto 0.9em minmax(0, 1fr) auto;
      column-gap: 0.4em;
      margin: ${RANKING_GAP_BELOW}px 0 0;
      padding: 0;
      list-style: none;
      font-size: var(--_text-value);
      line-height: 1.5;
    }
    .beside > .ranking {
      flex: none;
      width: var(--_ranking-width);
      margin: 0;
    }
    .ranking li {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      align-items: center;
      height: var(--_ranking-row);
      padding: 0 0.3em;
      border-radius: 3px;
      white-space: nowrap;
    }
    .ranking .name {
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .ranking li.is-active {
      background: color-mix(in srgb, currentColor 10%, transparent);
    }
    .ranking .rank {
      color: var(--_muted);
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .ranking .amount {
      font-variant-numeric: tabular-nums;
    }
    /* A row's colour chip, in the grid's second column, after the rank. */
    .ranking li::before {
      content: '';
      order: 1;
      box-sizing: border-box;
      width: 0.9em;
      height: 0.9em;
      border-radius: 2px;
      background: var(--_fill);
    }
    .ranking .name,
    .ranking .amount {
      order: 2;
    }
    .legend text {
      font-size: var(--_text-note);
      fill: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .no-data-swatch {
      stroke: var(--_muted);
      stroke-width: 0.75;
    }
    .ramp-low {
      stop-color: var(--_scale-low);
    }
    .ramp-high {
      stop-color: var(--_scale-high);
    }
    /* Forced colours: outlines in CanvasText, classes told apart by patterns of CanvasText on Canvas
       (from empty to solid), no data by its diagonal hatch; codes in CanvasText with a Canvas halo. */
    @media (forced-colors: active) {
      :host,
      :host([theme]),
      figure[data-scheme='dark'],
      :host([theme]) figure[data-scheme='dark'] {
        --_map-bg: Canvas;
      }
      .state,
      .tile,
      .callout rect,
      .legend .swatch {
        stroke: CanvasText;
        stroke-width: 1;
      }
      .no-data-background {
        fill: Canvas;
      }
      .no-data-line {
        stroke: CanvasText;
      }
      .code,
      .value,
      .code.no-data,
      .value.no-data {
        fill: CanvasText;
        paint-order: stroke;
        stroke: Canvas;
        stroke-width: 3px;
        stroke-linejoin: round;
      }
      /* On the solid pattern, the other way round. */
      .code[data-pattern='${unsafeCSS(FORCED_PATTERNS - 1)}'],
      .value[data-pattern='${unsafeCSS(FORCED_PATTERNS - 1)}'] {
        fill: Canvas;
        stroke: CanvasText;
      }
      .ranking li::before {
        border: 1px solid CanvasText;
      }
    }
  `,
];
