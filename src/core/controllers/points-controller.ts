import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** One interactive mark: reachable by keyboard, announced, and explained by the tooltip. */
export interface ChartPoint {
  /** Stable id, used as `data-point` on the mark. */
  readonly id: string;
  /** Anchor of the tooltip, in chart (SVG) pixels. */
  readonly x: number;
  readonly y: number;
  /** Tooltip title, e.g. "75th percentile". */
  readonly title: string;
  /** Tooltip lines under the title. */
  readonly lines: readonly string[];
  /** Accessible name of the mark; by default the whole tooltip as one phrase, "Title: line, line." */
  readonly label?: string;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
export type Navigate = (from: ChartPoint, key: string, points: readonly ChartPoint[]) => ChartPoint | undefined;

const KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
/** How far Page Up and Page Down move along a list of marks. */
export const PAGE_STEP = 5;
/** How long a hover tooltip stays after the pointer leaves its mark within the chart: time to reach the tooltip. */
export const HOVER_GRACE_MS = 300;

/** Moves along the reading order; Up/Down act like Left/Right; Page Up/Down move five marks. */
export const linearNavigate = <P>(from: P, key: string, points: readonly P[]): P | undefined => {
  const i = points.indexOf(from);
  if (key === 'Home') return points[0];
  if (key === 'End') return points[points.length - 1];
  let step = key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 1;
  if (key === 'PageUp') step = -PAGE_STEP;
  if (key === 'PageDown') step = PAGE_STEP;
  return points[Math.min(points.length - 1, Math.max(0, i + step))];
};

/**
 * Tooltips and keyboard access for a chart's marks, by event delegation on
 * the shadow root: marks only carry `data-point`, `tabindex`, a role and a
 * label. The chart is one tab stop (a roving tabindex); arrow keys move
 * between marks. Hover, focus and tap all show the tooltip, and Escape hides
 * it however it was shown (WCAG 1.4.13). A hover tooltip takes the pointer,
 * so that it can be read, and hides once the pointer has left both it and
 * its mark.
 */
export class PointsController implements ReactiveController {
  /** The point whose tooltip is shown. */
  active?: string;
  /** The point that holds the chart's single tab stop. */
  tabStop?: string;
  navigate: Navigate = linearNavigate;
  private _points: readonly ChartPoint[] = [];
  private _pinned = false;
  // The tooltip was shown by a mouse hovering a mark.
  private _hover = false;
  private _leaving?: ReturnType<typeof setTimeout>;
  // Focus reached the tab stop with arrow keys, from within the chart.
  private _moved = false;
  // The mark whose hover tooltip Escape closed: it stays closed while the pointer rests on it.
  private _dismissed?: string;

  constructor(private readonly _host: Host) {
    _host.addController(this);
  }

  /** Called during render with the marks now drawn. */
  setPoints(points: readonly ChartPoint[]): void {
    this._points = points;
    if (!points.some((p) => p.id === this.tabStop)) this.tabStop = points[0]?.id;
    if (this.active && !points.some((p) => p.id === this.active)) {
      // Its mark is gone (new data): nothing to show, no Escape to listen for. The render under way draws the change.
      this.active = undefined;
      this._hover = false;
      this._stay();
      document.removeEventListener('keydown', this._onPageKey);
    }
  }

  /**
   * Whether the tab stop should carry the chart's description: when focus
   * arrives from outside the chart, not at each arrow-key move, where it
   * would be read again every time.
   */
  get describesTabStop(): boolean {
    return !this._moved;
  }

  renderTooltip(): TemplateResult {
    const point = this._points.find((p) => p.id === this.active);
    return html`<div class="tooltip${point && this._hover ? ' is-hover' : ''}" part="tooltip" role="tooltip" ?hidden=${!point} aria-hidden="true">
      ${point ? html`<strong>${point.title}</strong>${point.lines.map((line) => html`<div>${line}</div>`)}` : nothing}
    </div>`;
  }

  private get _listeners(): [string, EventListener][] {
    return [
      ['pointerover', this._onOver as EventListener],
      ['pointerout', this._onOut as EventListener],
      ['click', this._onClick as EventListener],
      ['focusin', this._onFocusIn as EventListener],
      ['focusout', this._onFocusOut as EventListener],
      ['keydown', this._onKey as EventListener],
    ];
  }

  hostConnected(): void {
    for (const [type, listener] of this._listeners) this._host.renderRoot.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of this._listeners) this._host.renderRoot.removeEventListener(type, listener);
    this._unpin();
    this._stay();
    this.active = undefined;
    document.removeEventListener('keydown', this._onPageKey);
  }

  hostUpdated(): void {
    this._position();
  }

  private _pointOf(target: EventTarget | null): string | undefined {
    const el = target instanceof Element ? target.closest('[data-point]') : null;
    return el?.getAttribute('data-point') ?? undefined;
  }

  private _isTooltip(target: EventTarget | null): boolean {
    return target instanceof Element && !!target.closest('.tooltip');
  }

  /** Shows a point's tooltip (undefined hides it); `hover` when a mouse pointing at its mark did. */
  private _show(id: string | undefined, hover = false): void {
    this._stay();
    if (this.active === id && this._hover === hover) return;
    // Escape anywhere on the page hides a tooltip, while one shows.
    if (id && !this.active) document.addEventListener('keydown', this._onPageKey);
    if (!id) document.removeEventListener('keydown', this._onPageKey);
    this.active = id;
    this._hover = !!id && hover;
    if (id) this.tabStop = id;
    this._host.requestUpdate();
  }

  // Cancels a pending hide.
  private _stay(): void {
    clearTimeout(this._leaving);
    this._leaving = undefined;
  }

  private _onOver = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse' || this._pinned) return;
    const id = this._pointOf(e.target);
    // The browser reports the mark under a resting pointer again once the tooltip over it has gone.
    if (id && id === this._dismissed) return;
    // The tooltip Escape is closing may still be under the pointer for a frame: it belongs to the dismissed mark.
    if (!this._isTooltip(e.target)) this._dismissed = undefined;
    if (id) this._show(id, true);
    else if (this.active && this._isTooltip(e.target)) this._stay();
  };

  private _onOut = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse' || this._pinned) return;
    const to = e.relatedTarget;
    if (this._pointOf(to) !== this._dismissed && !this._isTooltip(to)) this._dismissed = undefined;
    if (!this.active || this._pointOf(to) || this._isTooltip(to)) return;
    // Out of the widget, it hides at once; within it, the pointer may be on its way to the tooltip.
    if (!(to instanceof Node && this._host.renderRoot.contains(to))) this._show(undefined);
    else if (!this._leaving) this._leaving = setTimeout(() => this._show(undefined), HOVER_GRACE_MS);
  };

  private _onPageKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.active) {
      if (this._hover) this._dismissed = this.active;
      this._unpin();
      this._show(undefined);
    }
  };

  // A tap shows the tooltip and keeps it until the next tap elsewhere.
  private _onClick = (e: MouseEvent) => {
    const id = this._pointOf(e.target);
    if (!id) return;
    if (this._pinned && this.active === id) {
      this._unpin();
      this._show(undefined);
      return;
    }
    this._show(id);
    if (!this._pinned) {
      this._pinned = true;
      document.addEventListener('pointerdown', this._onOutside, true);
    }
  };

  private _onOutside = (e: PointerEvent) => {
    if (e.composedPath().includes(this._host)) return;
    this._unpin();
    this._show(undefined);
  };

  private _unpin(): void {
    this._pinned = false;
    document.removeEventListener('pointerdown', this._onOutside, true);
  }

  private _onFocusIn = (e: FocusEvent) => {
    const id = this._pointOf(e.target);
    if (id) this._show(id);
  };

  private _onFocusOut = (e: FocusEvent) => {
    if (this._pointOf(e.relatedTarget)) return;
    // Leaving the chart: the next arrival hears the description again.
    if (this._moved) {
      this._moved = false;
      this._host.requestUpdate();
    }
    if (!this._pinned) this._show(undefined);
  };

  private _onKey = (e: KeyboardEvent) => {
    const id = this._pointOf(e.target);
    if (!id) return;
    if (e.key === 'Escape') {
      if (this.active) {
        this._unpin();
        this._show(undefined);
        e.stopPropagation();
      }
      return;
    }
    if (!KEYS.has(e.key)) return;
    e.preventDefault();
    // Marks inside a [data-points-list] (such as a ranked list) move in list order.
    const list = (e.target as Element).closest('[data-points-list]');
    let to: string | undefined;
    if (list) {
      const ids = [...list.querySelectorAll('[data-point]')].map((el) => el.getAttribute('data-point')!);
      to = linearNavigate(id, e.key, ids);
    } else {
      const from = this._points.find((p) => p.id === id);
      // Home and End go to the first and last mark whatever the layout.
      to = from && (e.key === 'Home' || e.key === 'End' ? linearNavigate : this.navigate)(from, e.key, this._points)?.id;
    }
    if (!to || to === id) return;
    this.tabStop = to;
    this._moved = true;
    this._show(to);
    const scope: ParentNode = list ?? this._host.renderRoot;
    void this._host.updateComplete.then(() => {
      scope.querySelector<HTMLElement | SVGElement>(`[data-point="${CSS.escape(to)}"][tabindex]`)?.focus();
    });
  };

  // Places the tooltip above its point, kept inside the chart; below when there is no room.
  private _position(): void {
    const point = this._points.find((p) => p.id === this.active);
    const tip = this._host.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!point || !tip || tip.hidden) return;
    const stage = tip.parentElement;
    const maxX = (stage?.clientWidth ?? 0) - tip.offsetWidth;
    const x = Math.max(0, Math.min(maxX, point.x - tip.offsetWidth / 2));
    let y = point.y - tip.offsetHeight - 10;
    if (y < 0) y = point.y + 14;
    tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }
}
