import { MAP_UNIT, US_STATES, type StateRow } from './us-states.js';

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

const toState = ([postal, name, fips, row, col, x, y, path]: StateRow): UsState => ({
  postal,
  name,
  fips,
  tile: { row, col },
  label: [x * MAP_UNIT, y * MAP_UNIT],
  path,
});

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
