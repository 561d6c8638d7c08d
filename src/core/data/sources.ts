/** Where the drawn data came from, in priority order. */
export type DataOrigin = 'property' | 'attributes' | 'inline-json' | 'script' | 'src' | 'table' | 'default';

/** What an element offers as data, read from it without interpreting anything. */
export interface SourceInputs<Attributes, Table = HTMLTableElement> {
  /** The `data` property. */
  readonly property: unknown;
  /** The data in the widget's own attributes (p10, values, base, …), or undefined when none is set. */
  readonly attributes: Attributes | undefined;
  /** The `data` attribute: inline JSON. */
  readonly dataAttribute: string | null | undefined;
  /** A child `<script>` holding data: JSON, or CSV or TSV text. */
  readonly script: { readonly text: string; readonly format: 'json' | 'dsv' } | undefined;
  /** The `src` attribute. */
  readonly src: string | null | undefined;
  /** A child `<table>`, if there is one. */
  readonly table: Table | undefined;
}

/** The one source a widget reads, with what it needs to read it. */
export type DataSource<Attributes, Table = HTMLTableElement> =
  | { readonly origin: 'property'; readonly value: unknown }
  | { readonly origin: 'attributes'; readonly data: Attributes }
  | { readonly origin: 'inline-json'; readonly text: string }
  | { readonly origin: 'script'; readonly text: string; readonly format: 'json' | 'dsv' }
  | { readonly origin: 'src'; readonly url: string }
  | { readonly origin: 'table'; readonly table: Table }
  | { readonly origin: 'default' };

const given = <V>(value: V | null | undefined): value is V => value !== undefined && value !== null;

/**
 * Picks the source to draw, in a fixed priority: the `data` property, the
 * widget's own attributes, the `data` attribute, a child script, `src`, a
 * child table, and only when none of these was supplied the default dataset.
 * The first source that is present wins even when it turns out to be invalid:
 * a blogger's broken data shows an error, never someone else's data.
 */
export function pickSource<Attributes, Table>(inputs: SourceInputs<Attributes, Table>): DataSource<Attributes, Table> {
  if (given(inputs.property)) return { origin: 'property', value: inputs.property };
  if (given(inputs.attributes)) return { origin: 'attributes', data: inputs.attributes };
  if (given(inputs.dataAttribute)) return { origin: 'inline-json', text: inputs.dataAttribute };
  if (given(inputs.script)) return { origin: 'script', ...inputs.script };
  if (given(inputs.src)) return { origin: 'src', url: inputs.src };
  if (given(inputs.table)) return { origin: 'table', table: inputs.table };
  return { origin: 'default' };
}
