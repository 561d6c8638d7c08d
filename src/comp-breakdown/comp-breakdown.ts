import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { BREAKDOWN_MESSAGES, type BreakdownMessages } from './messages.js';
import { SalaryElement, type DatasetMeta } from '../core/salary-element.js';
import type { ChartPoint } from '../core/controllers/points-controller.js';
import { createFormatter, HOURS_PER_YEAR, type Formatter } from '../core/format.js';
import type { ReadContext } from '../core/data/context.js';
import type { Grid } from '../core/data/grid.js';
import { readChoice } from '../core/data/values.js';
import {
  DEFAULT_BASE,
  DEFAULT_COMP,
  NAMED_KEYS,
  parseCompSection,
  readCompGrid,
  resolveParts,
  writtenPart,
  type CompData,
  type Component,
  type NamedKey,
  type PartLabel,
} from './data.js';
import { barLayout, chartHeight, donutLayout, fitBarTotal, fitCentre, type Point, type Rect, type Variant } from './geometry.js';
import { compBreakdownStyles } from './comp-breakdown.styles.js';
import { parseRgb, pickSeriesColours, SERIES_COLOURS, type Rgb } from './palette.js';
import { tilePath, TEXTURES, TILE } from './patterns.js';
import type { DataTable } from '../core/table.js';

const VARIANTS = ['donut', 'bar'] as const;
/** The shell's accent when --salary-accent is not set. */
const DEFAULT_ACCENT: Rgb = [0x2f, 0x6b, 0xd8];
/** The message naming each part the widget names itself. */
const NAME_MESSAGES = {
  base: 'baseSalary',
  bonus: 'bonus',
  equity: 'equity',
  benefits: 'benefits',
  healthBenefits: 'healthBenefits',
} as const satisfies Record<NamedKey | 'healthBenefits', keyof BreakdownMessages>;
/** The parts of a formatted number that are its digits and separators, not its sign or unit. */
const NUMBER_PARTS = new Set<string>(['integer', 'group', 'decimal', 'fraction']);
const percentFormats = new Map<string, Intl.NumberFormat>();
/** Percents as the locale writes them ("59%", "59 %"); a part may be 12.5% of base. */
function percentFormat(locale: string): Intl.NumberFormat {
  let format = percentFormats.get(locale);
  if (!format) percentFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 })));
  return format;
}
const digitsOf = (parts: readonly Intl.NumberFormatPart[]): string =>
  parts
    .filter((part) => NUMBER_PARTS.has(part.type))
    .map((part) => part.value)
    .join('');

/**
 * A donut part's solid low piece and light range piece, either of which may be missing, then its
 * focus halo and hit area on its whole outline: one template for each case, so a part holds no
 * empty slot for the piece it lacks. The light piece goes first: the solid piece is drawn over its start.
 */
function donutPart(low: string | undefined, range: string | undefined, outline: string): TemplateResult {
  if (low && range)
    return svg`<path class="light" d=${range}></path><path class="solid" d=${low}></path><path class="halo" d=${outline}></path><path class="hit" d=${outline} fill="transparent"></path>`;
  if (low) return svg`<path class="solid" d=${low}></path><path class="halo" d=${outline}></path><path class="hit" d=${outline} fill="transparent"></path>`;
  if (range) return svg`<path class="light" d=${range}></path><path class="halo" d=${outline}></path><path class="hit" d=${outline} fill="transparent"></path>`;
  return svg`<path class="halo" d=${outline}></path><path class="hit" d=${outline} fill="transparent"></path>`;
}

/**
 * A bar part's solid low piece and light range piece after it, as in `donutPart()`, then its hit
 * area, which draws its focus ring over both.
 */
function barPart(low: Rect | undefined, range: Rect | undefined, hit: TemplateResult): TemplateResult {
  if (low && range)
    return svg`<rect class="solid" x=${low.x} y=${low.y} width=${low.width} height=${low.height}></rect><rect class="light" x=${range.x} y=${range.y} width=${range.width} height=${range.height}></rect>${hit}`;
  if (low) return svg`<rect class="solid" x=${low.x} y=${low.y} width=${low.width} height=${low.height}></rect>${hit}`;
  if (range) return svg`<rect class="light" x=${range.x} y=${range.y} width=${range.width} height=${range.height}></rect>${hit}`;
  return hit;
}

/**
 * A part's legend row: its name (after its swatch, drawn by the styles), amount and share, each
 * cell with the part's id, so the whole row answers the pointer as the part's mark does.
 */
function legendRow(id: string, swatch: string, name: string, amount: string, share: string): TemplateResult {
  return html`<span class="name ${swatch}" data-point=${id} .textContent=${name}></span><span class="amount" data-point=${id} .textContent=${amount}></span><span class="share" data-point=${id} .textContent=${share}></span>`;
}

/** The mark and legend id of the part at `index`: "part-1" for the first. */
const partId = (index: number): string => `part-${index + 1}`;
/** The id of the texture of colour slot `slot` (0 for the first). */
const textureId = (slot: number): string => `texture-${slot + 1}`;
/** An amount for a spreadsheet: whole in a year, to the cent in an hour. */
const plainAmount = (amount: number): number => Math.round(amount * 100) / 100;
let canvas: CanvasRenderingContext2D | null | undefined;
/**
 * A colour as the author wrote it ("teal", "hsl(…)"), read as sRGB: canvas
 * normalises any colour it knows to "#rrggbb" or "rgba(…)". 'unknown' when set
 * but not readable that way; undefined when not set.
 */
function readColour(value: string): Rgb | 'unknown' | undefined {
  if (!value.trim()) return undefined;
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return parseRgb(value) ?? 'unknown';
  canvas.fillStyle = '#000';
  canvas.fillStyle = value;
  return parseRgb(String(canvas.fillStyle)) ?? 'unknown';
}

/**
 * Total compensation as the sum of its parts: base salary, bonus, equity,
 * benefits and any others. Each part may be an amount, a percent of base or
 * a range; a range is drawn solid up to its low value and lighter up to its
 * high value, and the total is given as a range with its midpoint.
 *
 * With no data it shows the seed's example of a senior backend developer.
 *
 * Its words follow the element's language (see `locale`): the parts it names
 * itself ("Base salary", "Bonus", "Equity", "Benefits", "Component 2") are
 * translated and may be renamed with `strings` (keys `baseSalary`, `bonus`,
 * `equity`, `benefits`, `numberedComponent`); labels the author wrote are
 * shown as written.
 *
 * Attributes and JSON are plain numbers ("150000", "10%-20%"); "150.000"
 * is refused as ambiguous. A table, CSV or TSV (`src`, or a child
 * `<script type="text/csv">`) has a column of parts and a column of values,
 * found by their headers ("Component | Amount", "Komponente | Betrag",
 * "Composante | Montant") or named with `label-column` and `value-column`;
 * without a header row the first column is the label and the second the
 * value. Its cells are read in the element's locale ("15.000–30.000 €" under
 * `lang="de"`, "10 %"), footnote markers are removed and noted, and a part
 * with no figure ("-", "(8)") is left out and named in the caption.
 *
 * ```csv
 * Component,Amount
 * Base salary,150000
 * Bonus,10%-20%
 * Benefits,15000-30000
 * ```
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
 * @cssprop [--salary-color-5=#c2185b] - Fifth component.
 * @cssprop [--salary-color-6=#7a5c00] - Sixth component (colours repeat after it). Unset colours 2–6 are the first of a fixed list (palette.ts) that stays ΔE_OK 0.15 from the accent and the colours before them.
 */
export class CompBreakdown extends SalaryElement<CompData, BreakdownMessages> {
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

  /** The candidate each colour slot takes (see palette.ts), read from the host's colours at each update. */
  private _picks: (number | undefined)[] = [];
  private _paletteKey = '';

  protected readonly section = 'compensation';
  protected override readonly sizedByWidth = true;
  protected readonly messages = BREAKDOWN_MESSAGES;
  protected get defaultLabel(): string {
    return this.t('chartName');
  }

  protected parseData(raw: unknown, where: string, context: ReadContext): CompData {
    return parseCompSection(raw, where, context);
  }

  protected override keysHint(): string {
    return this.t('partKeysHint');
  }

  protected readAttributes(context: ReadContext): CompData | undefined {
    const keys = NAMED_KEYS.filter((key) => this[key] !== undefined && this[key] !== null);
    if (!keys.length) return undefined;
    return resolveParts(
      keys.map((key) => writtenPart(key, { named: key }, this[key], key)),
      context,
      { where: '', baseName: '"base"' },
    );
  }

  protected readGrid(grid: Grid, context: ReadContext, where: string): CompData {
    return readCompGrid(grid, context, where, (number) => this.t('numberedRow', { number }));
  }

  // Read after the language is known: the default's words are in the reader's language.
  protected defaultData(): { data: CompData; meta: DatasetMeta } {
    // The guide's worked example is in US dollars, whatever currency the chart is labelled in.
    const annual = createFormatter(this.fmt.locale, 'USD', 'annual');
    return {
      data: DEFAULT_COMP,
      meta: {
        heading: this.t('defaultHeading'),
        description: this.t('defaultDescription'),
        source: this.t('defaultSource', { amount: annual.money(DEFAULT_BASE) }),
      },
    };
  }

  protected override checkOptions(): void {
    readChoice(this.variant, 'variant', VARIANTS);
  }

  protected override readPage(): void {
    super.readPage();
    if (this.isConnected) this._readPalette(getComputedStyle(this));
  }

  // Custom colours are computed values on the host; they are read again only when they change.
  private _readPalette(style: CSSStyleDeclaration): void {
    const values = ['--salary-accent', ...Array.from({ length: SERIES_COLOURS }, (_, i) => `--salary-color-${i + 1}`)].map((name) =>
      style.getPropertyValue(name),
    );
    const key = values.join('|');
    if (key === this._paletteKey) return;
    this._paletteKey = key;
    const [accent = '', ...custom] = values;
    const readAccent = readColour(accent);
    this._picks = pickSeriesColours(typeof readAccent === 'object' ? readAccent : DEFAULT_ACCENT, custom.map(readColour));
  }

  /** The colour classes of the part at `index`: its slot ("series-1" to "series-6") and the candidate picked for it ("pick-3"). */
  private _seriesClass(index: number): string {
    const slot = index % SERIES_COLOURS;
    const pick = this._picks[slot];
    return pick === undefined ? `series-${slot + 1}` : `series-${slot + 1} pick-${pick + 1}`;
  }

  private get _variant(): Variant {
    return this.variant?.trim().toLowerCase() === 'bar' ? 'bar' : 'donut';
  }

  protected chartHeight(width: number): number {
    return chartHeight(this._variant, width, this.text);
  }

  /** An amount kept whole inside a right-to-left line (first-strong isolate), so its parts never reorder. */
  private _isolate(amount: string): string {
    return this.rtl ? `\u2068${amount}\u2069` : amount;
  }

  /** A part's name: the author's own words as written, or the widget's name for it in the reader's language. */
  private _name(label: PartLabel): string {
    if (typeof label === 'string') return label;
    if ('named' in label) return this.t(NAME_MESSAGES[label.named]);
    return this.t(label.numbered === 'row' ? 'numberedRow' : 'numberedComponent', { number: label.number });
  }

  /** "$15,000–$30,000", or one amount when both ends are the same. */
  private _range(low: number, high: number, format: (annual: number) => string): string {
    if (low === high) return format(low);
    return this.t('range', { low: format(low), high: format(high) });
  }

  /** A whole-percent share or a percent of base, as the locale writes it: "59%", "59 %". */
  private _percent(percent: number): string {
    return percentFormat(this.fmt.locale).format(percent / 100);
  }

  /**
   * A percent range with the sign written once, where the locale puts it:
   * "10–20%", "10–20 %". (Intl's formatRange writes "10% – 20%" in English,
   * unlike the amounts beside it.)
   */
  private _percentRange(low: number, high: number): string {
    if (low === high) return this._percent(low);
    const format = percentFormat(this.fmt.locale);
    const highParts = format.formatToParts(high / 100);
    // The high end's sign and spacing around both numbers: "{digits}%", "{digits} %", "%{digits}".
    const numeric = highParts.map((part) => NUMBER_PARTS.has(part.type));
    const text = (parts: readonly Intl.NumberFormatPart[]) => parts.map((part) => part.value).join('');
    const digits = this.t('range', { low: digitsOf(format.formatToParts(low / 100)), high: digitsOf(highParts) });
    return text(highParts.slice(0, numeric.indexOf(true))) + digits + text(highParts.slice(numeric.lastIndexOf(true) + 1));
  }

  /** The tooltip's lines for a part, which also make its accessible name. */
  private _describe(component: Component, fmt: Formatter): string[] {
    const lines = [this.perPeriod(this._range(component.low, component.high, fmt.money))];
    const { spec } = component;
    if (spec.percent) lines.push(this.t('ofBaseSalary', { percent: this._percentRange(spec.low, spec.high) }));
    if (component.fromHourly) {
      const hourly = createFormatter(fmt.locale, fmt.currency, 'hourly');
      const amount = this.t('perHour', { amount: this._range(component.low, component.high, hourly.money) });
      lines.push(this.t('givenHourly', { amount, hours: HOURS_PER_YEAR }));
    }
    lines.push(this.t('shareOfTotal', { share: this._percent(component.share) }));
    return lines;
  }

  protected summarize(data: CompData, fmt: Formatter): string {
    if (!(data.high > 0)) return this.t('allZero');
    const inWords = (low: number, high: number) => (low === high ? fmt.money(low) : this.t('rangeInWords', { low: fmt.money(low), high: fmt.money(high) }));
    const parts = data.components
      .map((component) =>
        this.t('summaryPart', { name: this._name(component.label), amount: inWords(component.low, component.high), share: this._percent(component.share) }),
      )
      .join(', ');
    const total = this.perPeriod(inWords(data.low, data.high));
    if (data.low === data.high) return this.t('summary', { total, parts });
    return this.t('summaryWithMidpoint', { total, midpoint: fmt.money((data.low + data.high) / 2), parts });
  }

  /** Where each drawn part's tooltip points, by part index. */
  private _anchors(data: CompData, width: number, height: number): Map<number, Point> {
    const segments =
      this._variant === 'bar'
        ? barLayout(data.components, width, { text: this.text, rtl: this.rtl }).segments
        : donutLayout(data.components, width, height).segments;
    return new Map(segments.map((segment) => [segment.index, segment.anchor]));
  }

  protected points(data: CompData, width: number, height: number, fmt: Formatter): ChartPoint[] {
    if (!(data.high > 0)) return [];
    const anchors = this._anchors(data, width, height);
    return data.components.flatMap((component, index) => {
      const anchor = anchors.get(index);
      if (!anchor) return [];
      const [x, y] = anchor;
      return [{ id: partId(index), x, y, title: this._name(component.label), lines: this._describe(component, fmt) }];
    });
  }

  private _segment(index: number, body: TemplateResult): TemplateResult {
    return this.mark(partId(index), body, this._seriesClass(index));
  }

  /**
   * One texture per colour slot in use, in that slot's colours: print and
   * forced colours fill the parts with them (see the styles), so parts stay
   * apart in greyscale and in system colours.
   */
  private _textures(count: number): TemplateResult[] {
    // Patterns are never drawn where they stand, so they need no <defs> around them.
    return TEXTURES.slice(0, Math.min(count, SERIES_COLOURS)).map(
      (texture, slot) =>
        svg`<pattern id=${textureId(slot)} class=${this._seriesClass(slot)} data-texture=${texture.name} patternUnits="userSpaceOnUse" width=${TILE} height=${TILE}><path class="texture" d=${tilePath(texture)}></path></pattern>`,
    );
  }

  /** The total, in full amounts and words, as one name: the drawn line's short amounts ("$210K") are hidden under it. */
  private _totalName(data: CompData, fmt: Formatter): string {
    const amount = this.perPeriod(this._range(data.low, data.high, fmt.money));
    const details = data.low === data.high ? amount : `${amount}, ${this.t('midpoint', { amount: fmt.money((data.low + data.high) / 2) })}`;
    return this.t('markName', { title: this.t('total'), details });
  }

  protected renderChart(data: CompData, width: number, height: number, fmt: Formatter): TemplateResult {
    if (!(data.high > 0)) return html`<p class="empty">${this.t('allZero')}</p>`;
    if (this._variant === 'bar') return this._renderBar(data, width, height, fmt);
    return this._renderDonut(data, width, height, fmt);
  }

  private _renderBar(data: CompData, width: number, height: number, fmt: Formatter): TemplateResult {
    const layout = barLayout(data.components, width, { text: this.text, rtl: this.rtl });
    const ends = [data.low, data.high, (data.low + data.high) / 2];
    const full = ends.map(fmt.money);
    // Short amounts of one line in one unit: never "$79.9K–$2.11L".
    const short = fmt.compactAll(ends);
    const line = ([low = '', high = '', midpoint = '']: readonly string[], withMidpoint: boolean) => {
      const amount = this._isolate(data.low === data.high ? low : this.t('range', { low, high }));
      if (!withMidpoint || data.low === data.high) return this.t('totalLine', { amount });
      return this.t('totalLineWithMidpoint', { amount, midpoint: this._isolate(midpoint) });
    };
    // Fullest first: full amounts (where the box is wide), short ones, then short ones without the midpoint.
    const candidates = [...(layout.compactTotal ? [short] : [full, short]).map((amounts) => line(amounts, true)), line(short, false)];
    const total = fitBarTotal(candidates, width, this.text);
    return this.chartSvg(
      width,
      height,
      svg`${this._textures(data.components.length)}${
        total
          ? svg`<g role="img" aria-label=${this._totalName(data, fmt)}><text class="total" x=${layout.totalX} y=${layout.totalY} text-anchor=${this.rtl ? 'end' : 'start'} aria-hidden="true" .textContent=${total}></text></g>`
          : nothing
      }${layout.segments.map(({ index, low, range, box }) => this._segment(index, barPart(low, range, this.hitArea(box.x, box.y, box.width, box.height))))}`,
    );
  }

  // The ring keeps its clockwise order from 12 o'clock on right-to-left pages: like a clock face,
  // its order carries no reading direction, and the legend (which does) follows the page.
  private _renderDonut(data: CompData, width: number, height: number, fmt: Formatter): TemplateResult {
    const layout = donutLayout(data.components, width, height);
    const [centreX, centreY] = layout.centre;
    // The three amounts are read together, so in one unit: never "$79.9K–$2.11L".
    const [low = '', high = '', midpoint = ''] = fmt.compactAll([data.low, data.high, (data.low + data.high) / 2]);
    const fixed = data.low === data.high;
    const amount = fixed ? low : this.t('range', { low, high });
    // Split after the dash, wherever the language puts the high end.
    const at = amount.lastIndexOf(high);
    const split = !fixed && at > 0 ? ([amount.slice(0, at).trimEnd(), amount.slice(at)] as const) : undefined;
    const lines = fitCentre(
      { label: this.t('total'), amount, split, note: fixed ? '' : this.t('midpoint', { amount: this._isolate(midpoint) }) },
      layout.innerRadius,
      this.text,
    );
    // The light piece of a range goes first: the solid low piece is drawn over its start.
    return this.chartSvg(
      width,
      height,
      svg`${this._textures(data.components.length)}<g transform="translate(${centreX},${centreY})">${layout.segments.map(
        ({ index, lowPath, rangePath, outlinePath }) => this._segment(index, donutPart(lowPath, rangePath, outlinePath)),
      )}${
        lines.length
          ? svg`<g role="img" aria-label=${this._totalName(data, fmt)}>${lines.map(
              (line) =>
                svg`<text class="centre-${line.kind} ${line.role === 'value' ? 'smaller' : ''}" y=${line.y} aria-hidden="true" .textContent=${line.text}></text>`,
            )}</g>`
          : nothing
      }</g>`,
    );
  }

  /**
   * Each part and the total, as the legend shows them: name, amount or range
   * in the displayed period, and share. The CSV gives a range's two ends in
   * columns of their own, and the share as a whole percent.
   */
  protected override tableOf(data: CompData, fmt: Formatter): DataTable {
    const amount = this.t(fmt.period === 'hourly' ? 'amountColumnHourly' : 'amountColumnAnnual');
    const parts = [
      ...data.components.map((component) => ({ name: this._name(component.label), low: component.low, high: component.high, share: component.share })),
      { name: this._totalLabel(data, fmt), low: data.low, high: data.high, share: 100 },
    ];
    return {
      caption: this.t('breakdownTable', { title: this.meta.heading ?? this.defaultLabel }),
      columns: [this.t('partColumn'), amount, this.t('shareColumn')],
      rows: parts.map((part) => [part.name, this._range(part.low, part.high, fmt.money), this._percent(part.share)]),
      csv: {
        columns: [this.t('partColumn'), this.t('lowColumn', { column: amount }), this.t('highColumn', { column: amount }), this.t('sharePercentColumn')],
        rows: parts.map((part) => [part.name, plainAmount(fmt.amount(part.low)), plainAmount(fmt.amount(part.high)), part.share]),
      },
    };
  }

  /** "Total", or with the midpoint of a range: "Total (midpoint $255,000)". */
  private _totalLabel(data: CompData, fmt: Formatter): string {
    return data.low === data.high ? this.t('total') : this.t('totalWithMidpoint', { amount: fmt.money((data.low + data.high) / 2) });
  }

  protected override renderLegend(data: CompData | undefined, fmt: Formatter): TemplateResult | typeof nothing {
    if (!data || !(data.high > 0)) return nothing;
    // The box is a size container, so the legend's rows can stack in a narrow column (see the styles).
    // Screen readers hear each part once, in its mark's name (and the total in the chart's): the
    // legend repeats them for the eye and the pointer, and holds nothing focusable. Hidden from
    // them, it is a plain grid of cells, three to a row (see legendRow()); the total's row has no
    // swatch and no part's id.
    return html`<div class="legend-box"><div class="legend" part="legend" aria-hidden="true">${data.components.map((component, index) =>
      legendRow(
        partId(index),
        `${this._seriesClass(index)}${component.low === component.high ? ' fixed' : ''}`,
        this._name(component.label),
        this._range(component.low, component.high, fmt.money),
        this._percent(component.share),
      ),
    )}<span class="name sum" .textContent=${this._totalLabel(data, fmt)}></span><span class="amount sum" .textContent=${this._range(data.low, data.high, fmt.money)}></span><span class="share sum" .textContent=${this._percent(100)}></span></div></div>`;
  }
}
