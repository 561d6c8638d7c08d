import { expect } from '@open-wc/testing';
import './index.js';
import type { SalaryRanking } from './salary-ranking.js';
import { captureWarnings, cleanup, mount, afterLangChange } from '../../test/helpers/dom.js';
import { overlaps, SalaryRankingHarness } from './harness.js';

// The ranking in the reader's language: words from its catalog, numbers in
// the locale, compact amounts from Intl. Figures are the seed's (BLS OEWS,
// May 2024) unless marked TEST VALUES.

/** Mounts markup (a `lang` wrapper or the widget itself) at `width` and returns the harness of the first <salary-ranking> in it. */
const harnessFor = (markup: string, width = 900) => {
  const mounted = mount<HTMLElement>(markup, width);
  const element = mounted.localName === 'salary-ranking' ? (mounted as SalaryRanking) : mounted.querySelector<SalaryRanking>('salary-ranking')!;
  return new SalaryRankingHarness(element);
};

/** Text with Intl's no-break spaces (U+00A0, U+202F) read as spaces, so that expectations stay legible. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const plainAll = (texts: readonly string[]) => texts.map(plain);

const SAN_JOSE = 'San Jose-Sunnyvale-Santa Clara, CA';
const SEATTLE = 'Seattle-Tacoma-Bellevue, WA';

// TEST VALUES: a top-code, an amount and a row with no figure, with no
// thousands separator, so the table reads the same in every language.
const TOP_CODED_TABLE = `<table><tr><th>Area</th><th>Annual mean wage</th></tr>
  <tr><td>San Jose</td><td>#</td></tr><tr><td>Seattle</td><td>165000</td></tr><tr><td>Anchorage</td><td>-</td></tr></table>`;
// TEST VALUES: hourly wages, one row without a label.
const HOURLY_JSON = `data='{"ranking": {"unit": "hourly", "rows": [{"label": "Boulder, CO", "value": 70.19}, {"value": 60}]}}'`;
// The software developers' percentiles (p10…p90): "$79.9K" beside "$2.11L" in en-IN.
const SPREAD = 'values="A:79850, B:103050, C:133080, D:169000, E:211450"';

/** English words of the ranking's messages, none of which may show on a page in another language. */
const ENGLISH =
  /\b(a year|an hour|of|Highest|lowest|shown|No data|no data|Reference|National|median|Source|Hourly|hourly|Top-coded|top-coded|ranked|at least|highlighted|Row|Ranking|metro|wage|Bureau|May)\b/;

/** Everything a reader sees or hears of a ranking: the drawn text, names, summary, heading, caption and each row's tooltip. */
async function everything(ranking: SalaryRankingHarness): Promise<string[]> {
  const tooltips: string[] = [];
  for (const label of ranking.labels()) tooltips.push(await ranking.tooltipOf(label));
  const named = ranking.$$('[aria-label]').map((element) => element.getAttribute('aria-label') ?? '');
  const shell = ['.heading', '.description'].map((selector) => ranking.$(selector)?.textContent ?? '');
  return [...ranking.texts(), ...named, ...tooltips, ...shell, ranking.summary(), ranking.caption()].filter(Boolean);
}

describe('<salary-ranking> in the reader’s language', () => {
  afterEach(cleanup);

  it('speaks German on a lang="de" page: values, reference line, tooltips, accessible names, summary and the default heading', async () => {
    const mounted = mount<HTMLElement>(
      `<div lang="de"><salary-ranking highlight="Seattle"></salary-ranking><salary-ranking loading="eager">${TOP_CODED_TABLE}</salary-ranking>
      <salary-ranking loading="eager" ${HOURLY_JSON} reference="100000"></salary-ranking></div>`,
      900,
    );
    const [metros, table, hourly] = [...mounted.querySelectorAll<SalaryRanking>('salary-ranking')].map((element) => new SalaryRankingHarness(element)) as [
      SalaryRankingHarness,
      SalaryRankingHarness,
      SalaryRankingHarness,
    ];
    for (const ranking of [metros, table, hourly]) await ranking.drawn();

    expect(plain(metros.values()[0])).to.equal('180.000 $');
    expect(plain(metros.referenceLine()?.label)).to.equal('Landesweiter Median: 133.080 $');
    expect(metros.axisTicks().map(plain)).to.deep.equal(['0 $', '50.000 $', '100.000 $', '150.000 $']);
    expect(plain(metros.nameOf(SEATTLE))).to.equal(`${SEATTLE}: 165.000 $ im Jahr, 2. von 10, hervorgehoben.`);
    expect(plain(await metros.tooltipOf(SAN_JOSE))).to.equal(`${SAN_JOSE} 180.000 $ im Jahr 1. von 10`);
    expect(plain(metros.summary())).to.equal(
      `Höchster Wert: ${SAN_JOSE}, 180.000 $; niedrigster gezeigter Wert: Denver-Aurora-Lakewood, CO, 137.000 $. 10 von 10 angezeigt. Landesweiter Median: 133.080 $.`,
    );
    expect(metros.$('.heading')?.textContent).to.equal('Die zehn bestbezahlten Metropolregionen für Softwareentwickler');
    expect(metros.$('.description')?.textContent).to.equal('Durchschnittlicher Jahreslohn nach Metropolregion');
    expect(metros.caption()).to.equal('Quelle: US-Behörde für Arbeitsstatistik (BLS), OEWS, Mai 2024');

    expect(plainAll(table.values())).to.deep.equal(['≥ 239.200 $', '165.000 $', 'Keine Daten']);
    expect(plain(table.nameOf('San Jose'))).to.equal('San Jose: mindestens 239.200 $ im Jahr, vom BLS gedeckelt, 1. von 2.');
    expect(plain(table.nameOf('Anchorage'))).to.equal('Anchorage: keine Daten, ohne Rang.');
    expect(plain(await table.tooltipOf('San Jose'))).to.equal(
      'San Jose ≥ 239.200 $ im Jahr Vom BLS gedeckelt: der wahre Wert ist mindestens so hoch. 1. von 2',
    );
    expect(plain(await table.tooltipOf('Anchorage'))).to.equal('Anchorage Keine Daten Für diese Zeile wurde keine Zahl angegeben; sie hat keinen Rang.');
    expect(plain(table.summary())).to.equal(
      'Höchster Wert: San Jose, mindestens 239.200 $ (gedeckelt); niedrigster gezeigter Wert: Seattle, 165.000 $. 3 von 3 angezeigt. Keine veröffentlichte Zahl für Anchorage.',
    );
    // With no heading, the chart is named by the widget's name.
    expect(table.$('figure')?.getAttribute('aria-label')).to.equal('Rangliste');

    expect(hourly.labels()).to.deep.equal(['Boulder, CO', 'Zeile 2']);
    expect(plain(hourly.nameOf('Boulder, CO'))).to.equal('Boulder, CO: 145.995 $ im Jahr, aus einem Stundenlohn von 70,19 $ × 2.080, 1. von 2.');
    expect(plain(await hourly.tooltipOf('Boulder, CO'))).to.equal('Boulder, CO 145.995 $ im Jahr Stundenlohn × 2.080 (70,19 $ pro Stunde). 1. von 2');
    expect(plain(hourly.referenceLine()?.label)).to.equal('Referenz: 100.000 $');

    for (const ranking of [metros, table, hourly]) {
      for (const text of await everything(ranking)) expect(text, 'no English word').not.to.match(ENGLISH);
    }
  });

  it('speaks French, Spanish and Portuguese, regional tags included', async () => {
    const fr = harnessFor('<div lang="fr"><salary-ranking></salary-ranking></div>');
    const es = harnessFor('<div lang="es"><salary-ranking></salary-ranking></div>');
    const esMx = harnessFor('<div lang="es-MX"><salary-ranking></salary-ranking></div>');
    const pt = harnessFor('<div lang="pt"><salary-ranking></salary-ranking></div>');
    const ptBr = harnessFor('<div lang="pt-BR"><salary-ranking></salary-ranking></div>');
    const narrowFr = harnessFor('<div lang="fr"><salary-ranking></salary-ranking></div>', 320);
    for (const ranking of [fr, es, esMx, pt, ptBr, narrowFr]) {
      ranking.element.scrollIntoView();
      await ranking.drawn();
    }

    // French: a no-break space before the colon, Intl's narrow one between thousands.
    expect(fr.referenceLine()?.label).to.equal('Médiane nationale\u00a0: 133\u202f080\u00a0$US');
    expect(plain(fr.nameOf(SAN_JOSE))).to.equal(`${SAN_JOSE} : 180 000 $US par an, 1er sur 10.`);
    expect(plain(fr.summary())).to.contain('10 sur 10 affichés. Médiane nationale : 133 080 $US.');
    expect(plain(fr.caption())).to.equal('Source : Bureau des statistiques du travail des États-Unis (BLS), OEWS, mai 2024');
    // Narrow: compact amounts, Intl's own ("k"), in one unit.
    expect(plain(narrowFr.values()[0])).to.equal('180 k $US');
    expect(plain(narrowFr.referenceLine()?.label)).to.equal('Médiane nationale : 133 k $US');
    expect(narrowFr.axisTicks().map(plain)).to.deep.equal(['0 $US', '50 k $US', '100 k $US', '150 k $US']);

    for (const spanish of [es, esMx]) {
      expect(spanish.$('.heading')?.textContent).to.equal('Las diez áreas metropolitanas mejor pagadas para desarrolladores de software');
      expect(plain(spanish.caption())).to.equal('Fuente: Oficina de Estadísticas Laborales de EE. UU. (BLS), OEWS, mayo de 2024');
      expect(plain(spanish.summary())).to.contain('Se muestran 10 de 10.');
    }
    expect(plain(es.nameOf(SAN_JOSE))).to.equal(`${SAN_JOSE}: 180.000 US$ al año, 1.º de 10.`);
    // Mexican Spanish writes the dollar its own way.
    expect(plain(esMx.nameOf(SAN_JOSE))).to.equal(`${SAN_JOSE}: USD 180,000 al año, 1.º de 10.`);

    for (const portuguese of [pt, ptBr]) {
      expect(plain(portuguese.nameOf(SAN_JOSE))).to.equal(`${SAN_JOSE}: US$ 180.000 por ano, 1º de 10.`);
      expect(plain(portuguese.referenceLine()?.label)).to.equal('Mediana nacional: US$ 133.080');
      expect(plain(portuguese.caption())).to.equal('Fonte: Departamento de Estatísticas do Trabalho dos EUA (BLS), OEWS, maio de 2024');
    }
  });

  it('uses English words with Japanese numbers on a lang="ja" page', async () => {
    const ranking = harnessFor('<div lang="ja"><salary-ranking></salary-ranking></div>', 320);
    await ranking.drawn();
    // Compact amounts in Japanese units (万 = 10,000), words in English.
    expect(ranking.values()[0]).to.equal('$18万');
    expect(ranking.referenceLine()?.label).to.equal('National median: $13.3万');
    expect(ranking.axisTicks()).to.deep.equal(['$0', '$5万', '$10万', '$15万']);
    expect(ranking.summary()).to.equal(
      `Highest: ${SAN_JOSE}, $180,000; lowest shown: Denver-Aurora-Lakewood, CO, $137,000. 10 of 10 shown. National median: $133,080.`,
    );
    expect(ranking.caption()).to.equal('Source: U.S. Bureau of Labor Statistics, OEWS, May 2024');
    // English ordinals, whatever Japanese plural rules say.
    expect(ranking.markLabels().slice(0, 3)).to.deep.equal([
      `${SAN_JOSE}: $180,000 a year, 1st of 10.`,
      `${SEATTLE}: $165,000 a year, 2nd of 10.`,
      'San Francisco-Oakland-Berkeley, CA: $161,000 a year, 3rd of 10.',
    ]);
  });

  it('redraws in French when the page’s lang changes from en to fr', async () => {
    const ranking = harnessFor('<div lang="en"><salary-ranking></salary-ranking></div>');
    await ranking.drawn();
    expect(ranking.referenceLine()?.label).to.equal('National median: $133,080');
    ranking.element.parentElement!.lang = 'fr';
    await afterLangChange(ranking.element);
    expect(plain(ranking.referenceLine()?.label)).to.equal('Médiane nationale : 133 080 $US');
    expect(plain(ranking.nameOf(SAN_JOSE))).to.equal(`${SAN_JOSE} : 180 000 $US par an, 1er sur 10.`);
    expect(ranking.$('.heading')?.textContent).to.equal('Les dix aires métropolitaines les mieux payées pour les développeurs de logiciels');
  });

  it('follows the lang of an ancestor outside the shadow root it sits in', async () => {
    const page = mount<HTMLElement>('<div lang="pt"><section></section></div>');
    const root = page.querySelector('section')!.attachShadow({ mode: 'open' });
    // TEST VALUES.
    root.innerHTML = '<salary-ranking values="A:150000, B:120000" reference="100000"></salary-ranking>';
    const ranking = new SalaryRankingHarness(root.querySelector<SalaryRanking>('salary-ranking')!);
    await ranking.drawn();
    expect(plain(ranking.referenceLine()?.label)).to.equal('Referência: US$ 100.000');
    expect(plain(ranking.nameOf('B'))).to.equal('B: US$ 120.000 por ano, 2º de 2.');
    page.lang = 'de';
    await afterLangChange(ranking.element);
    expect(plain(ranking.referenceLine()?.label)).to.equal('Referenz: 100.000 $');
  });

  it('takes the author’s words from the strings attribute and property; an unknown key is one warning', async () => {
    // TEST VALUES.
    const attribute = harnessFor(`<salary-ranking values="A:150000, B:120000" reference="100000" strings='{"reference": "Target"}'></salary-ranking>`);
    const property = harnessFor(`<salary-ranking data='{"ranking": [{"label": "A", "value": 150000}, {"label": "B", "value": null}]}'></salary-ranking>`);
    property.element.strings = { noData: 'n/a', rank: 'No. {rank} of {total}' };
    await attribute.drawn();
    await property.drawn();
    await property.element.updateComplete;
    expect(attribute.referenceLine()?.label).to.equal('Target: $100,000');
    expect(property.values()).to.deep.equal(['$150,000', 'n/a']);
    expect(property.nameOf('A')).to.equal('A: $150,000 a year, No. 1st of 1.');

    const warnings = captureWarnings();
    try {
      const unknown = harnessFor(`<salary-ranking values="A:150000" strings='{"nope": "x"}'></salary-ranking>`);
      await unknown.drawn();
      expect(unknown.values()).to.deep.equal(['$150,000']);
      expect(warnings.messages).to.deep.equal(['<salary-ranking> strings: no message is called "nope"; the README lists the keys.']);
    } finally {
      warnings.restore();
    }
  });

  it('writes whole amounts where Intl would mix compact units (en-IN "K" beside "L") or does not shorten (de)', async () => {
    const india = harnessFor(`<salary-ranking locale="en-IN" ${SPREAD}></salary-ranking>`, 320);
    const indiaAxis = harnessFor('<div lang="en-IN"><salary-ranking></salary-ranking></div>', 900);
    const german = harnessFor(`<div lang="de"><salary-ranking ${SPREAD}></salary-ranking></div>`, 320);
    for (const ranking of [india, indiaAxis, german]) await ranking.drawn();
    // Narrow: "$79.9K" and "$2.11L" would share the bars, so every value is whole.
    expect(india.values()).to.deep.equal(['$2,11,450', '$1,69,000', '$1,33,080', '$1,03,050', '$79,850']);
    // This axis's ticks are all lakhs: one unit, so compact.
    expect(india.axisTicks()).to.deep.equal(['$0', '$1L', '$2L']);
    // $50K and $1L would share this axis: whole amounts.
    expect(indiaAxis.axisTicks()).to.deep.equal(['$0', '$50,000', '$1,00,000', '$1,50,000']);
    expect(plainAll(german.values())).to.deep.equal(['211.450 $', '169.000 $', '133.080 $', '103.050 $', '79.850 $']);
    expect(german.axisTicks().map(plain)).to.deep.equal(['0 $', '100.000 $', '200.000 $']);
  });

  for (const width of [320, 1280]) {
    it(`fits whole amounts at ${width} px: every text inside, none overlapping`, async () => {
      const widgets = [
        harnessFor(`<salary-ranking locale="en-IN" ${SPREAD} reference="150000"></salary-ranking>`, width),
        harnessFor('<div lang="en-IN"><salary-ranking></salary-ranking></div>', width),
        harnessFor(`<div lang="de"><salary-ranking ${SPREAD} reference="150000"></salary-ranking></div>`, width),
        harnessFor('<div lang="de"><salary-ranking></salary-ranking></div>', width),
        harnessFor('<div lang="fr"><salary-ranking></salary-ranking></div>', width),
      ];
      for (const ranking of widgets) {
        // Charts far below the screen wait to be drawn.
        ranking.element.scrollIntoView();
        await ranking.drawn();
        const boxes = ranking.allTextBoxes();
        const words = ranking.texts();
        expect(ranking.axisTicks().length, 'some ticks are labelled').to.be.at.least(2);
        for (const [i, a] of boxes.entries()) {
          expect(a.x, `"${words[i]}" inside on the left`).to.be.at.least(-0.5);
          expect(a.x + a.width, `"${words[i]}" inside on the right`).to.be.at.most(width + 0.5);
          for (const [j, b] of boxes.entries()) if (j > i) expect(overlaps(a, b), `"${words[i]}" and "${words[j]}" overlap`).to.be.false;
        }
      }
    });
  }
});
