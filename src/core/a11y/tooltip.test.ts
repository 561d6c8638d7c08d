import { expect, waitUntil, aTimeout } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../salary-percentile-bar/index.js';
import type { SalaryPercentileBar } from '../../salary-percentile-bar/salary-percentile-bar.js';
import { SalaryPercentileBarHarness } from '../../salary-percentile-bar/harness.js';
import { HOVER_GRACE_MS } from '../controllers/points-controller.js';
import { cleanup, mount } from '../../../test/helpers/dom.js';

const SEED = 'p10="79850" p25="103050" p50="133080" p75="169000" p90="211450"';
const MEDIAN_TIP = 'Median (50th percentile) $133,080 a year Half earn less, half earn more';

const centre = (box: DOMRect): [number, number] => [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
const moveTo = (position: [number, number]) => sendMouse({ type: 'move', position });

async function chart() {
  const bar = new SalaryPercentileBarHarness(mount<SalaryPercentileBar>(`<salary-percentile-bar ${SEED}></salary-percentile-bar>`));
  await bar.drawn();
  return bar;
}

/** Hovers the median's mark with the real mouse and waits for its tooltip. */
async function hoverMedian(bar: SalaryPercentileBarHarness) {
  const hit = bar.mark('p50').querySelector('.hit')!.getBoundingClientRect();
  await moveTo(centre(hit));
  await waitUntil(() => bar.tooltip() === MEDIAN_TIP, 'the median tooltip shown on hover');
  return { hit, tip: bar.$<HTMLElement>('[part="tooltip"]')!.getBoundingClientRect() };
}

describe('tooltips', () => {
  afterEach(async () => {
    await resetMouse();
    cleanup();
  });

  it('closes a tooltip opened by hover with Escape, with focus elsewhere on the page', async () => {
    const bar = await chart();
    await hoverMedian(bar);
    expect(bar.focused()).to.equal(undefined);
    await sendKeys({ press: 'Escape' });
    await bar.element.updateComplete;
    expect(bar.tooltip()).to.equal('');
    // The pointer still rests on the mark: the tooltip stays closed, though the mark is under the pointer again.
    await aTimeout(200);
    await bar.element.updateComplete;
    expect(bar.tooltip()).to.equal('');
    // Moving onto another mark shows its tooltip.
    await moveTo(centre(bar.mark('p90').querySelector('.hit')!.getBoundingClientRect()));
    await waitUntil(() => bar.tooltip().startsWith('90th percentile'), 'the next mark’s tooltip');
  });

  it('keeps a hover tooltip while the pointer moves onto it, and closes it once the pointer has left both', async () => {
    const bar = await chart();
    const { hit, tip } = await hoverMedian(bar);
    // A point of the tooltip outside the median's own mark (over the page or a neighbour's mark).
    const onTip: [number, number] = [Math.round(tip.left + 3), Math.round(tip.bottom - 3)];
    expect(onTip[0] < hit.left || onTip[1] > hit.bottom, 'the point is off the median’s mark').to.be.true;
    await moveTo(onTip);
    await aTimeout(HOVER_GRACE_MS + 200);
    await bar.element.updateComplete;
    expect(bar.tooltip()).to.equal(MEDIAN_TIP);
    // Onto the page outside the widget: it closes.
    const host = bar.element.getBoundingClientRect();
    await moveTo([Math.round(host.left + 10), Math.round(host.bottom + 40)]);
    await bar.element.updateComplete;
    expect(bar.tooltip()).to.equal('');
  });

  it('waits a moment before closing when the pointer leaves a mark within the chart, so it can cross to the tooltip', async () => {
    const bar = await chart();
    const { tip } = await hoverMedian(bar);
    // The far end of the legend under the chart: in the widget, off every mark and off the tooltip.
    const legend = bar.$('[part="legend"]')!.getBoundingClientRect();
    const offBoth: [number, number] = [Math.round(legend.right - 2), Math.round(legend.bottom - 2)];
    expect(offBoth[0] > tip.right || offBoth[1] > tip.bottom, 'the point is off the tooltip').to.be.true;
    await moveTo(offBoth);
    await bar.element.updateComplete;
    expect(bar.tooltip(), 'still shown within the grace time').to.equal(MEDIAN_TIP);
    await waitUntil(() => bar.tooltip() === '', 'closed after the grace time', { timeout: HOVER_GRACE_MS + 1000 });
  });

  it('leaves taps as they were: a tapped tooltip lets taps through to the marks under it', async () => {
    const bar = await chart();
    bar.tap('p50');
    await bar.element.updateComplete;
    expect(bar.tooltip()).to.equal(MEDIAN_TIP);
    expect(getComputedStyle(bar.$('[part="tooltip"]')!).pointerEvents).to.equal('none');
  });
});
