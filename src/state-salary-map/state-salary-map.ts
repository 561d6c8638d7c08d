import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SalaryElement, type DatasetMeta } from '../core/salary-element.js';
import type { ChartPoint } from '../core/controllers/points-controller.js';
import { ordinal, type Formatter } from '../core/format.js';
import { quote } from '../core/data/errors.js';
import { readChoice, readInteger } from '../core/data/values.js';
import { DEFAULT_STATES, parseStatesSection, parseValuesAttribute, readStatesTable, type StateValues } from './data.js';
import { CALLOUT_STATES, colourScale, layoutGeo, layoutTiles, NARROW, neighbour, rankStates, type ColourScale, type GeoLayout, type TileLayout } from './geometry.js';
import { findState, STATES } from './states.js';
import { MAP_UNIT } from './us-states.js';
import { stateMapStyles } from './state-salary-map.styles.js';

const LAYOUTS = ['geo', 'tiles'] as const;
const LIST_BESIDE = 720;
const LIST_WIDTH = 200;
const ROW_H = 22;
// A presentation attribute, not CSS: fragment URLs in shadow-tree stylesheets are unreliable across browsers.
const NO_DATA = 'url(#no-data)';

interface MapOptions {
  readonly layout?: 'geo' | 'tiles';
  readonly steps: number;
  readonly ranking: number;
}

interface MapModel {
  readonly data: StateValues;
  readonly options: MapOptions;
  readonly scale: ColourScale;
  readonly ranks: ReadonlyMap<string, number>;
  readonly highlight: ReadonlySet<string>;
}

/**
 * A US state choropleth: Albers USA with Alaska and Hawaii insets, or a tile
 * grid in narrow columns. Missing states read as "no data", never as zero.
 * Small north-eastern states get labelled callout boxes beside the map.
 *
 * With no data it shows the ten top-paying states for software developers
 * (BLS OEWS, May 2024).
 *
 * @tag state-salary-map
 * @summary US states coloured by salary, with tooltips, keyboard navigation and a ranked list.
 *
 * @attr {string} values - Compact data: "CA:170910, WA:163440" (postal codes, names or FIPS codes).
 * @attr {'geo'|'tiles'} layout - Geographic map or tile grid; unset switches to tiles below 480 px.
 * @attr {number} steps - Number of colour classes, 1–9 (default 5); 0 for a continuous ramp.
 * @attr {string} highlight - States to outline, e.g. "WA,CA".
 * @attr {number} ranking - Adds a ranked list of the top N states: beside the map when wide, below it when narrow.
 *
 * @csspart ranking - The ranked list.
 */
export class StateSalaryMap extends SalaryElement<MapModel> {
  static override styles = [...SalaryElement.styles, ...stateMapStyles];

  static override properties: PropertyDeclarations = {
    values: {},
    layout: {},
    steps: {},
    highlight: {},
    ranking: {},
  };

  declare values: string | undefined;
  declare layout: string | undefined;
  declare steps: string | number | undefined;
  declare highlight: string | undefined;
  declare ranking: string | number | undefined;

  protected readonly section = 'states';
  protected override readonly sizedByWidth = true;
  protected readonly defaultLabel = 'Map of salaries by state';

  private _cache?: { model: MapModel; width: number; geometry: GeoLayout | TileLayout };

  constructor() {
    super();
    // Arrow keys move to the nearest state in that direction.
    this.pointer.navigate = neighbour;
  }

  protected parseData(raw: unknown, where: string): MapModel {
    return this._model(parseStatesSection(raw, where));
  }

  protected readAttributes(): MapModel | undefined {
    if (this.values === undefined || this.values === null) return undefined;
    return this._model(parseValuesAttribute(String(this.values)));
  }

  protected override readTable(table: HTMLTableElement): MapModel | undefined {
    const data = readStatesTable(table);
    return data && this._model(data);
  }

  protected defaultData(): { data: MapModel; meta: DatasetMeta } {
    return { data: this._model(DEFAULT_STATES.data), meta: DEFAULT_STATES.meta };
  }

  private _model(data: StateValues): MapModel {
    if (data.unknown.length) this.warnOnce(`skipped unknown states: ${data.unknown.join(', ')}.`);
    const options = this._options();
    const highlight = new Set<string>();
    for (const name of (this.highlight ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      const state = findState(name);
      if (state) highlight.add(state.postal);
      else this.warnOnce(`highlight: skipped unknown state ${quote(name, 30)}.`);
    }
    return { data, options, scale: colourScale([...data.values.values()], options.steps), ranks: rankStates(data.values), highlight };
  }

  /** Validated layout options; they throw, so bad values show the error state. */
  private _options(): MapOptions {
    return {
      layout: readChoice(this.layout, 'layout', LAYOUTS),
      steps: readInteger(this.steps, 'steps', 0, 9, 5, ' (0 for a continuous ramp)'),
      ranking: readInteger(this.ranking, 'ranking', 0, 51, 0),
    };
  }

  // Before data arrives (or in the error state) sizes come from valid options or the defaults.
  private get _opts(): MapOptions {
    const data = this.currentData;
    if (data) return data.options;
    try {
      return this._options();
    } catch {
      return { steps: 5, ranking: 0 };
    }
  }

  /** Layout in effect at this width: the attribute, or tiles when narrow. */
  private _layoutAt(width: number): 'geo' | 'tiles' {
    return this._opts.layout ?? (width < NARROW ? 'tiles' : 'geo');
  }

  private _listLength(model?: MapModel): number {
    const n = this._opts.ranking;
    return model ? Math.min(n, model.data.values.size) : n;
  }

  private _mapWidth(width: number): number {
    return this._listLength(this.currentData) > 0 && width >= LIST_BESIDE ? width - LIST_WIDTH - 16 : width;
  }

  private _shape(width: number): GeoLayout | TileLayout {
    const mapWidth = this._mapWidth(width);
    return this._layoutAt(width) === 'tiles' ? layoutTiles(mapWidth) : layoutGeo(mapWidth);
  }

  private _geometry(model: MapModel, width: number): GeoLayout | TileLayout {
    const cached = this._cache;
    if (cached && cached.model === model && cached.width === width) return cached.geometry;
    const geometry = this._shape(width);
    this._cache = { model, width, geometry };
    return geometry;
  }

  protected chartHeight(width: number): number {
    if (width <= 0) return 0;
    const map = this._shape(width).height;
    const rows = this._listLength(this.currentData);
    if (!rows) return map;
    const list = rows * ROW_H;
    return width >= LIST_BESIDE ? Math.max(map, list) : map + 8 + list;
  }

  private _valueText(model: MapModel, postal: string, fmt: Formatter): { value: string; rank: string } | undefined {
    const value = model.data.values.get(postal);
    if (value === undefined) return undefined;
    return { value: fmt.money(value), rank: `${ordinal(model.ranks.get(postal)!)} of ${model.data.values.size}` };
  }

  protected points(model: MapModel, width: number, _height: number, fmt: Formatter): ChartPoint[] {
    const g = this._geometry(model, width);
    const placed = g.kind === 'tiles' ? g.tiles : g.states;
    return placed.map(({ state, x, y }) => {
      const v = this._valueText(model, state.postal, fmt);
      const lines = v ? [`${v.value} ${fmt.unit}`, v.rank] : ['No data'];
      // Callout states anchor their tooltip on the box, where the pointer is.
      const box = g.kind === 'geo' ? g.callouts.find((c) => c.postal === state.postal) : undefined;
      return { id: state.postal, x: box ? box.x + box.w / 2 : x, y: box ? box.y : y - (g.kind === 'tiles' ? g.size / 2 : 4), title: state.name, lines };
    });
  }

  protected summarize(model: MapModel, fmt: Formatter): string {
    const sorted = [...model.data.values].sort((a, b) => b[1] - a[1]);
    const name = (postal: string) => findState(postal)!.name;
    const count = `${sorted.length} of 51 states have data.`;
    if (!sorted.length) return count;
    const [hi, lo] = [sorted[0]!, sorted[sorted.length - 1]!];
    return `Highest: ${name(hi[0])}, ${fmt.money(hi[1])}; lowest: ${name(lo[0])}, ${fmt.money(lo[1])}. ${count}`;
  }

  private _tone(model: MapModel, postal: string): number | undefined {
    const value = model.data.values.get(postal);
    return value === undefined ? undefined : model.scale.tone(value);
  }

  protected override markState(id: string): string {
    return id;
  }

  protected renderChart(model: MapModel, width: number, _height: number, fmt: Formatter): TemplateResult {
    const g = this._geometry(model, width);
    const active = this.pointer.active;
    const pattern = svg`<defs><pattern id="no-data" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect class="nd-bg" width="6" height="6"></rect><line class="nd-line" y2="6"></line></pattern></defs>`;
    const body = g.kind === 'tiles' ? this._renderTiles(model, g, fmt, active) : this._renderGeo(model, g, active);
    return html`<div class="map">
      ${this.chartSvg(g.width, g.height, svg`${pattern}${body}`)}
      ${this._renderRanking(model, fmt)}
    </div>
    ${this._renderTable(model, fmt)}`;
  }

  private _renderGeo(model: MapModel, g: GeoLayout, active: string | undefined): TemplateResult {
    const small = new Set(CALLOUT_STATES);
    const outline = (postal: string, cls: string) => svg`<path class="outline ${cls}" d=${findState(postal)!.path}></path>`;
    return svg`<g transform="scale(${g.k * MAP_UNIT})">
        ${g.states.map(({ state }) => {
          const tone = this._tone(model, state.postal);
          const path = svg`<path class="state" data-state=${state.postal} fill=${tone === undefined ? NO_DATA : nothing} data-t=${tone ?? nothing} d=${state.path}></path>`;
          // Small states take focus on their callout box; the shape still answers the pointer.
          if (small.has(state.postal)) return svg`<g data-point=${state.postal}>${path}</g>`;
          return this.mark(state.postal, path, 'shape');
        })}
        ${[...model.highlight].map((p) => outline(p, 'is-highlight'))}
        ${active ? outline(active, 'is-focus') : nothing}
      </g>
      ${g.callouts.map((c) => {
        const tone = this._tone(model, c.postal);
        return svg`<line class="leader" x1=${c.fromX} y1=${c.fromY} x2=${c.x - 3} y2=${c.y + c.h / 2}></line>
          ${this.mark(c.postal, svg`<rect x=${c.x} y=${c.y} width=${c.w} height=${c.h} rx="2" fill=${tone === undefined ? NO_DATA : nothing} data-t=${tone ?? nothing}></rect>
              <text class="code ${tone === undefined ? '' : tone >= 50 ? 'on-dark' : 'on-light'}" x=${c.x + c.w / 2} y=${c.y + 13} .textContent=${c.postal}></text>`,
            'callout',
          )}`;
      })}`;
  }

  private _renderTiles(model: MapModel, g: TileLayout, fmt: Formatter, active: string | undefined): TemplateResult {
    const showValue = g.size >= 40;
    return svg`${g.tiles.map(({ state, left, top }) => {
      const tone = this._tone(model, state.postal);
      const value = model.data.values.get(state.postal);
      const text = tone === undefined ? '' : tone >= 50 ? 'on-dark' : 'on-light';
      const cx = left + g.size / 2;
      const codeY = top + g.size / 2 + (showValue && value !== undefined ? -2 : 4);
      return this.mark(state.postal, svg`<rect class="tile" fill=${tone === undefined ? NO_DATA : nothing} data-t=${tone ?? nothing} x=${left} y=${top} width=${g.size} height=${g.size} rx="2"></rect>
          <text class="code ${text}" x=${cx} y=${codeY} .textContent=${state.postal}></text>
          ${showValue && value !== undefined ? svg`<text class="value ${text}" x=${cx} y=${top + g.size / 2 + 11} .textContent=${fmt.compact(value)}></text>` : nothing}
          ${model.highlight.has(state.postal) || active === state.postal
            ? svg`<rect class="outline ${active === state.postal ? 'is-focus' : 'is-highlight'}" x=${left + 1} y=${top + 1} width=${g.size - 2} height=${g.size - 2} rx="2"></rect>`
            : nothing}`,
        'tile-mark',
      );
    })}`;
  }

  private _renderRanking(model: MapModel, fmt: Formatter): TemplateResult | typeof nothing {
    const n = this._listLength(model);
    if (!n) return nothing;
    const rows = [...model.data.values].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
    const tabStop = rows.some(([p]) => p === this.pointer.tabStop) ? this.pointer.tabStop : rows[0]![0];
    return html`<ol class="ranking" part="ranking" data-points-list aria-label="Ranking">
      ${rows.map(([postal, value]) => {
        const state = findState(postal)!;
        return html`<li data-point=${postal} tabindex=${postal === tabStop ? 0 : -1} class=${this.pointer.active === postal ? 'is-active' : ''}
          aria-label=${`${ordinal(model.ranks.get(postal)!)}: ${state.name}, ${fmt.money(value)}`}>
          <span class="rank">${model.ranks.get(postal)}</span><span class="chip" data-t=${model.scale.tone(value)}></span><span>${state.name}</span><span class="amount">${fmt.compact(value)}</span>
        </li>`;
      })}
    </ol>`;
  }

  private _renderTable(model: MapModel, fmt: Formatter): TemplateResult {
    const rows = [...model.data.values].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    // The wrapper hides it: a table's own width cannot be forced to 1px.
    return html`<div class="sr-only"><table>
      <caption>${this.meta.heading ?? this.defaultLabel}: all values</caption>
      <thead><tr><th scope="col">Rank</th><th scope="col">State</th><th scope="col">Value</th></tr></thead>
      <tbody>
        ${rows.map(([postal, value]) => html`<tr><td>${model.ranks.get(postal)}</td><th scope="row">${findState(postal)!.name}</th><td>${fmt.money(value)}</td></tr>`)}
      </tbody>
    </table></div>`;
  }

  protected override renderLegend(model: MapModel | undefined, fmt: Formatter): TemplateResult | typeof nothing {
    if (!model) return nothing;
    const { scale } = model;
    const hasMissing = model.data.values.size < STATES.length;
    let ramp: TemplateResult | typeof nothing = nothing;
    if (scale.edges.length && scale.steps === 0) {
      ramp = html`<div><div class="ramp"></div><div class="ramp-labels"><span>${fmt.compact(scale.edges[0]!)}</span><span>${fmt.compact(scale.edges[1]!)}</span></div></div>`;
    } else if (scale.edges.length) {
      const n = Math.max(1, scale.steps);
      ramp = html`<div class="steps">
        ${Array.from({ length: n }, (_, i) => {
          const tone = n === 1 ? 100 : Math.round((i / (n - 1)) * 100);
          return html`<div class="step"><span class="swatch" data-t=${tone}></span><span class="edge">${fmt.compact(scale.edges[i]!)}</span>${
            i === n - 1 ? html`<span class="edge end">${fmt.compact(scale.edges[scale.edges.length - 1]!)}</span>` : nothing
          }</div>`;
        })}
      </div>`;
    }
    return html`<div class="legend" part="legend" aria-hidden="true">
      ${ramp}${hasMissing ? html`<div class="nodata"><span class="hatch"></span>No data</div>` : nothing}
    </div>`;
  }
}
