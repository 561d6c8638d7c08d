/**
 * Textures that tell the parts apart without colour: in print (greyscale
 * paper turns the palette into near-equal greys) and in forced colours (one
 * ink on one ground). One texture per colour slot, so a part keeps its
 * texture as it keeps its colour. Pure data: the element draws the SVG tiles
 * and the stylesheet writes the legend swatches from the same list.
 */

/** Side of a texture's square tile, in px. */
export const TILE = 8;
/** Width of a texture's lines and the diameter of its dots, in px. */
export const INK_WIDTH = 2;

export interface Texture {
  /** What a reader would call it, for tests and for the swatch's class. */
  readonly name: string;
  /** Lines in a `TILE` × `TILE` tile, stroked with round caps (a zero-length line is a dot). */
  readonly path: string;
  /** The same texture as a CSS background for a legend swatch, from its ground and ink colours. */
  readonly swatch: (ground: string, ink: string) => string;
}

/** Stripes at `angle`: ink `INK_WIDTH` px wide, repeating every `step` px. */
const stripes = (angle: number, step: number) => (ground: string, ink: string) =>
  `repeating-linear-gradient(${angle}deg, ${ink} 0 ${INK_WIDTH}px, ${ground} ${INK_WIDTH}px ${step}px)`;

/** In colour-slot order: the first part's texture first. */
export const TEXTURES: readonly Texture[] = [
  // Lines one tile apart along the diagonal, the corners' pieces continuing them across tiles.
  { name: 'diagonal', path: 'M0,8L8,0M-1,1L1,-1M7,9L9,7', swatch: stripes(-45, TILE / Math.SQRT2) },
  { name: 'dots', path: 'M2,2h0M6,6h0', swatch: (ground, ink) => `radial-gradient(${ink} 1px, transparent 1.5px) 0 0 / 4px 4px, ${ground}` },
  { name: 'horizontal', path: 'M0,2H8M0,6H8', swatch: stripes(0, TILE / 2) },
  { name: 'grid', path: 'M0,4H8M4,0V8', swatch: (ground, ink) => `${stripes(0, TILE / 2)('transparent', ink)}, ${stripes(90, TILE / 2)(ground, ink)}` },
  { name: 'vertical', path: 'M2,0V8M6,0V8', swatch: stripes(90, TILE / 2) },
  { name: 'back-diagonal', path: 'M0,0L8,8M7,-1L9,1M-1,7L1,9', swatch: stripes(45, TILE / Math.SQRT2) },
];

/**
 * A texture's tile as one path, filled with the ground and stroked with the ink: first a square
 * a tile wider than the tile on each side, whose fill covers the tile and whose outline the
 * pattern's tile clips away, then the texture's lines, which enclose no area to fill.
 */
export const tilePath = (texture: Texture): string => `M${-TILE},${-TILE}H${2 * TILE}V${2 * TILE}H${-TILE}Z${texture.path}`;
