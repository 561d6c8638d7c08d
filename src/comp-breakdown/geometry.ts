/**
 * Donut and stacked-bar geometry for a breakdown whose parts may be ranges.
 * Each part takes room for its high value; the low value is drawn solid and
 * the rest of the part lighter. Pure: no DOM.
 *
 * The annular sector is written here rather than taken from d3-shape's arc,
 * which costs 2.4 KB gzip for corner radii and padding logic we do not use.
 */

export interface Part {
  readonly low: number;
  readonly high: number;
}

export interface Segment {
  readonly start: number;
  /** Angle (radians, clockwise from 12 o'clock) where the solid low part ends. */
  readonly split: number;
  readonly end: number;
}

const TAU = Math.PI * 2;

/** Angles of each part around the circle, proportional to the high values. */
export function donutAngles(parts: readonly Part[], padAngle = 0): Segment[] {
  const total = parts.reduce((s, p) => s + p.high, 0);
  if (!(total > 0)) return [];
  const pad = parts.filter((p) => p.high > 0).length > 1 ? padAngle : 0;
  let angle = 0;
  return parts.map((p) => {
    const start = angle;
    const end = (angle += (TAU * p.high) / total);
    const a0 = p.high > 0 ? start + pad / 2 : start;
    const a1 = p.high > 0 ? Math.max(a0, end - pad / 2) : end;
    return { start: a0, split: a0 + (a1 - a0) * (p.high > 0 ? p.low / p.high : 0), end: a1 };
  });
}

const r = (n: number) => Math.round(n * 100) / 100;
const point = (radius: number, angle: number) => `${r(radius * Math.sin(angle))},${r(-radius * Math.cos(angle))}`;

/** SVG path of a ring sector centred on 0,0 between two angles; "" when empty. */
export function sectorPath(inner: number, outer: number, a0: number, a1: number): string {
  const sweep = a1 - a0;
  if (!(sweep > 1e-6)) return '';
  // A full ring cannot be one arc: split it in two halves.
  if (sweep >= TAU - 1e-6) {
    const mid = a0 + Math.PI;
    return `${sectorPath(inner, outer, a0, mid)}${sectorPath(inner, outer, mid, a0 + TAU)}`;
  }
  const large = sweep > Math.PI ? 1 : 0;
  return `M${point(outer, a0)}A${outer},${outer} 0 ${large} 1 ${point(outer, a1)}L${point(inner, a1)}A${inner},${inner} 0 ${large} 0 ${point(inner, a0)}Z`;
}

/** Where a label or tooltip for a segment goes: the middle of its ring. */
export function segmentAnchor(seg: Segment, inner: number, outer: number): [number, number] {
  const a = (seg.start + seg.end) / 2;
  const radius = (inner + outer) / 2;
  return [r(radius * Math.sin(a)), r(-radius * Math.cos(a))];
}

export interface BarPiece {
  readonly x: number;
  /** Width of the solid low part. */
  readonly solid: number;
  readonly width: number;
}

/** Widths along a stacked bar of `width` px, proportional to the high values, with `gap` px between. */
export function stackBar(parts: readonly Part[], width: number, gap = 2): BarPiece[] {
  const total = parts.reduce((s, p) => s + p.high, 0);
  const shown = parts.filter((p) => p.high > 0).length;
  const usable = Math.max(0, width - gap * Math.max(0, shown - 1));
  if (!(total > 0)) return parts.map(() => ({ x: 0, solid: 0, width: 0 }));
  let x = 0;
  return parts.map((p) => {
    const w = (usable * p.high) / total;
    const piece = { x: r(x), solid: r((usable * p.low) / total), width: r(w) };
    if (p.high > 0) x += w + gap;
    return piece;
  });
}
