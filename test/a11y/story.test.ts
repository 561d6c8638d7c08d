import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { axFindAll, axTree, cleanup, drawn, mount, type AxNode } from '../helpers/dom.js';
import { WIDGET_CASES } from '../reliability/widgets.js';

// One clear screen-reader story per widget, read from Chromium's accessibility
// tree (what a screen reader gets), not from the DOM: a heading at the level
// asked for, a chart group not named like its figure, marks that are named
// images with no text of their own exposed, and each mark's amount said once
// outside the summary sentence.

const attributes = (attrs: Record<string, string>) =>
  Object.entries(attrs)
    .map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`)
    .join(' ');

/** Where a widget repeats its marks in a visible list, show the list: the story must still say each amount once. */
const EXTRA: Partial<Record<string, string>> = { 'state-salary-map': 'ranking="2"' };

const byRole = (node: AxNode, role: string) => axFindAll(node, (n) => n.role === role);
const AMOUNT = /\$[\d,]+/g;
const COMPACT = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 });

describe('the screen-reader story of every widget', () => {
  afterEach(cleanup);

  for (const w of WIDGET_CASES) {
    it(`<${w.tag}>: heading at its level, a distinct group, named marks without text, each amount said once`, async () => {
      const el = mount(`<${w.tag} loading="eager" heading="Pay" heading-level="2" ${attributes(w.valid)} ${EXTRA[w.tag] ?? ''}></${w.tag}>`, 900);
      await drawn(el);
      const tree = await axTree();
      const [figure] = byRole(tree, 'figure');
      expect(figure, 'a figure').to.exist;
      const headings = byRole(figure!, 'heading');
      expect(headings.map((h) => [h.name, h.level])).to.deep.equal([['Pay', 2]]);
      const groups = byRole(figure!, 'group');
      expect(groups.length, 'a chart group').to.be.greaterThan(0);
      for (const group of groups) expect(group.name).not.to.equal(figure!.name);
      const marks = byRole(figure!, 'image').filter((mark) => /\$\d/.test(mark.name));
      expect(marks.length, 'marks with amounts').to.be.greaterThan(1);
      for (const mark of marks) {
        expect(
          axFindAll(mark, (n) => n.role === 'StaticText'),
          `no text exposed under "${mark.name}"`,
        ).to.deep.equal([]);
      }
      // Text read in the figure outside the marks, except the summary sentence and a live answer (exempt):
      // it must not say again an amount a mark already says.
      const summary = el.shadowRoot!.querySelector('.sr-only')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const live = byRole(figure!, 'status').flatMap((region) => axFindAll(region, (n) => n.role === 'StaticText'));
      const texts = axFindAll(figure!, (n) => n.role === 'StaticText' && !live.includes(n) && !summary.includes(n.name.trim()));
      const spoken = texts.map((n) => n.name).join(' | ');
      for (const mark of marks) {
        for (const amount of mark.name.match(AMOUNT) ?? []) {
          // In full or in short ("$170,910" or "$171K"), as a list or legend beside the chart would write it.
          const short = COMPACT.format(Number(amount.replace(/\D/g, '')));
          for (const form of [amount, short]) expect(spoken.includes(form), `${form} of "${mark.name}" said again in: ${spoken}`).to.equal(false);
        }
      }
    });
  }
});
