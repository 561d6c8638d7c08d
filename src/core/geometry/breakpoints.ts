/**
 * Container widths, in px, at which the widgets change their layout. They
 * are read by the geometry (never by CSS media queries), because a widget
 * responds to the width of its own box, not of the viewport.
 */
export const BREAKPOINTS = {
  /** Below this, the map switches to tiles and the ranking to compact amounts. */
  narrow: 480,
  /** Below this, the ranking stacks labels above their bars and the breakdown uses compact amounts. */
  compact: 420,
  /** From this width, the map's ranked list sits beside the map rather than under it. */
  listBeside: 720,
} as const;
