import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { MAP_MESSAGES } from './messages.js';
import { SalaryElement, type DatasetMeta } from '../core/salary-element.js';
import type { ChartPoint } from '../core/controllers/points-controller.js';
import { HOURS_PER_YEAR, type Formatter } from '../core/format.js';
import { quote } from '../core/data/errors.js';
import { readChoice, readInteger } from '../core/data/values.js';
import { DEFAULT_STATES, parseStatesSection, parseValuesAttribute, readStatesGrid, type StateValues } from './data.js';
import {
  arrowTarget,
  CALLOUT_STATES,
  colourScale,
  CORNER_RADIUS,
  layoutMap,
  mapNavigation,
  NO_DATA_HATCH,
  patternLevel,
  rankOrder,
  rankStates,
  type Box,
  type ClassMethod,
  type ColourScale,
  type GeoLayout,
  type LegendLayout,
  type LegendText,
  type Callout,
  type MapLayout,
  type MapNavigation,
  type RankingRow,
  type Tile,
  type TileLayout,
} from './geometry.js';
import { findState, STATES } from './states.js';
import { RAMP_TEXT_TONES, stateMapStyles } from './state-salary-map.styles.js';
import { ArrowTrail } from './arrow-trail.js';
import { ForcedColorsController } from './forced-colors-controller.js';
import type { DataTable } from '../core/table.js';
import type { ReadContext } from '../core/data/context.js';
import type { Grid } from '../core/data/grid.js';
import type { TextContext } from '../core/geometry/text.js';

const LAYOUTS = ['geo', 'tiles'] as const;
const CLASS_METHODS = ['equal', 'quantile'] as const;
const DEFAULT_STEPS = 5;
// Presentation attributes, not CSS: fragment URLs in shadow-tree stylesheets are unreliable across browsers.
const NO_DATA = 'url(#no-data)';
/** A data shape's fill attribute: its forced-colours pattern, which the class's colour overrides outside forced colours. */
const patternFill = (tone: number) => `url(#pattern-${patternLevel(tone)})`;

const CELL = NO_DATA_HATCH;
const HALF = CELL / 2;
/** The no-data hatch. */
const HATCH = svg`<pattern id="no-data" patternUnits="userSpaceOnUse" width=${CELL} height=${CELL} patternTransform="rotate(45)">
  <rect class="no-data-background" width=${CELL} height=${CELL}></rect><line class="no-data-line" y2=${CELL}></line></pattern>`;
const PATTERNS = svg`<defs>${HATCH}</defs>`;
/**
 * In forced colours, the hatch and the patterns that tell classes apart: one
 * per level of `patternLevel()` (FORCED_PATTERNS), from empty to solid:
 * paper, dots, lines, a grid, solid ink. Elsewhere each class's colour
 * overrides its pattern, so they are drawn only then. Written out, as a loop
 * would add Lit's markers to each; the same for every map.
 */
const FORCED_PATTERNS = svg`<defs>${HATCH}
  <pattern id="pattern-0" patternUnits="userSpaceOnUse" width=${CELL} height=${CELL}><rect class="pattern-paper" width=${CELL} height=${CELL}></rect></pattern>
  <pattern id="pattern-1" patternUnits="userSpaceOnUse" width=${CELL} height=${CELL}>
    <rect class="pattern-paper" width=${CELL} height=${CELL}></rect><circle class="pattern-ink" cx=${HALF} cy=${HALF} r="1"></circle></pattern>
  <pattern id="pattern-2" patternUnits="userSpaceOnUse" width=${CELL} height=${CELL}>
    <rect class="pattern-paper" width=${CELL} height=${CELL}></rect><rect class="pattern-ink" y=${HALF - 0.75} width=${CELL} height="1.5"></rect></pattern>
  <pattern id="pattern-3" patternUnits="userSpaceOnUse" width=${CELL} height=${CELL}>
    <rect class="pattern-paper" width=${CELL} height=${CELL}></rect><rect class="pattern-ink" y=${HALF - 0.75} width=${CELL} height="1.5"></rect>
    <rect class="pattern-ink" x=${HALF - 0.75} width="1.5" height=${CELL}></rect></pattern>
  <pattern id="pattern-4" patternUnits="userSpaceOnUse" width=${CELL} height=${CELL}><rect class="pattern-ink" width=${CELL} height=${CELL}></rect></pattern></defs>`;

interface MapOptions {
  readonly layout?: 'geo' | 'tiles';
  readonly classes: ClassMethod;
  readonly steps: number;
  readonly ranking: number;
}

interface MapModel {
  readonly data: StateValues;
  readonly options: MapOptions;
  readonly scale: ColourScale;
  /** States with data, highest first (top-codes first). */
  readonly order: readonly [string, number][];
  /** Every state in reading order: those with data by rank, then the others by name. */
  readonly readingOrder: readonly string[];
  readonly ranks: ReadonlyMap<string, number>;
  /** The tone of the highest class, which top-coded states take whatever their lower bound. */
  readonly topTone: number;
  readonly highlight: ReadonlySet<string>;
}

/** A row the ranked list is sized for before its data arrives. */
const TYPICAL_RANKING_ROW: RankingRow = { rank: '10', name: 'Massachusetts', amount: '$171K' };

/**
 * A US state choropleth: Albers USA with Alaska and Hawaii insets, or a tile
 * grid in narrow columns. Missing states read as "no data", never as zero.
 * Small north-eastern states get labelled callout boxes beside the map.
 *
 * With no data it shows the ten top-paying states for software developers
 * (BLS OEWS, May 2024).
 *
 * A table, CSV or TSV is read by its headers: the column of states (names,
 * postal codes, or FIPS codes) and an annual column ("Annual mean wage",
 * "A_MEAN"), else an hourly one × 2,080; `value-column` and `label-column`
 * choose outright. A column headed "FIPS" or "State FIPS" is used for the
 * states only when `label-column` names it or no column of names exists.
 * BLS's "#" is a top-code (at least $239,200: said "at least $239,200" in
 * tooltips, shown "≥ $239K" on tiles and in the ranked list, and ranked
 * first); "-", "(8)", "**" and empty cells are no data (hatched, never
 * zero); the "U.S." row is set aside; rows naming no state are skipped with
 * a warning. Every word comes from the map's catalog (en, es, fr, de, pt);
 * state names and postal codes stay as the data gives them.
 *
 * The map is one tab stop, on the top-ranked state. Screen readers read the
 * states by rank (those with data, highest first, then the rest by name);
 * arrow keys move by geography, and the opposite arrow retraces the way;
 * Page Down and Page Up step by rank; Home and End go to the first and the
 * last. The ranked list is for the eye: each of its values is already in a
 * state's name. Every class reaches 3:1 against the background, which the
 * borders and no data (hatched) are drawn in; in forced colours classes are
 * told apart by patterns.
 *
 * @tag state-salary-map
 * @summary US states coloured by salary, with tooltips, keyboard navigation and a ranked list.
 *
 * @attr {string} values - Compact data: "CA:170910, WA:163440" (postal codes, names or FIPS codes); "CA:#" is BLS's top-code.
 * @attr {'geo'|'tiles'} layout - Geographic map or tile grid; unset switches to tiles below 480 px.
 * @attr {'equal'|'quantile'} classes - How states are put into colour classes. `equal` (default): classes of equal width with round edges ($130K, $140K, …), so a colour always means the same range of amounts; the number of classes is the one nearest to `steps` that round edges allow. `quantile`: `steps` classes with about the same number of states in each, so every colour is used even when a few states stand far apart; the edges fall where the data puts them.
 * @attr {number} steps - Number of colour classes, 1–9 (default 5; with `classes="equal"`, the nearest number that round edges allow); 0 for a continuous ramp.
 * @attr {string} highlight - States to outline, e.g. "WA,CA".
 * @attr {number} ranking - Adds a ranked list of the top N states: beside the map when wide, below it when narrow.
 *
 * @csspart ranking - The ranked list.
 *
 * @cssprop [--salary-scale-low=#4292c6] - Low end of the colour ramp (#4a82c4 on a dark page, where the ramp runs to pale blue).
 * @cssprop [--salary-scale-high=#08306b] - High end of the colour ramp (#dbe9f6 on a dark page).
 * @cssprop [--salary-no-data=the background] - Base of the no-data hatch.
 */
export class StateSalaryMap extends SalaryElement<MapModel, typeof MAP_MESSAGES.en> {
  static override styles = [...SalaryElement.styles, ...stateMapStyles];

  static override properties: PropertyDeclarations = {
    values: {},
    layout: {},
    classes: {},
    steps: {},
    highlight: {},
    ranking: {},
  };

  declare values: string | undefined;
  declare layout: string | undefined;
  declare classes: string | undefined;
  declare steps: string | number | undefined;
  declare highlight: string | undefined;
  declare ranking: string | number | undefined;

  protected readonly section = 'states';
  protected override readonly sizedByWidth = true;
  protected readonly messages = MAP_MESSAGES;
  protected get defaultLabel(): string {
    return this.t('chartName');
  }

  private _cache?: { model: MapModel | undefined; width: number; text: TextContext; rtl: boolean; layout: MapLayout };
  private _navigation?: { geometry: string; navigation: MapNavigation };
  private readonly _trail = new ArrowTrail();
  private readonly _forcedColors = new ForcedColorsController(this);

  constructor() {
    super();
    this.pointer.navigate = (from, key, points) => this._navigate(from.id, key, points);
  }

  /**
   * Arrow keys move by geography (see `arrowTarget`), and the opposite arrow
   * retraces the way; Page Down and Page Up step through the states by rank,
   * in reading order. (Home and End go to the first and the last of it.)
   */
  private _navigate(from: string, key: string, points: readonly ChartPoint[]): ChartPoint | undefined {
    if (key === 'PageDown' || key === 'PageUp') {
      this._trail.clear();
      const index = points.findIndex((point) => point.id === from);
      return points[Math.min(points.length - 1, Math.max(0, index + (key === 'PageDown' ? 1 : -1)))];
    }
    const { chart } = this._layoutFor(this.size.width);
    // The same geometry gives the same moves, whatever the data drawn on it.
    const geometry = `${chart.kind} ${chart.width} ${chart.height} ${this.rtl}`;
    if (this._navigation?.geometry !== geometry) this._navigation = { geometry, navigation: mapNavigation(chart) };
    const { navigation } = this._navigation;
    const to = this._trail.move(from, key, () => arrowTarget(navigation, from, key));
    return points.find((point) => point.id === to);
  }

  protected parseData(raw: unknown, where: string, context: ReadContext): MapModel {
    return this._model(parseStatesSection(raw, where, context));
  }

  protected readAttributes(context: ReadContext): MapModel | undefined {
    if (this.values === undefined || this.values === null) return undefined;
    return this._model(parseValuesAttribute(String(this.values), context));
  }

  protected readGrid(grid: Grid, context: ReadContext, where: string): MapModel {
    return this._model(readStatesGrid(grid, context, where));
  }

  // Read after the language is known, so the default's words are in it.
  protected defaultData(): { data: MapModel; meta: DatasetMeta } {
    const meta = { heading: this.t('defaultHeading'), description: this.t('defaultDescription'), source: this.t('blsSource') };
    return { data: this._model(DEFAULT_STATES.data), meta: { ...meta, ...DEFAULT_STATES.meta } };
  }

  private _model(data: StateValues): MapModel {
    if (data.unknown.length) this.warnOnce(`skipped unknown states: ${data.unknown.join(', ')}.`);
    const options = this._options();
    const highlight = new Set<string>();
    for (const name of (this.highlight ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const state = findState(name);
      if (state) highlight.add(state.postal);
      else this.warnOnce(`highlight: skipped unknown state ${quote(name, 30)}.`);
    }
    const amounts = [...data.values.values()];
    const scale = colourScale(amounts, options.steps, options.classes);
    const topTone = amounts.length ? scale.tone(Math.max(...amounts)) : 0;
    const order = rankOrder(data.values, data.topCoded);
    const rest = STATES.filter((state) => !data.values.has(state.postal)).sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const readingOrder = [...order.map(([postal]) => postal), ...rest.map((state) => state.postal)];
    return { data, options, scale, order, readingOrder, ranks: rankStates(data.values, data.topCoded), topTone, highlight };
  }

  /** Validated layout options; they throw, so bad values show the error state. */
  private _options(): MapOptions {
    return {
      layout: readChoice(this.layout, 'layout', LAYOUTS),
      classes: readChoice(this.classes, 'classes', CLASS_METHODS) ?? 'equal',
      steps: readInteger(this.steps, 'steps', 0, 9, DEFAULT_STEPS, ' (0 for a continuous ramp)'),
      ranking: readInteger(this.ranking, 'ranking', 0, 51, 0),
    };
  }

  // Before data arrives (or in the error state) sizes come from valid options or the defaults.
  private get _currentOptions(): MapOptions {
    const data = this.currentData;
    if (data) return data.options;
    try {
      return this._options();
    } catch {
      return { classes: 'equal', steps: DEFAULT_STEPS, ranking: 0 };
    }
  }

  /** Rows of the ranked list: as many as asked for, and no more than the states with data. */
  private _rankingRows(model?: MapModel): number {
    const asked = this._currentOptions.ranking;
    return model ? Math.min(asked, model.data.values.size) : asked;
  }

  /** The layout for a width, in the page's font and direction; computed once per model, width, font and direction. */
  private _layoutFor(width: number): MapLayout {
    const model = this.currentData;
    const text = this.text;
    const { rtl } = this;
    const cached = this._cache;
    if (cached && cached.model === model && cached.width === width && cached.text === text && cached.rtl === rtl) return cached.layout;
    const layout = layoutMap(width, {
      layout: this._currentOptions.layout,
      ranking: this._rankingText(model),
      widestValue: model && this._widestTileValue(model),
      legend: model && this._legendText(model),
      text,
      rtl,
    });
    this._cache = { model, width, text, rtl, layout };
    return layout;
  }

  /** The ranked list's rows as shown; before data, as many typical rows as asked for. */
  private _rankingText(model: MapModel | undefined): RankingRow[] {
    const count = this._rankingRows(model);
    if (!model) return Array.from({ length: count }, () => TYPICAL_RANKING_ROW);
    const listed = this._listed(model, count);
    const amounts = this._shortAmounts(model, listed, this.fmt);
    return listed.map((postal) => ({
      rank: this.fmt.number(model.ranks.get(postal)!),
      name: findState(postal)!.name,
      amount: amounts.get(postal)!,
    }));
  }

  /** Postal codes of the first `count` states of the ranked list. */
  private _listed(model: MapModel, count: number): string[] {
    return model.order.slice(0, count).map(([postal]) => postal);
  }

  private _legendText(model: MapModel): LegendText {
    const { scale } = model;
    return {
      // One unit for every edge: never "₹80K" beside "₹1L".
      edges: this.fmt.compactAll(scale.edges),
      segments: scale.kind === 'ramp' ? 1 : scale.tones.length,
      noData: model.data.values.size < STATES.length ? this.t('noData') : undefined,
    };
  }

  /** The widest value a tile would show, measured, so that tiles show values only when all of them fit. */
  private _widestTileValue(model: MapModel): string | undefined {
    let widest: string | undefined;
    let widestWidth = 0;
    for (const text of this._shortAmounts(model, [...model.data.values.keys()], this.fmt).values()) {
      const width = this.text.width(text, 'small');
      if (width > widestWidth) [widest, widestWidth] = [text, width];
    }
    return widest;
  }

  /**
   * Short amounts of these states (which must have data), all in one compact
   * unit or all whole (see `compactAll`), "≥ …" when top-coded.
   */
  private _shortAmounts(model: MapModel, postals: readonly string[], fmt: Formatter): Map<string, string> {
    const texts = fmt.compactAll(postals.map((postal) => model.data.values.get(postal)!));
    return new Map(postals.map((postal, i) => [postal, model.data.topCoded.has(postal) ? this.t('atLeastShort', { amount: texts[i]! }) : texts[i]!]));
  }

  /** A state's full amount, "at least …" when top-coded; undefined without data. */
  private _amount(model: MapModel, postal: string, fmt: Formatter): string | undefined {
    const value = model.data.values.get(postal);
    if (value === undefined) return undefined;
    return model.data.topCoded.has(postal) ? this.t('atLeast', { amount: fmt.money(value) }) : fmt.money(value);
  }

  protected chartHeight(width: number): number {
    if (width <= 0) return 0;
    return this._layoutFor(width).height;
  }

  /** Tooltip lines of a state: its amount, what was interpreted in it, its rank. */
  private _lines(model: MapModel, postal: string, fmt: Formatter): string[] {
    const amount = this._amount(model, postal, fmt);
    if (amount === undefined) return [this.t('noData')];
    const lines = [this.perPeriod(amount)];
    if (model.data.topCoded.has(postal)) lines.push(this.t('topCodedByBls'));
    if (model.data.fromHourly) lines.push(this.t('fromHourly', { hours: HOURS_PER_YEAR }));
    lines.push(this.t('rankOf', { count: model.ranks.get(postal)!, total: model.data.values.size }));
    return lines;
  }

  // In reading order, so the first tab stop is the top-ranked state, and Home and End go to the first and the last.
  protected points(model: MapModel, width: number, _height: number, fmt: Formatter): ChartPoint[] {
    const { chart } = this._layoutFor(width);
    const placed = new Map((chart.kind === 'tiles' ? chart.tiles : chart.states).map((entry) => [entry.state.postal, entry]));
    return model.readingOrder.map((postal) => {
      const { state, anchor } = placed.get(postal)!;
      return { id: postal, x: anchor.x, y: anchor.y, title: state.name, lines: this._lines(model, postal, fmt) };
    });
  }

  protected override keysHint(): string {
    return this.t('mapKeysHint');
  }

  /** For "Show table" and "Get the data": every state, by rank, then those without data by name; its name, rank and amount. */
  protected override tableOf(model: MapModel, fmt: Formatter): DataTable {
    const topCoded = model.data.topCoded.size > 0;
    const columns = [this.t('tableState'), this.t('tableRank'), this.t('tableValue')];
    const rows = model.readingOrder.map((postal) => {
      const rank = model.ranks.get(postal);
      return [findState(postal)!.name, rank === undefined ? '' : fmt.number(rank), this._amount(model, postal, fmt) ?? this.t('noData')];
    });
    const csv = model.readingOrder.map((postal) => {
      const value = model.data.values.get(postal);
      // To the cent, in the displayed period.
      const amount = value === undefined ? '' : Math.round(fmt.amount(value) * 100) / 100;
      const row: (string | number)[] = [findState(postal)!.name, model.ranks.get(postal) ?? '', amount];
      if (topCoded) row.push(model.data.topCoded.has(postal) ? this.t('topCodedByBls') : '');
      return row;
    });
    return {
      caption: this.t('tableCaption', { title: this.meta.heading ?? this.defaultLabel }),
      columns,
      rows,
      csv: { columns: topCoded ? [...columns, this.t('tableNote')] : columns, rows: csv },
    };
  }

  protected summarize(model: MapModel, fmt: Formatter): string {
    const { order } = model;
    const coverage = this.t('statesWithData', { count: order.length, total: STATES.length });
    if (!order.length) return coverage;
    const [highest] = order[0]!;
    const [lowest] = order[order.length - 1]!;
    const extremes = this.t('extremes', {
      highest: findState(highest)!.name,
      highestAmount: this._amount(model, highest, fmt)!,
      lowest: findState(lowest)!.name,
      lowestAmount: this._amount(model, lowest, fmt)!,
    });
    // Two whole sentences, each translated.
    return `${extremes} ${coverage}`;
  }

  private _tone(model: MapModel, postal: string): number | undefined {
    const value = model.data.values.get(postal);
    if (value === undefined) return undefined;
    return model.data.topCoded.has(postal) ? model.topTone : model.scale.tone(value);
  }

  protected override markState(id: string): string {
    return id;
  }

  /** A shape's fill attribute: the no-data hatch, or its forced-colours pattern (outside forced colours the stylesheet colours it). */
  private _fill(tone: number | undefined): string {
    return tone === undefined ? NO_DATA : patternFill(tone);
  }

  /**
   * The class of text on a fill of this tone, for browsers without relative
   * colours (elsewhere the stylesheet computes it from the fill it paints):
   * as the default ramp needs at that tone.
   */
  private _textClass(tone: number | undefined): string {
    if (tone === undefined) return 'no-data';
    const { black, white } = RAMP_TEXT_TONES[this.dark ? 'dark' : 'light'];
    if (tone >= white) return 'on-dark';
    return tone >= black ? 'on-mid' : 'on-light';
  }

  protected renderChart(model: MapModel, width: number, _height: number, fmt: Formatter): TemplateResult {
    const layout = this._layoutFor(width);
    const { chart } = layout;
    const body = chart.kind === 'tiles' ? this._renderTiles(model, chart, fmt) : this._renderGeo(model, chart);
    const map = this.chartSvg(
      chart.width,
      layout.svgHeight,
      svg`${this._forcedColors.active ? FORCED_PATTERNS : PATTERNS}${body}${this._renderLegend(model, layout.legend, layout.legendY)}`,
    );
    const ranking = this._renderRanking(model, fmt);
    if (ranking === nothing) return map;
    // The ranked list's sizes, which the stylesheet takes from the geometry; set through the CSSOM, which a CSP allows.
    const sizes = `--_ranking-width:${layout.ranking.width}px;--_ranking-row:${layout.ranking.rowHeight}px`;
    return html`<div class="map ${layout.rankingBeside ? 'beside' : ''}" .style=${sizes}>${map}${ranking}</div>`;
  }

  private _renderGeo(model: MapModel, layout: GeoLayout): TemplateResult {
    const small = new Set(CALLOUT_STATES);
    const transform = `translate(${layout.offset} 0) scale(${layout.pathScale})`;
    // A small state's shape answers the pointer itself; its callout box beside the map is its mark and takes focus.
    const shape = (postal: string, answersPointer = false) => {
      const tone = this._tone(model, postal);
      return svg`<path class="state" data-point=${answersPointer ? postal : nothing} data-state=${postal} transform=${transform} fill=${this._fill(tone)} data-tone=${tone ?? nothing} d=${findState(postal)!.path}></path>`;
    };
    const markShape = (postal: string) => {
      const tone = this._tone(model, postal);
      return svg`<path ${this.markAttributes(postal, 'state shape')} transform=${transform} fill=${this._fill(tone)} data-tone=${tone ?? nothing} d=${findState(postal)!.path}></path>`;
    };
    const outline = (postal: string, className: string) => svg`<path class="outline ${className}" transform=${transform} d=${findState(postal)!.path}></path>`;
    const callouts = new Map(layout.callouts.map((callout) => [callout.postal, callout]));
    const leaders = layout.callouts.map(({ leader }) => svg`<line class="leader" x1=${leader.x1} y1=${leader.y1} x2=${leader.x2} y2=${leader.y2}></line>`);
    const marks = model.readingOrder.map((postal) => (small.has(postal) ? this._renderCallout(model, callouts.get(postal)!) : markShape(postal)));
    const highlights = [...model.highlight].map((postal) => outline(postal, 'is-highlight'));
    // The marks in reading order; outlines over every state, the focus ring last.
    return svg`${CALLOUT_STATES.map((postal) => shape(postal, true))}${leaders}${marks}${highlights}${this._rings(outline, outline)}`;
  }

  /**
   * Focus rings, each a halo in the background's colour under a ring in the
   * focus colour: the tab stop's (shown only while the map has keyboard
   * focus, see the styles), then the one of the state whose tooltip shows.
   */
  private _rings(halo: (postal: string, className: string) => TemplateResult, ring: (postal: string, className: string) => TemplateResult): TemplateResult {
    const { active, tabStop } = this.pointer;
    const tabStopRing = tabStop && tabStop !== active ? svg`${halo(tabStop, 'halo is-tab-stop')}${ring(tabStop, 'ring is-tab-stop')}` : nothing;
    return svg`${tabStopRing}${active ? svg`${halo(active, 'halo')}${ring(active, 'is-focus')}` : nothing}`;
  }

  private _renderCallout(model: MapModel, callout: Callout): TemplateResult {
    const tone = this._tone(model, callout.postal);
    const { label } = callout;
    return this.mark(
      callout.postal,
      svg`<rect x=${callout.x} y=${callout.y} width=${callout.width} height=${callout.height} rx=${CORNER_RADIUS} fill=${this._fill(tone)} data-tone=${tone ?? nothing}></rect>
        <text class="code ${this._textClass(tone)}" aria-hidden="true" x=${label.x} y=${label.y} data-tone=${tone ?? nothing} data-pattern=${tone === undefined ? nothing : patternLevel(tone)} .textContent=${callout.postal}></text>`,
      'callout',
    );
  }

  private _renderTiles(model: MapModel, layout: TileLayout, fmt: Formatter): TemplateResult {
    const values = layout.showValues ? this._shortAmounts(model, [...model.data.values.keys()], fmt) : undefined;
    const tiles = new Map(layout.tiles.map((tile) => [tile.state.postal, tile]));
    const marks = model.readingOrder.map((postal) => this._tileBody(model, tiles.get(postal)!, layout, values?.get(postal)));
    // Outlines after every tile, each inside its own tile; a highlight gives way to the focus ring.
    const box = (b: Box, className: string) =>
      svg`<rect class="outline ${className}" x=${b.x} y=${b.y} width=${b.width} height=${b.height} rx=${CORNER_RADIUS}></rect>`;
    const highlights = [...model.highlight].filter((postal) => postal !== this.pointer.active).map((postal) => box(tiles.get(postal)!.outline, 'is-highlight'));
    const rings = this._rings(
      (postal, className) => box(tiles.get(postal)!.halo, className),
      (postal, className) => box(tiles.get(postal)!.outline, className),
    );
    return svg`${marks}${highlights}${rings}`;
  }

  /** A tile, with its postal code when tiles are big enough for codes, and its value under the code when all values fit. */
  private _tileBody(model: MapModel, tile: Tile, layout: TileLayout, value: string | undefined): TemplateResult {
    const postal = tile.state.postal;
    const tone = this._tone(model, postal);
    const fill = this._fill(tone);
    const textClass = this._textClass(tone);
    const pattern = tone === undefined ? nothing : patternLevel(tone);
    const { size } = layout;
    // One template per case: a conditional inside one would add Lit's markers to every tile.
    if (!layout.showCodes)
      return svg`<rect ${this.markAttributes(postal, 'tile')} fill=${fill} data-tone=${tone ?? nothing} x=${tile.left} y=${tile.top} width=${size} height=${size} rx=${CORNER_RADIUS}></rect>`;
    if (value === undefined)
      return svg`<rect ${this.markAttributes(postal, 'tile')} fill=${fill} data-tone=${tone ?? nothing} x=${tile.left} y=${tile.top} width=${size} height=${size} rx=${CORNER_RADIUS}></rect>
        <text class="code ${textClass}" aria-hidden="true" data-tone=${tone ?? nothing} data-pattern=${pattern} x=${tile.x} y=${tile.codeY} .textContent=${postal}></text>`;
    return svg`<rect ${this.markAttributes(postal, 'tile')} fill=${fill} data-tone=${tone ?? nothing} x=${tile.left} y=${tile.top} width=${size} height=${size} rx=${CORNER_RADIUS}></rect>
      <text class="code ${textClass}" aria-hidden="true" data-tone=${tone ?? nothing} data-pattern=${pattern} x=${tile.x} y=${tile.codeAboveValueY} .textContent=${postal}></text>
      <text class="value ${textClass}" aria-hidden="true" data-tone=${tone ?? nothing} data-pattern=${pattern} x=${tile.x} y=${tile.valueY} .textContent=${value}></text>`;
  }

  /**
   * The ranked list, for the eye and the pointer: hidden from assistive
   * technology and out of the tab order, since each of its values is already
   * the name of a state's mark, in the same order (Page Down steps by rank).
   */
  private _renderRanking(model: MapModel, fmt: Formatter): TemplateResult | typeof nothing {
    const count = this._rankingRows(model);
    if (!count) return nothing;
    const rows = this._listed(model, count);
    // One compact unit over the listed amounts, as measured for the layout.
    const amounts = this._shortAmounts(model, rows, fmt);
    // Texts are properties and the colour chip is a row's ::before: no markers or nodes beyond the row's own.
    const row = (postal: string) => {
      const active = this.pointer.active === postal ? 'is-active' : '';
      const [rank, name, amount] = [fmt.number(model.ranks.get(postal)!), findState(postal)!.name, amounts.get(postal)!];
      return html`<li data-point=${postal} data-tone=${this._tone(model, postal)!} class=${active}><span class="rank" .textContent=${rank}></span><span class="name" .textContent=${name}></span><span class="amount" .textContent=${amount}></span></li>`;
    };
    return html`<ol class="ranking" part="ranking" aria-hidden="true">${rows.map(row)}</ol>`;
  }

  /**
   * The colour legend, drawn in the map's SVG right under the map, so it stays
   * there whatever the ranked list beside it; its height depends only on the font.
   */
  private _renderLegend(model: MapModel, legend: LegendLayout, top: number): TemplateResult {
    const { scale } = model;
    const edges = this._legendText(model).edges;
    const classes = edges.length > 1 ? edges.slice(1).map((high, i) => this.t('legendRange', { low: edges[i]!, high })) : [...edges];
    if (legend.noData) classes.push(this.t('legendNoData'));
    const tones = scale.kind === 'ramp' ? [] : scale.tones;
    // The ramp is one segment with a gradient that runs with the scale.
    const ramp =
      scale.kind === 'ramp'
        ? svg`<linearGradient id="ramp" x1=${this.rtl ? 1 : 0} x2=${this.rtl ? 0 : 1}><stop offset="0" class="ramp-low"></stop><stop offset="1" class="ramp-high"></stop></linearGradient>`
        : nothing;
    const label = ({ text, x, anchor }: { text: string; x: number; anchor: string }, className: string) =>
      svg`<text class=${className} aria-hidden="true" x=${x} y=${legend.baseline} text-anchor=${anchor} .textContent=${text}></text>`;
    const swatches = legend.segments.map((box, i) => {
      const tone = tones[i];
      return svg`<rect class="swatch" x=${box.x} y=${box.y} width=${Math.max(0, box.width - 1)} height=${box.height} data-tone=${tone ?? nothing} fill=${tone === undefined ? 'url(#ramp)' : patternFill(tone)}></rect>`;
    });
    const labels = legend.labels.map((edge) => label(edge, 'edge'));
    const { noData } = legend;
    const noDataKey = noData
      ? svg`<rect class="no-data-swatch" x=${noData.swatch.x} width=${noData.swatch.width} height=${noData.swatch.height} fill=${NO_DATA}></rect>${label(noData.label, 'edge-note')}`
      : nothing;
    // One name for the legend, its class ranges in full; its drawn texts are hidden under it.
    const name = this.t('legendName', { classes: classes.join(', ') });
    return svg`<g class="legend" part="legend" role="img" aria-label=${name} transform="translate(0 ${top})">${ramp}${swatches}${labels}${noDataKey}</g>`;
  }
}
