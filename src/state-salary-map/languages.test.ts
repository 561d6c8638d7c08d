import { expect } from '@open-wc/testing';
import './index.js';
import type { StateSalaryMap } from './state-salary-map.js';
import { StateSalaryMapHarness } from './harness.js';
import { captureWarnings, cleanup, mount, afterLangChange } from '../../test/helpers/dom.js';
import { STATES } from './states.js';

/** Mounts markup holding one map (a wrapper may set `lang`), and waits until the map is drawn. */
async function mountMap(markup: string, width = 900): Promise<StateSalaryMapHarness> {
  const box = mount<HTMLElement>(`<div>${markup}</div>`, width);
  const harness = new StateSalaryMapHarness(box.querySelector<StateSalaryMap>('state-salary-map')!);
  await harness.drawn();
  await harness.element.updateComplete;
  return harness;
}

// Intl's no-break and narrow no-break spaces, written plainly for comparison.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Every word a reader sees or hears: the shadow tree's text and its accessible names, with the (English) state names taken out. */
function allWords(harness: StateSalaryMapHarness): string {
  const names = harness.$$('[aria-label]').map((el) => el.getAttribute('aria-label'));
  let text = [harness.root.textContent, ...names].join(' ');
  for (const name of [...STATES.map((state) => state.name)].sort((a, b) => b.length - a.length)) text = text.split(name).join(' ');
  return plain(text);
}

const ENGLISH_WORDS =
  /\b(a year|an hour|of|no data|highest|lowest|states?|ranking|rank|value|values|source|may|top-coded|hourly|wage|map|salaries|at least|developers)\b/i;

describe('<state-salary-map> in other languages', () => {
  afterEach(cleanup);

  it('speaks German under lang="de": legend, tooltip, accessible names, ranked list, table and summary, and no English word', async () => {
    const harness = await mountMap('<div lang="de"><state-salary-map ranking="5"></state-salary-map></div>');
    expect(harness.$('[part="heading"]')!.textContent).to.equal('Die zehn Bundesstaaten mit den höchsten Gehältern für Softwareentwickler');
    expect(harness.$('[part="description"]')!.textContent).to.equal('Jahresgehalt nach Bundesstaat; nur die zehn höchsten sind dargestellt');
    expect(harness.caption()).to.equal('Quelle: US-Behörde für Arbeitsstatistik (BLS), OEWS, Mai 2024');
    expect(harness.summary()).to.equal('Am höchsten: California, 170.910 $; am niedrigsten: Oregon, 136.240 $. Daten für 10 von 51 Bundesstaaten.');
    // German does not shorten thousands: whole amounts, thinned to fit.
    const edges = harness.legendEdges().map(plain);
    expect(edges[0]).to.equal('130.000 $');
    expect(edges.at(-1)).to.equal('180.000 $');
    for (const edge of edges) expect(['130.000 $', '140.000 $', '150.000 $', '160.000 $', '170.000 $', '180.000 $']).to.include(edge);
    expect(harness.legendText()).to.contain('Keine Daten');
    expect(plain(harness.stateLabel('WA'))).to.equal('Washington: 163.440 $ im Jahr, Platz 2 von 10.');
    expect(harness.stateLabel('TX')).to.equal('Texas: Keine Daten.');
    expect(harness.rankedList().map(plain)).to.deep.equal([
      '1 California 170.910 $',
      '2 Washington 163.440 $',
      '3 New York 152.780 $',
      '4 Massachusetts 148.530 $',
      '5 Maryland 145.200 $',
    ]);
    expect(plain(harness.stateLabel('CA'))).to.equal('California: 170.910 $ im Jahr, Platz 1 von 10.');
    expect(plain(harness.legendName())).to.equal(
      'Legende: 130.000 $ bis 140.000 $, 140.000 $ bis 150.000 $, 150.000 $ bis 160.000 $, 160.000 $ bis 170.000 $, 170.000 $ bis 180.000 $, schraffiert: keine Daten.',
    );
    await harness.openTable();
    expect(harness.$('button[part="table-button"]')!.textContent.trim()).to.equal('Tabelle ausblenden');
    expect(harness.$('table caption')!.textContent.trim()).to.equal('Die zehn Bundesstaaten mit den höchsten Gehältern für Softwareentwickler: alle Werte');
    expect(harness.$$('table thead th').map((th) => th.textContent.trim())).to.deep.equal(['Bundesstaat', 'Rang', 'Wert']);
    expect(plain(harness.tableRows()[0]!)).to.equal('California 1 170.910 $');
    expect(harness.tableRows()[10]).to.equal('Alabama Keine Daten');
    harness.hoverShape('NY');
    await harness.element.updateComplete;
    expect(harness.tooltip()).to.equal('New York 152.780 $ im Jahr Platz 3 von 10');
    expect(allWords(harness)).not.to.match(ENGLISH_WORDS);
    expect(await harness.tooltipOf('KS')).to.equal('Kansas Keine Daten');
  });

  it('says "mindestens", "vom BLS gedeckelt" and "Stundenlohn × 2.080" in German, with no English word', async () => {
    const harness = await mountMap('<div lang="de"><state-salary-map values="UT:#, WA:78.58" amounts="hourly" ranking="2"></state-salary-map></div>');
    expect(await harness.tooltipOf('UT')).to.equal('Utah mindestens 239.200 $ im Jahr vom BLS gedeckelt Stundenlohn × 2.080 Platz 1 von 2');
    expect(plain(harness.stateLabel('UT'))).to.equal('Utah: mindestens 239.200 $ im Jahr, vom BLS gedeckelt, Stundenlohn × 2.080, Platz 1 von 2.');
    // Where space is short the symbol says it.
    expect(harness.rankedList().map(plain)).to.deep.equal(['1 Utah ≥ 239.200 $', '2 Washington 163.446 $']);
    expect(harness.summary()).to.equal('Am höchsten: Utah, mindestens 239.200 $; am niedrigsten: Washington, 163.446 $. Daten für 2 von 51 Bundesstaaten.');
    expect(allWords(harness)).not.to.match(ENGLISH_WORDS);
  });

  it('speaks Spanish, French and Portuguese, with compact amounts in each', async () => {
    const es = await mountMap('<div lang="es"><state-salary-map ranking="3"></state-salary-map></div>');
    expect(es.summary()).to.equal('Salario más alto: California, 170.910 US$; más bajo: Oregon, 136.240 US$. 10 de 51 estados tienen datos.');
    expect(plain(es.legendEdges()[0]!)).to.equal('130 mil US$');
    expect(es.legendText()).to.contain('Sin datos');
    expect(es.rankedList().map(plain)).to.deep.equal(['1 California 171 mil US$', '2 Washington 163 mil US$', '3 New York 153 mil US$']);
    expect(plain(es.stateLabel('WA'))).to.equal('Washington: 163.440 US$ al año, 2.º de 10.');
    expect(plain(es.legendName())).to.match(/^Leyenda: de 130 mil US\$ a 140 mil US\$, .*, rayado, sin datos\.$/);
    expect(await es.tooltipOf('NY')).to.equal('New York 152.780 US$ al año 3.º de 10');
    expect(es.caption()).to.equal('Fuente: Oficina de Estadísticas Laborales de EE. UU. (BLS), OEWS, mayo de 2024');

    const fr = await mountMap('<div lang="fr"><state-salary-map ranking="3"></state-salary-map></div>');
    expect(fr.summary()).to.equal('Salaire le plus élevé : California, 170 910 $US ; le plus bas : Oregon, 136 240 $US. 10 États sur 51 ont des données.');
    expect(plain(fr.legendEdges()[0]!)).to.equal('130 k $US');
    expect(fr.legendText()).to.contain('Pas de données');
    expect(['CA', 'WA', 'NY'].map((postal) => plain(fr.stateLabel(postal)))).to.deep.equal([
      'California : 170 910 $US par an, 1er sur 10.',
      'Washington : 163 440 $US par an, 2e sur 10.',
      'New York : 152 780 $US par an, 3e sur 10.',
    ]);
    expect(plain(fr.legendName())).to.match(/^Légende : de 130 k \$US à 140 k \$US, .*, hachuré, pas de données\.$/);
    expect(await fr.tooltipOf('CA')).to.equal('California 170 910 $US par an 1er sur 10');

    const pt = await mountMap('<div lang="pt-BR"><state-salary-map ranking="3"></state-salary-map></div>');
    expect(pt.summary()).to.equal('Maior salário: California, US$ 170.910; menor: Oregon, US$ 136.240. 10 de 51 estados têm dados.');
    expect(plain(pt.legendEdges()[0]!)).to.equal('US$ 130 mil');
    expect(pt.legendText()).to.contain('Sem dados');
    expect(await pt.tooltipOf('WA')).to.equal('Washington US$ 163.440 por ano 2º de 10');
    expect(plain(pt.legendName())).to.match(/^Legenda: de US\$ 130 mil a US\$ 140 mil, .*, hachurado, sem dados\.$/);
    // Opened last: the table lengthens the page, and a map far below the screen is drawn only once scrolled to.
    await fr.openTable();
    expect(fr.$$('table thead th').map((th) => th.textContent.trim())).to.deep.equal(['État', 'Rang', 'Valeur']);
  });

  it('gives es-MX Spanish words, and ja English words with Japanese numbers', async () => {
    const mx = await mountMap('<div lang="es-MX"><state-salary-map></state-salary-map></div>');
    expect(mx.summary()).to.equal('Salario más alto: California, USD 170,910; más bajo: Oregon, USD 136,240. 10 de 51 estados tienen datos.');
    expect(await mx.tooltipOf('KS')).to.equal('Kansas Sin datos');

    const ja = await mountMap('<div lang="ja"><state-salary-map ranking="3"></state-salary-map></div>');
    expect(ja.summary()).to.equal('Highest: California, $170,910; lowest: Oregon, $136,240. 10 of 51 states have data.');
    // Japanese groups by 万 (ten thousand).
    expect(ja.legendEdges()).to.deep.equal(['$13万', '$14万', '$15万', '$16万', '$17万', '$18万']);
    expect(ja.rankedList()).to.deep.equal(['1 California $17.1万', '2 Washington $16.3万', '3 New York $15.3万']);
    expect(await ja.tooltipOf('KS')).to.equal('Kansas No data');
  });

  // Japanese has one ordinal form: the English words must still follow English rules, not say "3th of 10".
  it('writes English ordinals under ja: plural forms follow the words’ language', async () => {
    const ja = await mountMap('<div lang="ja"><state-salary-map></state-salary-map></div>');
    expect(await ja.tooltipOf('NY')).to.equal('New York $152,780 a year 3rd of 10');
  });

  it('redraws in French when the wrapper’s lang changes from en to fr', async () => {
    const harness = await mountMap('<div lang="en"><state-salary-map ranking="1"></state-salary-map></div>');
    expect(harness.summary()).to.equal('Highest: California, $170,910; lowest: Oregon, $136,240. 10 of 51 states have data.');
    expect(harness.legendText()).to.contain('No data');
    harness.element.parentElement!.setAttribute('lang', 'fr');
    await afterLangChange(harness.element);
    expect(harness.summary()).to.equal('Salaire le plus élevé : California, 170 910 $US ; le plus bas : Oregon, 136 240 $US. 10 États sur 51 ont des données.');
    expect(harness.legendText()).to.contain('Pas de données');
    expect(harness.$('[part="heading"]')!.textContent).to.equal('Les dix États où les développeurs de logiciels sont les mieux payés');
    expect(plain(harness.stateLabel('CA'))).to.equal('California : 170 910 $US par an, 1er sur 10.');
  });

  it('follows the lang of an ancestor outside the shadow root that holds it', async () => {
    const outer = mount<HTMLElement>('<div lang="de"><div></div></div>', 900);
    const root = outer.firstElementChild!.attachShadow({ mode: 'open' });
    root.innerHTML = '<state-salary-map></state-salary-map>';
    const harness = new StateSalaryMapHarness(root.querySelector<StateSalaryMap>('state-salary-map')!);
    await harness.drawn();
    expect(harness.summary()).to.equal('Am höchsten: California, 170.910 $; am niedrigsten: Oregon, 136.240 $. Daten für 10 von 51 Bundesstaaten.');
    outer.setAttribute('lang', 'pt');
    await afterLangChange(harness.element);
    expect(harness.summary()).to.equal('Maior salário: California, US$ 170.910; menor: Oregon, US$ 136.240. 10 de 51 estados têm dados.');
  });

  it('takes the author’s words from the strings attribute and property', async () => {
    const harness = await mountMap(`<state-salary-map strings='{"noData": "Not published", "rankOf": "#{count} of {total}"}'></state-salary-map>`);
    expect(harness.legendText()).to.contain('Not published').and.not.contain('No data');
    expect(await harness.tooltipOf('KS')).to.equal('Kansas Not published');
    expect(await harness.tooltipOf('NY')).to.equal('New York $152,780 a year #3 of 10');
    harness.element.strings = { defaultHeading: 'Where developers earn most' };
    await harness.element.updateComplete;
    expect(harness.$('[part="heading"]')!.textContent).to.equal('Where developers earn most');
    // The chart's group keeps its own name, apart from the figure's.
    expect(harness.$('figure')!.getAttribute('aria-labelledby')).to.equal('heading');
    expect(harness.$('svg.chart')!.getAttribute('aria-label')).to.equal('Chart');
    // The attribute's words are replaced by the property's.
    expect(harness.legendText()).to.contain('No data');
  });

  it('warns once about a key no catalog has, and still draws', async () => {
    const warnings = captureWarnings();
    try {
      const harness = await mountMap(`<state-salary-map strings='{"nodata": "Unknown"}'></state-salary-map>`);
      expect(warnings.messages).to.deep.equal(['<state-salary-map> strings: no message is called "nodata"; the README lists the keys.']);
      expect(harness.legendText()).to.contain('No data');
    } finally {
      warnings.restore();
    }
  });

  describe('amounts that Intl would write in two units', () => {
    // TEST VALUES from $79,850 to $211,450: en-IN writes the low ones in thousands ("$79.9K") and the high ones in lakhs ("$2.11L").
    const SPREAD = 'CA:211450, WA:169000, NY:133080, TX:103050, FL:79850';

    it('writes whole amounts under en-IN in the legend and the ranked list, never "K" beside "L"', async () => {
      const harness = await mountMap(`<state-salary-map locale="en-IN" ranking="5" values="${SPREAD}"></state-salary-map>`, 1280);
      // Round classes of $50,000 from $50,000 to $2,50,000, in Indian grouping; whole amounts are wide, so every other one is shown.
      expect(harness.legendEdges()).to.deep.equal(['$50,000', '$1,50,000', '$2,50,000']);
      expect(harness.rankedList()).to.deep.equal([
        '1 California $2,11,450',
        '2 Washington $1,69,000',
        '3 New York $1,33,080',
        '4 Texas $1,03,050',
        '5 Florida $79,850',
      ]);
    });

    it('keeps the ranked list compact under en-IN when every listed amount is in lakhs', async () => {
      const harness = await mountMap(`<div lang="en-IN"><state-salary-map ranking="3" values="${SPREAD}"></state-salary-map></div>`, 1280);
      expect(harness.rankedList()).to.deep.equal(['1 California $2.11L', '2 Washington $1.69L', '3 New York $1.33L']);
    });

    it('writes whole amounts under de', async () => {
      const harness = await mountMap(`<div lang="de"><state-salary-map ranking="5" values="${SPREAD}"></state-salary-map></div>`, 1280);
      expect(harness.legendEdges().map(plain)).to.deep.equal(['50.000 $', '150.000 $', '250.000 $']);
      expect(harness.rankedList().map(plain)).to.deep.equal([
        '1 California 211.450 $',
        '2 Washington 169.000 $',
        '3 New York 133.080 $',
        '4 Texas 103.050 $',
        '5 Florida 79.850 $',
      ]);
    });

    it('writes tile values in one unit: "万" under ja; under en-IN the whole amounts are too wide for a tile, so tiles show codes only', async () => {
      const japan = await mountMap(`<state-salary-map locale="ja" layout="tiles" values="${SPREAD}"></state-salary-map>`, 1280);
      const india = await mountMap(`<state-salary-map locale="en-IN" layout="tiles" values="${SPREAD}"></state-salary-map>`, 1280);
      expect(['CA', 'FL'].map((postal) => japan.tile(postal).texts)).to.deep.equal([
        ['CA', '$21.1万'],
        ['FL', '$7.99万'],
      ]);
      expect(['CA', 'FL'].map((postal) => india.tile(postal).texts)).to.deep.equal([['CA'], ['FL']]);
      expect(await india.tooltipOf('FL')).to.equal('Florida $79,850 a year 5th of 5');
    });
  });
});
