import type { DataNote } from './data/notes.js';
import type { DataOrigin } from './data/sources.js';

/** Detail of the `salary-data` event. */
export interface SalaryDataDetail {
  /** Where the drawn data came from. */
  origin: DataOrigin;
  /** What the widget interpreted while reading it (see `dataNotes`). */
  notes: readonly DataNote[];
}

/** Detail of the `salary-error` event. */
export interface SalaryErrorDetail {
  /** The message the widget shows. */
  message: string;
  /** What is at fault: an attribute, a JSON path, "key", "src", or "" for the data as a whole. */
  path: string;
}

export type SalaryDataEvent = CustomEvent<SalaryDataDetail>;
export type SalaryErrorEvent = CustomEvent<SalaryErrorDetail>;

// Both bubble and cross shadow roots, so a page can listen once on document.

/** Tells the page that data was read and drawn. */
export function dispatchDataEvent(target: EventTarget, detail: SalaryDataDetail): void {
  target.dispatchEvent(new CustomEvent<SalaryDataDetail>('salary-data', { bubbles: true, composed: true, detail }));
}

/** Tells the page that the data or an attribute was invalid, or loading failed. */
export function dispatchErrorEvent(target: EventTarget, detail: SalaryErrorDetail): void {
  target.dispatchEvent(new CustomEvent<SalaryErrorDetail>('salary-error', { bubbles: true, composed: true, detail }));
}

declare global {
  interface HTMLElementEventMap {
    'salary-data': SalaryDataEvent;
    'salary-error': SalaryErrorEvent;
  }
}
