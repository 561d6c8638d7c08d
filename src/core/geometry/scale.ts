/**
 * A linear scale from a value domain onto a pixel range.
 *
 * d3-scale's scaleLinear would pull in d3-interpolate, d3-color and
 * d3-format (about 6 KB gzip) to interpolate colours and format ticks we
 * never use; our charts only map numbers to pixels.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => (k === 0 ? (r0 + r1) / 2 : r0 + (value - d0) * k);
}
