import { css } from 'lit';

export const percentileBarStyles = css`
  .range {
    fill: var(--_accent-soft);
    stroke: var(--_accent);
    stroke-width: 1;
  }
  .middle {
    fill: var(--_accent);
  }
  .median {
    stroke: var(--_bg, Canvas);
    stroke-width: 5;
  }
  .median-core {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .tick-line {
    stroke: var(--_rule);
  }
  .tick-value {
    font-size: 13px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .tick-value.is-median {
    font-weight: 750;
  }
  .tick-name,
  .band-label {
    font-size: 11px;
    fill: var(--_muted);
  }
  .reference-line {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .note {
    font-size: 12px;
    fill: var(--_muted);
  }
  .marker-line {
    stroke: var(--_marker);
    stroke-width: 2;
  }
  .marker-head {
    fill: var(--_marker);
  }
  .marker-note {
    font-size: 12px;
    font-weight: 600;
    fill: var(--_marker);
  }
  .band {
    stroke: var(--_muted);
    stroke-width: 1;
    fill: none;
  }
  [data-point]:hover .tick-line,
  [data-point].is-active .tick-line {
    stroke: var(--_text);
  }
  @media (forced-colors: active) {
    .range {
      fill: Canvas;
      stroke: CanvasText;
    }
    .middle {
      fill: Highlight;
    }
    .median {
      stroke: Canvas;
    }
  }
`;
