import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../salary-percentile-bar/index.js';
import type { SalaryPercentileBar } from '../../salary-percentile-bar/salary-percentile-bar.js';
import { SalaryPercentileBarHarness } from '../../salary-percentile-bar/harness.js';
import { axFindAll, axText, axTree, cleanup, mount, type AxNode } from '../../../test/helpers/dom.js';

const SEED = 'p10="79850" p25="103050" p50="133080" p75="169000" p90="211450"';
const SUMMARY = 'The median is $133,080 a year. Half earn between $103,050 and $169,000; one in ten earns less than $79,850 and one in ten more than $211,450.';
const KEYS = 'Arrow keys move between marks; Home and End go to the first and last; Escape closes the tooltip.';

const bar = (attributes = '') =>
  new SalaryPercentileBarHarness(mount<SalaryPercentileBar>(`<salary-percentile-bar ${SEED} ${attributes}></salary-percentile-bar>`));
const byRole = (tree: AxNode, role: string) => axFindAll(tree, (node) => node.role === role);
/** The widget's figure in the accessibility tree (the test page holds one). */
const figure = async () => byRole(await axTree(), 'figure')[0]!;

describe('what a screen reader gets from the shell', () => {
  afterEach(cleanup);

  it('hears the summary sentence: it is in the accessibility tree, in reading order after the heading', async () => {
    const chart = bar('heading="Software developers"');
    await chart.drawn();
    expect(chart.summary()).to.equal(SUMMARY);
    // Under content-visibility: auto, Chromium left it out: the figure read "Software developers" and the marks.
    expect(axText(await figure())).to.contain(`Software developers ${SUMMARY}`);
  });

  it('finds the heading by heading navigation, at level 3 by default and at the level heading-level sets', async () => {
    const chart = bar('heading="Software developers"');
    await chart.drawn();
    let headings = byRole(await figure(), 'heading');
    expect(headings.map(({ name, level }) => ({ name, level }))).to.deep.equal([{ name: 'Software developers', level: 3 }]);
    chart.element.setAttribute('heading-level', '2');
    await chart.element.updateComplete;
    headings = byRole(await figure(), 'heading');
    expect(headings.map(({ name, level }) => ({ name, level }))).to.deep.equal([{ name: 'Software developers', level: 2 }]);
  });

  for (const level of ['0', '7', '2.5', 'two']) {
    it(`shows the usual error for heading-level="${level}", naming the attribute`, async () => {
      const chart = bar(`heading="Pay" heading-level="${level}"`);
      expect(await chart.alert()).to.equal(`This chart could not be drawn.heading-level: expected a whole number from 1 to 6, got "${level}".`);
    });
  }

  it('names the chart group apart from the figure: the figure by its heading, the group "Chart", in the reader’s language', async () => {
    const chart = bar('heading="Software developers"');
    await chart.drawn();
    const tree = await figure();
    expect(tree.name).to.equal('Software developers');
    expect(byRole(tree, 'group').map((group) => group.name)).to.deep.equal(['Chart']);
    chart.element.setAttribute('locale', 'de-DE');
    await chart.drawn();
    await waitUntil(() => chart.$('svg.chart')?.getAttribute('aria-label') === 'Diagramm', 'German group name');
    // Without a heading the figure takes the widget's own name, which the group does not repeat either.
    chart.element.removeAttribute('heading');
    chart.element.removeAttribute('locale');
    await chart.element.updateComplete;
    const untitled = await figure();
    expect(byRole(untitled, 'group')[0]!.name).to.equal('Chart');
    expect(untitled.name).not.to.equal('Chart');
  });

  it('describes the tab stop with the summary and the keyboard instruction, heard when Tab arrives, not at every arrow key', async () => {
    const chart = bar();
    await chart.drawn();
    // Something to Shift+Tab back to: leaving the page for the browser's own controls would take
    // the window's focus, and the next test file's page would not get focus events.
    const before = document.createElement('button');
    before.textContent = 'before';
    chart.element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => chart.focused() === 'p10', 'the first mark focused');
    await chart.element.updateComplete;
    const focusedMark = async () => axFindAll(await figure(), (node) => node.role === 'image' && node.name.startsWith(chart.markLabel(chart.focused()!)))[0]!;
    expect((await focusedMark()).description).to.equal(`${SUMMARY} ${KEYS}`);
    // Arrow keys move within the chart: the next mark is not described again.
    await chart.press('ArrowRight');
    await waitUntil(() => chart.focused() === 'p25', 'the next mark focused');
    expect((await focusedMark()).description).to.equal(undefined);
    // Leaving and coming back: described again.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => chart.focused() === undefined, 'focus left the chart');
    expect(document.activeElement).to.equal(before);
    await chart.element.updateComplete;
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => chart.focused() === 'p25', 'back on the tab stop');
    await chart.element.updateComplete;
    expect((await focusedMark()).description).to.equal(`${SUMMARY} ${KEYS}`);
  });

  it('says the keyboard instruction in the reader’s language', async () => {
    const chart = bar('locale="fr-FR"');
    await chart.drawn();
    const mark = chart.$('[data-point][tabindex="0"]')!;
    expect(mark.getAttribute('aria-describedby')).to.equal('summary keys');
    const hint = chart.$('#keys')!;
    expect(hint.textContent).to.equal(
      'Les flèches passent d’un élément à l’autre\u00a0; Début et Fin vont au premier et au dernier\u00a0; Échap ferme l’infobulle.',
    );
  });
});
