import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../salary-percentile-bar/index.js';
import type { SalaryPercentileBar } from '../../salary-percentile-bar/salary-percentile-bar.js';
import { SalaryPercentileBarHarness } from '../../salary-percentile-bar/harness.js';
import { cleanup, mount } from '../../../test/helpers/dom.js';

const SEED = 'p10="79850" p25="103050" p50="133080" p75="169000" p90="211450"';
const DARK = { background: 'rgb(23, 25, 29)', text: 'rgb(232, 234, 237)', scheme: 'dark' };
const LIGHT = { background: 'rgb(255, 255, 255)', text: 'rgb(27, 31, 36)', scheme: 'light' };

describe('printing', () => {
  afterEach(async () => {
    dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    cleanup();
  });

  it('prints theme="dark" in light colours, and goes back to dark after', async () => {
    const bar = new SalaryPercentileBarHarness(mount<SalaryPercentileBar>(`<salary-percentile-bar ${SEED} theme="dark"></salary-percentile-bar>`));
    await bar.drawn();
    const colours = () => {
      const host = getComputedStyle(bar.element);
      // The scheme the widget drew for: marks and text on them follow it.
      return { background: host.backgroundColor, text: host.color, scheme: bar.$('figure')!.getAttribute('data-scheme') };
    };
    expect(colours()).to.deep.equal(DARK);
    // What the browser does before printing: the event, then print media.
    dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    await bar.element.updateComplete;
    expect(colours()).to.deep.equal(LIGHT);
    // And after: the screen again, then the event.
    await emulateMedia({ media: 'screen' });
    dispatchEvent(new Event('afterprint'));
    await bar.element.updateComplete;
    expect(colours()).to.deep.equal(DARK);
  });

  it('leaves the table and data buttons off paper', async () => {
    const bar = new SalaryPercentileBarHarness(mount<SalaryPercentileBar>(`<salary-percentile-bar ${SEED}></salary-percentile-bar>`));
    await bar.drawn();
    await emulateMedia({ media: 'print' });
    // Every widget's buttons (when it has a table) take the shell's print styles.
    const probe = document.createElement('button');
    probe.className = 'data-button';
    bar.root.querySelector('figure')!.append(probe);
    expect(getComputedStyle(probe).display).to.equal('none');
  });
});
