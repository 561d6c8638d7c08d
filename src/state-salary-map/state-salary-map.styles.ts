import { css, unsafeCSS } from 'lit';
import { RANKING_GAP_BELOW, RANKING_GAP_BESIDE } from './geometry.js';

// One rule per whole percent: marks carry data-tone="0…100" and get their
// colour by mixing the two ramp ends in CSS, so themes and dark mode apply
// without redrawing and no inline style is ever needed.
const tones = Array.from({ length: 101 }, (_, i) => `[data-tone="${i}"]{--_tone:${i}%}`).join('');

export const stateMapStyles = [
  unsafeCSS(tones),
  css`
    /* The ranked list goes under the map, or beside it (on the inline end) at the width the geometry measured. */
    .map.beside {
      display: flex;
      align-items: flex-start;
      gap: ${RANKING_GAP_BESIDE}px;
    }
    .map > svg.chart {
      width: auto;
    }
    /* On a dark page the default ramp runs from a mid blue to a pale one, so the highest values
       are the most salient; both ends keep 3:1 against the dark theme's background and a near-black page. */
    figure[data-scheme='dark'] {
      --_scale-low: var(--salary-scale-low, #4a82c4);
      --_scale-high: var(--salary-scale-high, #dbe9f6);
    }
    [data-tone] {
      --_fill: color-mix(in oklab, var(--_scale-high) var(--_tone), var(--_scale-low));
    }
    .state,
    .tile {
      stroke: Canvas;
      stroke-width: 0.75;
      vector-effect: non-scaling-stroke;
    }
    .state[data-tone],
    .tile[data-tone],
    .callout rect[data-tone] {
      fill: var(--_fill);
    }
    .no-data-background {
      fill: var(--_no-data);
    }
    .no-data-line {
      stroke: var(--_muted);
      stroke-opacity: 0.45;
      stroke-width: 1.2;
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
    .outline.is-focus {
      stroke: var(--_focus);
      stroke-width: 3;
    }
    .callout rect {
      stroke: var(--_muted);
      stroke-width: 0.75;
    }
    .callout:focus-visible rect {
      stroke: var(--_focus);
      stroke-width: 2.5;
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
    /* Text on the darker half of the ramp is light. */
    .on-dark {
      fill: #fff;
    }
    .on-light {
      fill: #10151c;
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
    .ranking li:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: -2px;
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
    .chip {
      width: 0.9em;
      height: 0.9em;
      border-radius: 2px;
      background: var(--_fill);
    }
    .legend text {
      font-size: var(--_text-note);
      fill: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .legend .swatch[data-tone] {
      fill: var(--_fill);
    }
    .ramp-low {
      stop-color: var(--_scale-low);
    }
    .ramp-high {
      stop-color: var(--_scale-high);
    }
    @media (forced-colors: active) {
      .state,
      .tile {
        stroke: CanvasText;
      }
      .legend,
      .chip {
        forced-color-adjust: none;
      }
    }
  `,
];
