import { css, unsafeCSS, type CSSResult } from 'lit';
import { CANDIDATES, SERIES_COLOURS } from './palette.js';

/** `.series-2 { --_series-color: var(--salary-color-2, var(--_pick)) } … .pick-1 { --_pick: #d35a00 } …`, from the palette's one list. */
const seriesStyles: CSSResult = unsafeCSS(
  [
    ...Array.from({ length: SERIES_COLOURS - 1 }, (_, i) => `.series-${i + 2}{--_series-color:var(--salary-color-${i + 2},var(--_pick))}`),
    ...CANDIDATES.map((hex, i) => `.pick-${i + 1}{--_pick:${hex}}`),
  ].join(''),
);

export const compBreakdownStyles = css`
  ${seriesStyles}
  /* Each part's colour: the public --salary-color-N, else the accent (first part) or the
     candidate the element picked for it (pick-K), read into one private name. */
  .series-1 {
    --_series-color: var(--salary-color-1, var(--_accent));
  }
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
  .centre-value.smaller {
    font-size: var(--_text-value);
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
    grid-template-columns: auto minmax(auto, 1fr) auto auto;
    gap: 0.15em 0.6em;
    align-items: center;
  }
  .legend li {
    display: contents;
  }
  .legend-box {
    container-type: inline-size;
  }
  /* Labels wrap between words and keep their longest word whole ("Altersvorsorge"):
     the amounts give way instead, wrapping after a range's dash. */
  .legend li > span:nth-child(2) {
    overflow-wrap: break-word;
    /* A label's own direction, whatever the page's ("Total (midpoint …)" on an Arabic page). */
    unicode-bidi: plaintext;
    text-align: match-parent;
  }
  /* A narrow column (a sidebar, or large text): each row's label on a line of its own,
     the amount and share under it, so no row is wider than the widget. */
  @container (width < 20em) {
    .legend {
      grid-template-columns: auto minmax(0, 1fr) auto;
      row-gap: 0;
    }
    /* Only here may a word longer than the whole column break. */
    .legend li > span:nth-child(2) {
      grid-column: 2 / -1;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .legend .amount {
      grid-column: 2;
    }
    .legend .share {
      min-width: 0;
    }
    .legend li:not(:last-child) > .share {
      margin-block-end: 0.35em;
    }
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
