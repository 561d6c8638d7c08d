import { sendKeys } from '@web/test-runner-commands';
import { SalaryPercentileBarHarness } from '../salary-percentile-bar/harness.js';
import type { SalaryCompare } from './salary-compare.js';

/** The form's pickers, by their control names. */
export type Picker = 'level' | 'state';

/**
 * Readings and actions on a `<salary-compare>` for its tests: the bar's
 * (it draws one) plus the form above the chart and the answer under it.
 */
export class SalaryCompareHarness<E extends SalaryCompare = SalaryCompare> extends SalaryPercentileBarHarness<E> {
  /**
   * Types a salary into the field as a reader would (focus, select what is
   * there, then real key presses) and presses Enter, for the answer at once.
   */
  async type(text: string): Promise<void> {
    await this.keys(text);
    await this.press('Enter');
  }

  /** Empties the salary field as a reader would (select all, Backspace) and presses Enter. */
  async clear(): Promise<void> {
    const field = this.salaryField();
    field.focus();
    field.select();
    await this.press('Backspace');
    await this.press('Enter');
  }

  /**
   * Types into the salary field, replacing what is there, and no more: the
   * answer waits for a pause. `between`, if given, runs after each key (a
   * test moves its clock on there).
   */
  async keys(text: string, between?: () => void): Promise<void> {
    const field = this.salaryField();
    field.focus();
    field.select();
    for (const key of between ? [...text] : [text]) {
      await sendKeys({ type: key });
      await this.element.updateComplete;
      between?.();
      await this.element.updateComplete;
    }
  }

  /**
   * Starts listening as a screen reader would: each time a live region's
   * text changes to something new and not empty, that is one announcement.
   * `heard()` lists them so far.
   */
  listen(): { heard(): string[]; stop(): void } {
    const regions = this.$$('[role="status"]:not(.loading), [role="alert"], [aria-live]:not([aria-live="off"])');
    const last = new Map(regions.map((region) => [region, normalise(region.textContent)]));
    const heard: string[] = [];
    const check = () => {
      for (const region of regions) {
        const text = normalise(region.textContent);
        if (text && text !== last.get(region)) heard.push(text);
        last.set(region, text);
      }
    };
    const observer = new MutationObserver(check);
    for (const region of regions) observer.observe(region, { childList: true, subtree: true, characterData: true });
    return {
      heard: () => {
        if (observer.takeRecords().length) check();
        return [...heard];
      },
      stop: () => observer.disconnect(),
    };
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

  /** The error message the field points to with aria-errormessage, or undefined when it points to none. */
  errorMessage(): string | undefined {
    const id = this.salaryField().getAttribute('aria-errormessage');
    if (id === null) return undefined;
    const message = this.root.getElementById(id);
    if (!message) throw new Error(`the salary field's error message is "#${id}", which is not there`);
    return (message.textContent ?? '').trim();
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

const normalise = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
