import { expect, aTimeout } from '@open-wc/testing';
import { allDrawn, framePage, removeFrames } from '../helpers/frame.js';

// These tests load the built script, dist/salary-widgets.js, the way a blog does.
const SCRIPT = '<script src="/dist/salary-widgets.js"></script>';
const texts = (el: Element) => [...el.shadowRoot!.querySelectorAll('svg.chart text')].map((t) => t.textContent.trim());

describe('the one-script bundle', () => {
  afterEach(removeFrames);

  it('shows the default chart on a page with only the script and the element', async () => {
    const page = await framePage(`${SCRIPT}<salary-percentile-bar></salary-percentile-bar>`);
    const [el] = await allDrawn(page, 'salary-percentile-bar', 1);
    expect(texts(el!)).to.include('$133,080');
    expect(el!.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.contain('May 2024');
    expect(page.win.__errors).to.deep.equal([]);
    expect(page.win.__warnings).to.deep.equal([]);
  });

  it('shows attribute data', async () => {
    // Test values, not published figures.
    const page = await framePage(`${SCRIPT}<salary-percentile-bar p10="41000" p25="52000" p50="63000" p75="74000" p90="85000"></salary-percentile-bar>`);
    const [el] = await allDrawn(page, 'salary-percentile-bar', 1);
    expect(texts(el!)).to.include('$63,000');
  });

  for (const [name, head, body] of [
    ['before the elements, in the head', SCRIPT, ''],
    ['after the elements', '', SCRIPT],
    ['with async', '<script async src="/dist/salary-widgets.js"></script>', ''],
    ['with defer', '<script defer src="/dist/salary-widgets.js"></script>', ''],
  ] as const) {
    it(`upgrades elements when included ${name}`, async () => {
      const page = await framePage(
        `<salary-percentile-bar></salary-percentile-bar>
         <salary-percentile-bar><script type="application/json">{"p10":41000,"p25":52000,"p50":63000,"p75":74000,"p90":85000}</script></salary-percentile-bar>${body}`,
        head,
      );
      const [a, b] = await allDrawn(page, 'salary-percentile-bar', 2);
      expect(texts(a!)).to.include('$133,080');
      expect(texts(b!)).to.include('$63,000');
      expect(page.win.__errors).to.deep.equal([]);
    });
  }

  it('keeps properties set before the script ran', async () => {
    const page = await framePage(`<salary-percentile-bar id="w"></salary-percentile-bar>
      <script>document.getElementById('w').data = {p10: 10, p25: 20, p50: 30000, p75: 40000, p90: 50000};</script>
      ${SCRIPT}`);
    const [el] = await allDrawn(page, 'salary-percentile-bar', 1);
    expect(texts(el!)).to.include('$30,000');
  });

  it('survives being included twice, with one warning', async () => {
    const page = await framePage(`${SCRIPT}${SCRIPT}<salary-percentile-bar></salary-percentile-bar>`);
    await allDrawn(page, 'salary-percentile-bar', 1);
    await aTimeout(50);
    expect(page.win.__errors).to.deep.equal([]);
    expect(page.win.__warnings.filter((w) => w.includes('already defined'))).to.have.length(1);
  });

  it('survives two different builds on one page', async () => {
    const page = await framePage(`${SCRIPT}<script type="module" src="/dist/salary-widgets.esm.js"></script><salary-percentile-bar></salary-percentile-bar>`);
    await allDrawn(page, 'salary-percentile-bar', 1);
    await aTimeout(300);
    expect(page.win.__errors).to.deep.equal([]);
    expect(page.win.__warnings.filter((w) => w.includes('already defined'))).to.have.length(1);
  });

  it('exposes its version and element classes on window.SalaryWidgets', async () => {
    const page = await framePage(SCRIPT);
    const api = (page.win as unknown as { SalaryWidgets: { version: string; SalaryPercentileBar: unknown } }).SalaryWidgets;
    expect(api.version).to.match(/^\d+\.\d+\.\d+/);
    expect(page.win.customElements.get('salary-percentile-bar')).to.equal(api.SalaryPercentileBar);
  });
});
