import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SalaryElement, type DatasetMeta } from '../core/salary-element.js';
import type { ChartPoint } from '../core/controllers/points-controller.js';
import type { Formatter } from '../core/format.js';
import { readChoice } from '../core/data/values.js';
import { DEFAULT_COMP, NAMED, parseCompSection, readCompTable, resolveComponents, type CompData, type Component, type NamedKey } from './data.js';
import { donutAngles, sectorPath, segmentAnchor, stackBar } from './geometry.js';
import { compBreakdownStyles } from './comp-breakdown.styles.js';

const VARIANTS = ['donut', 'bar'] as const;
const DONUT_MAX = 240;
const BAR_HEIGHT = 60;
const PAD_ANGLE = 0.02;

/**
 * Total compensation as the sum of its parts: base salary, bonus, equity,
 * benefits and any others. Each part may be an amount, a percent of base or
 * a range; a range is drawn solid up to its low value and lighter up to its
 * high value, and the total is given as a range with its midpoint.
 *
 * With no data it shows the seed's example of a senior backend developer.
 *
 * @tag comp-breakdown
 * @summary Total compensation broken into parts, as a donut or a stacked bar.
 *
 * @attr {string} base - Base salary: an amount or a range ("140000-160000").
 * @attr {string} bonus - Bonus: an amount, a percent of base ("15%") or a range ("10%-20%").
 * @attr {string} equity - Equity: an amount, a percent of base or a range.
 * @attr {string} benefits - Benefits: an amount or a range ("15000-30000").
 * @attr {'donut'|'bar'} variant - A donut with the total in the centre (default), or one stacked bar for narrow columns and print.
 *
 * @cssprop [--salary-color-1=the accent] - First component.
 * @cssprop [--salary-color-2=#d35a00] - Second component.
 * @cssprop [--salary-color-3=#0f8a6f] - Third component.
 * @cssprop [--salary-color-4=#9b51b0] - Fourth component.
 * @cssprop [--salary-color-5=#b7791f] - Fifth component.
 * @cssprop [--salary-color-6=#6d6d6d] - Sixth component (colours repeat after it).
 */
export class CompBreakdown extends SalaryElement<CompData> {
  static override styles = [...SalaryElement.styles, compBreakdownStyles];

  static override properties: PropertyDeclarations = {
    base: {},
    bonus: {},
    equity: {},
    benefits: {},
    variant: {},
  };

  declare base: string | number | undefined;
  declare bonus: string | number | undefined;
  declare equity: string | number | undefined;
  declare benefits: string | number | undefined;
  declare variant: string | undefined;

  protected readonly section = 'compensation';
  protected override readonly sizedByWidth = true;
  protected readonly defaultLabel = 'Compensation breakdown';

  protected parseData(raw: unknown, where: string): CompData {
    return parseCompSection(raw, where);
  }

  protected readAttributes(): CompData | undefined {
    const keys = (Object.keys(NAMED) as NamedKey[]).filter((k) => this[k] !== undefined && this[k] !== null);
    if (!keys.length) return undefined;
    return resolveComponents(
      keys.map((k) => [k, NAMED[k], this[k]]),
      '',
    );
  }

  protected override readTable(table: HTMLTableElement): CompData | undefined {
    return readCompTable(table);
  }

  protected defaultData(): { data: CompData; meta: DatasetMeta } {
    return DEFAULT_COMP;
  }

  protected override checkOptions(): void {
    readChoice(this.variant, 'variant', VARIANTS);
  }

  private get _isBar(): boolean {
    return this.variant?.trim().toLowerCase() === 'bar';
  }

  protected chartHeight(width: number): number {
    return this._isBar ? BAR_HEIGHT : Math.min(DONUT_MAX, Math.max(width, 0) || DONUT_MAX);
  }

  private _range(fmt: Formatter, low: number, high: number, compact = false): string {
    const f = (v: number) => (compact ? fmt.compact(v) : fmt.money(v));
    return low === high ? f(low) : `${f(low)}–${f(high)}`;
  }

  private _describe(c: Component, fmt: Formatter): string[] {
    const lines = [`${this._range(fmt, c.low, c.high)} ${fmt.unit}`];
    if (c.spec.percent) lines.push(`${c.spec.low === c.spec.high ? c.spec.low : `${c.spec.low}–${c.spec.high}`}% of base salary`);
    lines.push(`${c.share}% of the total at the midpoint`);
    return lines;
  }

  protected summarize(data: CompData, fmt: Formatter): string {
    if (!(data.high > 0)) return 'Every component is zero, so there is nothing to draw.';
    const mid = (data.low + data.high) / 2;
    const total = data.low === data.high ? fmt.money(data.low) : `${fmt.money(data.low)} to ${fmt.money(data.high)} (midpoint ${fmt.money(mid)})`;
    const parts = data.components.map((c) => `${c.label} ${this._range(fmt, c.low, c.high).replace('–', ' to ')} (${c.share}%)`);
    return `Total compensation ${total} ${fmt.unit}: ${parts.join(', ')}.`;
  }

  private _anchors(data: CompData, width: number, height: number): [number, number][] {
    if (this._isBar) {
      return stackBar(data.components, width).map((p) => [p.x + p.width / 2, 24]);
    }
    const outer = height / 2;
    return donutAngles(data.components, PAD_ANGLE).map((seg) => {
      const [x, y] = segmentAnchor(seg, outer * 0.62, outer);
      return [width / 2 + x, outer + y - 6];
    });
  }

  protected points(data: CompData, width: number, height: number, fmt: Formatter): ChartPoint[] {
    if (!(data.high > 0)) return [];
    const anchors = this._anchors(data, width, height);
    return data.components.flatMap((c, i) => {
      if (!(c.high > 0)) return [];
      const lines = this._describe(c, fmt);
      const [x, y] = anchors[i]!;
      return [{ id: `c${i}`, x, y, title: c.label, lines }];
    });
  }

  private _segment(i: number, body: TemplateResult): TemplateResult {
    return this.mark(`c${i}`, body, `c${i % 6}`);
  }

  protected renderChart(data: CompData, width: number, height: number, fmt: Formatter): TemplateResult {
    if (!(data.high > 0)) {
      return html`<p class="empty">Every component is zero, so there is nothing to draw.</p>`;
    }
    if (this._isBar) {
      const pieces = stackBar(data.components, width);
      const mid = (data.low + data.high) / 2;
      const compact = width < 420;
      const total = `Total ${this._range(fmt, data.low, data.high, compact)}${data.low === data.high ? '' : ` · midpoint ${compact ? fmt.compact(mid) : fmt.money(mid)}`}`;
      return this.chartSvg(
        width,
        height,
        svg`<text class="total" y="14" .textContent=${total}></text>
        ${pieces.map((p, i) =>
          p.width > 0
            ? this._segment(
                i,
                svg`<rect class="solid" x=${p.x} y="24" width=${p.solid} height="28"></rect>
                  ${p.width - p.solid > 0.01 ? svg`<rect class="light" x=${p.x + p.solid + 0.5} y="24.5" width=${Math.max(0, p.width - p.solid - 1)} height="27"></rect>` : nothing}`,
              )
            : nothing,
        )}`,
      );
    }
    const outer = height / 2;
    const inner = outer * 0.62;
    const segments = donutAngles(data.components, PAD_ANGLE);
    const mid = (data.low + data.high) / 2;
    return this.chartSvg(
      width,
      height,
      svg`<g transform="translate(${width / 2},${outer})">
        ${segments.map((s, i) =>
          s.end > s.start
            ? this._segment(
                i,
                svg`<path class="solid" d=${sectorPath(inner, outer, s.start, s.split)}></path>
                  <path class="light" d=${sectorPath(inner + 0.5, outer - 0.5, s.split, s.end)}></path>`,
              )
            : nothing,
        )}
        <text class="centre-label" y="-18">Total</text>
        <text class="centre-value" y="4" .textContent=${this._range(fmt, data.low, data.high, true)}></text>
        ${data.low === data.high ? nothing : svg`<text class="centre-note" y="22" .textContent=${`midpoint ${fmt.compact(mid)}`}></text>`}
      </g>`,
    );
  }

  protected override renderLegend(data: CompData | undefined, fmt: Formatter): TemplateResult | typeof nothing {
    if (!data || !(data.high > 0)) return nothing;
    const mid = (data.low + data.high) / 2;
    return html`<ul class="legend" part="legend">
      ${data.components.map(
        (c, i) => html`<li data-point="c${i}" class="c${i % 6}">
          <span class="swatch ${c.low === c.high ? 'fixed' : ''}"></span><span>${c.label}</span>
          <span class="amount">${this._range(fmt, c.low, c.high)}</span><span class="share">${c.share}%</span>
        </li>`,
      )}
      <li class="sum"><span></span><span>Total${data.low === data.high ? '' : ` (midpoint ${fmt.money(mid)})`}</span>
        <span class="amount">${this._range(fmt, data.low, data.high)}</span><span class="share">100%</span></li>
    </ul>`;
  }
}
