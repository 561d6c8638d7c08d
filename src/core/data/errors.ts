/**
 * A problem with the data a blogger gave a widget. Its message is shown to
 * readers inside the widget (role="alert") and names the attribute or JSON
 * key at fault, so it must be plain, specific and free of jargon.
 */
export class DataError extends Error {
  override readonly name = 'DataError';

  /**
   * @param path - What is at fault: an attribute ("p10"), a JSON path
   *   ("percentiles.p50", "ranking[2].value"), "key", "src", or "" for the
   *   data as a whole. The message starts with it.
   * @param problem - What was expected and what was found.
   * @param context - Where the data came from ("the data attribute"), when
   *   the path alone does not say.
   */
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly context?: string,
  ) {
    const located = path ? `${path}: ${problem}` : problem;
    super(context ? `In the ${context}, ${located}` : located);
  }

  /** The same error, said to come from `context` (e.g. "child <script> JSON"). */
  within(context: string): DataError {
    return new DataError(this.path, this.problem, context);
  }
}

/** Shortens user input before echoing it back inside an error message. */
export function quote(value: unknown, max = 40): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === null) text = 'null';
  else if (Array.isArray(value)) return 'a list';
  else if (typeof value === 'object') return 'an object';
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') text = String(value);
  // undefined, a symbol or a function: only its kind is worth saying.
  else text = typeof value;
  // Control, bidi and zero-width characters would make the message lie about its own text.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  text = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '\ufffd');
  if (text.length > max) text = text.slice(0, max - 1) + '…';
  return typeof value === 'string' ? `"${text}"` : text;
}
