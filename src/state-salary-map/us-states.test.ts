import { expect } from '@open-wc/testing';
import { findState, STATES } from './states.js';
import { MAP_HEIGHT, MAP_UNIT, MAP_WIDTH } from './us-states.js';

describe('US state geometry (generated)', () => {
  it('has the 50 states and DC, each once', () => {
    expect(STATES).to.have.length(51);
    expect(new Set(STATES.map((s) => s.postal)).size).to.equal(51);
    expect(new Set(STATES.map((s) => s.fips)).size).to.equal(51);
    expect(STATES.map((s) => s.postal)).to.include.members(['DC', 'AK', 'HI', 'RI', 'DE']);
  });

  it('gives every state a non-empty path of finite numbers inside the frame', () => {
    for (const state of STATES) {
      expect(state.path, state.postal).to.match(/^M-?\d/);
      expect(state.path, state.postal).not.to.match(/NaN|Infinity|undefined/);
      // Replay the relative commands to check the absolute extent.
      let x = 0;
      let y = 0;
      for (const [, cmd, body] of state.path.matchAll(/([Mlz])([^Mlz]*)/g)) {
        const nums = (body!.match(/-?\d+/g) ?? []).map(Number);
        for (let i = 0; i < nums.length; i += 2) {
          if (cmd === 'M' && i === 0) {
            x = nums[0]!;
            y = nums[1]!;
          } else {
            x += nums[i]!;
            y += nums[i + 1]!;
          }
          expect(x * MAP_UNIT, state.postal).to.be.within(-2, MAP_WIDTH + 2);
          expect(y * MAP_UNIT, state.postal).to.be.within(-2, MAP_HEIGHT + 2);
        }
      }
    }
  });

  it('draws a path the browser can measure for every state, DC included', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    try {
      for (const state of STATES) {
        const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        path.setAttribute('d', state.path);
        svg.append(path);
        const box = path.getBBox();
        expect(box.width * box.height, state.postal).to.be.greaterThan(0);
      }
    } finally {
      svg.remove();
    }
  });

  it('puts every state on its own tile', () => {
    const tiles = STATES.map((s) => `${s.tile.row},${s.tile.col}`);
    expect(new Set(tiles).size).to.equal(51);
    for (const s of STATES) {
      expect(s.tile.row).to.be.within(0, 7);
      expect(s.tile.col).to.be.within(0, 10);
    }
  });
});

describe('findState', () => {
  it('finds a state by postal code, name or FIPS code, ignoring case', () => {
    for (const id of ['CA', 'ca', 'California', ' CALIFORNIA ', '06', '6', 6]) expect(findState(id)?.postal, String(id)).to.equal('CA');
    expect(findState('district of columbia')?.postal).to.equal('DC');
    expect(findState('New  York')?.postal).to.equal('NY');
  });

  it('finds nothing for unknown names or inherited keys', () => {
    for (const id of ['Atlantis', 'PR', '', '__proto__', 'constructor', null, {}]) expect(findState(id)).to.equal(undefined);
  });
});
