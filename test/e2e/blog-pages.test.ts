import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { blogPage, LANGUAGES, STYLESHEETS, type PageLanguage } from '../fixtures/blog/blog-post.js';

// A blog post with every widget, in real blog stylesheets from npm, at a phone's
// and a desktop's width, light and dark, and in other languages and directions.
// In each page every widget's text stays inside the widget, no two texts
// overlap and no drawn line crosses a text. Screenshots land in
// test-output/blog-pages/ for a person to look at.

interface Visit<T> {
  consoleErrors: string[];
  warnings: string[];
  result: T;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface TextBox extends Box {
  text: string;
  /** 'svg' for an SVG text element, 'html' for a line of an HTML text node. */
  kind: string;
}
interface WidgetReport {
  tag: string;
  /** Position among the page's elements of this tag, from 1. */
  index: number;
  drawn: boolean;
  error: string | null;
  host: Box;
  texts: TextBox[];
  /**
   * Drawn strokes as polylines in viewport coordinates, with the element's
   * class, and the boxes of the opaque rectangles painted over them (a
   * gridline behind a bar is hidden where the bar is).
   */
  lines: { name: string; points: [number, number][]; coveredBy: Box[] }[];
}

/**
 * Runs in the visited page (serialised with toString, so it refers to nothing
 * outside itself): scrolls each widget into view, waits until every chart is
 * drawn, and reports each widget's box, its visible text boxes and its drawn
 * lines, all in viewport coordinates. `tamper` breaks the drawing on purpose
 * just before the measuring, to check that the checks catch it.
 */
async function measurePage(tamper?: () => void): Promise<WidgetReport[]> {
  const TAGS = 'salary-percentile-bar, state-salary-map, comp-breakdown, salary-ranking, salary-compare';
  // Paths that are drawn as lines: the bands' brackets and the marker's arrow head
  // (percentile bar), and the donut's arcs, whose edges the centre total must not run over.
  const LINE_PATHS = 'path.band, path.marker-head, path.solid, path.light';
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const hosts = [...document.querySelectorAll<HTMLElement>(TAGS)];
  for (const host of hosts) {
    host.scrollIntoView({ block: 'center' });
    await frame();
  }
  await document.fonts.ready;
  const settled = () => hosts.every((h) => h.shadowRoot?.querySelector('svg.chart, [role="alert"]'));
  for (let i = 0; i < 250 && !settled(); i++) await new Promise((r) => setTimeout(r, 20));
  // A resize observed while scrolling redraws on the next frames.
  await frame();
  await new Promise((r) => setTimeout(r, 50));
  await frame();
  tamper?.();

  const box = (r: DOMRect | Box): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !el.closest('.sr-only, defs, title');
  const intersect = (a: Box, b: Box): Box => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  });
  /**
   * What of a box the reader can see: a box shortened with an ellipsis, or
   * scrolled within the widget, is cut at its container's edges. Text cut by
   * plain overflow: hidden is not: it is counted whole, as the defect it is.
   */
  const clipped = (el: Element, r: Box, root: ShadowRoot): Box => {
    let out = r;
    for (let a: Element | null = el; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      const cuts = (overflow: string) => overflow === 'auto' || overflow === 'scroll' || (overflow !== 'visible' && style.textOverflow === 'ellipsis');
      if (cuts(style.overflowX) || cuts(style.overflowY)) {
        const c = a.getBoundingClientRect();
        out = intersect(out, {
          left: cuts(style.overflowX) ? c.left : -Infinity,
          right: cuts(style.overflowX) ? c.right : Infinity,
          top: cuts(style.overflowY) ? c.top : -Infinity,
          bottom: cuts(style.overflowY) ? c.bottom : Infinity,
        });
      }
      if (a.parentNode === root) break;
    }
    return out;
  };

  return hosts.map((host) => {
    const root = host.shadowRoot!;
    const index = hosts.filter((h) => h.localName === host.localName).indexOf(host) + 1;
    const texts: TextBox[] = [];
    for (const t of root.querySelectorAll('svg text')) {
      const text = t.textContent?.trim() ?? '';
      if (!text || !visible(t)) continue;
      const r = clipped(t, box(t.getBoundingClientRect()), root);
      if (r.right - r.left > 0 && r.bottom - r.top > 0) texts.push({ ...r, text, kind: 'svg' });
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || !text || parent.closest('svg, style, script, template, option') || !visible(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const r = clipped(parent, box(rect), root);
        if (r.right - r.left > 0 && r.bottom - r.top > 0) texts.push({ ...r, text, kind: 'html' });
      }
    }
    const lines: WidgetReport['lines'] = [];
    const opaque = [...root.querySelectorAll<SVGRectElement>('svg rect')].filter((r) => {
      const style = getComputedStyle(r);
      return visible(r) && style.fill !== 'none' && !/^rgba\(.*, 0\)$|transparent/.test(style.fill) && style.fillOpacity === '1' && style.opacity === '1';
    });
    const paintedOver = (el: Element) =>
      opaque.filter((r) => el.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING).map((r) => box(r.getBoundingClientRect()));
    const toPage = (el: SVGGraphicsElement, x: number, y: number): [number, number] => {
      const p = new DOMPoint(x, y).matrixTransform(el.getScreenCTM()!);
      return [p.x, p.y];
    };
    for (const l of root.querySelectorAll<SVGLineElement>('svg line')) {
      if (!visible(l) || getComputedStyle(l).stroke === 'none') continue;
      lines.push({
        name: `line.${l.getAttribute('class') ?? ''}`,
        points: [toPage(l, l.x1.baseVal.value, l.y1.baseVal.value), toPage(l, l.x2.baseVal.value, l.y2.baseVal.value)],
        coveredBy: paintedOver(l),
      });
    }
    for (const p of root.querySelectorAll<SVGPathElement>(LINE_PATHS)) {
      if (!visible(p)) continue;
      const length = p.getTotalLength();
      const points: [number, number][] = [];
      // Points along the path, two pixels apart at most: the arcs bend little over that.
      const steps = Math.max(1, Math.ceil(length / 2));
      for (let i = 0; i <= steps; i++) {
        const q = p.getPointAtLength((length * i) / steps);
        points.push(toPage(p, q.x, q.y));
      }
      lines.push({ name: `path.${p.getAttribute('class') ?? ''}`, points, coveredBy: paintedOver(p) });
    }
    return {
      tag: host.localName,
      index,
      drawn: !!root.querySelector('svg.chart'),
      error: root.querySelector('[role="alert"]')?.textContent ?? null,
      host: box(host.getBoundingClientRect()),
      texts,
      lines,
    };
  });
}

/** Tolerance for sub-pixel rounding, in CSS pixels. */
const SLACK = 0.5;

const describeText = (t: TextBox) => `"${t.text}" (${t.kind} ${t.left.toFixed(1)},${t.top.toFixed(1)}–${t.right.toFixed(1)},${t.bottom.toFixed(1)})`;

/** The part of the segment from a to b inside the box shrunk by SLACK, as fractions of it (Liang–Barsky clipping). */
function segmentInside([x1, y1]: [number, number], [x2, y2]: [number, number], b: Box): [number, number] | null {
  const left = b.left + SLACK;
  const right = b.right - SLACK;
  const top = b.top + SLACK;
  const bottom = b.bottom - SLACK;
  if (left >= right || top >= bottom) return null;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x1 - left],
    [dx, right - x1],
    [-dy, y1 - top],
    [dy, bottom - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return null;
    }
  }
  return [t0, t1];
}

const inBox = ([x, y]: [number, number], b: Box) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;

/**
 * How long a stretch of the segment from a to b shows inside the text box:
 * its part inside, less what opaque shapes painted over it hide.
 */
function visibleLengthInside(a: [number, number], b: [number, number], text: Box, coveredBy: Box[]): number {
  const inside = segmentInside(a, b, text);
  if (!inside) return 0;
  const [t0, t1] = inside;
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]) * (t1 - t0);
  // Sampled a tenth of a pixel apart.
  const steps = Math.max(1, Math.ceil(length * 10));
  let shown = 0;
  for (let i = 0; i < steps; i++) {
    const t = t0 + ((t1 - t0) * (i + 0.5)) / steps;
    const point: [number, number] = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    if (!coveredBy.some((c) => inBox(point, c))) shown += length / steps;
  }
  return shown;
}

/** Every breach of the three rules in one widget, as sentences. */
function violations(w: WidgetReport): string[] {
  const found: string[] = [];
  const { host } = w;
  for (const t of w.texts) {
    const out = Math.max(host.left - t.left, t.right - host.right, host.top - t.top, t.bottom - host.bottom);
    if (out > SLACK) found.push(`text leaves the widget by ${out.toFixed(1)} px: ${describeText(t)}`);
  }
  for (let i = 0; i < w.texts.length; i++) {
    for (let j = i + 1; j < w.texts.length; j++) {
      const a = w.texts[i]!;
      const b = w.texts[j]!;
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (dx > SLACK && dy > SLACK) found.push(`texts overlap by ${dx.toFixed(1)} × ${dy.toFixed(1)} px: ${describeText(a)} and ${describeText(b)}`);
    }
  }
  for (const line of w.lines) {
    for (const t of w.texts) {
      // Over more than the rounding slack: a line that only grazes a box's edge does not cross it.
      const shown = line.points.reduce((sum, p, i) => (i > 0 ? sum + visibleLengthInside(line.points[i - 1]!, p, t, line.coveredBy) : sum), 0);
      if (shown > SLACK) found.push(`${line.name} crosses ${describeText(t)} over ${shown.toFixed(1)} px`);
    }
  }
  return found;
}

const css = new Map<string, string>();
async function stylesheetText(file: string): Promise<string> {
  if (!css.has(file)) css.set(file, await executeServerCommand<string, { file: string }>('package-css', { file }));
  return css.get(file)!;
}

const WIDTHS = [375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** Screenshots for a person to look at: every stylesheet in English, German and Arabic. */
const SCREENSHOT_LANGUAGES = ['en', 'de', 'ar'];

function checkPage(sheetName: string, language: PageLanguage, width: number, colorScheme: 'light' | 'dark') {
  const where = `${language.lang}${language.dir === 'rtl' ? '-rtl' : ''}`;
  it(`keeps every widget's text inside it, apart and clear of lines, with no console errors: ${sheetName}, ${where}, ${width} px, ${colorScheme}`, async () => {
    const sheet = STYLESHEETS.find((s) => s.name === sheetName)!;
    const cssTexts = await Promise.all(sheet.files.map(({ file }) => stylesheetText(file)));
    const { consoleErrors, result } = await executeServerCommand<Visit<WidgetReport[]>, Record<string, unknown>>('e2e-visit', {
      url: new URL('/test-api/blank', location.origin).href,
      html: blogPage(sheet, cssTexts, language),
      width,
      height: 900,
      colorScheme,
      // The page loads nothing but the script; measurePage scrolls to each widget and waits for it.
      waitUntil: 'load',
      scroll: false,
      settle: false,
      evaluate: `(${measurePage.toString()})()`,
      screenshot: SCREENSHOT_LANGUAGES.includes(language.lang) ? `test-output/blog-pages/${sheetName}-${where}-${width}-${colorScheme}.png` : undefined,
    });
    expect(result.map((w) => w.tag)).to.include.members(['salary-percentile-bar', 'state-salary-map', 'comp-breakdown', 'salary-ranking', 'salary-compare']);
    const report: string[] = [];
    for (const w of result) {
      const name = `${w.tag} #${w.index} (${sheetName}, ${width} px, ${colorScheme}, ${where})`;
      if (!w.drawn) report.push(`${name}: not drawn: ${w.error}`);
      for (const v of violations(w)) report.push(`${name}: ${v}`);
    }
    expect(report, `\n${report.join('\n')}\n`).to.deep.equal([]);
    expect(consoleErrors).to.deep.equal([]);
  });
}

describe('the fit checks', function () {
  this.timeout(30000);
  /** Runs in the page: one text pushed out, two labels on top of each other, a line drawn through a text. */
  function tamper() {
    const bar = document.querySelector('salary-percentile-bar')!.shadowRoot!;
    bar.querySelector('text.tick-value')!.setAttribute('x', '-200');
    const note = bar.querySelector<SVGTextElement>('text.marker-note')!;
    const b = note.getBBox();
    const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
    line.setAttribute('class', 'test-line');
    line.setAttribute('stroke', 'red');
    for (const [name, value] of [
      ['x1', b.x],
      ['x2', b.x + b.width],
      ['y1', b.y + b.height / 2],
      ['y2', b.y + b.height / 2],
    ] as const)
      line.setAttribute(name, String(value));
    note.after(line);
    const [first, second] = document.querySelector('salary-ranking')!.shadowRoot!.querySelectorAll('text.label');
    second!.setAttribute('y', first!.getAttribute('y')!);
  }

  it('catch a text pushed out of its widget, two texts on top of each other and a line through a text', async () => {
    const sheet = STYLESHEETS.find((s) => s.name === 'water')!;
    const cssTexts = await Promise.all(sheet.files.map(({ file }) => stylesheetText(file)));
    const { result } = await executeServerCommand<Visit<WidgetReport[]>, Record<string, unknown>>('e2e-visit', {
      url: new URL('/test-api/blank', location.origin).href,
      html: blogPage(sheet, cssTexts, LANGUAGES[0]!),
      width: 1280,
      waitUntil: 'load',
      scroll: false,
      settle: false,
      evaluate: `(${measurePage.toString()})(${tamper.toString()})`,
    });
    const bar = violations(result.find((w) => w.tag === 'salary-percentile-bar')!);
    expect(bar.some((v) => v.startsWith('text leaves the widget'))).to.be.true;
    expect(bar.some((v) => v.startsWith('line.test-line crosses') && v.includes('You'))).to.be.true;
    const ranking = violations(result.find((w) => w.tag === 'salary-ranking')!);
    expect(ranking.some((v) => v.startsWith('texts overlap'))).to.be.true;
  });
});

describe('a blog post in real blog stylesheets', function () {
  // A whole page per test.
  this.timeout(30000);
  const english = LANGUAGES.find((l) => l.lang === 'en')!;
  for (const sheet of STYLESHEETS) {
    for (const width of WIDTHS) for (const scheme of SCHEMES) checkPage(sheet.name, english, width, scheme);
  }
});

describe('a blog post in real blog stylesheets, in other languages and directions', function () {
  this.timeout(30000);
  // Every language in every stylesheet at both widths. The scheme changes colours, not
  // places, so each width is visited in one scheme only (the light phone, the dark desktop),
  // which keeps this file within the test runner's two minutes per file.
  for (const language of LANGUAGES.filter((l) => l.lang !== 'en')) {
    for (const sheet of STYLESHEETS) {
      checkPage(sheet.name, language, 375, 'light');
      checkPage(sheet.name, language, 1280, 'dark');
    }
  }
});
