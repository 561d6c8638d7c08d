import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataError } from '../data/errors.js';
import { DataController } from './data-controller.js';

// A host stand-in: the controller needs only addController.
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {}
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

describe('DataController', () => {
  it('reads again only when an argument changes', () => {
    let arg = 'a';
    let reads = 0;
    const data = new DataController(new Host(), { args: () => [arg], read: () => `${arg}${++reads}` });
    expect(data.state).to.deep.equal({ status: 'pending' });
    data.hostUpdate();
    data.hostUpdate();
    expect(data.state).to.deep.equal({ status: 'complete', value: 'a1' });
    arg = 'b';
    data.hostUpdate();
    expect(data.value).to.equal('b2');
  });

  it('is pending while the read waits, and an error carries the path at fault', () => {
    let mode: 'wait' | 'fail' = 'wait';
    const data = new DataController<string>(new Host(), {
      args: () => [mode],
      read: () => {
        if (mode === 'fail') throw new DataError('percentiles.p50', 'expected a number, got "abc".');
        return undefined;
      },
    });
    data.hostUpdate();
    expect(data.state.status).to.equal('pending');
    mode = 'fail';
    data.hostUpdate();
    expect(data.state.status).to.equal('error');
    const error = data.state.status === 'error' ? data.state.error : undefined;
    expect(error?.path).to.equal('percentiles.p50');
    expect(error?.message).to.equal('percentiles.p50: expected a number, got "abc".');
    expect(error?.within('data attribute').message).to.equal('In the data attribute, percentiles.p50: expected a number, got "abc".');
  });

  it('renders the template of its state', () => {
    let fail = false;
    const data = new DataController(new Host(), {
      args: () => [fail],
      read: () => {
        if (fail) throw new DataError('src', 'no answer.');
        return 42;
      },
    });
    const renderers = { pending: () => 'loading', complete: (n: number) => `value ${n}`, error: (e: DataError) => `error at ${e.path}` };
    expect(data.render(renderers)).to.equal('loading');
    data.hostUpdate();
    expect(data.render(renderers)).to.equal('value 42');
    fail = true;
    data.hostUpdate();
    expect(data.render(renderers)).to.equal('error at src');
  });
});
