import type { WidgetTag } from '../../src/widgets.js';

/** What the reliability suite needs to know about each widget. */
export interface WidgetCase {
  tag: string;
  /** Attributes that make it draw. */
  valid: Record<string, string>;
  /** Attributes holding amounts, and how to put a bad number into each. */
  numbers: Record<string, (bad: string) => Record<string, string>>;
  /** Text attributes shown to readers. */
  texts: string[];
  /** Enumerated attributes of its own. */
  enums: string[];
  /** The JSON section it reads. */
  section: string;
  /** A valid section (test values, not published figures). */
  sectionData: unknown;
}

const same = (name: string) => (bad: string) => ({ [name]: bad });

export const WIDGET_CASES: (WidgetCase & { tag: WidgetTag })[] = [
  {
    tag: 'salary-percentile-bar',
    valid: { p10: '79850', p25: '103050', p50: '133080', p75: '169000', p90: '211450', marker: '150000', reference: '49500' },
    numbers: Object.fromEntries(['p10', 'p25', 'p50', 'p75', 'p90', 'marker', 'reference'].map((n) => [n, same(n)])),
    texts: ['heading', 'description', 'source', 'marker-label', 'reference-label'],
    enums: [],
    section: 'percentiles',
    sectionData: { p10: 41000, p25: 52000, p50: 63000, p75: 74000, p90: 85000 },
  },
  {
    tag: 'state-salary-map',
    valid: { values: 'CA:170910, WA:163440' },
    numbers: { values: (bad) => ({ values: `CA:170910, WA:${bad}` }) },
    texts: ['heading', 'description', 'source'],
    enums: ['layout', 'steps', 'ranking', 'classes'],
    section: 'states',
    sectionData: { CA: 120000, WA: 110000 },
  },
  {
    tag: 'comp-breakdown',
    valid: { base: '150000', bonus: '10%-20%' },
    numbers: Object.fromEntries(['base', 'bonus', 'equity', 'benefits'].map((n) => [n, (bad: string) => ({ base: '150000', [n]: bad })])),
    texts: ['heading', 'description', 'source'],
    enums: ['variant'],
    section: 'compensation',
    sectionData: { base: 100000, bonus: '10%' },
  },
  {
    tag: 'salary-ranking',
    valid: { values: 'San Jose\\, CA:180000, Seattle:165000', reference: '133080' },
    numbers: { values: (bad) => ({ values: `Seattle:165000, Boulder:${bad}` }), reference: same('reference') },
    texts: ['heading', 'description', 'source', 'reference-label'],
    enums: ['sort', 'top'],
    section: 'ranking',
    sectionData: [
      { label: 'A', value: 120000 },
      { label: 'B', value: 110000 },
    ],
  },
  {
    tag: 'salary-compare',
    valid: { p10: '79850', p25: '103050', p50: '133080', p75: '169000', p90: '211450', value: '95000' },
    numbers: Object.fromEntries(['p10', 'p25', 'p50', 'p75', 'p90', 'reference'].map((n) => [n, same(n)])),
    texts: ['heading', 'description', 'source', 'reference-label'],
    enums: [],
    section: 'percentiles',
    sectionData: { p10: 41000, p25: 52000, p50: 63000, p75: 74000, p90: 85000 },
  },
];

/** Every registered widget has its case: a new widget cannot be left out of the reliability suite. */
export function missingCases(tags: readonly string[]): string[] {
  return tags.filter((tag) => !WIDGET_CASES.some((w) => w.tag === tag));
}

/** Resolves once the widget has drawn, shown an error, or an empty state. */
export async function settled(el: Element, timeout = 5000): Promise<'drawn' | 'error' | 'empty'> {
  const start = performance.now();
  // An update already due (widgets draw in animation frames) is part of settling.
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  for (;;) {
    const root = el.shadowRoot;
    if (root?.querySelector('[role="alert"]')) return 'error';
    if (root?.querySelector('svg.chart')) return 'drawn';
    if (root?.querySelector('.empty')) return 'empty';
    if (performance.now() - start > timeout) throw new Error(`<${el.localName}> did not settle`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

export const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';
