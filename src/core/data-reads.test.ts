import { expect } from '@open-wc/testing';
import { SalaryPercentileBar } from '../salary-percentile-bar/salary-percentile-bar.js';
import type { ReadContext } from './data/context.js';
import { cleanup, drawn, mount } from '../../test/helpers/dom.js';

// Data is read when an input changes, not at every render: a hover, a resize
// or a tooltip redraws the chart from the data already read.

let reads = 0;
class CountingBar extends SalaryPercentileBar {
  protected override readAttributes(context: ReadContext) {
    reads++;
    return super.readAttributes(context);
  }
}
customElements.define('counting-percentile-bar', CountingBar);

describe('data reads', () => {
  afterEach(cleanup);

  it('reads the data once across renders, and again when an attribute changes', async () => {
    reads = 0;
    const el = mount<CountingBar>(
      '<counting-percentile-bar loading="eager" p10="79850" p25="103050" p50="133080" p75="169000" p90="211450"></counting-percentile-bar>',
    );
    await drawn(el);
    const first = reads;
    expect(first).to.be.greaterThan(0);
    for (let i = 0; i < 5; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(reads, 'no read for a render with the same inputs').to.equal(first);
    el.setAttribute('p90', '220000');
    await el.updateComplete;
    expect(reads).to.equal(first + 1);
  });
});
