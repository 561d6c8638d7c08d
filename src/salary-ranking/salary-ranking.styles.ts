import { css, unsafeCSS } from 'lit';
import { DARK_TEXT, LIGHT_TEXT } from '../core/color.js';

export const rankingStyles = css`
  .bar {
    fill: var(--_accent);
  }
  /* A dimmed row's bar; .bar.dim is the hidden bar whose fill is read for it. */
  .dim .bar,
  .bar.dim {
    fill: var(--_accent-soft);
    stroke: var(--_accent);
  }
  .label,
  .value {
    font-size: var(--_text-note);
  }
  /* A row with no figure: "No data" where its bar would be, muted like the axis. */
  .no-data {
    fill: var(--_muted);
    font-style: italic;
  }
  /* A value inside its bar, in the text the element chose from the bar's painted fill. */
  .inside {
    font-weight: 600;
  }
  .ink-light {
    fill: ${unsafeCSS(LIGHT_TEXT)};
  }
  .ink-dark {
    fill: ${unsafeCSS(DARK_TEXT)};
  }
  @media print {
    .paper-ink-light {
      fill: ${unsafeCSS(LIGHT_TEXT)};
    }
    .paper-ink-dark {
      fill: ${unsafeCSS(DARK_TEXT)};
    }
  }
  /* The hidden bars whose fills the element reads; those for paper in the light scheme a fixed theme prints in. */
  .swatches {
    display: none;
  }
  .swatches .paper {
    color-scheme: light;
  }
  .swatches .background {
    fill: var(--_bg);
  }
  .is-active .bar,
  [data-point]:focus-visible .bar {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  /* The value axis stays light: thin rules and muted ticks behind the data. */
  .gridline {
    stroke: var(--_rule);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  /* Drawn over the bars, the reference line must not take their pointer events. */
  .reference {
    pointer-events: none;
  }
  /* The gridlines and the reference line are paths: stroked, never filled. */
  .gridline,
  .ref {
    fill: none;
  }
  .tick {
    font-size: var(--_text-label);
    fill: var(--_muted);
  }
  /* System colours only: bars outlined in CanvasText, a highlighted row's bar in the
     Highlight / HighlightText pair, the others hollow with CanvasText values. */
  @media (forced-colors: active) {
    .bar {
      fill: Highlight;
      stroke: CanvasText;
      stroke-width: 1;
    }
    .dim .bar {
      fill: Canvas;
      stroke: CanvasText;
    }
    .inside {
      fill: HighlightText;
    }
    .dim .inside {
      fill: CanvasText;
    }
  }
`;
