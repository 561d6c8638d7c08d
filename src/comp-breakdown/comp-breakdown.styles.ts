import { css } from 'lit';

export const compBreakdownStyles = css`
  /* Each part's colour: the public --salary-color-N, read into one private name. */
  .series-1 { --_series-color: var(--salary-color-1, var(--_accent)); }
  .series-2 { --_series-color: var(--salary-color-2, #d35a00); }
  .series-3 { --_series-color: var(--salary-color-3, #0f8a6f); }
  .series-4 { --_series-color: var(--salary-color-4, #9b51b0); }
  .series-5 { --_series-color: var(--salary-color-5, #b7791f); }
  .series-6 { --_series-color: var(--salary-color-6, #6d6d6d); }
  .solid {
    fill: var(--_series-color);
  }
  /* The uncertain upper part of a range: lighter, outlined so it still reads as a shape. */
  .light {
    fill: color-mix(in srgb, var(--_series-color) 35%, transparent);
    stroke: var(--_series-color);
    stroke-width: 1;
  }
  [data-point].is-active path,
  [data-point].is-active rect {
    stroke: var(--_text);
    stroke-width: 2;
  }
  [data-point]:focus-visible path,
  [data-point]:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .centre-label,
  .centre-note {
    font-size: var(--_text-note);
    fill: var(--_muted);
    text-anchor: middle;
  }
  .centre-value {
    font-size: var(--_text-total);
    font-weight: 700;
    text-anchor: middle;
    font-variant-numeric: tabular-nums;
  }
  .total {
    font-size: var(--_text-value);
    font-weight: 600;
  }
  .empty {
    align-self: center;
    color: var(--_muted);
    text-align: center;
  }
  .legend {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
    display: grid;
    grid-template-columns: auto 1fr auto auto;
    gap: 0.15em 0.6em;
    align-items: center;
  }
  .legend li {
    display: contents;
  }
  .legend .amount,
  .legend .share {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .legend .share {
    color: var(--_muted);
    min-width: 3em;
  }
  .legend .sum {
    font-weight: 650;
  }
  .swatch {
    width: 1.4em;
    height: 0.8em;
    border-radius: 2px;
    background: linear-gradient(to right, var(--_series-color) 50%, color-mix(in srgb, var(--_series-color) 35%, transparent) 50%);
    box-shadow: inset 0 0 0 1px var(--_series-color);
  }
  .swatch.fixed {
    background: var(--_series-color);
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }
  }
`;
