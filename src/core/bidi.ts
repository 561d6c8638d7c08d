/**
 * Unicode isolates (UAX #9): a part of a composed string, such as the amount
 * in "You: $150,000", keeps its own direction, so on a right-to-left page it
 * is neither reordered with its neighbours nor scrambled.
 */
export const FIRST_STRONG_ISOLATE = '\u2068';
export const RIGHT_TO_LEFT_ISOLATE = '\u2067';
export const POP_ISOLATE = '\u2069';

/** `text` between an isolate (first-strong by default) and its pop. */
export const isolate = (text: string, opener = FIRST_STRONG_ISOLATE): string => opener + text + POP_ISOLATE;
