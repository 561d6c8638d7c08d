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
      font-size: 12px;
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
  `;
