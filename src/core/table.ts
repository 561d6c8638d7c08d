/**
 * The drawn data as a table, for the "Show table" view under every chart and
 * the "Get the data" CSV download. Cells are text, already formatted in the
 * reader's language; `csv` holds the same rows as plain values for a
 * spreadsheet (numbers unformatted, in the displayed period).
 */
export interface DataTable {
  /** Says what the table holds, e.g. "Software developer pay in the United States: every percentile". */
  readonly caption: string;
  /** Column headers, in reading order. The first column names each row (a row header). */
  readonly columns: readonly string[];
  /** One row per mark, in the chart's reading order: the row's name first. */
  readonly rows: readonly (readonly string[])[];
  /** The same rows for a CSV file: a header row, then values (numbers as numbers). */
  readonly csv: {
    readonly columns: readonly string[];
    readonly rows: readonly (readonly (string | number)[])[];
  };
}
