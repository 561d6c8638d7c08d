import { expect } from '@open-wc/testing';
import { nearestLang, unwatchLang, watchLang } from './lang.js';
import { cleanup, mount } from '../../../test/helpers/dom.js';

const mutations = () => new Promise((resolve) => setTimeout(resolve));

describe('nearest lang', () => {
  afterEach(cleanup);

  it('reads the nearest lang, through shadow roots to the ancestors of the component that holds the element', () => {
    const outer = mount('<section lang="de"><div class="host"></div></section>');
    const host = outer.querySelector('.host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><p class="inner"></p></div><div lang="fr"><p class="french"></p></div>';
    expect(nearestLang(root.querySelector('.inner')!)).to.equal('de');
    expect(nearestLang(root.querySelector('.french')!)).to.equal('fr');
    expect(nearestLang(outer)).to.equal('de');
  });

  it('treats lang="" as no language given', () => {
    const outer = mount('<section lang="de"><p lang=""></p></section>');
    expect(nearestLang(outer.querySelector('p')!)).to.equal(undefined);
  });

  it('tells listeners when a lang changes in the document or in a shadow root around the element', async () => {
    const outer = mount('<section lang="en"><div class="host"></div></section>');
    const host = outer.querySelector('.host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div class="wrapper"><p></p></div>';
    let calls = 0;
    const listener = { langChanged: () => calls++ };
    watchLang(listener, root.querySelector('p')!);
    outer.setAttribute('lang', 'fr');
    await mutations();
    expect(calls).to.equal(1);
    root.querySelector('.wrapper')!.setAttribute('lang', 'de');
    await mutations();
    expect(calls).to.equal(2);
    outer.setAttribute('title', 'not a language');
    await mutations();
    expect(calls).to.equal(2);
    unwatchLang(listener);
    outer.setAttribute('lang', 'es');
    await mutations();
    expect(calls).to.equal(2);
  });
});
