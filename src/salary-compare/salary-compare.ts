import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { COMPARE_MESSAGES, type CompareMessages } from './messages.js';
import type { Translate } from '../core/i18n/catalog.js';
import type { CoreMessages } from '../core/i18n/messages.js';
import type { DatasetMeta } from '../core/salary-element.js';
import type { ChartPoint } from '../core/controllers/points-controller.js';
import type { Formatter } from '../core/format.js';
import { isRecord, own } from '../core/data/values.js';
import { SalaryPercentileBar } from '../salary-percentile-bar/salary-percentile-bar.js';
import { DEFAULT_PERCENTILES, parsePercentileSection, readBands, type PercentileData } from '../salary-percentile-bar/data.js';
import { percentileBarHeight } from '../salary-percentile-bar/geometry.js';
import { DEFAULT_STATES, parseStatesSection, type StateValues } from '../state-salary-map/data.js';
import { findState } from '../state-salary-map/states.js';
import { compareStyles } from './salary-compare.styles.js';
import { annualOf, inputHint, parseSalaryInput, placeOf } from './input.js';
import type { ReadContext } from '../core/data/context.js';
import { isolate } from '../core/bidi.js';

/** The distribution, its levels (bands) and, when known, a figure per state. */
export type CompareData = PercentileData & { readonly states?: StateValues };

/*
 * <salary-compare> is built from the other widgets' parts rather than its own:
 * - from <salary-percentile-bar>: the element itself (it is a subclass), so the
 *   data forms, attributes, geometry, marks, tooltips and legend are the bar's;
 *   `applyOptions` is the one hook it overrides to complete the data;
 * - from the bar's data module: the default distribution and the band parser;
 * - from <state-salary-map>: the `states` section parser, its default (the ten
 *   top-paying states) and the state lookup by name or postal code.
 * Its own are the form above the chart, the salary input parsing (input.ts)
 * and the live answer under the chart.
 */

/**
 * "Where do I fall?": a small form where the reader types a salary, annual
 * or hourly (an amount under 1,000 is read as hourly, and the answer says
 * so), written the way the page's language writes numbers, and may pick an experience level and a state. It answers at
 * once, in a live region: the estimated percentile, drawn as "You" on the
 * percentile bar, the difference from the median in money and percent, the
 * level's range and the state's figure. Nothing typed leaves the page.
 *
 * It reads the same data as `<salary-percentile-bar>` (its attributes, a
 * `percentiles` section or a table) plus, from the same document, a
 * `states` section. Levels are the data's bands, else the experience levels.
 * With no data it uses the national distribution and the ten top-paying
 * states for software developers (BLS OEWS, May 2024).
 *
 * @tag salary-compare
 * @summary A form that places the reader's salary on the distribution.
 *
 * @attr {string} value - A salary to start with, as a reader would type it in the page's language: "95000", "95,000" or "$95k"; "95.000" under lang="de"; under 1,000 it is an hourly wage.
 */
export class SalaryCompare extends SalaryPercentileBar {
  static override styles = [...SalaryPercentileBar.styles, compareStyles];

  static override properties: PropertyDeclarations = { ...SalaryPercentileBar.properties, value: {} };

  declare value: string | undefined;

  protected override readonly messages = COMPARE_MESSAGES;
  // The translator, typed for compare's own keys as well as the bar's.
  private get _ct(): Translate<CoreMessages & CompareMessages> {
    return this.t;
  }
  protected override get defaultLabel(): string {
    return this._ct('compareName');
  }

  // What the reader chose, by control name: salary, level, state.
  private _form: Record<string, string> = {};

  // From a page-wide document it also reads the map's `states` section.
  protected override parseData(raw: unknown, where: string, context: ReadContext, doc?: unknown): CompareData {
    const section = isRecord(doc) && doc !== raw ? own(doc, 'states') : undefined;
    const data = this.applyOptions(parsePercentileSection(raw, where, context), context);
    if (section === undefined) return data;
    const states = parseStatesSection(section, 'states', context);
    if (states.unknown.length) this.warnOnce(`skipped unknown states: ${states.unknown.join(', ')}.`);
    return { ...data, states };
  }

  protected override defaultData(): { data: CompareData; meta: DatasetMeta } {
    return {
      data: { ...super.defaultData().data, states: DEFAULT_STATES.data },
      meta: { ...DEFAULT_PERCENTILES.meta, heading: 'How does your pay compare?', description: 'Software developers in the United States' },
    };
  }

  // Levels default to the experience bands; the marker's row is kept for the reader's salary. A
  // reference line comes only from this widget's own attribute: a page-wide document's reference
  // (such as the all-occupations median) is the bar's, and would squeeze this scale.
  protected override applyOptions(raw: PercentileData, context: ReadContext): PercentileData {
    const data = super.applyOptions(raw, context);
    return {
      ...data,
      reference: this.reference === undefined || this.reference === null ? undefined : data.reference,
      bands: data.bands.length ? data.bands : readBands('experience', data.values, 'bands', context),
      markerRow: true,
    };
  }

  /** The typed amount, annual or hourly (see annualOf), read in the element's language; a string explains why there is none. */
  private _salary(): number | string | undefined {
    const text = (this._form.salary ?? this.value ?? '').trim();
    if (!text) return undefined;
    return parseSalaryInput(text, this.fmt.locale) ?? inputHint(this.fmt.locale, text);
  }

  // The data with the reader's salary as its marker.
  private _withSalary(data: CompareData): CompareData {
    const salary = this._salary();
    return typeof salary === 'number' ? { ...data, marker: { value: annualOf(salary), label: 'You' } } : data;
  }

  // The marker row is always reserved, so typing never moves the page.
  protected override chartHeight(): number {
    return percentileBarHeight({ marker: true, bands: true, reference: this.reference != null }, this.text.scale);
  }

  protected override points(data: CompareData, width: number, height: number, fmt: Formatter): ChartPoint[] {
    return super.points(this._withSalary(data), width, height, fmt);
  }

  protected override renderChart(data: CompareData, width: number, height: number, fmt: Formatter): TemplateResult {
    return super.renderChart(this._withSalary(data), width, height, fmt);
  }

  private _onInput = ({ target }: Event): void => {
    const { name, value } = target as HTMLInputElement;
    this._form[name] = value;
    this.requestUpdate();
  };

  protected override renderControls(data?: CompareData): TemplateResult {
    const salary = this._salary();
    const bad = typeof salary === 'string';
    const form = this._form;
    const option = (value: string, text: string, chosen = '') => html`<option value=${value} ?selected=${value === chosen}>${text}</option>`;
    const states = [...(data?.states?.values.keys() ?? [])].map((p) => findState(p)!).sort((a, b) => a.name.localeCompare(b.name));
    // A group, not a <form>: answers come as the reader types, and Enter must not submit the page.
    // One delegated listener for every control.
    return html`<div class="form" role="group" aria-label="Compare your salary" @input=${this._onInput}>
      <label>Your salary<input name="salary" inputmode="decimal" autocomplete="off" .value=${form.salary ?? this.value ?? ''} aria-invalid=${bad} aria-describedby=${bad ? 'hint' : nothing} /></label>
      ${
        data?.bands.length
          ? html`<label>Level<select name="level">${option('', 'Any')}${data.bands.map((b, i) => option(String(i), b.label || `Band ${i + 1}`, form.level))}</select></label>`
          : nothing
      }
      ${states.length ? html`<label>State<select name="state">${option('', 'Any')}${states.map((s) => option(s.postal, s.name, form.state))}</select></label>` : nothing}
      ${bad ? html`<p class="hint" id="hint"><span dir=${this.rtl ? 'ltr' : nothing}>${salary}</span></p>` : nothing}
    </div>`;
  }

  /** What the typed salary means, in one or a few sentences. */
  private _answer(data: CompareData, fmt: Formatter): string {
    const typed = this._salary();
    if (typeof typed !== 'number') return 'Type a salary to see where it falls.';
    const salary = annualOf(typed);
    // On a right-to-left page each amount and name keeps its own direction inside the sentence.
    const part = (text: string) => (this.rtl ? isolate(text) : text);
    const money = (amount: number) => part(fmt.money(amount));
    const gap = (other: number) => `${money(Math.abs(salary - other))} (${fmt.number((Math.abs(salary - other) / other) * 100, 1)}%)`;
    const versus = (other: number, name: string) => {
      const diff = salary - other;
      return diff ? `${gap(other)} ${diff > 0 ? 'above' : 'below'} ${name}` : `exactly ${name}`;
    };
    // A top-coded figure is only a lower bound: below it the gap is at least so much; at or above it, no more can be said.
    const belowTopCode = (other: number, name: string) => (salary < other ? `at least ${gap(other)} below ${name}` : `at or above the lower bound of ${name}`);
    const median = data.values[2];
    let text = salary !== typed ? `Read as an hourly wage (${money(salary)} ${fmt.unit}). ` : '';
    const place = placeOf(salary, data.values, data.topCoded);
    if (data.topCoded?.[2]) text += `You are ${place}, ${belowTopCode(median, 'the median')}, which is top-coded by BLS (at least ${money(median)}).`;
    else text += `You are ${place}, ${versus(median, `the median of ${money(median)}`)}.`;
    const band = data.bands[Number(this._form.level || NaN)];
    if (band) {
      const name = band.label ? part(band.label) : 'That level';
      // A level between equal percentiles is one amount, not a range.
      if (band.from === band.to) text += ` ${name}: ${money(band.from)}; you are ${versus(band.from, 'that')}.`;
      else text += ` ${name}: ${money(band.from)} to ${money(band.to)}; you are ${relationTo(salary, band)} that range.`;
    }
    const state = findState(this._form.state);
    const figure = state && data.states?.values.get(state.postal);
    if (state && figure) {
      if (data.states?.topCoded.has(state.postal))
        text += ` ${part(state.name)}: at least ${money(figure)} (top-coded by BLS); you are ${belowTopCode(figure, 'that')}.`;
      else text += ` ${part(state.name)}: ${money(figure)}; you are ${versus(figure, 'that')}.`;
    }
    return text;
  }

  // The answer sits in a live region that is always there, so every change is announced.
  protected override renderBelowChart(data: CompareData | undefined, fmt: Formatter): TemplateResult {
    // The sentences are English, written left to right: on a right-to-left page they are an isolate of that direction.
    return html`<p class="result" role="status"><span dir=${this.rtl ? 'ltr' : nothing}>${data ? this._answer(data, fmt) : ''}</span></p>`;
  }
}

/** Whether an amount is below, within or above a range. */
function relationTo(amount: number, range: { readonly from: number; readonly to: number }): 'below' | 'within' | 'above' {
  if (amount < range.from) return 'below';
  if (amount > range.to) return 'above';
  return 'within';
}
