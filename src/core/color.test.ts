import { expect } from '@open-wc/testing';
import { computedColour } from '../../test/helpers/dom.js';
import { composite, contrastRatio, DARK_TEXT, LIGHT_TEXT, mixOklab, parseColor, readableTextCss, readableTextOn, relativeLuminance, toHex } from './color.js';

const computed = computedColour;

describe('colour', () => {
  it('reads the forms browsers compute colours in', () => {
    expect(parseColor('rgb(8, 48, 107)')).to.deep.equal({ r: 8 / 255, g: 48 / 255, b: 107 / 255, alpha: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).to.deep.equal({ r: 0, g: 0, b: 0, alpha: 0 });
    expect(parseColor('rgb(255 0 0 / 50%)')).to.deep.equal({ r: 1, g: 0, b: 0, alpha: 0.5 });
    expect(parseColor('color(srgb 1 0.5 0 / 0.25)')).to.deep.equal({ r: 1, g: 0.5, b: 0, alpha: 0.25 });
    expect(toHex(parseColor('color(srgb-linear 0.215861 0.215861 0.215861)')!)).to.equal('#808080');
    expect(toHex(parseColor('#c6dbef')!)).to.equal('#c6dbef');
    expect(toHex(parseColor('#fff')!)).to.equal('#ffffff');
    // Oklab and Oklch of #236098, as Chrome writes a color-mix() in oklab.
    expect(toHex(parseColor('oklab(0.477456 -0.0380067 -0.102854)')!)).to.equal('#236098');
    expect(toHex(parseColor('oklch(0.477456 0.10965 249.72)')!)).to.equal('#236098');
    for (const text of ['url("#no-data")', 'none', 'red', 'color(display-p3 1 0 0)', 'rgb(a, b, c)']) expect(parseColor(text), text).to.equal(undefined);
  });

  it('reads what the browser computes, colour-mixes included', () => {
    for (const colour of ['#08306b', 'color-mix(in oklab, #08306b 50%, #4292c6)', 'color-mix(in srgb, #08306b 30%, white)', 'oklch(70% 0.1 200)']) {
      const value = computed(colour);
      const back = computed(toHex(parseColor(value)!));
      // Within one step of 255 on every channel.
      const [a, b] = [parseColor(value)!, parseColor(back)!];
      for (const key of ['r', 'g', 'b'] as const) expect(Math.abs(a[key] - b[key]) * 255, `${colour} ${key}`).to.be.below(1);
    }
  });

  it('measures luminance and contrast as WCAG 2 defines them', () => {
    expect(relativeLuminance('#ffffff')).to.equal(1);
    expect(relativeLuminance('#000000')).to.equal(0);
    expect(contrastRatio('#ffffff', '#000000')).to.equal(21);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    // The audit: "NY" in white on #6483ad, and the dark ranking's amount.
    expect(contrastRatio('#ffffff', '#6483ad')).to.be.closeTo(3.89, 0.01);
    expect(contrastRatio('#ffffff', '#6f9cf0')).to.be.closeTo(2.73, 0.01);
    expect(() => contrastRatio('url(#x)', '#fff')).to.throw('not a colour: "url(#x)"');
  });

  it('mixes in Oklab as color-mix() does, and paints translucent colours over others', () => {
    expect(toHex(mixOklab('#08306b', '#c6dbef', 0.5))).to.equal('#6483ad');
    expect(toHex(mixOklab('#08306b', '#c6dbef', 1))).to.equal('#08306b');
    expect(toHex(parseColor(computed('color-mix(in oklab, #08306b 25%, #4292c6)'))!)).to.equal(toHex(mixOklab('#08306b', '#4292c6', 0.25)));
    expect(toHex(composite('rgba(0, 0, 0, 0.5)', '#ffffff'))).to.equal('#808080');
    expect(composite('transparent', '#17191d')).to.deep.equal(parseColor('#17191d'));
  });

  it('picks the text colour that reaches 4.5:1 on any fill', () => {
    expect(readableTextOn('#08306b')).to.equal(LIGHT_TEXT);
    expect(readableTextOn('#dbe9f6')).to.equal(DARK_TEXT);
    // #6483ad: white reaches only 3.89:1, the dark text 4.69:1.
    expect(readableTextOn('#6483ad')).to.equal(DARK_TEXT);
    // Luminance 0.19: white gives 4.38:1, the dark text 4.17:1; black 4.80:1.
    expect(readableTextOn('#7a7a7a')).to.equal('#000000');
    // A translucent fill is read over its backdrop.
    expect(readableTextOn('rgba(8, 48, 107, 0.1)')).to.equal(DARK_TEXT);
    expect(readableTextOn('rgba(255, 255, 255, 0.1)', '#17191d')).to.equal(LIGHT_TEXT);
    // Every grey from black to white.
    for (let v = 0; v <= 255; v++) {
      const fill = `rgb(${v}, ${v}, ${v})`;
      expect(contrastRatio(readableTextOn(fill), fill), fill).to.be.at.least(4.5);
    }
  });

  it('gives the same text colour in CSS, computed from the fill the browser paints', () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    try {
      for (let v = 0; v <= 255; v += 3) {
        for (const fill of [`rgb(${v}, ${v}, ${v})`, `rgb(${v}, ${255 - v}, 128)`, `color-mix(in oklab, #08306b ${Math.round((v / 255) * 100)}%, #4292c6)`]) {
          probe.style.setProperty('--fill', fill);
          probe.style.color = readableTextCss('var(--fill)');
          const painted = computed(fill);
          expect(toHex(getComputedStyle(probe).color), fill).to.equal(toHex(readableTextOn(painted)));
        }
      }
    } finally {
      probe.remove();
    }
  });
});
