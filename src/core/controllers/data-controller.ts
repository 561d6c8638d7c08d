import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataError } from '../data/errors.js';

/** Where a data read stands, as in @lit/task: pending, complete or error. */
export type DataStatus<T> =
  { readonly status: 'pending' } | { readonly status: 'complete'; readonly value: T } | { readonly status: 'error'; readonly error: DataError };

/** What to show in each state; a missing renderer shows nothing. */
export interface DataRenderers<T, R> {
  pending?: () => R;
  complete?: (value: T) => R;
  error?: (error: DataError) => R;
}

export interface DataControllerOptions<T> {
  /** Everything the read depends on; it runs again only when one of these changes (by Object.is). */
  args: () => readonly unknown[];
  /**
   * Reads the data. Returns the value, or `undefined` while something it
   * waits for (a remote document) is still loading; the host asks again when
   * that arrives. Throws a DataError for data it cannot read.
   */
  read: () => T | undefined;
}

/**
 * Reads a widget's data whenever its inputs change, and keeps the outcome as
 * pending, complete or error.
 *
 * Modelled on @lit/task (the same `args`, status and `render()`), but a read
 * here is synchronous: attributes, inline JSON and tables resolve during the
 * same update, so the first render already draws the chart (a Task settles in
 * a later microtask and renders twice), and `src` goes through the page-wide
 * shared, latest-wins request of the RemoteController rather than one fetch
 * per task.
 */
export class DataController<T> implements ReactiveController {
  state: DataStatus<T> = { status: 'pending' };
  private _args?: readonly unknown[];

  constructor(
    host: ReactiveControllerHost,
    private readonly _options: DataControllerOptions<T>,
  ) {
    host.addController(this);
  }

  /** The value while complete, else undefined. */
  get value(): T | undefined {
    return this.state.status === 'complete' ? this.state.value : undefined;
  }

  /** Reads again if an input changed since the last read. Runs before the host renders. */
  hostUpdate(): void {
    const args = this._options.args();
    const previous = this._args;
    if (previous && args.length === previous.length && args.every((arg, i) => Object.is(arg, previous[i]))) return;
    this._args = args;
    this.state = this._read();
  }

  private _read(): DataStatus<T> {
    try {
      const value = this._options.read();
      return value === undefined ? { status: 'pending' } : { status: 'complete', value };
    } catch (err) {
      if (err instanceof DataError) return { status: 'error', error: err };
      // A bug of ours, not the blogger's data: say so once and keep the page working.
      console.warn(err);
      return { status: 'error', error: new DataError('', 'The data could not be read.') };
    }
  }

  render<R>(renderers: DataRenderers<T, R>): R | undefined {
    switch (this.state.status) {
      case 'pending':
        return renderers.pending?.();
      case 'complete':
        return renderers.complete?.(this.state.value);
      case 'error':
        return renderers.error?.(this.state.error);
    }
  }
}
