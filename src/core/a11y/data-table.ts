import { csvFormatRows } from 'd3-dsv';
import { html, type TemplateResult } from 'lit';
import type { DataTable } from '../table.js';

/** What makes a spreadsheet run a cell as a formula (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as text: one that would start a formula gets a
 * leading apostrophe. Numbers stay numbers (a negative one is no formula).
 */
export function safeCell(value: string | number): string {
  const text = String(value);
  return typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

/** The table as CSV: its header row, then one row per mark. */
export function csvOf(table: DataTable): string {
  return csvFormatRows([table.csv.columns, ...table.csv.rows].map((row) => row.map(safeCell)));
}

/**
 * Saves the table as a CSV file. The file is a Blob URL made at the click,
 * with nothing inline, so it works under a strict Content Security Policy;
 * the byte-order mark makes spreadsheets read it as UTF-8.
 */
export function saveCsv(table: DataTable, filename: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csvOf(table), '\n'], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The download starts after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The table as a visible HTML table: a caption, a header cell per column, and each row named by its first cell. */
export function renderDataTable(table: DataTable, id: string): TemplateResult {
  return html`<table id=${id} class="data-table" part="table">
    <caption>
      ${table.caption}
    </caption>
    <thead>
      <tr>
        ${table.columns.map((column) => html`<th scope="col">${column}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${table.rows.map(([name, ...cells]) => html`<tr><th scope="row">${name}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
    </tbody>
  </table>`;
}
