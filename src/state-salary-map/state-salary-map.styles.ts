import { css, unsafeCSS } from 'lit';
import { RANKING_GAP_BELOW, RANKING_GAP_BESIDE } from './geometry.js';

// One rule per whole percent: marks carry data-tone="0…100" and get their
// colour by mixing the two ramp ends in CSS, so themes and dark mode apply
// without redrawing and no inline style is ever needed.
const tones = Array.from({ length: 101 }, (_, i) => `[data-tone="${i}"]{--_tone:${i}%}`).join('');

export const stateMapStyles = [
  unsafeCSS(tones),
  css`
    .map {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: ${RANKING_GAP_BELOW}px ${RANKING_GAP_BESIDE}px;
    }
    .map > svg.chart {
      flex: none;
      width: auto;
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
    .ranking {
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.85em;
      min-width: 11em;
      flex: 1 1 11em;
      max-width: 22em;
    }
    .ranking li {
      display: grid;
      grid-template-columns: 1.6em 0.9em 1fr auto;
      gap: 0.4em;
      align-items: center;
      padding: 0.1em 0.3em;
      border-radius: 3px;
      line-height: 1.45;
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
    .legend {
      container-type: inline-size;
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5em 1.5em;
      margin-top: 0.5em;
      font-size: 0.75em;
      color: var(--_muted);
    }
    .steps {
      display: flex;
      max-width: 100%;
      padding-right: 1em;
    }
    .step {
      position: relative;
      flex: 0 1 auto;
      width: 5.5em;
      min-width: 3em;
      padding-top: 0.9em;
    }
    .step .swatch {
      position: absolute;
      inset: 0 1px auto 0;
      height: 0.8em;
      background: var(--_fill);
    }
    .edge {
      display: block;
      transform: translateX(-50%);
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
      width: max-content;
    }
    .step:first-child > .edge:not(.end) {
      transform: none;
    }
    .edge.end {
      position: absolute;
      right: 0;
      top: 0.9em;
      transform: none;
    }
    /* In a narrow legend every other inner edge label would collide: keep the ends and alternate ones. */
    @container (max-width: 26em) {
      .step:nth-child(even) > .edge:not(.end),
      .step:last-child:not(:first-child) > .edge:not(.end) {
        visibility: hidden;
      }
    }
    .ramp {
      width: 12em;
      height: 0.8em;
      background: linear-gradient(to right, var(--_scale-low), var(--_scale-high));
    }
    .ramp-labels {
      display: flex;
      justify-content: space-between;
      width: 12em;
    }
    .no-data {
      display: flex;
      align-items: center;
      gap: 0.4em;
    }
    .hatch {
      width: 1.4em;
      height: 0.8em;
      background: repeating-linear-gradient(45deg, color-mix(in srgb, currentColor 40%, transparent) 0 1px, var(--_no-data) 1px 4px);
    }
    @media (forced-colors: active) {
      .state,
      .tile {
        stroke: CanvasText;
      }
      .step .swatch,
      .chip,
      .ramp,
      .hatch {
        forced-color-adjust: none;
      }
    }
  `,
];
