import { DataError } from './errors.js';
import { FORBIDDEN_KEYS, isRecord, own } from './values.js';

/**
 * JSON.parse that drops `__proto__`, `constructor` and `prototype` keys at
 * any depth, so a document can never reach an object's prototype even if a
 * later step copies its keys around.
 */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
  } catch (err) {
    const detail = err instanceof SyntaxError ? err.message.replace(/^JSON\.parse: /, '') : 'it is too deeply nested';
    throw new DataError(where, `expected valid JSON (${detail}).`);
  }
}

/**
 * Picks a widget's section out of a document that may feed a whole page.
 * `{"percentiles": {…}, "states": {…}}` gives the named section; a document
 * that is just the section is used as it is. A `key` the blogger chose must
 * exist: silently falling back would draw the wrong data.
 */
export function selectSection(doc: unknown, section: string, explicitKey: string | undefined, where: string): unknown {
  const key = explicitKey?.trim() || section;
  if (isRecord(doc)) {
    const value = own(doc, key);
    if (value !== undefined) return value;
  }
  if (explicitKey?.trim()) {
    throw new DataError('key', `the ${where} has no section named "${key}".`);
  }
  return doc;
}
