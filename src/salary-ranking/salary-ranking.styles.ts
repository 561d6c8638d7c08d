import { css } from 'lit';

export const rankingStyles = css`
  .bar {
    fill: var(--_accent);
  }
  .dim .bar {
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
  .inside {
    fill: #fff;
    font-weight: 600;
  }
  .dim .inside {
    fill: currentColor;
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
  .tick {
    font-size: var(--_text-label);
    fill: var(--_muted);
  }
`;
