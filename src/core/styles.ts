import { css } from 'lit';
import { typeScaleStyles } from './geometry/type-scale.js';

/**
 * Shared shell styles. Public `--salary-*` properties are read once on :host
 * into private `--_*` names; everything below uses only the private names, so
 * a theme, dark mode or forced colours change one place.
 */
const shell = css`
  :host {
    --_font: var(--salary-font-family, inherit);
    --_text: var(--salary-text-color, currentColor);
    --_muted: var(--salary-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    --_bg: var(--salary-background, transparent);
    --_accent: var(--salary-accent, #2f6bd8);
    --_accent-soft: color-mix(in srgb, var(--_accent) 32%, transparent);
    --_marker: var(--salary-marker-color, #c2410c);
    --_scale-low: var(--salary-scale-low, #4292c6);
    --_scale-high: var(--salary-scale-high, #08306b);
    --_no-data: var(--salary-no-data, color-mix(in srgb, currentColor 10%, transparent));
    --_rule: color-mix(in srgb, currentColor 22%, transparent);
    --_tooltip-bg: var(--salary-tooltip-background, Canvas);
    --_tooltip-text: var(--salary-tooltip-color, CanvasText);
    --_focus: var(--salary-focus-color, var(--_accent));
    /* The focus ring's inner tone: the page's colour, which every mark contrasts with. */
    --_halo: var(--salary-background, #fff);
    --_radius: var(--salary-radius, 6px);

    display: block;
    position: relative;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
    line-height: 1.4;
    text-align: start;
    /* Room between the widget and the paragraphs around it. */
    margin-block: var(--salary-spacing, 1.5em);
  }
  :host([hidden]) {
    display: none;
  }
  /* Fixed themes paint their own background, so they need a little air;
     light-dark() picks each colour by the theme's colour scheme. */
  :host([theme]) {
    padding: 12px;
    border-radius: var(--_radius);
    --_text: var(--salary-text-color, light-dark(#1b1f24, #e8eaed));
    --_bg: var(--salary-background, light-dark(#fff, #17191d));
    --_accent: var(--salary-accent, light-dark(#2f6bd8, #6f9cf0));
    --_marker: var(--salary-marker-color, light-dark(#c2410c, #f0834a));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }

  /* Pseudo-elements (legend swatches drawn as ::before) set their own box-sizing. */
  * {
    box-sizing: border-box;
  }
  figure {
    margin: 0;
    min-width: 0;
  }
  /* A painted --salary-background is a card: its text must not touch its edges. */
  figure.card {
    padding: var(--salary-padding, 0.75em 1em);
    border-radius: var(--_radius);
  }
  /* On a dark page (a dark theme, or light text inherited from the page) the marker's
     orange is lightened to keep 4.5:1 as text. */
  figure[data-scheme='dark'] {
    --_marker: var(--salary-marker-color, #f0834a);
    --_halo: var(--salary-background, #000);
  }
  /* A fixed theme paints its own background (a more specific rule than the one above). */
  :host([theme]) figure {
    --_halo: var(--_bg);
  }
  .heading {
    font-weight: 650;
    font-size: 1.05em;
    line-height: 1.3;
    margin: 0 0 0.15em;
  }
  .description {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .caption {
    margin-top: 0.5em;
    color: var(--_muted);
    font-size: 0.78em;
  }
  /* The source and each note on a line of its own. Each line takes its direction from its own words
     (an English note on an Arabic page reads left to right, its full stop at its end) and is aligned
     as the page aligns. */
  .caption > span {
    display: block;
    unicode-bidi: plaintext;
    text-align: match-parent;
  }
  .caption a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    /* Never content-visibility: Chromium leaves skipped content out of the
       accessibility tree, so a screen reader would never hear it. */
  }

  /* The chart area stacks its layers in one grid cell: an invisible spacer
     reserves the final height before data or width are known, so nothing on
     the page moves when the chart appears. */
  .stage {
    display: grid;
    position: relative;
  }
  .stage > * {
    grid-area: 1 / 1;
    min-width: 0;
  }
  .spacer {
    display: block;
    width: 1px;
    visibility: hidden;
  }
  svg.chart {
    display: block;
    width: 100%;
    overflow: visible;
  }
  /* Chart text is sized by role (--_text-*, in em of the host's font): the SVG keeps the
     host's font size so those ems do not compound. No specificity, so a role's class wins. */
  :where(svg.chart text) {
    font-size: var(--_text-note);
  }
  /* Chart coordinates are absolute: the geometry mirrors them on right-to-left pages itself,
     so text anchors keep their plain meaning (start = left) in the SVG. */
  svg.chart {
    direction: ltr;
  }
  svg text {
    fill: currentColor;
  }
  /* Shared marks: secondary notes, dashed reference lines, figures that line up. */
  .note {
    font-size: var(--_text-note);
    fill: var(--_muted);
  }
  .ref {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .fallback {
    margin-top: 0.5em;
  }
  .loading {
    align-self: center;
    height: 8px;
    border-radius: 4px;
    background: var(--_no-data);
  }
  .status {
    align-self: center;
    padding: 0.6em 0.8em;
    border-radius: var(--_radius);
    border: 1px solid var(--_rule);
    font-size: 0.9em;
  }
  .error {
    border-color: #b3261e;
    border-inline-start-width: 4px;
  }
  /* The error's title and the tooltip's. */
  strong {
    display: block;
  }

  [data-point] {
    cursor: default;
    outline: none;
  }
  /* A two-tone ring, whatever the tooltip does: the focus colour on the hit area's edge, where it
     meets the page, and the page's colour just inside it, where it meets the mark (an outline inset
     from the stroke's box), so one of the two contrasts with whatever is next to it. */
  [data-point]:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 2;
    outline: 2px solid var(--_halo);
    outline-offset: -4px;
  }

  .tooltip {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 2;
    max-width: min(18em, 90%);
    padding: 0.4em 0.6em;
    border-radius: 4px;
    border: 1px solid var(--_rule);
    background: var(--_tooltip-bg);
    color: var(--_tooltip-text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: 0.82em;
    line-height: 1.35;
    pointer-events: none;
  }
  /* A tooltip opened by hovering keeps the pointer, so that the pointer can move onto it to read it. */
  .tooltip.is-hover {
    pointer-events: auto;
  }

  /* "Show table" and "Get the data", under the chart. */
  .data-button {
    min-height: 24px;
    margin: 0.6em 0.5em 0 0;
    padding: 0.2em 0.7em;
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.82em;
    cursor: pointer;
  }
  .data-button:hover {
    border-color: currentColor;
  }
  .data-button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .data-table {
    width: 100%;
    margin-top: 0.5em;
    border-collapse: collapse;
    font-size: 0.82em;
  }
  .data-table caption {
    margin-bottom: 0.3em;
    text-align: start;
    font-weight: 600;
  }
  .data-table th,
  .data-table td {
    padding-block: 0.25em;
    padding-inline: 0 0.75em;
    border-bottom: 1px solid var(--_rule);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .data-table :is(th, td):last-child {
    padding-inline-end: 0;
  }
  .data-table thead th {
    border-bottom-color: currentColor;
  }
  .data-table th[scope='row'] {
    font-weight: normal;
  }
  /* Values line up at the end, under their headers; the row names at the start. */
  .data-table td,
  .data-table thead th + th {
    text-align: end;
  }
  .data-table td {
    font-variant-numeric: tabular-nums;
  }

  @media (prefers-reduced-motion: no-preference) {
    .tooltip {
      transition: opacity 120ms ease-out;
    }
    .loading {
      animation: pulse 1.4s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.45;
      }
    }
  }

  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_accent: Highlight;
      --_accent-soft: Canvas;
      --_marker: LinkText;
      --_rule: CanvasText;
      --_no-data: GrayText;
      --_focus: Highlight;
      --_tooltip-bg: Canvas;
      --_tooltip-text: CanvasText;
    }
    figure[data-scheme],
    :host([theme]) figure {
      --_halo: Canvas;
    }
  }

  @media print {
    :host {
      break-inside: avoid;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    /* Paper is white: a dark theme prints in its light colours. */
    :host([theme]) {
      color-scheme: light;
    }
    .tooltip,
    .loading,
    .data-button {
      display: none;
    }
  }
`;

/** The shell, with the type scale's `--_text-*` sizes that every widget's chart text uses. */
export const shellStyles = [typeScaleStyles, shell];
