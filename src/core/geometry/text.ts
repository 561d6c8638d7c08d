import { roleSize, TYPE_SCALE, type TextRole } from './type-scale.js';

/**
 * What the geometry needs to know about the text it places: each role's font
 * size in px and the width of a string at that size. Widths are measured in
 * the element's own font (a blog's serif is far wider than 0.6 em a letter),
 * so labels are dropped, shortened or moved by what readers will see.
 */
export interface TextContext {
  /** Font size in px of a role, following the host's font size within the type scale's bounds. */
  size(role: TextRole): number;
  /** Width in px of `text` in a role, at a weight (400 unless given). */
  width(text: string, role: TextRole, weight?: number): number;
  /** How much rows and offsets grow with the font: the note size ÷ its size on a 16 px page. */
  readonly scale: number;
}

/** Average advance of a character as a share of the font size, for the estimate. */
const CHAR_EM = 0.6;

/** A text context with no DOM: a 16 px page and 0.6 em a character. For pure geometry tests. */
export const ESTIMATED_TEXT: TextContext = {
  size: (role) => TYPE_SCALE[role],
  width: (text, role) => Math.ceil(text.length * TYPE_SCALE[role] * CHAR_EM),
  scale: 1,
};

let canvas: CanvasRenderingContext2D | null | undefined;
let canvasFont = '';
// Measured widths by font ("400 11px Georgia"), then by text: shared by every widget in that font.
const widths = new Map<string, Map<string, number>>();
const contexts = new Map<string, TextContext>();

/**
 * Text measured with canvas `measureText` in the host's font family at the
 * host's font size, cached per font and string, and shared by every widget
 * with the same font. The page's letter and word spacing (px, as computed;
 * a WCAG 1.4.12 override sets them) widen the chart's text as drawn, and
 * canvas leaves them out, so they are added. Falls back to the estimate where
 * canvas is unavailable.
 */
export function measuredText(family: string, hostPx: number, letterPx = 0, wordPx = 0): TextContext {
  const id = `${hostPx}px ${family} ${letterPx} ${wordPx}`;
  let context = contexts.get(id);
  if (context) return context;
  canvas ??= document.createElement('canvas').getContext('2d');
  const scale = roleSize('note', hostPx) / TYPE_SCALE.note;
  context = {
    size: (role) => roleSize(role, hostPx),
    scale,
    width(text, role, weight = 400) {
      const font = `${weight} ${roleSize(role, hostPx)}px ${family}`;
      // Found by font, then by text, without building a key per text: charts ask thousands of times.
      let known = widths.get(font);
      if (!known) widths.set(font, (known = new Map<string, number>()));
      let width = known.get(text);
      if (width === undefined) {
        if (!canvas) return ESTIMATED_TEXT.width(text, role) * scale;
        // Setting a font parses it: only when it changes (reading canvas.font gives it back rewritten).
        if (canvasFont !== font) canvas.font = canvasFont = font;
        width = Math.ceil(canvas.measureText(text).width);
        known.set(text, width);
      }
      if (!letterPx && !wordPx) return width;
      return width + letterPx * [...text].length + wordPx * (text.match(/ /g)?.length ?? 0);
    },
  };
  contexts.set(id, context);
  return context;
}

/** Forgets measured widths, for when a web font has finished loading and text is wider or narrower. */
export function forgetMeasuredText(): void {
  canvasFont = '';
  widths.clear();
  contexts.clear();
}
