import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

/**
 * What every widget test does through the widget's shadow root, as user-level
 * actions and readings. Each widget's own harness (`src/<widget>/harness.ts`)
 * extends it with that widget's marks, legend and controls, so tests read as
 * what a reader sees and does rather than as selectors.
 */
export class WidgetHarness<E extends LitElement = LitElement> {
  constructor(readonly element: E) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  $<T extends Element = Element>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  $$<T extends Element = Element>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** Waits until the chart is drawn and returns its SVG. */
  async drawn(message = `<${this.element.localName}> drawn`): Promise<SVGSVGElement> {
    await waitUntil(() => this.$('svg.chart'), message, { timeout: 5000 });
    return this.$('svg.chart') as SVGSVGElement;
  }

  /** Waits for the error alert and returns its text. */
  async alert(): Promise<string> {
    await waitUntil(() => this.$('[role="alert"]'), 'error alert shown', { timeout: 5000 });
    return normalise(this.$('[role="alert"]')!.textContent);
  }

  /** Text of every SVG label, in document order. */
  texts(): string[] {
    return this.$$('svg.chart text').map((t) => normalise(t.textContent));
  }

  /** The screen-reader summary sentence. */
  summary(): string {
    return normalise(this.$('.sr-only')?.textContent);
  }

  /** The caption, e.g. "Source: BLS OEWS, May 2024". */
  caption(): string {
    // Its lines, as a reader sees them one under another.
    return this.$$('[part="caption"] > span')
      .map((line) => normalise(line.textContent))
      .join(' ');
  }

  /** Every interactive mark (a `data-point` with a role), in document order. */
  marks(): SVGElement[] {
    return this.$$<SVGElement>('[data-point][role]');
  }

  mark(id: string): SVGElement {
    const found = this.$<SVGElement>(`[data-point="${id}"][role]`) ?? this.$<SVGElement>(`[data-point="${id}"]`);
    if (!found) throw new Error(`no mark "${id}" in <${this.element.localName}>`);
    return found;
  }

  /** The accessible names of the marks, in document order. */
  markLabels(): string[] {
    return this.marks().map((m) => m.getAttribute('aria-label') ?? '');
  }

  /** The tooltip's visible text, or "" while hidden. */
  tooltip(): string {
    const tip = this.$<HTMLElement>('[part="tooltip"]');
    return tip && !tip.hidden ? normalise(tip.innerText) : '';
  }

  /** Moves the pointer over a mark, as a mouse would. */
  hover(id: string): void {
    const target = this.mark(id);
    target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
  }

  /** Focuses the chart's tab stop. */
  focusChart(): SVGElement {
    const stop = this.$<SVGElement>('[tabindex="0"]');
    if (!stop) throw new Error('the chart has no tab stop');
    stop.focus();
    return stop;
  }

  /** The id of the mark that has focus, if any. */
  focused(): string | undefined {
    return this.root.activeElement?.getAttribute('data-point') ?? undefined;
  }

  /** Presses a key through the browser, as a keyboard user would. */
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.element.updateComplete;
  }

  /**
   * Presses "Show table" and returns the table it shows, as read: caption,
   * column headers, and rows, header cells marked "th:" (a row's name first).
   */
  async showTable(): Promise<{ caption: string; columns: string[]; rows: string[][] }> {
    const button = this.$<HTMLButtonElement>('[part="table-button"]');
    if (!button) throw new Error('no "Show table" button');
    button.click();
    await this.element.updateComplete;
    const table = this.$<HTMLTableElement>('[part="table"]');
    if (!table) throw new Error('"Show table" showed no table');
    const cells = (row: Element) => [...row.children].map((cell) => `${cell.localName === 'th' ? 'th:' : ''}${normalise(cell.textContent)}`);
    return {
      caption: normalise(table.caption?.textContent),
      columns: cells(table.tHead!.rows[0]!),
      rows: [...table.tBodies[0]!.rows].map(cells),
    };
  }

  /** Legend rows, each as its visible text parts (elements and bare text) joined by " | ". */
  legendRows(): string[] {
    return this.$$('[part="legend"] li').map((li) =>
      // Text nodes count too: a legend item may be a swatch beside bare text.
      [...li.childNodes]
        .map((c) => normalise(c.textContent))
        .filter(Boolean)
        .join(' | '),
    );
  }
}

const normalise = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
