import { sendKeys } from '@web/test-runner-commands';
import { SalaryPercentileBarHarness } from '../salary-percentile-bar/harness.js';
import type { SalaryCompare } from './salary-compare.js';

/** The form's pickers, by their control names. */
export type Picker = 'level' | 'state';

/**
 * Readings and actions on a `<salary-compare>` for its tests: the bar's
 * (it draws one) plus the form above the chart and the answer under it.
 */
export class SalaryCompareHarness extends SalaryPercentileBarHarness<SalaryCompare> {
  /** Types a salary into the field as a reader would: focus, select what is there, then real key presses. */
  async type(text: string): Promise<void> {
    const field = this.salaryField();
    field.focus();
    field.select();
    await sendKeys({ type: text });
    await this.element.updateComplete;
  }

  /**
   * Picks the option a reader sees as `choice` ("Senior", "California", "Any"),
   * as the browser reports a pick: the new value, then input and change events.
   */
  async pick(picker: Picker, choice: string): Promise<void> {
    const select = this.picker(picker);
    const option = [...select.options].find((o) => (o.textContent ?? '').trim() === choice);
    if (!option) throw new Error(`the ${picker} picker has no option "${choice}"`);
    select.value = option.value;
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.element.updateComplete;
  }

  /** The form's controls' labels as read, e.g. ["Your salary", "Level", "State"]. */
  controlLabels(): string[] {
    // A label's own text, without the options of the picker inside it.
    return this.$$('label').map((label) =>
      [...label.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim(),
    );
  }

  /** The accessible name of the form's group, e.g. "Compare your salary". */
  formName(): string {
    return this.required('[role="group"]', 'form group').getAttribute('aria-label') ?? '';
  }

  /** The salary field's current text. */
  salary(): string {
    return this.salaryField().value;
  }

  /** The options a picker offers, as read. */
  choices(picker: Picker): string[] {
    return [...this.picker(picker).options].map((o) => (o.textContent ?? '').trim());
  }

  /** Whether the form shows this control (the field "salary", or a picker). */
  hasControl(name: 'salary' | Picker): boolean {
    return this.$(`[name="${name}"]`) !== null;
  }

  /** The name of the form control that has focus, if one has. */
  focusedControl(): string | undefined {
    return this.root.activeElement?.getAttribute('name') ?? undefined;
  }

  /** The answer in the live region under the chart, with any space (such as the no-break space before "€") as a plain one. */
  answer(): string {
    return (this.liveRegion().textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The live region under the chart that carries every answer (not the loading placeholder, also a status). */
  liveRegion(): HTMLElement {
    return this.required<HTMLElement>('.result[role="status"]', 'live region');
  }

  /** Whether the salary field is marked invalid for screen readers. */
  fieldInvalid(): boolean {
    return this.salaryField().getAttribute('aria-invalid') === 'true';
  }

  /**
   * The text the salary field is described by (the hint next to it), or
   * undefined when the field has no description. A description that points
   * at nothing is an error.
   */
  hint(): string | undefined {
    const id = this.salaryField().getAttribute('aria-describedby');
    if (id === null) return undefined;
    const hint = this.root.getElementById(id);
    if (!hint) throw new Error(`the salary field is described by "#${id}", which is not there`);
    return (hint.textContent ?? '').trim();
  }

  private salaryField(): HTMLInputElement {
    return this.required<HTMLInputElement>('input[name="salary"]', 'salary field');
  }

  private picker(picker: Picker): HTMLSelectElement {
    return this.required<HTMLSelectElement>(`select[name="${picker}"]`, `${picker} picker`);
  }
}
