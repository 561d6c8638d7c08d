/**
 * Reads a blogger's existing `<table>`: the rows of label and amount that a
 * widget can draw, e.g. "California | $170,910". The table stays in the page
 * as the fallback for readers without JavaScript.
 */

/** Parses currency text such as "$136,240", "136,240 USD", "€ 98.500" is not guessed: only "," thousands. */
export function parseMoneyText(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0]|US\$|USD|\$/g, '');
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  const n = Number(cleaned.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** The text of every body row's cells; header rows (all `<th>`, or inside `<thead>`) are skipped. */
export function tableRows(table: HTMLTableElement): string[][] {
  const rows: string[][] = [];
  for (const row of table.rows) {
    if (row.parentElement?.localName === 'thead') continue;
    const cells = [...row.cells];
    if (cells.length && cells.every((c) => c.localName === 'th')) continue;
    rows.push(cells.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));
  }
  return rows;
}
