import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { COMPARE_MESSAGES } from './messages.js';
import type { DatasetMeta } from '../core/salary-element.js';
import type { ChartPoint } from '../core/controllers/points-controller.js';
import type { Formatter } from '../core/format.js';
import { isRecord, own } from '../core/data/values.js';
import { SalaryPercentileBar } from '../salary-percentile-bar/salary-percentile-bar.js';
import { parsePercentileSection, readBands, type PercentileData } from '../salary-percentile-bar/data.js';
import { percentileBarHeight } from '../salary-percentile-bar/geometry.js';
import { percentText } from '../salary-percentile-bar/words.js';
import { DEFAULT_STATES, parseStatesSection, type StateValues } from '../state-salary-map/data.js';
import { findState } from '../state-salary-map/states.js';
import { compareStyles } from './salary-compare.styles.js';
import { annualOf, inputHint, parseSalaryInput, placeOf, type CompareTranslate } from './input.js';
import type { ReadContext } from '../core/data/context.js';
import { isolate } from '../core/bidi.js';
import type { DataTable } from '../core/table.js';
import { TypingPause } from './typing-pause.js';

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
 * Its own are the form above the chart, the salary input parsing (input.ts),
 * the wait for a pause in typing (typing-pause.ts) and the live answer under
 * the chart.
 */

/**
 * "Where do I fall?": a small form where the reader types a salary, annual
 * or hourly (an amount under 1,000 is read as hourly, and the answer says
 * so), written the way the page's language writes numbers, and may pick an
 * experience level and a state. It answers once typing pauses (or on Enter),
 * in a live region, so a screen reader hears one answer rather than one per
 * key: the estimated percentile, drawn as "You" on the percentile bar, the
 * difference from the median in money and percent, the level's range and the
 * state's figure. A salary it cannot read is marked invalid, and its hint
 * announced, only then too. Nothing typed leaves the page.
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
  private get _ct(): CompareTranslate {
    return this.t;
  }
  protected override get defaultLabel(): string {
    return this._ct('compareName');
  }

  // What the reader chose, by control name: salary, level, state.
  private _form: Record<string, string> = {};
  /** The wait for a pause in typing; a test gives it its own clock. */
  protected readonly typingPause = new TypingPause(this);
  // The salary as typed when typing last paused: what the chart, the answer and the hint follow.
  private _heard?: string;

  // From a page-wide document it also reads the map's `states` section.
  protected override parseData(raw: unknown, where: string, context: ReadContext, doc?: unknown): CompareData {
    const section = isRecord(doc) && doc !== raw ? own(doc, 'states') : undefined;
    const data = this.applyOptions(parsePercentileSection(raw, where, context, this.defaultLabels()), context);
    if (section === undefined) return data;
    const states = parseStatesSection(section, 'states', context);
    if (states.unknown.length) this.warnOnce(`skipped unknown states: ${states.unknown.join(', ')}.`);
    return { ...data, states };
  }

  protected override defaultData(): { data: CompareData; meta: DatasetMeta } {
    const { data, meta } = super.defaultData();
    return {
      data: { ...data, states: DEFAULT_STATES.data },
      meta: { ...meta, heading: this._ct('compareHeading'), description: this._ct('compareDescription') },
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
      bands: data.bands.length ? data.bands : readBands('experience', data.values, 'bands', context, this.defaultLabels().levels),
      markerRow: true,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.typingPause.typing) this._heard = this._form.salary;
  }

  /**
   * The salary typed before the last pause (or the `value` attribute), annual
   * or hourly (see annualOf), read in the element's language; a string
   * explains why there is none.
   */
  private _salary(): number | string | undefined {
    const text = (this._heard ?? this.value ?? '').trim();
    if (!text) return undefined;
    return parseSalaryInput(text, this.fmt.locale) ?? inputHint(this._ct, this.fmt.locale, text);
  }

  // The data with the reader's salary as its marker.
  private _withSalary(data: CompareData): CompareData {
    const salary = this._salary();
    return typeof salary === 'number' ? { ...data, marker: { value: annualOf(salary), label: this._ct('you') } } : data;
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

  // A key restarts the wait for a pause; a pick answers at once.
  private _onInput = ({ target }: Event): void => {
    const { name, value } = target as HTMLInputElement;
    this._form[name] = value;
    if (name === 'salary') this.typingPause.keystroke();
    else this.requestUpdate();
  };

  // Enter, or leaving the field, is as good as a pause.
  private _onKey = ({ key }: KeyboardEvent): void => {
    if (key === 'Enter') this.typingPause.done();
  };
  private _onChange = (): void => this.typingPause.done();

  /** The table under the chart: the bar's, with the reader's salary as its marker. */
  protected override tableOf(data: CompareData, fmt: Formatter): DataTable {
    return super.tableOf(this._withSalary(data), fmt);
  }

  protected override renderControls(data?: CompareData): TemplateResult {
    const t = this._ct;
    const salary = this._salary();
    // Never while the reader types: "95," and "$" are on their way to a salary.
    const bad = typeof salary === 'string' && !this.typingPause.typing;
    const form = this._form;
    const option = (value: string, text: string, chosen = '') => html`<option value=${value} ?selected=${value === chosen}>${text}</option>`;
    const states = [...(data?.states?.values.keys() ?? [])].map((p) => findState(p)!).sort((a, b) => a.name.localeCompare(b.name, this.fmt.locale));
    // A group, not a <form>: answers come as typing pauses, and Enter answers at once rather than submit the page.
    // One delegated listener for every control.
    return html`<div class="form" role="group" aria-label=${t('formName')} @input=${this._onInput}>
      <label>${t('salaryLabel')}<input name="salary" inputmode="decimal" autocomplete="off" .value=${form.salary ?? this.value ?? ''} aria-invalid=${bad}
        aria-describedby=${bad ? 'hint' : nothing} aria-errormessage=${bad ? 'hint' : nothing} @keydown=${this._onKey} @change=${this._onChange} /></label>
      ${
        data?.bands.length
          ? html`<label>${t('levelLabel')}<select name="level">${option('', t('anyOption'))}${data.bands.map((b, i) =>
              option(String(i), b.label || t('bandName', { number: i + 1 }), form.level),
            )}</select></label>`
          : nothing
      }
      ${states.length ? html`<label>${t('stateLabel')}<select name="state">${option('', t('anyOption'))}${states.map((s) => option(s.postal, s.name, form.state))}</select></label>` : nothing}
      <p class="hint" id="hint" role="status">${bad ? html`<span dir=${this.rtl ? 'ltr' : nothing}>${salary}</span>` : nothing}</p>
    </div>`;
  }

  /** What the typed salary means, in one or a few whole sentences. */
  private _answer(data: CompareData, fmt: Formatter): string {
    const t = this._ct;
    const typed = this._salary();
    // A salary it cannot read is answered by the hint beside the field, and nothing here.
    if (typeof typed === 'string') return '';
    if (typed === undefined) return t('prompt');
    const salary = annualOf(typed);
    // On a right-to-left page each amount and name keeps its own direction inside the sentence.
    const part = (text: string) => (this.rtl ? isolate(text) : text);
    const money = (amount: number) => part(fmt.money(amount));
    // How far the salary is from another figure, in money and as a share of it.
    const gap = (other: number) => ({
      difference: money(Math.abs(salary - other)),
      percent: percentText(fmt.locale, (Math.abs(salary - other) / other) * 100),
    });
    const sentences: string[] = [];
    if (salary !== typed) sentences.push(t('readAsHourly', { amount: this.perPeriod(money(salary)) }));
    const place = placeOf(t, salary, data.values, data.topCoded);
    const median = data.values[2];
    // A top-coded figure is only a lower bound: below it the gap is at least so much; at or above it, no more can be said.
    if (data.topCoded?.[2]) {
      if (salary < median) sentences.push(t('answerBelowTopCodedMedian', { place, ...gap(median), median: money(median) }));
      else sentences.push(t('answerAtTopCodedMedian', { place, median: money(median) }));
    } else if (salary === median) sentences.push(t('answerAtMedian', { place, median: money(median) }));
    else sentences.push(t(salary < median ? 'answerBelowMedian' : 'answerAboveMedian', { place, ...gap(median), median: money(median) }));
    // A single figure: a level between equal percentiles, or a state.
    const versus = (name: string, figure: number) => {
      if (salary === figure) return t('pointAt', { name, amount: money(figure) });
      return t(salary < figure ? 'pointBelow' : 'pointAbove', { name, amount: money(figure), ...gap(figure) });
    };
    const band = data.bands[Number(this._form.level || NaN)];
    if (band) {
      const name = band.label ? part(band.label) : t('thatLevel');
      // A level between equal percentiles is one amount, not a range.
      if (band.from === band.to) sentences.push(versus(name, band.from));
      else {
        const range = { name, from: money(band.from), to: money(band.to) };
        const relation = relationTo(salary, band);
        sentences.push(t(relation === 'below' ? 'rangeBelow' : relation === 'above' ? 'rangeAbove' : 'rangeWithin', range));
      }
    }
    const state = findState(this._form.state);
    const figure = state && data.states?.values.get(state.postal);
    if (state && figure) {
      const name = part(state.name);
      if (data.states?.topCoded.has(state.postal)) {
        if (salary < figure) sentences.push(t('pointTopCodedBelow', { name, amount: money(figure), ...gap(figure) }));
        else sentences.push(t('pointTopCodedAt', { name, amount: money(figure) }));
      } else sentences.push(versus(name, figure));
    }
    return sentences.join(' ');
  }

  // The answer sits in a live region that is always there, so every change is announced: it changes once typing pauses.
  // Invalid input empties it, which is not announced, while the hint's own live region speaks.
  protected override renderBelowChart(data: CompareData | undefined, fmt: Formatter): TemplateResult {
    // Every built-in language is written left to right: on a right-to-left page the sentences are an isolate of that direction.
    return html`<p class="result" role="status"><span dir=${this.rtl ? 'ltr' : nothing}>${data ? this._answer(data, fmt) : ''}</span></p>`;
  }
}

/** Whether an amount is below, within or above a range. */
function relationTo(amount: number, range: { readonly from: number; readonly to: number }): 'below' | 'within' | 'above' {
  if (amount < range.from) return 'below';
  if (amount > range.to) return 'above';
  return 'within';
}
