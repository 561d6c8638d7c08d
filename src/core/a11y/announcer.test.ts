import { expect, waitUntil } from '@open-wc/testing';
import { ManualClock } from '../../../test/helpers/clock.js';
import '../../salary-percentile-bar/index.js';
import type { SalaryPercentileBar } from '../../salary-percentile-bar/salary-percentile-bar.js';
import { SalaryPercentileBarHarness } from '../../salary-percentile-bar/harness.js';
import { AnnounceController } from './announcer.js';
import { axFindAll, axText, axTree, cleanup, mount } from '../../../test/helpers/dom.js';

/** The summary the percentile bar says for percentiles spaced $10,000 and $20,000 around a median. */
const summaryFor = (median: number) => {
  const dollars = (n: number) => `$${n.toLocaleString('en-US')}`;
  return `The median is ${dollars(median)} a year. Half earn between ${dollars(median - 10000)} and ${dollars(median + 10000)}; one in ten earns less than ${dollars(median - 20000)} and one in ten more than ${dollars(median + 20000)}.`;
};
const attributesFor = (median: number) => ({ p10: median - 20000, p25: median - 10000, p50: median, p75: median + 10000, p90: median + 20000 });

describe('announcing new data', () => {
  let clock: ManualClock;
  const original = AnnounceController.clock;
  beforeEach(() => {
    clock = new ManualClock();
    AnnounceController.clock = clock;
  });
  afterEach(() => {
    AnnounceController.clock = original;
    cleanup();
  });

  const setMedian = async (bar: SalaryPercentileBarHarness, median: number) => {
    for (const [name, value] of Object.entries(attributesFor(median))) bar.element.setAttribute(name, String(value));
    await bar.element.updateComplete;
  };
  const live = (bar: SalaryPercentileBarHarness) => bar.$('[role="status"]')!;
  const announced = (bar: SalaryPercentileBarHarness) => live(bar).textContent;
  const afterTick = async (bar: SalaryPercentileBarHarness, ms: number) => {
    clock.tick(ms);
    await bar.element.updateComplete;
  };

  it('says nothing on the first draw, then the new summary when attributes change, at most once every 3 s, the latest winning', async () => {
    const attributes = Object.entries(attributesFor(100000))
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ');
    const bar = new SalaryPercentileBarHarness(mount<SalaryPercentileBar>(`<salary-percentile-bar ${attributes}></salary-percentile-bar>`));
    await bar.drawn();
    expect(bar.summary()).to.equal(summaryFor(100000));
    expect(live(bar).getAttribute('role')).to.equal('status');
    expect(announced(bar), 'nothing on the first draw').to.equal('');

    await setMedian(bar, 110000);
    expect(announced(bar), 'the first change, at once').to.equal(summaryFor(110000));
    // Two more changes within the 3 s: neither is said yet.
    await setMedian(bar, 120000);
    await afterTick(bar, 1000);
    await setMedian(bar, 130000);
    await afterTick(bar, 1999);
    expect(announced(bar)).to.equal(summaryFor(110000));
    // At 3 s, only the latest.
    await afterTick(bar, 1);
    expect(announced(bar)).to.equal(summaryFor(130000));
    // Three seconds on with nothing new, the region empties: no second copy of the summary to read.
    await afterTick(bar, 3000);
    expect(announced(bar)).to.equal('');
    // A change after a quiet spell is said at once.
    await setMedian(bar, 140000);
    expect(announced(bar)).to.equal(summaryFor(140000));
  });

  it('announces a new data property and a new src, politely, and screen readers find the region in the tree', async () => {
    const bar = new SalaryPercentileBarHarness(
      mount<SalaryPercentileBar>('<salary-percentile-bar src="/test-api/percentiles.json?p50=90000"></salary-percentile-bar>'),
    );
    await bar.drawn();
    await waitUntil(() => bar.summary() === summaryFor(90000), 'first src drawn');
    expect(announced(bar)).to.equal('');
    bar.element.setAttribute('src', '/test-api/percentiles.json?p50=95000');
    await waitUntil(() => bar.summary() === summaryFor(95000), 'second src drawn');
    await bar.element.updateComplete;
    expect(announced(bar)).to.equal(summaryFor(95000));
    const regions = axFindAll(await axTree(), (node) => node.role === 'status');
    expect(regions.map(axText), 'the status region, with its words, in the accessibility tree').to.deep.equal([summaryFor(95000)]);

    await afterTick(bar, 3000);
    bar.element.data = { percentiles: attributesFor(99000) };
    await bar.element.updateComplete;
    expect(announced(bar)).to.equal(summaryFor(99000));
  });
});
