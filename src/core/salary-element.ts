import { LitElement, html, noChange, nothing, svg, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { DataError, quote } from './data/errors.js';
import { pickSource, type DataOrigin, type DataSource } from './data/sources.js';
import { dispatchDataEvent, dispatchErrorEvent } from './events.js';
import { DataController } from './controllers/data-controller.js';
import { resolveHttpUrl, DEFAULT_TIMEOUT_MS } from './data/fetch-document.js';
import type { ReadContext } from './data/context.js';
import { gridFromTable, gridFromText, type Grid } from './data/grid.js';
import { describeNote, type DataNote } from './data/notes.js';
import { ESTIMATED_TEXT, forgetMeasuredText, measuredText, type TextContext } from './geometry/text.js';
import { parseJson, selectSection } from './data/json.js';
import { cleanText, readChoice, readInteger } from './data/values.js';
import { createFormatter, isValidCurrency, isValidLocale, type Formatter } from './format.js';
import { LightDomController } from './controllers/light-dom-controller.js';
import { RemoteController } from './controllers/remote-controller.js';
import { SizeController } from './controllers/size-controller.js';
import { flushFrame, nextFrame } from './frame.js';
import { PointsController, type ChartPoint } from './controllers/points-controller.js';
import { AnnounceController } from './a11y/announcer.js';
import { renderDataTable, saveCsv } from './a11y/data-table.js';
import { shellStyles } from './styles.js';
import type { DataTable } from './table.js';
import {
  createTranslator,
  isMessage,
  languageOf,
  onMessagesAdded,
  subtagOf,
  type Catalogs,
  type Message,
  type MessageSet,
  type Translate,
} from './i18n/catalog.js';
import { CORE_MESSAGES, type CoreMessages } from './i18n/messages.js';
import { nearestLang, unwatchLang, watchLang } from './i18n/lang.js';

export type { DataOrigin } from './data/sources.js';
export type { SalaryDataDetail, SalaryErrorDetail, SalaryDataEvent, SalaryErrorEvent } from './events.js';

/** Text that travels with a default dataset: its heading and its source. */
export interface DatasetMeta {
  heading?: string;
  description?: string;
  source?: string;
  sourceUrl?: string;
}

/** Data that was read: the widget's model, where it came from and the text that travels with it. */
export interface LoadedData<T> {
  readonly data: T;
  readonly origin: DataOrigin;
  /** What was interpreted while reading it: a column chosen, hourly figures converted, top-codes, footnotes. */
  readonly notes: readonly DataNote[];
  readonly meta: DatasetMeta;
}

const THEMES = ['light', 'dark', 'auto'] as const;
const PERIODS = ['annual', 'hourly'] as const;
const LOADING = ['lazy', 'eager'] as const;
const AMOUNTS = ['annual', 'hourly'] as const;
const TABLE = ['button', 'none'] as const;
/** The heading's level when `heading-level` is not set. */
const DEFAULT_HEADING_LEVEL = 3;
// Child scripts that hold data, by type.
const SCRIPT_FORMATS: Record<string, 'json' | 'dsv'> = {
  'application/json': 'json',
  'text/csv': 'dsv',
  'text/tab-separated-values': 'dsv',
};
const DATA_SCRIPTS = Object.keys(SCRIPT_FORMATS)
  .map((type) => `:scope > script[type="${type}"]`)
  .join(', ');
/** Corner radius of a hit area, which draws the mark's focus ring. */
const FOCUS_RING_RADIUS = 3;

/**
 * The shell every widget shares: data loading in a fixed priority, input
 * validation with a visible error state, number formatting, the figure with
 * heading, caption and screen-reader summary, theming, and the tooltip that
 * follows hover, focus and tap. A widget supplies the section it reads, how
 * to parse it, its default dataset and the marks it draws.
 *
 * @attr {string} heading - Title shown above the chart; also its accessible name.
 * @attr {number} heading-level - The heading's level for screen readers' heading navigation, 1 to 6 (default 3): set it to fit the page's outline.
 * @attr {string} description - One line of context under the heading.
 * @attr {string} source - Who published the figures, shown in the caption.
 * @attr {string} source-url - Link for the source (http or https only; anything else shows as plain text).
 * @attr {string} src - URL of a JSON document to load (http, https or relative).
 * @attr {string} key - Section of the JSON document to read, instead of the widget's own.
 * @attr {string} data - Inline JSON data, the same shape as a `src` document.
 * @attr {number} timeout - Milliseconds to wait for `src` before showing an error (default 10000).
 * @attr {string} locale - BCP 47 locale for numbers and words (default: the nearest `lang` attribute, through shadow roots, else en-US). Words are in English, Spanish, French, German or Portuguese; other languages get English words and their own numbers.
 * @attr {string} strings - JSON object replacing any of the widget's messages for this element, e.g. `{"median": "Middle"}`; keys are listed in the README.
 * @attr {string} currency - ISO 4217 currency code (default USD).
 * @attr {'annual'|'hourly'} period - Show annual amounts, or hourly ones (annual ÷ 2080, the BLS convention).
 * @attr {'annual'|'hourly'} amounts - Whether the amounts given (attributes, JSON, table, CSV) are annual (default) or hourly; hourly ones are converted × 2,080, and the caption says so.
 * @attr {string} value-column - The table or CSV column to read amounts from: its header text or its number (1 = first). By default the column is chosen by its header: annual, then any money, then hourly.
 * @attr {string} label-column - The table or CSV column of labels (places, names): its header text or its number.
 * @attr {'light'|'dark'|'auto'} theme - Paint a fixed light or dark background, or follow the reader's setting; unset inherits the page's colours.
 * @attr {'lazy'|'eager'} loading - `lazy` (default) draws the chart when it comes within a screen's height of the viewport, keeping its height reserved until then; `eager` draws it at once.
 * @attr {'button'|'none'} table - `button` (default) puts a "Show table" button under the chart, which shows its data as a table; `none` leaves it out, for a page that already shows a table.
 * @attr {boolean} download - Adds a "Get the data" button that saves the drawn data as a CSV file.
 *
 * @fires {CustomEvent<SalaryDataDetail>} salary-data - Data was read and drawn; `detail.origin` says from where.
 * @fires {CustomEvent<SalaryErrorDetail>} salary-error - The data or an attribute was invalid, or loading failed; `detail.message` is what the widget shows, `detail.path` the attribute or JSON path at fault.
 *
 * @csspart figure - The outer figure.
 * @csspart heading - The heading text.
 * @csspart description - The description text.
 * @csspart chart - The chart area (SVG and its states).
 * @csspart legend - The legend, in widgets that have one.
 * @csspart caption - The caption with the source.
 * @csspart tooltip - The tooltip box.
 * @csspart table-button - The "Show table" button.
 * @csspart download - The "Get the data" button.
 * @csspart table - The data table "Show table" opens.
 * @csspart error - The error message box.
 *
 * @cssprop [--salary-font-family=inherit] - Font of all text.
 * @cssprop [--salary-text-color=currentColor] - Main text and label colour.
 * @cssprop [--salary-muted-color=currentColor at 72%] - Secondary text: description, caption, axis labels.
 * @cssprop [--salary-background=transparent] - Background behind the widget.
 * @cssprop [--salary-accent=#2f6bd8] - Main data colour.
 * @cssprop [--salary-marker-color=#c2410c] - Colour of a reader's marker ("You").
 * @cssprop [--salary-scale-low=#4292c6] - Low end of sequential colour ramps (dark enough for 3:1 against a white page and white borders).
 * @cssprop [--salary-scale-high=#08306b] - High end of sequential colour ramps.
 * @cssprop [--salary-no-data=currentColor at 10%] - Fill for missing values.
 * @cssprop [--salary-tooltip-background=Canvas] - Tooltip background.
 * @cssprop [--salary-tooltip-color=CanvasText] - Tooltip text.
 * @cssprop [--salary-focus-color=the accent] - Keyboard focus ring.
 * @cssprop [--salary-radius=6px] - Corner radius of boxes.
 * @cssprop [--salary-spacing=1.5em] - Space above and below the widget.
 * @cssprop [--salary-padding=0.75em 1em] - Padding inside the widget when `--salary-background` paints it as a card.
 */
export abstract class SalaryElement<T, E extends MessageSet = Record<never, Message>> extends LitElement {
  static override styles: CSSResultGroup[] = [...shellStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    src: {},
    key: {},
    timeout: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    description: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    locale: {},
    currency: {},
    period: {},
    theme: { reflect: true },
    loading: {},
    amounts: {},
    valueColumn: { attribute: 'value-column' },
    labelColumn: { attribute: 'label-column' },
    strings: {},
    table: {},
    download: { type: Boolean },
  };

  /** Data as a JavaScript value; takes priority over every attribute. The same shape as a `src` document or its section. */
  declare data: unknown;
  /** The `data` attribute: inline JSON. */
  declare dataJson: string | undefined;
  declare src: string | undefined;
  declare key: string | undefined;
  declare timeout: string | undefined;
  declare heading: string | undefined;
  declare headingLevel: string | number | undefined;
  declare description: string | undefined;
  declare source: string | undefined;
  declare sourceUrl: string | undefined;
  declare locale: string | undefined;
  declare currency: string | undefined;
  declare period: string | undefined;
  declare theme: string | undefined;
  declare loading: string | undefined;
  declare amounts: string | undefined;
  declare valueColumn: string | undefined;
  declare labelColumn: string | undefined;
  /** Messages replacing the built-in ones for this element: an object, or JSON in the `strings` attribute. */
  declare strings: Readonly<Record<string, Message>> | string | undefined;
  declare table: string | undefined;
  declare download: boolean | undefined;

  /** The widget's own messages in every built-in language; the core's are added to them. */
  protected abstract readonly messages: Catalogs<E>;
  /** The language of the widget's words, from its locale: a built-in one, one a page added, else "en". */
  protected language = 'en';
  /** Looks up a message in the widget's language, with the author's `strings` on top. */
  protected t: Translate<CoreMessages & E> = createTranslator([CORE_MESSAGES], 'en', 'en-US');
  // The same translator, typed for the core's keys: TypeScript cannot see them in `CoreMessages & E` while E is open.
  private get _t(): Translate<CoreMessages> {
    return this.t;
  }

  /** The JSON section this widget reads by default, e.g. "percentiles". */
  protected abstract readonly section: string;
  /** Accessible name used when there is no heading. */
  protected abstract readonly defaultLabel: string;

  /**
   * Validates one section of data. `where` is the section's JSON path for
   * messages ("percentiles", or "" for a bare section); `doc` is the whole
   * document, for a widget that also reads a second section.
   */
  protected abstract parseData(raw: unknown, where: string, context: ReadContext, doc?: unknown): T;
  /** Reads data from the widget's own attributes, or returns undefined when none is set. */
  protected abstract readAttributes(context: ReadContext): T | undefined;
  /**
   * Reads rows from a table in the element, a CSV or TSV file or child
   * script; `where` names it for messages ("table", "CSV"). Data it cannot
   * read is an error, never a reason to draw the default.
   */
  protected abstract readGrid(grid: Grid, context: ReadContext, where: string): T;
  /** The embedded default dataset and its meta. */
  protected abstract defaultData(): { data: T; meta: DatasetMeta };
  /** Chart height in px for the current state; must not depend on data that is still loading. */
  protected abstract chartHeight(width: number): number;
  /** The marks, drawn into an SVG of the given size. */
  protected abstract renderChart(data: T, width: number, height: number, fmt: Formatter): TemplateResult;
  /** One sentence describing the data for screen readers. */
  protected abstract summarize(data: T, fmt: Formatter): string;
  /** Interactive points for tooltips and keyboard navigation, in reading order. */
  protected abstract points(data: T, width: number, height: number, fmt: Formatter): ChartPoint[];

  /** Validates the widget's own options (enumerated attributes) before any data is read; throws a DataError. */
  protected checkOptions(): void {}
  /** Controls above the chart, such as a form; `data` is undefined while loading. */
  protected renderControls(_data: T | undefined): unknown {
    return nothing;
  }
  /** Content right under the chart, before the legend, such as a live answer; `data` is undefined while loading. */
  protected renderBelowChart(_data: T | undefined, _fmt: Formatter): unknown {
    return nothing;
  }
  /** The drawn data as a table, for "Show table" and "Get the data"; rows in the chart's reading order. */
  protected abstract tableOf(data: T, fmt: Formatter): DataTable;
  /** The legend under the chart; `data` is undefined while loading. */
  protected renderLegend(_data: T | undefined, _fmt: Formatter): TemplateResult | typeof nothing {
    return nothing;
  }
  /**
   * The keyboard instruction a screen reader says when Tab reaches the chart,
   * after its summary. A widget may name its marks ("Arrow keys move between states…").
   */
  protected keysHint(): string {
    return this._t('keysHint');
  }

  protected readonly size = new SizeController(this, () => this.readPage());
  protected readonly lightDom = new LightDomController(this);
  protected readonly remote = new RemoteController(this);
  protected readonly pointer: PointsController = new PointsController(this);
  private readonly _news = new AnnounceController(this);

  /** The data, read again whenever an input changes: pending (loading), complete or error. */
  protected readonly dataReader = new DataController<LoadedData<T>>(this, {
    args: () => this._dataInputs(),
    read: () => this._read(),
  });
  protected fmt: Formatter = createFormatter();
  private _announced?: string;
  private _warned = new Set<string>();
  private _points: ChartPoint[] = [];
  private _eager = false;
  private _headingLevel = DEFAULT_HEADING_LEVEL;
  private _tableButton = true;
  // Whether the reader opened the data table.
  private _tableOpen = false;

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchLang(this, this);
    // A moved or re-added widget re-reads its sources (a cancelled fetch restarts).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    unwatchLang(this);
  }

  private _lang?: string;
  /** Redraws (and re-reads tables, whose numbers follow the language) when the nearest `lang` has changed. */
  langChanged(): void {
    if (nearestLang(this) !== this._lang) this.requestUpdate();
  }

  /**
   * The host's text, measured: each role's size and the width of a string in
   * the page's own font. Read at each render, before the chart's height.
   */
  protected text: TextContext = ESTIMATED_TEXT;
  /** Whether the widget sits on a dark background: a dark theme, or light text inherited from a dark page. */
  protected dark = false;
  /** Whether the page around the widget runs right to left (`dir="rtl"`): charts are then drawn mirrored. */
  protected rtl = false;
  /** Whether `--salary-background` paints a card, which then gets padding. */
  private _card = false;

  /**
   * Widgets draw in animation frames: all that are due in a frame read the
   * page first, then write their shadow DOM (see frame.ts), so that a page
   * of charts is laid out once per frame, not once per chart. An update
   * whose reads are already done (a first width from the shared observer)
   * and updates while printing run at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (printing || this._pageRead) return super.scheduleUpdate();
    return nextFrame(() => this.readPage()).then(() => super.scheduleUpdate());
  }

  // Whether readPage() ran for the coming render.
  private _pageRead = false;

  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } finally {
      // Reads taken for an update serve that update only, even one that stopped before rendering.
      this._pageRead = false;
    }
  }

  /**
   * Reads what the coming render needs from the page: the host's font,
   * direction and colours, and its width when the height follows it. It
   * runs in the frame's read phase, before any widget writes; a widget that
   * reads more (painted colours) overrides it and calls super.
   */
  protected readPage(): void {
    if (!this.isConnected) return;
    // An eager chart draws wherever it is, so its position is never read (the data read reports a wrong value).
    if (readChoiceOrUndefined(this.loading, LOADING) === 'eager') this.size.drawAnywhere();
    if (this.sizedByWidth) this.size.measure();
    this._readHostStyle();
    this._pageRead = true;
  }

  // One style read per render: the font for measuring, the colours for the scheme.
  private _readHostStyle(): void {
    const style = getComputedStyle(this);
    const px = parseFloat(style.fontSize);
    // "normal" spacing reads as NaN: none.
    this.text = px > 0 ? measuredText(style.fontFamily, px, parseFloat(style.letterSpacing) || 0, parseFloat(style.wordSpacing) || 0) : ESTIMATED_TEXT;
    this.rtl = style.direction === 'rtl';
    const theme = readChoiceOrUndefined(this.theme, THEMES);
    // Paper is white: a fixed theme prints light.
    if (printing && theme) this.dark = false;
    else if (theme === 'dark') this.dark = true;
    else if (theme === 'light') this.dark = false;
    else if (theme === 'auto') this.dark = matchMedia('(prefers-color-scheme: dark)').matches;
    else this.dark = isLightColor(style.color);
    const background = style.getPropertyValue('--salary-background').trim();
    this._card = !!background && background !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(background);
  }

  /** The data currently drawn, or undefined while loading or in error. */
  get currentData(): T | undefined {
    return this.dataReader.value?.data;
  }

  /** What the widget interpreted in the data it draws: the column it chose, hourly conversion, top-codes, footnotes, rows skipped. */
  get dataNotes(): readonly DataNote[] {
    return this.dataReader.value?.notes ?? [];
  }

  // Everything a read depends on; width changes redraw without re-reading data.
  private _dataInputs(): unknown[] {
    const own = Object.keys((this.constructor as typeof SalaryElement).properties);
    return [
      this.data,
      this.dataJson,
      this.src,
      this.key,
      this.timeout,
      this.locale,
      nearestLang(this),
      this.strings,
      messagesAdded,
      this.currency,
      this.period,
      this.theme,
      this.loading,
      this.headingLevel,
      this.table,
      this.lightDom.version,
      this.remote.state,
      // A widget's own declared properties all carry data or data options.
      ...own.map((name) => (this as unknown as Record<string, unknown>)[name]),
    ];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A removed src must not finish loading later, whatever else is wrong.
    if (this.src === undefined || this.src === null) this.remote.cancel();
  }

  private _read(): LoadedData<T> | undefined {
    this.fmt = this._readFormat();
    const notes: DataNote[] = [];
    const hourly = readChoice(this.amounts, 'amounts', AMOUNTS) === 'hourly';
    const context: ReadContext = {
      locale: this.fmt.locale,
      hourly,
      valueColumn: this.valueColumn ?? undefined,
      labelColumn: this.labelColumn ?? undefined,
      note: (note) => notes.push(note),
    };
    const script = this.querySelector<HTMLScriptElement>(DATA_SCRIPTS);
    const source = pickSource({
      property: this.data,
      // Attributes come next in priority, so they are read only when no property is set.
      attributes: this.data === undefined || this.data === null ? this.readAttributes(context) : undefined,
      dataAttribute: this.dataJson,
      script: script ? { text: script.textContent ?? '', format: SCRIPT_FORMATS[script.type.toLowerCase()] ?? 'json' } : undefined,
      src: this.src,
      table: this.querySelector<HTMLTableElement>(':scope > table') ?? undefined,
    });
    const loaded = this._readSource(source, context);
    if (!loaded) return undefined;
    // The built-in default is annual whatever `amounts` says: only supplied data was converted.
    const converted: DataNote[] = hourly && loaded.origin !== 'default' ? [{ kind: 'hourly' }] : [];
    // Each note once, however many readers made it.
    const unique = new Map([...converted, ...notes, ...loaded.notes].map((note) => [JSON.stringify(note), note]));
    return { ...loaded, notes: [...unique.values()] };
  }

  private _readFormat(): Formatter {
    const period = readChoice(this.period, 'period', PERIODS) ?? 'annual';
    readChoice(this.theme, 'theme', THEMES);
    this._eager = readChoice(this.loading, 'loading', LOADING) === 'eager';
    this._headingLevel = readInteger(this.headingLevel, 'heading-level', 1, 6, DEFAULT_HEADING_LEVEL);
    this._tableButton = readChoice(this.table, 'table', TABLE) !== 'none';
    let locale = this.locale?.trim();
    this._lang = nearestLang(this);
    if (locale) {
      if (!isValidLocale(locale)) throw new DataError('locale', `expected a language tag such as "en-US" or "de-DE", got ${quote(locale)}.`);
    } else {
      locale = this._lang && isValidLocale(this._lang) ? this._lang : 'en-US';
    }
    this.language = languageOf(locale);
    const catalogs = [this.messages, CORE_MESSAGES] as readonly Catalogs<MessageSet>[];
    this.t = createTranslator(catalogs, this.language, locale, this._readStrings(catalogs));
    this.checkOptions();
    const currency = this.currency?.trim() || 'USD';
    if (!isValidCurrency(currency)) throw new DataError('currency', `expected a three-letter currency code such as "USD" or "EUR", got ${quote(currency)}.`);
    return createFormatter(locale, currency.toUpperCase(), period);
  }

  /** The author's `strings`: messages by key. A key no catalog has is a warning, not an error: the chart still draws. */
  private _readStrings(catalogs: readonly Catalogs<MessageSet>[]): Record<string, Message> {
    const raw = typeof this.strings === 'string' ? parseJson(this.strings, 'strings') : this.strings;
    if (raw === undefined || raw === null) return {};
    if (typeof raw !== 'object' || Array.isArray(raw)) throw new DataError('strings', `expected an object such as {"median": "Middle"}, got ${quote(raw)}.`);
    const strings: Record<string, Message> = {};
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (!isMessage(value)) throw new DataError(`strings.${key}`, `expected text, or plural forms such as {"one": "…", "other": "…"}, got ${quote(value)}.`);
      if (catalogs.some((catalog) => Object.hasOwn(catalog.en, key))) strings[key] = value;
      else this.warnOnce(`strings: no message is called ${quote(key)}; the README lists the keys.`);
    }
    return strings;
  }

  /** An amount with its period in words: "$133,080 a year", "63,98 $ pro Stunde". */
  protected perPeriod(amount: string): string {
    return this._t(this.fmt.period === 'hourly' ? 'perHour' : 'perYear', { amount });
  }

  /** Reads the chosen source; undefined while `src` is loading. */
  private _readSource(source: DataSource<T>, context: ReadContext): LoadedData<T> | undefined {
    switch (source.origin) {
      case 'property':
        return this._fromDocument(source.value, 'property', 'data property', context);
      case 'attributes':
        return { data: source.data, origin: 'attributes', meta: {}, notes: [] };
      case 'inline-json':
        return this._fromDocument(parseJson(source.text, 'data'), 'inline-json', 'data attribute', context);
      case 'script':
        if (source.format === 'dsv') return this._fromGrid(gridFromText(source.text), 'script', 'CSV', context);
        return this._fromDocument(parseJson(source.text, 'child <script type="application/json">'), 'script', 'child <script> JSON', context);
      case 'src': {
        const url = resolveHttpUrl(source.url.trim(), 'src');
        this.remote.load(url.href, readInteger(this.timeout, 'timeout', 1, 120_000, DEFAULT_TIMEOUT_MS, ' (milliseconds)'));
        const state = this.remote.state;
        if (state.status === 'done') {
          const remote = state.doc;
          return remote.kind === 'grid' ? this._fromGrid(remote.grid, 'src', 'CSV', context) : this._fromDocument(remote.doc, 'src', 'src document', context);
        }
        if (state.status === 'error') throw state.error instanceof DataError ? state.error : new DataError('src', 'the document could not be loaded.');
        return undefined;
      }
      case 'table':
        return this._fromGrid(gridFromTable(source.table), 'table', 'table', context);
      case 'default': {
        const fallback = this.defaultData();
        return { data: fallback.data, origin: 'default', meta: fallback.meta, notes: [] };
      }
    }
  }

  private _fromGrid(grid: Grid, origin: DataOrigin, where: string, context: ReadContext): LoadedData<T> {
    return { data: this.readGrid(grid, context, where), origin, meta: {}, notes: [] };
  }

  // Messages name the JSON key ("percentiles.p50") and where the JSON came from.
  private _fromDocument(doc: unknown, origin: DataOrigin, from: string, context: ReadContext): LoadedData<T> {
    const key = this.key?.trim();
    try {
      const section = selectSection(doc, this.section, key, from);
      return { data: this.parseData(section, section === doc ? '' : key || this.section, context, doc), origin, meta: {}, notes: [] };
    } catch (err) {
      // A missing key already says where it looked.
      if (err instanceof DataError && err.path !== 'key') throw err.within(from);
      throw err;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.dataReader.state;
    if (state.status === 'pending') return;
    const signature = state.status === 'complete' ? `complete:${state.value.origin}` : `error:${state.error.message}`;
    if (signature === this._announced) return;
    this._announced = signature;
    if (state.status === 'error') {
      console.warn(`<${this.localName}> ${state.error.message}`);
      dispatchErrorEvent(this, { message: state.error.message, path: state.error.path });
    } else {
      dispatchDataEvent(this, { origin: state.value.origin, notes: state.value.notes });
    }
  }

  /** The heading, description and source in effect: attributes win over a dataset's own. */
  protected get meta(): DatasetMeta {
    const own = this.dataReader.value?.meta ?? {};
    // Caps keep a pasted essay from swamping the page; the text is always rendered as text.
    const text = (value: string | null | undefined, max: number) =>
      value === undefined || value === null ? undefined : cleanText(String(value), max) || undefined;
    return {
      heading: text(this.heading ?? own.heading, 300),
      description: text(this.description ?? own.description, 600),
      source: text(this.source ?? own.source, 300),
      sourceUrl: this.sourceUrl ?? (this.source === undefined || this.source === null ? own.sourceUrl : undefined),
    };
  }

  /** Whether the chart's height depends on its width (then the width is read before the first paint). */
  protected readonly sizedByWidth: boolean = false;

  protected override render(): TemplateResult {
    // Read in the frame's read phase, or now when this render did not wait for one.
    if (!this._pageRead) this.readPage();
    this._pageRead = false;
    const meta = this.meta;
    const width = this.size.width;
    const state = this.dataReader.state;
    const data = this.currentData;
    const height = this.chartHeight(width);
    // Content the blogger put inside the element (a table, a paragraph) stays
    // visible until the chart is drawn, and beside an error message.
    const fallback = !(data !== undefined && width > 0) && !!this.querySelector(':scope > :not(script)');
    // Far from the screen only the reserved height is drawn (lazy drawing).
    const draw = data !== undefined && width > 0 && (this.size.near || this._eager);
    this._points = draw ? this.points(data, width, height, this.fmt) : [];
    this.pointer.setPoints(this._points);
    const failed = state.status === 'error';
    const summary = data === undefined ? undefined : this.summarize(data, this.fmt);
    this._news.observe(summary);
    // A page in a language with no built-in words (ja, ar) gets English ones: marked as such, so a screen
    // reader pronounces them as English, while the author's heading and description keep the page's language.
    const foreignWords = this.language !== subtagOf(this.fmt.locale);
    const authorLang = (own: string | null | undefined) => (foreignWords && own !== undefined && own !== null ? (this._lang ?? nothing) : nothing);
    const heading = meta.heading ? this._renderHeading(meta.heading, authorLang(this.heading)) : nothing;
    const description = meta.description
      ? html`<p class="description" part="description" lang=${authorLang(this.description)}>${meta.description}</p>`
      : nothing;
    const summaryText = summary === undefined ? nothing : html`<p class="sr-only" id="summary">${summary}</p>`;
    const keys = this._points.length ? html`<p id="keys" hidden>${this.keysHint()}</p>` : nothing;
    const spacer = fallback ? nothing : html`<svg class="spacer" aria-hidden="true" height=${height}></svg>`;
    const content = this.dataReader.render({
      // Fallback content stands in for the loading indicator.
      pending: () => (fallback ? nothing : html`<div class="loading" role="status" aria-label=${this._t('loading')}></div>`),
      // The title is in the reader's language; the message is for the author, in English.
      error: (error) => html`<div class="status error" part="error" role="alert"><strong>${this._t('failed')}</strong>${error.message}</div>`,
      complete: ({ data }) => (draw ? html`${this.renderChart(data, width, height, this.fmt)}${this.pointer.renderTooltip()}` : nothing),
    });
    const fallbackSlot = fallback ? html`<div class="fallback"><slot></slot></div>` : nothing;
    const controls = failed ? nothing : this.renderControls(data);
    const below = failed ? nothing : this.renderBelowChart(data, this.fmt);
    const legend = failed ? nothing : this.renderLegend(data, this.fmt);
    const tableView = failed ? nothing : this._renderTableView(data);
    const caption = this._renderCaption(meta, this.dataReader.value?.notes ?? []);
    // No white space between the tags: each run of it would be a text node, in every widget on the page.
    return html`<div class="sizer"></div><figure
      lang=${foreignWords ? this.language : nothing}
      part="figure"
      class=${this._card ? 'card' : ''}
      data-scheme=${this.dark ? 'dark' : 'light'}
      aria-labelledby=${meta.heading ? 'heading' : nothing}
      aria-label=${meta.heading ? nothing : this.defaultLabel}
      aria-busy=${state.status === 'pending'}
      >${heading}${description}${summaryText}${keys}<p class="sr-only" role="status">${this._news.text}</p
      >${controls}<div class="stage" part="chart">${spacer}${content}</div
      >${fallbackSlot}${below}${legend}${tableView}${caption}</figure
    >`;
  }

  // A div with the heading role: an h1–h6 would take the page's heading styles.
  private _renderHeading(text: string, lang: string | typeof nothing): TemplateResult {
    return html`<div class="heading" part="heading" id="heading" role="heading" aria-level=${this._headingLevel} lang=${lang}>${text}</div>`;
  }

  // "Show table", with the table once opened, and "Get the data": for every reader, not only screen readers.
  // While the data loads the buttons are there but disabled, so that nothing below moves when it arrives.
  private _renderTableView(data: T | undefined): unknown {
    const loading = data === undefined;
    const open = this._tableButton && this._tableOpen && !loading;
    const label = this._t(open ? 'hideTable' : 'showTable');
    const toggle = html`<button type="button" class="data-button" part="table-button" aria-expanded=${open} aria-controls="data-table" ?disabled=${loading} @click=${this._toggleTable}>${label}</button>`;
    const save = () => {
      if (data !== undefined) saveCsv(this.tableOf(data, this.fmt), `${this.localName}-data.csv`);
    };
    const download = html`<button type="button" class="data-button" part="download" ?disabled=${loading} @click=${save}>${this._t('getData')}</button>`;
    // The table is made only when the reader opens it.
    const table = open && data !== undefined ? renderDataTable(this.tableOf(data, this.fmt), 'data-table') : nothing;
    return [this._tableButton ? toggle : nothing, this.download ? download : nothing, table];
  }

  private _toggleTable = (): void => {
    this._tableOpen = !this._tableOpen;
    this.requestUpdate();
  };

  // The source, then what the widget interpreted, so that readers see it too.
  private _renderCaption(meta: DatasetMeta, notes: readonly DataNote[]): TemplateResult | typeof nothing {
    const said = notes.map((note) => describeNote(note, this.fmt, this._t)).filter((text): text is string => !!text);
    if (!meta.source && !said.length) return nothing;
    const href = safeHref(meta.sourceUrl);
    // rel=noreferrer implies noopener.
    const source = href ? html`<a href=${href} target="_blank" rel="noreferrer">${meta.source}</a>` : meta.source;
    const sourceLine = meta.source ? html`<span>${this.fill(this._t('source', { source: SLOT }), source)}</span>` : nothing;
    // One line each (display: block), with no white space between them.
    return html`<figcaption class="caption" part="caption">${sourceLine}${said.map((text) => html`<span class="note-line">${text}</span>`)}</figcaption>`;
  }

  /**
   * A message with markup in it: `t("source", { source: SLOT })` filled with
   * a link, so the phrase stays whole in every language.
   */
  protected fill(message: string, ...parts: unknown[]): unknown[] {
    return message.split(SLOT).flatMap((text, index) => (index < parts.length ? [text, parts[index]] : [text]));
  }

  /** A console warning for a problem the widget can draw around (e.g. unknown rows), once per message. */
  protected warnOnce(message: string): void {
    if (this._warned.has(message)) return;
    this._warned.add(message);
    console.warn(`<${this.localName}> ${message}`);
  }

  /** The point with this id among those drawn now (computed once per render). */
  protected pointFor(id: string): ChartPoint | undefined {
    return this._points.find((p) => p.id === id);
  }

  /**
   * An interactive mark: a group that holds the chart's roving tab stop when
   * it is its turn, is named by its point's label, and carries `is-active`
   * while its tooltip shows. `className` adds classes of the widget's own.
   */
  protected mark(id: string, body: unknown, className = '', hit?: { x: number; y: number; width: number; height: number }): TemplateResult {
    if (hit)
      return svg`<g ${this.markAttributes(id, className)}><rect class="hit" x=${hit.x} y=${hit.y} width=${hit.width} height=${hit.height} rx=${FOCUS_RING_RADIUS} fill="transparent"></rect>${body}</g>`;
    return svg`<g ${this.markAttributes(id, className)}>${body}</g>`;
  }

  /**
   * The attributes that make an element a mark (see mark()), for a mark that is one element: `<path ${this.markAttributes(id, 'state')} d=…>`.
   * It sets `class` whole: the element's own classes go in `className`, not in the template.
   */
  protected markAttributes(id: string, className = ''): unknown {
    const active = this.pointer.active === id;
    const point = this.pointFor(id);
    const tabStop = this.pointer.tabStop === id;
    // The tab stop is described by the summary and the keyboard instruction, heard when Tab arrives.
    const described = tabStop && this.pointer.describesTabStop;
    return markAttributes({
      'data-point': id,
      'data-state': this.markState(id),
      tabindex: tabStop ? '0' : '-1',
      role: 'img',
      'aria-label': point ? (point.label ?? this._t('markName', { title: point.title, details: point.lines.join(', ') })) : id,
      'aria-describedby': described ? 'summary keys' : undefined,
      class: `${className}${active ? ' is-active' : ''}`,
    });
  }

  /** An extra identifying attribute for a mark (the map's postal codes). */
  protected markState(_id: string): string | undefined {
    return undefined;
  }

  /** The chart's SVG, sized in pixels: a group of marks named "Chart", apart from the figure's own name. */
  protected chartSvg(width: number, height: number, body: unknown): TemplateResult {
    return svg`<svg class="chart" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group" aria-label=${this._t('chart')}>${body}</svg>`;
  }

  /** An invisible hit area for a point; it draws the point's two-tone focus ring too (shell styles). */
  protected hitArea(x: number, y: number, w: number, h: number): TemplateResult {
    return svg`<rect class="hit" x=${x} y=${y} width=${w} height=${h} rx=${FOCUS_RING_RADIUS} fill="transparent"></rect>`;
  }
}

/** Sets an element's attributes from a record; an undefined value removes the attribute. */
class MarkAttributes extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('markAttributes() goes in an element: <path ${…}>');
  }
  render(_attributes: Record<string, string | undefined>): unknown {
    return noChange;
  }
  override update(part: ElementPart, [attributes]: [Record<string, string | undefined>]): unknown {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined) part.element.removeAttribute(name);
      else if (part.element.getAttribute(name) !== value) part.element.setAttribute(name, value);
    }
    return noChange;
  }
}
const markAttributes = directive(MarkAttributes);

/** Stands for markup in a message until `fill()` puts it in (a private-use character no text has). */
const SLOT = '\ue000';

/** Only http(s) links are rendered as links; anything else is shown as text. */
export function safeHref(value: string | undefined | null): string | undefined {
  try {
    return value ? resolveHttpUrl(value.trim(), '').href : undefined;
  } catch {
    return undefined;
  }
}

/** Every widget on the page, to redraw when a web font arrives and text widths change. */
const connected = new Set<SalaryElement<unknown>>();
// Counts the page's addMessages() calls: each one redraws every widget in its new words.
let messagesAdded = 0;
onMessagesAdded(() => {
  messagesAdded++;
  connected.forEach((widget) => widget.requestUpdate());
});
// While the page prints, fixed themes are light: each widget redraws before the page is laid out for paper.
let printing = false;
const setPrinting = (value: boolean) => () => {
  printing = value;
  // Updates waiting for a frame run now: printing lays the page out without one.
  if (value) flushFrame();
  connected.forEach((widget) => widget.requestUpdate());
};
addEventListener('beforeprint', setPrinting(true));
addEventListener('afterprint', setPrinting(false));
document.fonts?.addEventListener('loadingdone', () => {
  forgetMeasuredText();
  connected.forEach((widget) => widget.requestUpdate());
});

/** A valid choice, or undefined (an invalid one is reported by the data read). */
function readChoiceOrUndefined<C extends string>(value: string | undefined, choices: readonly C[]): C | undefined {
  const v = value?.trim().toLowerCase();
  return choices.find((c) => c === v);
}

/** Whether a computed colour ("rgb(232, 234, 237)") is light: then the page behind it is dark. */
function isLightColor(color: string): boolean {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  // Relative luminance, as WCAG defines it.
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) > 0.5;
}
