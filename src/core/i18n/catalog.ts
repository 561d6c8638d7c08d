/**
 * Message catalogs: every word a widget shows or announces, as whole phrases
 * with named placeholders ("{n}. Perzentil", "percentil {n}"), never pieced
 * together, because languages order the parts differently.
 *
 * English defines the keys of a catalog; each other built-in language must
 * have every one of them (the type checks it, and a test checks that each
 * translation uses the same placeholders). Authors may replace any message
 * for one element with the `strings` attribute or property.
 *
 * Not @lit/localize: it has one locale per page, set by configureLocalization(),
 * while a widget here speaks the language of its own nearest `lang`, and two
 * widgets on one page may differ. Its runtime mode also loads each locale as a
 * separate module, where the one script must carry everything.
 */

/** The languages with built-in messages. A regional tag uses its language's (es-MX → es). */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A message whose wording depends on a number, `{count}`, chosen by
 * `Intl.PluralRules`: by quantity ("1 state", "2 states") or, with
 * `type: "ordinal"`, by order ("1st", "2nd", "3rd", "4th").
 */
export interface PluralMessage {
  readonly type?: 'ordinal';
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}
export type Message = string | PluralMessage;
export type MessageSet = Readonly<Record<string, Message>>;

// "{title}: {details}." → "title" | "details".
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
/** The placeholders a message takes; a plural message also takes `count`. */
export type ParamsOf<M> = M extends string ? Placeholders<M> : M extends PluralMessage ? Placeholders<M['other']> | 'count' : never;
export type Params<M> = Readonly<Record<ParamsOf<M>, string | number>>;

/** A widget's messages in every built-in language; English is the reference. */
export type Catalogs<E extends MessageSet> = { readonly en: E } & { readonly [L in Exclude<Language, 'en'>]: { readonly [K in keyof E]: Message } };

/** Declares catalogs, keeping English's literal wording so placeholders are type-checked. */
export const defineCatalogs = <const E extends MessageSet>(catalogs: Catalogs<E>): Catalogs<E> => catalogs;

/** Looks a message up and fills it in: `t("percentile", { n: 10, ordinal: "10th" })`. */
export type Translate<E extends MessageSet> = <K extends keyof E & string>(key: K, ...params: [ParamsOf<E[K]>] extends [never] ? [] : [Params<E[K]>]) => string;

// Languages a page added with addMessages(), by language subtag.
const added = new Map<string, Record<string, Message>>();
const addedListeners = new Set<() => void>();

/** The language subtag of a BCP 47 tag, lower case: "pt-BR" → "pt". */
export const subtagOf = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The language whose words a widget uses for a BCP 47 tag: its language
 * subtag if it is built in or was added (es-MX → es), else English.
 */
export function languageOf(tag: string): string {
  const language = subtagOf(tag);
  return LANGUAGES.some((known) => known === language) || added.has(language) ? language : 'en';
}

/**
 * Adds a language, or changes words of a built-in one, for every widget on
 * the page: `addMessages("it", { median: "Mediana", … })`. Keys it leaves
 * out keep their built-in wording (English for a new language). A value that
 * is not a message is skipped with a console warning.
 */
export function addMessages(language: string, messages: Readonly<Record<string, unknown>>): void {
  const subtag = subtagOf(language);
  const words = added.get(subtag) ?? {};
  for (const [key, message] of Object.entries(messages)) {
    if (isMessage(message)) words[key] = message;
    else console.warn(`salary-widgets addMessages: ${key} is not a message (text, or plural forms with "other"); skipped.`);
  }
  added.set(subtag, words);
  addedListeners.forEach((listener) => listener());
}

/** Calls `listener` whenever a page adds messages, so that widgets redraw in the new words. */
export function onMessagesAdded(listener: () => void): void {
  addedListeners.add(listener);
}

// Plural rules and number formats, built once per page for each locale.
const pluralRulesCache = new Map<string, Intl.PluralRules>();
const numberFormatCache = new Map<string, Intl.NumberFormat>();

function pluralRules(locale: string, type: 'ordinal' | 'cardinal'): Intl.PluralRules {
  const id = `${locale} ${type}`;
  let rules = pluralRulesCache.get(id);
  if (!rules) pluralRulesCache.set(id, (rules = new Intl.PluralRules(locale, { type })));
  return rules;
}

function numberFormat(locale: string, latin: boolean): Intl.NumberFormat {
  const id = `${locale} ${latin}`;
  let format = numberFormatCache.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, latin ? { maximumFractionDigits: 1, numberingSystem: 'latn' } : { maximumFractionDigits: 1 });
    numberFormatCache.set(id, format);
  }
  return format;
}

/**
 * Fills a message in. Numbers are written in `locale` ("1.234" in German).
 * `wordsLocale` is the language the message is written in: its plural rules
 * choose the form (English words on a Japanese page still say "3rd"), and
 * when it is not the page's language, numbers among its words keep Latin
 * digits ("3rd", not "٣rd"). A placeholder with no value is left as written,
 * so a mistake shows.
 */
export function formatMessage(message: Message, locale: string, params: Readonly<Record<string, string | number>> = {}, wordsLocale = locale): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(params.count);
    text = message[pluralRules(wordsLocale, message.type ?? 'cardinal').select(count)] ?? message.other;
  }
  // Most messages have no placeholder: a translator runs hundreds of times per page.
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(locale, subtagOf(wordsLocale) !== subtagOf(locale)).format(value) : value;
  });
}

/** Whether a value is a message: a string, or plural forms with at least `other`. */
export function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const forms = value as Record<string, unknown>;
  return typeof forms.other === 'string' && Object.entries(forms).every(([form, text]) => (form === 'type' ? text === 'ordinal' : typeof text === 'string'));
}

/** The placeholders a message uses, in every form, for checking translations. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.entries(message).flatMap(([form, text]) => (form === 'type' ? [] : [text as string]));
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)))].sort();
}

/**
 * A translator over several catalogs (a widget's, then the core's: the
 * first that has a key wins) in one language, with an author's overrides on
 * top. One per element and read.
 */
export function createTranslator<E extends MessageSet>(
  catalogs: readonly Catalogs<MessageSet>[],
  language: string,
  locale: string,
  overrides: Readonly<Record<string, Message>> = {},
): Translate<E> {
  const builtIn = LANGUAGES.find((known) => known === language) ?? 'en';
  const page = added.get(language) ?? {};
  // The locale of words in a language: the page's own when it is that language (pt-PT and pt-BR differ).
  const localeOf = (words: string) => (subtagOf(locale) === words ? locale : words);
  const find = (from: Language, key: string) => {
    for (const catalog of catalogs) {
      const found = catalog[from][key];
      if (found !== undefined) return found;
    }
    return undefined;
  };
  // Messages without values, looked up once: a render asks for the same ones again.
  const plain = new Map<string, string>();
  const translate = (key: string, params?: Readonly<Record<string, string | number>>) => {
    if (params) return lookUp(key, params);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = lookUp(key)));
    return text;
  };
  // The author's strings, then the page's added words, then the built-in language, then English.
  const lookUp = (key: string, params?: Readonly<Record<string, string | number>>) => {
    const own = overrides[key] ?? page[key];
    if (own !== undefined) return formatMessage(own, locale, params, localeOf(language));
    const builtInMessage = find(builtIn, key);
    if (builtInMessage !== undefined) return formatMessage(builtInMessage, locale, params, localeOf(builtIn));
    return formatMessage(find('en', key) ?? key, locale, params, localeOf('en'));
  };
  return translate;
}
