import type { ReactiveController, ReactiveControllerHost } from 'lit';

// One query for every map on the page, which may hold many.
const forcedColors = matchMedia('(forced-colors: active)');
const hosts = new Set<ReactiveControllerHost>();
forcedColors.addEventListener('change', () => hosts.forEach((host) => host.requestUpdate()));

/**
 * Whether the reader's system forces its colours (a Windows contrast theme),
 * with the host redrawn when that changes: what is drawn only for forced
 * colours appears and goes with them.
 */
export class ForcedColorsController implements ReactiveController {
  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  get active(): boolean {
    return forcedColors.matches;
  }

  hostConnected(): void {
    hosts.add(this._host);
  }

  hostDisconnected(): void {
    hosts.delete(this._host);
  }
}
