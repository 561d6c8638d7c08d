import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../salary-percentile-bar/index.js';
import type { SalaryPercentileBar } from '../../salary-percentile-bar/salary-percentile-bar.js';
import { SalaryPercentileBarHarness } from '../../salary-percentile-bar/harness.js';
import { cleanup, contrastRatio, mount, screenshotPixels } from '../../../test/helpers/dom.js';

const SEED = 'p10="79850" p25="103050" p50="133080" p75="169000" p90="211450"';
type Rgb = readonly [number, number, number];

const rgbOf = (colour: string): Rgb => {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
};
const same = (a: Rgb, b: Rgb) => a.every((channel, i) => Math.abs(channel - b[i]!) <= 3);

/** One row of a region's pixels, left to right. */
async function pixelRow(left: number, right: number, y: number): Promise<Rgb[]> {
  const image = await screenshotPixels({ x: left, y, width: right - left, height: 1 });
  return Array.from({ length: image.width }, (_, x) => [image.data[x * 4]!, image.data[x * 4 + 1]!, image.data[x * 4 + 2]!] as const);
}

/**
 * The median's mark, focused from the keyboard with its tooltip then closed
 * by Escape: the ring's two colours as computed, and two rows of real pixels
 * across the ring's left edge, one over the bar (the mark's fill) and one
 * over the page.
 */
async function focusedMedian(theme?: string) {
  const chart = new SalaryPercentileBarHarness(
    mount<SalaryPercentileBar>(`<salary-percentile-bar ${SEED} ${theme ? `theme="${theme}"` : ''}></salary-percentile-bar>`),
  );
  await chart.drawn();
  const hit = chart.mark('p50').querySelector<SVGRectElement>('.hit')!;
  const middle = chart.$<SVGRectElement>('rect.middle')!;
  const box = hit.getBoundingClientRect();
  const across = [Math.floor(box.left) - 4, Math.floor(box.left) + 6] as const;
  const overBar = Math.round(middle.getBoundingClientRect().top + middle.getBoundingClientRect().height / 2);
  const overPage = Math.round(box.bottom - 8);
  const rows = async () => ({ bar: await pixelRow(...across, overBar), page: await pixelRow(...across, overPage) });
  const before = await rows();

  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ press: 'ArrowRight' });
  await waitUntil(() => chart.focused() === 'p50', 'the median focused');
  await chart.press('Escape');
  expect(chart.tooltip(), 'the tooltip closed').to.equal('');
  expect(chart.focused(), 'focus stays').to.equal('p50');
  const style = getComputedStyle(hit);
  return {
    before,
    after: await rows(),
    focus: rgbOf(style.stroke),
    halo: rgbOf(style.outlineColor),
    ringDrawn: style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2 && parseFloat(style.strokeWidth) >= 2,
    fill: rgbOf(getComputedStyle(middle).fill),
    page: before.page[0]!,
  };
}

describe('focus ring', () => {
  afterEach(cleanup);

  for (const theme of [undefined, 'dark']) {
    it(`draws a two-tone ring on the focused mark after Escape closed its tooltip, at least 3:1 against the mark and the page (${theme ?? 'page'} colours)`, async () => {
      const ring = await focusedMedian(theme);
      expect(ring.ringDrawn, 'stroke and outline drawn').to.be.true;
      // The focus colour meets the page, the inner tone meets the mark: each contrasts with its neighbour, and with each other.
      expect(contrastRatio(ring.focus, ring.page)).to.be.at.least(3);
      expect(contrastRatio(ring.halo, ring.fill)).to.be.at.least(3);
      expect(contrastRatio(ring.focus, ring.halo)).to.be.at.least(3);
      // In pixels: over the page, the focus colour appears where there was none.
      expect(
        ring.before.page.some((px) => same(px, ring.focus)),
        'no ring over the page before',
      ).to.be.false;
      expect(
        ring.after.page.some((px) => same(px, ring.focus)),
        'focus colour over the page',
      ).to.be.true;
      // Over the bar, whose fill is the focus colour itself, the inner tone cuts it.
      expect(
        ring.before.bar.every((px) => same(px, ring.fill)),
        'the bar unbroken before',
      ).to.be.true;
      const cut = ring.after.bar.filter((px) => same(px, ring.halo));
      expect(cut.length, 'inner tone across the bar').to.be.at.least(1);
      expect(contrastRatio([...cut[0]!], [...ring.fill])).to.be.at.least(3);
    });
  }
});
