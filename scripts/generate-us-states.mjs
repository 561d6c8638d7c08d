// Generates src/state-salary-map/us-states.ts: one SVG path per state (Albers USA,
// Alaska and Hawaii inset, 975 × 610) plus names, FIPS codes, label points
// and the tile-grid position. Run after changing the inputs:
//   npm run generate:map   (inputs: the us-atlas package and scripts/data/us-states.json)
// Geometry: the us-atlas package (US Census Bureau cartographic boundaries).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, simplify, filter, filterWeight } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const MIN_AREA = 30;
// Coordinates are stored in units of 2 px: at most 1 px off at full size, and shorter numbers.
const UNIT = 2;
const statesFile = process.argv[2] ?? new URL('./data/us-states.json', import.meta.url).pathname;
const states = JSON.parse(readFileSync(statesFile, 'utf8'));
const topology = structuredClone(require('us-atlas/states-albers-10m.json'));

// The nation outline shares every arc with the states; left in, it keeps them all.
delete topology.objects.nation;

let topo = presimplify(topology);
// DC's points carry tiny weights and would vanish: protect every arc it uses.
const dc = topo.objects.states.geometries.find((g) => g.id === '11');
const dcArcs = new Set(dc.arcs.flat(2).map((i) => (i < 0 ? ~i : i)));
for (const i of dcArcs) for (const point of topo.arcs[i]) point[2] = Infinity;
topo = simplify(topo, MIN_AREA);
// Rings (islands) smaller than 4 px² go; DC itself is about 12 px².
topo = filter(topo, filterWeight(topo, 4));

const features = feature(topo, topo.objects.states).features;

// Absolute coordinates are rounded first and differences taken after, so
// borders shared by two states stay identical and never drift apart.
function ringPath(ring) {
  const points = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x / UNIT), Math.round(y / UNIT)];
    const last = points[points.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
  }
  if (points.length > 1 && points[0][0] === points.at(-1)[0] && points[0][1] === points.at(-1)[1]) points.pop();
  if (points.length < 3) return { d: '', area: 0 };
  // One "l" then bare pairs (implicit repeats); a minus sign doubles as a separator.
  const num = (n, first) => (first || n < 0 ? `${n}` : ` ${n}`);
  let d = `M${points[0][0]}${num(points[0][1])}l`;
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    const [x, y] = points[i];
    const [px, py] = points[i - 1];
    d += num(x - px, i === 1) + num(y - py);
  }
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i];
    const [x1, y1] = points[(i + 1) % points.length];
    area += x0 * y1 - x1 * y0;
  }
  return { d: d + 'z', area: Math.abs(area / 2), points };
}

// Label point: the area-weighted centroid of the state's largest ring.
function centroid(points) {
  let a = 0,
    cx = 0,
    cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i];
    const [x1, y1] = points[(i + 1) % points.length];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (a === 0) return points[0];
  return [Math.round(cx / (3 * a)), Math.round(cy / (3 * a))];
}

// Packed text, about 20% smaller after gzip than SVG path syntax: each state
// is "postal name|" then one character each for tile row and column, two
// each for the label point, then its rings separated by spaces. A ring is its
// first point (two characters per coordinate) and one character per
// coordinate step; a step beyond ±43 units is ESCAPE plus two characters.
// The alphabet is printable ASCII that needs no escaping in a JS string.
const ALPHABET = [...Array(94)]
  .map((_, i) => String.fromCharCode(33 + i))
  .filter((c) => !'"$\\`|'.includes(c))
  .join('');
const BASE = ALPHABET.length;
// Steps of -43 … +43 take one character, ALPHABET[step + STEP_LIMIT]; states.ts decodes with the same numbers.
const STEP_LIMIT = 43;
const ESCAPE = ALPHABET[BASE - 1];
// An escaped step is stored as two characters holding step + ESCAPE_OFFSET (3960: half of BASE² − 1), never negative.
const ESCAPE_OFFSET = (BASE * BASE - 1) / 2;
const pair = (n) => {
  if (!Number.isInteger(n) || n < 0 || n >= BASE * BASE) throw new Error(`Out of range for two characters: ${n}`);
  return ALPHABET[Math.floor(n / BASE)] + ALPHABET[n % BASE];
};
const step = (n) => (Math.abs(n) <= STEP_LIMIT ? ALPHABET[n + STEP_LIMIT] : ESCAPE + pair(n + ESCAPE_OFFSET));
const packRing = ({ points }) =>
  pair(points[0][0]) +
  pair(points[0][1]) +
  points
    .slice(1)
    .map(([x, y], i) => step(x - points[i][0]) + step(y - points[i][1]))
    .join('');

// FIPS codes are not stored: they run in order with five numbers unused.
const FIPS_GAPS = [3, 7, 14, 43, 52];
const fipsAt = (index) => String(index + 1 + FIPS_GAPS.filter((g, i) => g <= index + 1 + i).length).padStart(2, '0');

const rows = states.map((s, index) => {
  const f = features.find((g) => g.id === s.fips);
  if (!f) throw new Error(`No geometry for ${s.postal} (FIPS ${s.fips})`);
  if (fipsAt(index) !== s.fips) throw new Error(`${s.postal}: FIPS ${s.fips} breaks the stored sequence (expected ${fipsAt(index)})`);
  if (s.name.includes('|') || s.postal.length !== 2) throw new Error(`${s.postal}: unexpected name or code`);
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = polygons.flatMap((poly) => poly.map(ringPath)).filter((r) => r.d);
  if (!rings.length) throw new Error(`Geometry of ${s.postal} simplified away`);
  const largest = rings.reduce((a, b) => (b.area > a.area ? b : a));
  const [cx, cy] = centroid(largest.points);
  return `${s.postal}${s.name}|${ALPHABET[s.tile.row]}${ALPHABET[s.tile.col]}${pair(cx)}${pair(cy)}${rings.map(packRing).join(' ')}`;
});

const out = `// GENERATED FILE, do not edit by hand: written by scripts/generate-us-states.mjs (npm run generate:map).
// Source: us-atlas (ISC; US Census Bureau cartographic boundaries, public domain).
// The packed format is described in that script; states.ts unpacks it.

/** The Albers USA frame, 975 × 610 px. */
export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;
/** Pixels per unit of the stored coordinates. */
export const MAP_UNIT = ${UNIT};
export const ALPHABET = ${JSON.stringify(ALPHABET)};
/** Unused FIPS numbers; the states are stored in FIPS order. */
export const FIPS_GAPS = ${JSON.stringify(FIPS_GAPS)};

export const US_STATES: readonly string[] = [
${rows.map((r) => '  ' + JSON.stringify(r) + ',').join('\n')}
];
`;
writeFileSync(new URL('../src/state-salary-map/us-states.ts', import.meta.url), out);
const pathBytes = rows.reduce((n, r) => n + r.length, 0);
console.log(`${rows.length} states, ${pathBytes} bytes of packed data`);
