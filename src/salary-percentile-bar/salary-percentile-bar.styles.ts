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
    font-size: var(--_text-value);
    font-weight: 600;
  }
  .tick-value.is-median {
    font-weight: 750;
  }
  .tick-name,
  .band-label {
    font-size: var(--_text-label);
    fill: var(--_muted);
  }
  .marker-line {
    stroke: var(--_marker);
    stroke-width: 2;
  }
  /* On screen the halo is the widget's background, if it paints one; on paper it is the paper. */
  .marker-halo {
    stroke: var(--_bg);
    stroke-width: 5;
  }
  .marker-head {
    fill: var(--_marker);
  }
  .marker-note {
    font-size: var(--_text-note);
    font-weight: 600;
    fill: var(--_marker);
  }
  .band {
    stroke: var(--_muted);
    stroke-width: 1;
    fill: none;
  }
  /* Only hit areas take the pointer, so each mark's target is exactly its box (WCAG 2.5.8);
     a tick crowded out by its neighbours takes none, and its box only draws its focus ring. */
  [data-point] > :not(.hit),
  [data-point].crowded > .hit {
    pointer-events: none;
  }
  [data-point]:hover .tick-line,
  [data-point].is-active .tick-line {
    stroke: var(--_text);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1.1em;
    margin: 0.35em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
    white-space: nowrap;
  }
  /* Each item's swatch: a flex item, blockified. */
  .legend li::before {
    content: '';
    width: 1.4em;
    height: 0.75em;
    border-radius: 2px;
  }
  .legend .middle-item::before {
    background: var(--_accent);
  }
  .legend .range-item::before {
    background: var(--_accent-soft);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .legend .median-item::before {
    width: 3px;
    height: 1em;
    border-radius: 0;
    background: var(--_text);
  }
  @media (forced-colors: active) {
    .legend .middle-item::before,
    .legend .median-item::before {
      forced-color-adjust: none;
      background: Highlight;
    }
    .legend .range-item::before {
      forced-color-adjust: none;
      background: Canvas;
      box-shadow: inset 0 0 0 1px CanvasText;
    }
    .range {
      fill: Canvas;
      stroke: CanvasText;
    }
    .middle {
      fill: Highlight;
    }
    .median,
    .marker-halo {
      stroke: Canvas;
    }
  }
  /* In greyscale the marker's orange and the bar's blue are one grey: the white halo parts them. */
  @media print {
    .marker-halo {
      stroke: #fff;
    }
  }
`;
