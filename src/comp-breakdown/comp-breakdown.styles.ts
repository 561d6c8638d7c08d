import { css, unsafeCSS, type CSSResult } from 'lit';
import { CANDIDATES, SERIES_COLOURS } from './palette.js';
import { INK_WIDTH, TEXTURES } from './patterns.js';

/** `.series-2 { --_series-color: var(--salary-color-2, var(--_pick)) } … .pick-1 { --_pick: #d35a00 } …`, from the palette's one list. */
const seriesStyles: CSSResult = unsafeCSS(
  [
    ...Array.from({ length: SERIES_COLOURS - 1 }, (_, i) => `.series-${i + 2}{--_series-color:var(--salary-color-${i + 2},var(--_pick))}`),
    ...CANDIDATES.map((hex, i) => `.pick-${i + 1}{--_pick:${hex}}`),
  ].join(''),
);

/**
 * Each slot's texture (`--_texture`, the SVG pattern the element draws) and its legend swatch
 * in print (the slot's colour under white ink) and in forced colours (CanvasText on Canvas).
 */
/** A legend swatch's width, and the gap between the legend's columns (and after a swatch). */
const SWATCH_WIDTH = unsafeCSS('1.4em');
const LEGEND_GAP = unsafeCSS('0.6em');

const textureStyles: CSSResult = unsafeCSS(
  [
    ...TEXTURES.map((_, i) => `.series-${i + 1}{--_texture:url(#texture-${i + 1})}`),
    `@media print{${TEXTURES.map((texture, i) => `.name.series-${i + 1}::before{background:${texture.swatch('var(--_series-color)', '#fff')}}`).join('')}}`,
    `@media (forced-colors:active){${TEXTURES.map((texture, i) => `.name.series-${i + 1}::before{background:${texture.swatch('Canvas', 'CanvasText')}}`).join('')}}`,
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
  [data-point].is-active .solid,
  [data-point].is-active .light {
    stroke: var(--_text);
    stroke-width: 2;
  }
  /* The focus ring is the core's two tones (the focus colour, the page's colour beside it) on the
     part's whole outline: a rectangle in the bar; in the donut the ring's own shape, drawn as the
     focus colour over a wider stroke of the page's colour, which meets the part's fill. */
  .halo {
    fill: none;
  }
  [data-point]:focus-visible .halo {
    stroke: var(--_halo);
    stroke-width: 6;
  }
  [data-point]:focus-visible path.hit {
    outline: none;
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
    font-size: 0.85em;
    display: grid;
    grid-template-columns: minmax(auto, 1fr) auto auto;
    gap: 0.15em ${LEGEND_GAP};
    align-items: center;
  }
  .legend-box {
    container-type: inline-size;
  }
  /* Labels wrap between words and keep their longest word whole ("Altersvorsorge"):
     the amounts give way instead, wrapping after a range's dash. */
  .legend .name {
    position: relative;
    /* Room for the swatch and the gap after it, as a column of their own would take. */
    padding-inline-start: calc(${SWATCH_WIDTH} + ${LEGEND_GAP});
    /* A row is a target for the pointer (hover and tap show its part's tooltip), so its label is at
       least 24 px tall (WCAG 2.5.8): an equivalent target for a part too thin in the chart. */
    padding-block: max(0px, (24px - 1lh) / 2);
    overflow-wrap: break-word;
    /* A label's own direction, whatever the page's ("Total (midpoint …)" on an Arabic page). */
    unicode-bidi: plaintext;
    text-align: match-parent;
  }
  /* A narrow column (a sidebar, or large text): each row's label on a line of its own,
     the amount and share under it, so no row is wider than the widget. */
  @container (width < 20em) {
    .legend {
      grid-template-columns: minmax(0, 1fr) auto;
      row-gap: 0;
    }
    /* Only here may a word longer than the whole column break. */
    .legend .name {
      grid-column: 1 / -1;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    /* Under the label's words, after the swatch's room. */
    .legend .amount {
      grid-column: 1;
      padding-inline-start: calc(${SWATCH_WIDTH} + ${LEGEND_GAP});
    }
    .legend .share {
      min-width: 0;
    }
    .legend .share:not(.sum) {
      margin-block-end: 0.35em;
    }
  }
  .legend .amount,
  .legend .share {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* A share is one word: "59 %" never wraps between its number and its sign. */
  .legend .share {
    color: var(--_muted);
    min-width: 3em;
    white-space: nowrap;
  }
  .legend .sum {
    font-weight: 650;
  }
  /* Each part's name is led by its swatch, centred on the row as the row's other cells are. */
  .name:not(.sum)::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    inset-block: 0;
    margin-block: auto;
    width: ${SWATCH_WIDTH};
    height: 0.8em;
    border-radius: 2px;
    background: linear-gradient(to right, var(--_series-color) 50%, color-mix(in srgb, var(--_series-color) 35%, transparent) 50%);
    box-shadow: inset 0 0 0 1px var(--_series-color);
  }
  .name.fixed::before {
    background: var(--_series-color);
  }
  /* Textures, not colours alone, tell the parts apart on paper printed in greyscale and in
     forced colours; a range's light piece is its texture faded. */
  .texture {
    fill: var(--_series-color);
    stroke: #fff;
    stroke-width: ${INK_WIDTH}px;
    stroke-linecap: round;
  }
  @media print, (forced-colors: active) {
    [data-point] .solid,
    [data-point] .light {
      fill: var(--_texture);
    }
    [data-point] .light {
      fill-opacity: 0.4;
    }
  }
  @media (forced-colors: active) {
    .texture {
      fill: Canvas;
      stroke: CanvasText;
    }
    /* Each piece outlined in CanvasText; a range's uncertain piece dashed. */
    [data-point] .solid,
    [data-point] .light {
      stroke: CanvasText;
      stroke-width: 1;
    }
    [data-point] .light {
      stroke-dasharray: 3 2;
    }
    .name:not(.sum)::before {
      forced-color-adjust: none;
      box-shadow: inset 0 0 0 1px CanvasText;
    }
  }
  ${textureStyles}
`;
