import { expect, waitUntil, aTimeout } from '@open-wc/testing';
import { figures, record } from '../helpers/detectors.js';
import { reveal } from '../helpers/dom.js';

describe('under a strict Content Security Policy with Trusted Types', () => {
  it('draws every widget, shows tooltips and errors, with zero violations', async () => {
    const frame = document.createElement('iframe');
    frame.width = '700';
    frame.height = '900';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/test-api/csp-page';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { __violations: string[]; __errors: string[] };
    const doc = frame.contentDocument!;
    const els = [...doc.querySelectorAll('salary-percentile-bar')];
    await waitUntil(() => els.slice(0, 3).every((el) => el.shadowRoot?.querySelector('svg.chart')), 'drawn', { timeout: 5000 });
    await waitUntil(() => els[3]!.shadowRoot?.querySelector('[role="alert"]'), 'error shown');
    const maps = [...doc.querySelectorAll('state-salary-map')];
    await waitUntil(() => maps.every((el) => el.shadowRoot?.querySelector('svg.chart')), 'maps drawn', { timeout: 5000 });
    // Colours come from stylesheet rules keyed by data-tone, never from style attributes.
    expect(getComputedStyle(maps[0]!.shadowRoot!.querySelector('path[data-state="CA"]')!).fill).not.to.equal('rgb(0, 0, 0)');
    expect(maps[1]!.shadowRoot!.querySelectorAll('rect.tile')).to.have.length(51);
    const comps = [...doc.querySelectorAll('comp-breakdown')];
    // Further down the page they draw as they come into view.
    for (const el of comps.slice(0, 2)) await reveal(el, 'breakdown drawn');
    await waitUntil(() => comps[2]!.shadowRoot?.querySelector('[role="alert"]'), 'breakdown error shown');
    expect(comps[0]!.shadowRoot!.querySelector('[part="caption"] a')).to.equal(null);
    expect((win as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    // Tooltips are positioned through the CSSOM, which the policy allows.
    els[0]!.scrollIntoView();
    const point = els[0]!.shadowRoot!.querySelector('[data-point="p50"]') as SVGElement;
    point.focus();
    await aTimeout(50);
    const tip = els[0]!.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip.hidden).to.be.false;
    expect(tip.style.transform).to.match(/^translate\(/);
    expect(getComputedStyle(els[1]!).backgroundColor).to.equal('rgb(23, 25, 29)');
    figures.inputs += doc.querySelectorAll('salary-percentile-bar, state-salary-map, comp-breakdown').length;
    figures.cspViolations += win.__violations.length;
    await record();
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
