import { expect, waitUntil } from '@open-wc/testing';
import './index.js';
import type { CompBreakdown } from './comp-breakdown.js';
import { CompBreakdownHarness } from './harness.js';
import { captureWarnings, cleanup, mount, afterLangChange } from '../../test/helpers/dom.js';

/** A breakdown inside a page section written in `lang`, as a blog post in German or French is. */
async function breakdownIn(lang: string, markup = '<comp-breakdown></comp-breakdown>', width = 500): Promise<CompBreakdownHarness> {
  const page = mount<HTMLElement>(`<div lang="${lang}">${markup}</div>`, width);
  const chart = new CompBreakdownHarness(page.querySelector<CompBreakdown>('comp-breakdown')!);
  // A chart mounted below others may be more than a screen down, where it waits to be drawn.
  chart.element.scrollIntoView();
  await chart.drawn();
  await chart.element.updateComplete;
  return chart;
}

/** Everything a reader sees or hears: the figure's text, accessible names and the tooltip of every part. */
async function everyWord(chart: CompBreakdownHarness): Promise<string> {
  const names = chart.$$('[aria-label]').map((element) => element.getAttribute('aria-label'));
  const tooltips: string[] = [];
  for (const part of chart.parts()) tooltips.push(await chart.tooltipOf(Number(part.replace('part-', ''))));
  return [chart.$('figure')!.textContent, ...names, ...tooltips].join(' | ');
}

/** English words the widget writes, none of which a German reader should see. */
const ENGLISH =
  /\b(?:Total|midpoint|Base salary|Equity|Benefits|Health|retirement|of base|of the total|a year|an hour|given as|hours|Source|compensation|Component|Row)\b/;

/** Text with its no-break and narrow no-break spaces as plain ones, for comparing words (shares are checked for them apart). */
const plain = (text: string) => text.replace(/\s+/g, ' ');
/** The accessible names of the parts, spaces made plain. */
const partNames = (chart: CompBreakdownHarness) => chart.markLabels().map(plain);

const heading = (chart: CompBreakdownHarness) => chart.$('[part="heading"]')?.textContent ?? '';
const description = (chart: CompBreakdownHarness) => chart.$('[part="description"]')?.textContent ?? '';

describe('<comp-breakdown> in the reader’s language', () => {
  afterEach(cleanup);

  it('speaks German under lang="de": centre, legend, tooltips, accessible names, summary and the default’s words', async () => {
    const chart = await breakdownIn('de');
    expect(heading(chart)).to.equal('Gesamtvergütung eines Senior-Backend-Entwicklers');
    expect(description(chart)).to.equal('Grundgehalt plus übliche Spannen bei einem großen Technologieunternehmen');
    // German does not shorten thousands: the centre's range is split after its dash, and the midpoint left to the legend.
    expect(chart.centreTexts()).to.deep.equal(['Gesamt', '210.000 $–', '300.000 $']);
    expect(chart.legendRows()).to.deep.equal([
      'Grundgehalt | 150.000 $ | 59 %',
      'Bonus | 15.000 $–30.000 $ | 9 %',
      'Aktien | 30.000 $–90.000 $ | 23 %',
      'Kranken- und Altersvorsorge | 15.000 $–30.000 $ | 9 %',
      'Gesamt (Mittelwert 255.000 $) | 210.000 $–300.000 $ | 100 %',
    ]);
    // Shares as Intl writes German percents: a no-break space before the sign.
    expect(chart.$$('[part="legend"] .share').map((share) => share.textContent)).to.deep.equal([
      '59\u00a0%',
      '9\u00a0%',
      '23\u00a0%',
      '9\u00a0%',
      '100\u00a0%',
    ]);
    expect(partNames(chart)).to.deep.equal([
      'Grundgehalt: 150.000 $ im Jahr, 59 % der Gesamtsumme, gemessen am Mittelwert.',
      'Bonus: 15.000 $–30.000 $ im Jahr, 10–20 % des Grundgehalts, 9 % der Gesamtsumme, gemessen am Mittelwert.',
      'Aktien: 30.000 $–90.000 $ im Jahr, 20–60 % des Grundgehalts, 23 % der Gesamtsumme, gemessen am Mittelwert.',
      'Kranken- und Altersvorsorge: 15.000 $–30.000 $ im Jahr, 9 % der Gesamtsumme, gemessen am Mittelwert.',
    ]);
    expect(await chart.tooltipOf(3)).to.equal('Aktien 30.000 $–90.000 $ im Jahr 20–60 % des Grundgehalts 23 % der Gesamtsumme, gemessen am Mittelwert');
    expect(chart.summary()).to.equal(
      'Gesamtvergütung 210.000 $ bis 300.000 $ im Jahr (Mittelwert 255.000 $): Grundgehalt 150.000 $ (59 %), Bonus 15.000 $ bis 30.000 $ (9 %), Aktien 30.000 $ bis 90.000 $ (23 %), Kranken- und Altersvorsorge 15.000 $ bis 30.000 $ (9 %).',
    );
    expect(chart.caption()).to.equal(
      'Quelle: Spannen aus Gehaltsumfragen der Branche, zusammengefasst in einem Gehaltsleitfaden 2026 für Backend-Entwickler; das Grundgehalt von 150.000 $ ist sein Rechenbeispiel',
    );
    // The chart's group is named as a chart, apart from the figure the heading names.
    expect(chart.$('svg.chart')!.getAttribute('aria-label')).to.equal('Diagramm');
    expect(await everyWord(chart)).not.to.match(ENGLISH);
    await expect(chart.element).to.be.accessible();
  });

  it('speaks German in the bar, in an unnamed chart’s accessible names and in hourly tooltips', async () => {
    const chart = await breakdownIn('de', '<comp-breakdown variant="bar" base="63.98" bonus="10%-20%" amounts="hourly"></comp-breakdown>');
    expect(chart.barTotal()).to.equal('Gesamt 146.386 $–159.694 $ · Mittelwert 153.040 $');
    expect(chart.$('figure')!.getAttribute('aria-label')).to.equal('Aufschlüsselung der Vergütung');
    expect(chart.$('svg.chart')!.getAttribute('aria-label')).to.equal('Diagramm');
    expect(await chart.tooltipOf(1)).to.equal(
      'Grundgehalt 133.078 $ im Jahr angegeben als 63,98 $ pro Stunde × 2.080 Stunden 87 % der Gesamtsumme, gemessen am Mittelwert',
    );
    expect(chart.captionNotes()).to.deep.equal(['Stundenlöhne als Jahresbeträge: Stundenlohn × 2.080 Stunden.']);
    expect(chart.summary()).to.equal(
      'Gesamtvergütung 146.386 $ bis 159.694 $ im Jahr (Mittelwert 153.040 $): Grundgehalt 133.078 $ (87 %), Bonus 13.308 $ bis 26.616 $ (13 %).',
    );
    expect(await everyWord(chart)).not.to.match(ENGLISH);
  });

  it('gives a fixed total in German without a midpoint, and hourly amounts “pro Stunde”', async () => {
    const chart = await breakdownIn('de', '<comp-breakdown base="100000" period="hourly"></comp-breakdown>');
    expect(chart.centreTexts()).to.deep.equal(['Gesamt', '48 $']);
    expect(chart.legendRows()).to.deep.equal(['Grundgehalt | 48,08 $ | 100 %', 'Gesamt | 48,08 $ | 100 %']);
    expect(chart.summary()).to.equal('Gesamtvergütung 48,08 $ pro Stunde: Grundgehalt 48,08 $ (100 %).');
  });

  it('writes a percent of base as the locale does, decimals and all', async () => {
    const chart = await breakdownIn('de', '<comp-breakdown base="100000" bonus="12.5%"></comp-breakdown>');
    expect(partNames(chart)[1]).to.equal('Bonus: 12.500 $ im Jahr, 12,5 % des Grundgehalts, 11 % der Gesamtsumme, gemessen am Mittelwert.');
  });

  it('names unlabelled parts in the reader’s language and keeps the author’s own labels as written', async () => {
    const data = `{"compensation": {"base": 90000, "components": [{"value": 5000}, {"label": "Signing bonus", "value": 10000}]}}`;
    const chart = await breakdownIn('de', `<comp-breakdown data='${data}'></comp-breakdown>`);
    expect(chart.legendRows().map((row) => row.split(' | ')[0])).to.deep.equal(['Grundgehalt', 'Komponente 1', 'Signing bonus', 'Gesamt']);
    const english = await breakdownIn('en', `<comp-breakdown data='${data}'></comp-breakdown>`);
    expect(english.legendRows().map((row) => row.split(' | ')[0])).to.deep.equal(['Base salary', 'Component 1', 'Signing bonus', 'Total']);
    // A table row with a value and no label.
    const table = await breakdownIn(
      'fr',
      '<comp-breakdown><table><tr><td>Salaire de base</td><td>150000</td></tr><tr><td></td><td>5000</td></tr></table></comp-breakdown>',
    );
    expect(table.legendRows().map((row) => row.split(' | ')[0])).to.deep.equal(['Salaire de base', 'Ligne 2', 'Total']);
  });

  it('says that every component is zero in German', async () => {
    const page = mount<HTMLElement>('<div lang="de"><comp-breakdown base="0" bonus="0%"></comp-breakdown></div>', 500);
    const chart = new CompBreakdownHarness(page.querySelector<CompBreakdown>('comp-breakdown')!);
    await waitUntil(() => chart.emptyMessage(), 'empty state shown');
    expect(chart.emptyMessage()).to.equal('Alle Komponenten sind null, es gibt nichts zu zeichnen.');
    expect(chart.summary()).to.equal('Alle Komponenten sind null, es gibt nichts zu zeichnen.');
  });

  it('speaks Spanish, French and Portuguese', async () => {
    const es = await breakdownIn('es');
    expect(es.centreTexts()).to.deep.equal(['Total', '210 mil US$–', '300 mil US$']);
    expect(es.legendRows()[1]).to.equal('Bonificación | 15.000 US$–30.000 US$ | 9 %');
    expect(es.legendRows()[4]).to.equal('Total (punto medio 255.000 US$) | 210.000 US$–300.000 US$ | 100 %');
    expect(partNames(es)[1]).to.equal('Bonificación: 15.000 US$–30.000 US$ al año, 10–20 % del salario base, 9 % del total en el punto medio.');
    expect(heading(es)).to.equal('Remuneración total de un desarrollador backend sénior');

    const fr = await breakdownIn('fr', '<comp-breakdown currency="EUR"></comp-breakdown>');
    expect(fr.centreTexts()).to.deep.equal(['Total', '210 k €–', '300 k €']);
    expect(fr.legendRows()[3]).to.equal('Avantages santé et retraite | 15 000 €–30 000 € | 9 %');
    expect(fr.summary()).to.equal(
      'Rémunération totale de 210 000 € à 300 000 € par an (point médian 255 000 €) : Salaire de base 150 000 € (59 %), Prime 15 000 € à 30 000 € (9 %), Actions 30 000 € à 90 000 € (23 %), Avantages santé et retraite 15 000 € à 30 000 € (9 %).',
    );
    // French: a no-break space before the colon.
    expect(fr.$('[part="caption"]')!.textContent.trim()).to.match(/^Source\u00a0: Fourchettes issues d’enquêtes salariales du secteur/);

    const pt = await breakdownIn('pt');
    expect(pt.legendRows()[0]).to.equal('Salário-base | US$ 150.000 | 59%');
    expect(await pt.tooltipOf(2)).to.equal('Bônus US$ 15.000–US$ 30.000 por ano 10–20% do salário-base 9% do total no ponto médio');
    expect(description(pt)).to.equal('Salário-base mais as faixas típicas em uma grande empresa de tecnologia');
  });

  it('takes a region’s language (pt-BR, es-MX), and English words with Japanese numbers under ja', async () => {
    const br = await breakdownIn('pt-BR');
    expect(br.legendRows()[4]).to.equal('Total (ponto médio US$ 255.000) | US$ 210.000–US$ 300.000 | 100%');
    const mx = await breakdownIn('es-MX');
    expect(mx.legendRows()[0]).to.equal('Salario base | USD 150,000 | 59%');
    expect(mx.summary()).to.match(/^Remuneración total de USD 210,000 a USD 300,000 al año \(punto medio USD 255,000\): Salario base/);
    const ja = await breakdownIn('ja');
    expect(ja.centreTexts()).to.deep.equal(['Total', '$21万–$30万', 'midpoint $25.5万']);
    expect(ja.legendRows()[0]).to.equal('Base salary | $150,000 | 59%');
  });

  it('redraws in French when the wrapper’s lang changes from en to fr', async () => {
    const chart = await breakdownIn('en');
    expect(chart.legendRows()[0]).to.equal('Base salary | $150,000 | 59%');
    chart.element.parentElement!.setAttribute('lang', 'fr');
    await afterLangChange(chart.element);
    expect(chart.centreTexts()).to.deep.equal(['Total', '210 k $US–', '300 k $US']);
    expect(chart.legendRows()[0]).to.equal('Salaire de base | 150 000 $US | 59 %');
    expect(heading(chart)).to.equal('Rémunération totale d’un développeur backend senior');
    expect(partNames(chart)[0]).to.equal('Salaire de base : 150 000 $US par an, 59 % du total au point médian.');
    // The core's name for a mark puts a no-break space before the French colon.
    expect(chart.markLabels()[0]).to.match(/^Salaire de base\u00a0: /);
  });

  it('follows the lang of an ancestor outside the shadow root that holds it', async () => {
    const outer = mount<HTMLElement>('<div lang="de"><div></div></div>', 500);
    const root = outer.firstElementChild!.attachShadow({ mode: 'open' });
    root.innerHTML = '<comp-breakdown></comp-breakdown>';
    const chart = new CompBreakdownHarness(root.querySelector<CompBreakdown>('comp-breakdown')!);
    await chart.drawn();
    expect(chart.legendRows()[0]).to.equal('Grundgehalt | 150.000 $ | 59 %');
    outer.setAttribute('lang', 'pt');
    await afterLangChange(chart.element);
    expect(chart.legendRows()[0]).to.equal('Salário-base | US$ 150.000 | 59%');
  });

  it('takes the author’s words from the strings attribute and property', async () => {
    const chart = await breakdownIn('en', `<comp-breakdown strings='{"baseSalary": "Fixed pay", "midpoint": "middle {amount}"}'></comp-breakdown>`);
    expect(chart.legendRows()[0]).to.equal('Fixed pay | $150,000 | 59%');
    expect(chart.centreTexts()).to.deep.equal(['Total', '$210K–$300K', 'middle $255K']);
    expect(partNames(chart)[0]).to.equal('Fixed pay: $150,000 a year, 59% of the total at the midpoint.');
    chart.element.strings = { total: 'Sum', defaultHeading: 'What a senior developer earns' };
    await chart.element.updateComplete;
    expect(chart.centreTexts()[0]).to.equal('Sum');
    expect(heading(chart)).to.equal('What a senior developer earns');
    // The property's words replace the attribute's.
    expect(chart.legendRows()[0]).to.equal('Base salary | $150,000 | 59%');
  });

  it('warns once about a key no catalog has, and still draws', async () => {
    const warnings = captureWarnings();
    try {
      const chart = await breakdownIn('en', `<comp-breakdown strings='{"basesalary": "Fixed pay"}'></comp-breakdown>`);
      expect(warnings.messages).to.deep.equal(['<comp-breakdown> strings: no message is called "basesalary"; the README lists the keys.']);
      expect(chart.legendRows()[0]).to.equal('Base salary | $150,000 | 59%');
    } finally {
      warnings.restore();
    }
  });
});

describe('<comp-breakdown> amounts that Intl would write in two units', () => {
  afterEach(cleanup);

  // The seed's 10th and 90th percentiles as a total range: $79,850 base and $0–$131,600 in equity.
  const RANGE = '<comp-breakdown base="79850" equity="0-131600"></comp-breakdown>';

  it('writes the centre’s amounts whole under en-IN, never "$79.9K" beside "$2.11L"', async () => {
    const chart = await breakdownIn('en-IN', RANGE);
    expect(chart.centreTexts()).to.deep.equal(['Total', '$79,850–', '$2,11,450']);
    for (const text of chart.centreTexts()) expect(text).not.to.match(/\d[KL]\b/);
  });

  it('writes the bar’s short total whole under en-IN', async () => {
    // 400 px is narrow enough for the short total, which must not mix units either.
    const chart = await breakdownIn('en-IN', RANGE.replace('<comp-breakdown', '<comp-breakdown variant="bar"'), 400);
    expect(chart.barTotal()).to.equal('Total $79,850–$2,11,450 · midpoint $1,45,650');
  });

  it('writes whole amounts under German, where thousands are not shortened', async () => {
    const chart = await breakdownIn('de', RANGE);
    expect(chart.centreTexts()).to.deep.equal(['Gesamt', '79.850 $–', '211.450 $']);
    const bar = await breakdownIn('de', RANGE.replace('<comp-breakdown', '<comp-breakdown variant="bar"'), 400);
    expect(bar.barTotal()).to.equal('Gesamt 79.850 $–211.450 $ · Mittelwert 145.650 $');
  });
});

describe('<comp-breakdown> notes and sources in the reader’s language', () => {
  afterEach(cleanup);

  it('names an unlabelled row without a figure in German in the caption', async () => {
    const chart = await breakdownIn(
      'de',
      '<comp-breakdown><table><tr><th>Komponente</th><th>Betrag</th></tr><tr><td>Grundgehalt</td><td>150.000 $</td></tr><tr><td>Bonus</td><td>15.000 $</td></tr><tr><td></td><td>-</td></tr></table></comp-breakdown>',
    );
    expect(plain(chart.caption())).to.contain('Keine veröffentlichte Zahl für Zeile 3.');
  });

  it('cites the guide’s worked example in US dollars whatever currency the chart is labelled in', async () => {
    const chart = await breakdownIn('de', '<comp-breakdown currency="EUR"></comp-breakdown>');
    expect(plain(chart.caption())).to.contain('das Grundgehalt von 150.000 $ ist sein Rechenbeispiel');
  });
});
