import { expect } from '@open-wc/testing';
import { ManualClock } from '../../test/helpers/clock.js';
import './index.js';
import { SalaryCompare } from './salary-compare.js';
import { SalaryCompareHarness } from './harness.js';
import { TYPING_PAUSE_MS } from './typing-pause.js';
import { axFindAll, axTree, cleanup, mount } from '../../test/helpers/dom.js';
import type { DataTable } from '../core/table.js';

const clock = new ManualClock();

/** The form on the test's clock, with its table in reach. */
class ClockedCompare extends SalaryCompare {
  constructor() {
    super();
    this.typingPause.clock = clock;
  }

  drawnTable(): DataTable | undefined {
    const data = this.currentData;
    return data && this.tableOf(data, this.fmt);
  }
}
customElements.define('clocked-salary-compare', ClockedCompare);

/** Mounts the form on the test's clock. */
async function clockedForm(attrs = ''): Promise<SalaryCompareHarness<ClockedCompare>> {
  const form = new SalaryCompareHarness(mount<ClockedCompare>(`<clocked-salary-compare ${attrs}></clocked-salary-compare>`));
  await form.drawn();
  return form;
}

/** A reader's typing speed: a key every 80 ms. */
const KEY_GAP = 80;

describe('<salary-compare> announcements', () => {
  afterEach(cleanup);

  it(`says one answer for "95000" typed at ${KEY_GAP} ms a key, ${TYPING_PAUSE_MS} ms after the last key`, async () => {
    const form = await clockedForm();
    const listening = form.listen();
    await form.keys('95000', () => clock.tick(KEY_GAP));
    expect(listening.heard()).to.deep.equal([]);
    // The chart and the answer wait too: nothing jumps while the reader types.
    expect(form.hasMark('marker')).to.be.false;
    expect(form.answer()).to.equal('Type a salary to see where it falls.');
    clock.tick(TYPING_PAUSE_MS - KEY_GAP - 1);
    await form.element.updateComplete;
    expect(listening.heard()).to.deep.equal([]);
    clock.tick(1);
    await form.element.updateComplete;
    expect(listening.heard()).to.deep.equal(['You are at about the 20th percentile, $38,080 (28.6%) below the median of $133,080.']);
    expect(form.markLabel('marker')).to.contain('You: $95,000 a year');
    // Time passing says nothing more.
    clock.tick(10 * TYPING_PAUSE_MS);
    await form.element.updateComplete;
    expect(listening.heard()).to.have.length(1);
    listening.stop();
  });

  it('answers at once on Enter, once', async () => {
    const form = await clockedForm();
    const listening = form.listen();
    await form.keys('120000', () => clock.tick(KEY_GAP));
    await form.press('Enter');
    expect(listening.heard()).to.deep.equal(['You are at about the 39th percentile, $13,080 (9.8%) below the median of $133,080.']);
    clock.tick(TYPING_PAUSE_MS);
    await form.element.updateComplete;
    expect(listening.heard()).to.have.length(1);
    listening.stop();
  });

  it('never marks partial input invalid while the reader types, and announces what it cannot read once, after the pause', async () => {
    const form = await clockedForm();
    const listening = form.listen();
    for (const partial of ['95,', '$', '95.']) {
      await form.keys(partial, () => clock.tick(KEY_GAP));
      expect(form.fieldInvalid(), partial).to.be.false;
      expect(form.hint(), partial).to.equal(undefined);
    }
    expect(listening.heard()).to.deep.equal([]);
    // "95." stays as typed: after the pause it is invalid, said once, and linked to the field.
    clock.tick(TYPING_PAUSE_MS);
    await form.element.updateComplete;
    const hint = 'Type an amount such as 95000, 95,000, 95k or, hourly, 45.50.';
    expect(listening.heard()).to.deep.equal([hint]);
    expect(form.fieldInvalid()).to.be.true;
    expect(form.hint()).to.equal(hint);
    expect(form.errorMessage()).to.equal(hint);
    const field = axFindAll(await axTree(), (node) => node.role === 'textbox')[0]!;
    expect(field).to.deep.include({ name: 'Your salary', description: hint });
    // Typing again clears the mark at once; the same mistake is said again after the next pause, once.
    await form.keys('lots', () => clock.tick(KEY_GAP));
    expect(form.fieldInvalid()).to.be.false;
    clock.tick(TYPING_PAUSE_MS);
    await form.element.updateComplete;
    expect(listening.heard()).to.deep.equal([hint, hint]);
    // A salary it can read: the answer is said, the hint goes silently.
    await form.keys('95000', () => clock.tick(KEY_GAP));
    clock.tick(TYPING_PAUSE_MS);
    await form.element.updateComplete;
    expect(listening.heard()).to.deep.equal([hint, hint, 'You are at about the 20th percentile, $38,080 (28.6%) below the median of $133,080.']);
    expect(form.fieldInvalid()).to.be.false;
    expect(form.hint()).to.equal(undefined);
    listening.stop();
  });

  it('answers a pick at once: a level is chosen, not typed', async () => {
    const form = await clockedForm('value="150000"');
    const listening = form.listen();
    await form.pick('level', 'Senior');
    expect(listening.heard()).to.have.length(1);
    expect(listening.heard()[0]).to.contain('Senior: $133,080 to $169,000; you are within that range.');
    listening.stop();
  });

  it('shows the reader\'s salary in the table under "Show table", once typing pauses', async () => {
    const form = await clockedForm();
    await form.keys('95000', () => clock.tick(KEY_GAP));
    clock.tick(TYPING_PAUSE_MS);
    await form.element.updateComplete;
    const table = await form.showTable();
    expect(table.rows[1]).to.deep.equal(['You (≈ 20th percentile)', '$95,000']);
    expect(table.rows).to.have.length(6);
  });

  it("puts the reader's salary in its table, with its percentile", async () => {
    const form = await clockedForm('value="150000"');
    const table = form.element.drawnTable()!;
    expect(table.caption).to.equal('How does your pay compare? (every percentile)');
    expect(table.rows.map((row) => row[0])).to.deep.equal([
      '10th percentile',
      '25th percentile',
      'Median (50th percentile)',
      'You (≈ 62nd percentile)',
      '75th percentile',
      '90th percentile',
    ]);
    expect(table.csv.rows[3]).to.deep.equal(['You (≈ 62nd percentile)', 150000]);
  });
});
