import { ALPHABET, FIPS_GAPS, MAP_UNIT, US_STATES } from './us-states.js';

/** One state (or DC) with its map and tile-grid geometry. */
export interface UsState {
  readonly postal: string;
  readonly name: string;
  readonly fips: string;
  readonly tile: { readonly row: number; readonly col: number };
  /** Label point in the 975 × 610 map frame. */
  readonly label: readonly [number, number];
  /** SVG path in map units (MAP_UNIT px each) of the 975 × 610 frame. */
  readonly path: string;
}

// Unpacks the generated rows (format: scripts/generate-us-states.mjs; these constants mirror its own).
const BASE = ALPHABET.length;
/** A step of -43 … +43 map units is one character, stored at ALPHABET[step + STEP_LIMIT]. */
const STEP_LIMIT = 43;
/** The last character of ALPHABET marks a longer step, stored in the next two characters. */
const ESCAPE = BASE - 1;
/** Two-character steps are stored as step + ESCAPE_OFFSET, so that none is negative. */
const ESCAPE_OFFSET = (BASE * BASE - 1) / 2;

const toState = (row: string, index: number): UsState => {
  let at = row.indexOf('|') + 1;
  const next = () => ALPHABET.indexOf(row[at++]!);
  const pair = () => next() * BASE + next();
  const step = () => {
    const digit = next();
    return digit === ESCAPE ? pair() - ESCAPE_OFFSET : digit - STEP_LIMIT;
  };
  const tile = { row: next(), col: next() };
  const label = [pair() * MAP_UNIT, pair() * MAP_UNIT] as const;
  let path = '';
  while (at < row.length) {
    if (row[at] === ' ') at++;
    path += `M${pair()} ${pair()}l`;
    while (at < row.length && row[at] !== ' ') path += `${step()} `;
    path += 'z';
  }
  let fips = index + 1;
  for (const gap of FIPS_GAPS) if (gap <= fips) fips++;
  return { postal: row.slice(0, 2), name: row.slice(2, row.indexOf('|')), fips: String(fips).padStart(2, '0'), tile, label, path };
};

export const STATES: readonly UsState[] = US_STATES.map(toState);

// Every way a blogger may name a state, folded to lower case: "ca", "california", "06", "6".
const lookup = new Map<string, UsState>();
for (const state of STATES) {
  lookup.set(state.postal.toLowerCase(), state);
  lookup.set(state.name.toLowerCase(), state);
  lookup.set(state.fips, state);
  lookup.set(String(Number(state.fips)), state);
}
lookup.set('washington dc', lookup.get('dc')!);
lookup.set('washington, d.c.', lookup.get('dc')!);
lookup.set('d.c.', lookup.get('dc')!);

/** Finds a state by postal code, full name or FIPS code, ignoring case and extra spaces. */
export function findState(id: unknown): UsState | undefined {
  if (typeof id === 'number') id = String(id);
  if (typeof id !== 'string') return undefined;
  return lookup.get(id.trim().replace(/\s+/g, ' ').toLowerCase());
}
