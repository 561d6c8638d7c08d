import { DataError, quote } from './errors.js';
import { ambiguousAmount } from './numbers.js';

/** Plain decimal number as a blogger types it: "133080", "63.98", "1.5e5". */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads an amount from an attribute or a JSON value. Accepts a finite JSON
 * number or a plain decimal string; rejects "", "abc", "NaN", "Infinity",
 * "1e309", "1,000" and currency signs with a message naming `where`.
 */
export function readAmount(value: unknown, where: string, { allowNegative = false } = {}): number {
  let n: number;
  if (typeof value === 'number') {
    n = value;
  } else if (typeof value === 'string') {
    const text = value.trim();
    // "79.850" is 79,850 to a German reader and 79.85 to an English one: never guess.
    const ambiguous = ambiguousAmount(text);
    if (ambiguous) {
      const decimal = ambiguous.decimal ? `, or ${ambiguous.decimal} for a decimal` : '';
      throw new DataError(where, `${quote(value)} is ambiguous; write ${ambiguous.integer} (no separators)${decimal}.`);
    }
    if (!PLAIN_NUMBER.test(text)) {
      const hint = /[\d][,\s]\d/.test(text) || /[$€£¥]/.test(text) ? ' (without commas or currency signs, e.g. 133080)' : '';
      throw new DataError(where, `expected a number${hint}, got ${quote(value)}.`);
    }
    n = Number(text);
  } else {
    throw new DataError(where, `expected a number, got ${value === undefined ? 'nothing' : quote(value)}.`);
  }
  if (!Number.isFinite(n)) throw new DataError(where, `expected a finite number, got ${quote(value)}.`);
  if (!allowNegative && n < 0) throw new DataError(where, `expected an amount of 0 or more, got ${quote(value)}.`);
  return n;
}

// Explicit bidi embeddings, overrides and isolates can make "$100" display as "001$";
// ordinary right-to-left text needs none of them.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Text for display: bidi controls removed, trimmed, and cut to `max` characters with an ellipsis. */
export function cleanText(value: string, max: number): string {
  const text = value.replace(BIDI_CONTROLS, '').trim();
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** Reads optional label text; anything but a string or number is an error. */
export function readText(value: unknown, where: string, max = 200): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw new DataError(where, `expected text, got ${quote(value)}.`);
  // Labels render as text nodes, never markup; the cap only keeps layout sane.
  return cleanText(value, max);
}

/** Keys that could reach an object's prototype; dropped from every document. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Own keys of a data object, without the ones that could reach a prototype. */
export function ownKeys(obj: object): string[] {
  return Object.keys(obj).filter((k) => !FORBIDDEN_KEYS.has(k));
}

/** Own, enumerable property of a plain JSON object; never reads the prototype chain. */
export function own(obj: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names a JSON key for messages: "percentiles.p50", or "p50" at the top level. */
export function jsonPath(where: string, key: string): string {
  return where ? `${where}.${key}` : key;
}

/** An attribute or property value as the text a reader typed (a property may hold a number). */
const text = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? typeof value));

/** An enumerated attribute: one of `choices` (case-insensitive), or undefined when unset. */
export function readChoice<C extends string>(value: unknown, where: string, choices: readonly C[]): C | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const v = text(value).trim().toLowerCase() as C;
  if (!choices.includes(v)) {
    const list = choices.map((c) => `"${c}"`);
    throw new DataError(where, `expected ${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}, got ${quote(text(value))}.`);
  }
  return v;
}

/** A whole-number attribute between min and max; `fallback` when unset. */
export function readInteger(value: unknown, where: string, min: number, max: number, fallback: number, note = ''): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new DataError(where, `expected a whole number from ${min} to ${max}${note}, got ${quote(text(value))}.`);
  return n;
}

/**
 * Splits the compact "Label:value, Label:value" attribute form. Commas inside a
 * label are written "\,"; the value is after the last colon. `example` shows
 * the expected form in the error message.
 */
export function splitPairs(text: string, where: string, example: string): [string, string][] {
  return text
    .split(/(?<!\\),/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((part) => {
      const i = part.lastIndexOf(':');
      const value = part.slice(i + 1).trim();
      if (i < 0 || !value) throw new DataError(where, `each entry should look like "${example}", got ${quote(part)}.`);
      return [part.slice(0, i).replace(/\\,/g, ',').trim(), value];
    });
}

/** A labelled annotation at one amount: the reader's own salary, or a reference such as another median. */
export interface Annotation {
  readonly value: number;
  readonly label: string;
}

/** Reads `{value, label}`, or a bare amount, as an annotation. */
export function readAnnotation(raw: unknown, label: unknown, where: string, fallbackLabel: string): Annotation | undefined {
  // An empty marker="" is a slip, not "no marker": readAmount says so.
  if (raw === undefined || raw === null) return undefined;
  if (isRecord(raw)) return readAnnotation(own(raw, 'value'), own(raw, 'label') ?? label, where, fallbackLabel);
  const value = readAmount(raw, where);
  const text = label === undefined || label === null ? '' : readText(label, `${where}-label`, 60);
  return { value, label: text || fallbackLabel };
}
