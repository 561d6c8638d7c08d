// The embed builder: a form → a widget spec → a live preview and a snippet.
// Everything is built with DOM APIs and escaped text; nothing is sent anywhere.
//
// The data table holds one of three things: the sample (shown greyed, as
// placeholders), rows the blogger typed, or rows pasted or imported from a
// spreadsheet. Pasted rows go to the widget as a table, so it reads them as it
// would read a table in the post: columns by their headers, footnotes, BLS's
// "#" and "-". When what it read is plain figures, the code carries them in
// attributes; when it interpreted something that only a table carries
// (top-codes, hourly wages, rows with no figure), the code carries the table.

const CDN = 'https://cdn.jsdelivr.net/npm/salary-widgets@';
const DEFAULT_PATH = '/js/salary-widgets.js';
/** The script this page runs, so the download, the hash and the preview are the same file. */
const SCRIPT_URL = document.querySelector('script[src$="salary-widgets.js"]').src;
/** More rows than any widget draws; a bigger paste is probably not the table meant. */
const MAX_ROWS = 2000;
const MAX_FILE_BYTES = 2_000_000;

const BLS = { source: 'BLS OEWS, May 2024', sourceUrl: 'https://www.bls.gov/oes/' };
const PERCENTILE_ROWS = [
  ['p10', '79850'],
  ['p25', '103050'],
  ['p50', '133080'],
  ['p75', '169000'],
  ['p90', '211450'],
];

/**
 * Each widget's sample: the seed's figures, their source, the heading
 * suggested for them, and a neutral heading for the blogger's own figures
 * (a sample heading over someone else's data would be wrong).
 */
const SAMPLES = {
  'salary-percentile-bar': {
    columns: ['Percentile', 'Annual amount'],
    fixed: true,
    rows: PERCENTILE_ROWS,
    heading: 'Software developer pay in the United States',
    ownHeading: 'Pay by percentile',
    section: 'percentiles',
    ...BLS,
  },
  'state-salary-map': {
    columns: ['State', 'Annual amount'],
    rows: [
      ['CA', '170910'],
      ['WA', '163440'],
      ['NY', '152780'],
      ['MA', '148530'],
      ['MD', '145200'],
      ['NJ', '143870'],
      ['CO', '141220'],
      ['VA', '139560'],
      ['CT', '137880'],
      ['OR', '136240'],
    ],
    heading: 'The ten top-paying states for software developers',
    ownHeading: 'Annual pay by state',
    section: 'states',
    ...BLS,
  },
  'salary-ranking': {
    columns: ['Label', 'Annual amount'],
    rows: [
      ['San Jose-Sunnyvale-Santa Clara, CA', '180000'],
      ['Seattle-Tacoma-Bellevue, WA', '165000'],
      ['San Francisco-Oakland-Berkeley, CA', '161000'],
      ['New York-Newark-Jersey City, NY-NJ-PA', '155000'],
      ['Boston-Cambridge-Nashua, MA-NH', '150000'],
    ],
    heading: 'Top-paying metro areas for software developers',
    ownHeading: 'Annual pay, ranked',
    section: 'ranking',
    ...BLS,
  },
  'salary-compare': {
    columns: ['Percentile', 'Annual amount'],
    fixed: true,
    rows: PERCENTILE_ROWS,
    heading: 'How does your pay compare?',
    ownHeading: 'How does your pay compare?',
    section: 'percentiles',
    ...BLS,
  },
  'comp-breakdown': {
    columns: ['Component', 'Amount, % of base or range'],
    rows: [
      ['Base salary', '150000'],
      ['Bonus', '10%-20%'],
      ['Equity', '20%-60%'],
      ['Benefits', '15000-30000'],
    ],
    heading: 'Total compensation of a senior backend developer',
    ownHeading: 'Total compensation',
    section: 'compensation',
    // The seed's example comes from industry pay surveys, not from BLS.
    source: 'Typical ranges from industry salary surveys',
    sourceUrl: '',
  },
};
const NAMED = { 'Base salary': 'base', Bonus: 'bonus', Equity: 'equity', Benefits: 'benefits' };
const PERCENTILE_KEYS = ['p10', 'p25', 'p50', 'p75', 'p90'];
const OPTION_NAMES = {
  'salary-percentile-bar': ['marker', 'marker-label', 'reference', 'reference-label', 'bands'],
  'state-salary-map': ['layout', 'steps', 'ranking', 'highlight'],
  'comp-breakdown': ['variant'],
  'salary-ranking': ['sort', 'top', 'highlight', 'reference', 'reference-label'],
  'salary-compare': ['value', 'reference', 'reference-label'],
};
const COMMON = ['heading', 'description', 'source', 'source-url', 'amounts', 'period', 'locale', 'currency', 'theme'];
/** What the widget needs to read a pasted table as the preview will. */
const READ_OPTIONS = ['value-column', 'label-column', 'amounts', 'locale', 'currency'];
/** What the widget reads from a table that attributes and JSON cannot say, for the sentence about the code. */
const TABLE_ONLY = {
  'top-coded': 'top-coded figures (“#”)',
  hourly: 'hourly wages',
  missing: 'rows with no figure',
  skipped: 'national or total rows',
};

const $ = (id) => document.getElementById(id);
const form = $('form');

/** The data table: `origin` is "sample", "typed" or "pasted"; `headers` is [] when the rows came without a header. */
let table = { origin: 'sample', headers: [], rows: [], from: '' };
/** What the widget made of a pasted table: its data, notes and error, and plain rows when it read only plain figures. */
let reading = null;
/** The preview's own outcome: its notes, or its error message. */
let previewState = null;
/** The JSON last written from the table, to tell whether the blogger changed it. */
let syncedJson = '';
let integrity = '';
let updates = 0;

// ---- data ---------------------------------------------------------------

const sample = () => SAMPLES[form.widget.value];
const filled = (cell) => String(cell ?? '').trim() !== '';

/**
 * The figures as [label, value] rows in the form attributes and JSON take, or
 * undefined when the data can only travel as a table.
 */
function dataRows() {
  if (table.origin === 'sample') return sample().rows;
  if (table.origin === 'typed') {
    return sample().fixed ? table.rows.filter(([, value]) => filled(value)) : table.rows.filter(([label, value]) => filled(label) && filled(value));
  }
  return reading?.rows;
}

/** The JSON document for [label, value] rows. */
function documentFromRows(widget, rows) {
  const { section } = SAMPLES[widget];
  const num = (v) => (/^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v.trim());
  if (widget === 'salary-percentile-bar' || widget === 'salary-compare' || widget === 'state-salary-map') {
    return { [section]: Object.fromEntries(rows.map(([k, v]) => [k.trim(), num(v)])) };
  }
  if (widget === 'salary-ranking') return { [section]: rows.map(([label, value]) => ({ label: label.trim(), value: num(value) })) };
  const comp = {};
  const components = [];
  for (const [label, value] of rows) {
    const key = NAMED[label.trim()];
    if (key && !(key in comp)) comp[key] = num(value);
    else components.push({ label: label.trim(), value: num(value) });
  }
  if (components.length) comp.components = components;
  return { [section]: comp };
}

/** Rows for the table editor from a JSON document, when it has the widget's section. */
function rowsFromDocument(widget, doc) {
  const section = doc?.[SAMPLES[widget].section] ?? doc;
  if (!section || typeof section !== 'object') return null;
  if (widget === 'salary-ranking') return Array.isArray(section) ? section.map((d) => [String(d?.label ?? ''), String(d?.value ?? '')]) : null;
  if (widget === 'comp-breakdown') {
    const byKey = Object.fromEntries(Object.entries(NAMED).map(([label, key]) => [key, label]));
    const out = Object.entries(section)
      .filter(([k]) => k !== 'components')
      .map(([k, v]) => [byKey[k] ?? k, String(v)]);
    for (const c of Array.isArray(section.components) ? section.components : []) out.push([String(c.label ?? ''), String(c.value ?? '')]);
    return out;
  }
  return Object.entries(section).map(([k, v]) => [k, String(v)]);
}

// ---- reading a pasted table ---------------------------------------------

/** How many columns the table has: its header's, or its longest row's. */
const columnCount = () => Math.max(table.headers.length, ...table.rows.map((row) => row.length), 1);

/** The pasted table as a <table>, the way a blogger would have it in a post. */
function tableElement() {
  const width = columnCount();
  const element = document.createElement('table');
  const row = (cells, tag) => {
    const tr = document.createElement('tr');
    for (let j = 0; j < width; j++) {
      const cell = document.createElement(tag);
      cell.textContent = cells[j] ?? '';
      tr.append(cell);
    }
    return tr;
  };
  if (table.headers.some(filled)) element.createTHead().append(row(table.headers, 'th'));
  element.createTBody().append(...table.rows.map((cells) => row(cells, 'td')));
  return element;
}

/** Lets the widget read the pasted table out of sight: what it drew, what it interpreted, or its error. */
async function readPasted(widget) {
  const reader = document.createElement(widget);
  for (const name of READ_OPTIONS) {
    const value = optionValue(widget, name);
    if (value) reader.setAttribute(name, value);
  }
  // Every row in the table's own order, whatever order and cut the chart will show.
  if (widget === 'salary-ranking') reader.setAttribute('sort', 'none');
  reader.append(tableElement());
  let error = null;
  reader.addEventListener('salary-error', (e) => {
    e.stopPropagation();
    error = e.detail.message;
  });
  reader.addEventListener('salary-data', (e) => e.stopPropagation());
  $('reader').replaceChildren(reader);
  await reader.updateComplete;
  const result = { data: reader.currentData, notes: [...reader.dataNotes], error };
  reader.remove();
  return { ...result, rows: error ? undefined : plainRows(widget, result.data, result.notes) };
}

const isAmount = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A breakdown value as its attribute writes it: "150000", "15%", "10%-20%". */
function specText(spec) {
  const unit = spec.percent ? '%' : '';
  return spec.low === spec.high ? `${spec.low}${unit}` : `${spec.low}${unit}-${spec.high}${unit}`;
}

/**
 * The map's StateValues (amounts by postal code, top-codes, names that are no
 * state), which its drawn model keeps under `data`.
 */
const mapValues = (data) => (data?.data instanceof Object && 'values' in data.data ? data.data : data);

/**
 * What the widget read, as [label, value] rows of plain figures, when nothing
 * was interpreted that attributes or JSON cannot carry; otherwise undefined,
 * and the code carries the table itself.
 */
function plainRows(widget, data, notes) {
  if (!data || notes.some((note) => note.kind !== 'column' && note.kind !== 'footnotes')) return undefined;
  switch (widget) {
    case 'salary-percentile-bar':
    case 'salary-compare': {
      const values = data.values;
      if (!Array.isArray(values) || values.length !== PERCENTILE_KEYS.length || !values.every(isAmount)) return undefined;
      if (data.topCoded?.some(Boolean) || data.fromHourly) return undefined;
      return PERCENTILE_KEYS.map((key, i) => [key, String(values[i])]);
    }
    case 'state-salary-map': {
      const states = mapValues(data);
      if (!(states?.values instanceof Map) || states.topCoded?.size || states.fromHourly || ![...states.values.values()].every(isAmount)) return undefined;
      return [...states.values].map(([postal, value]) => [postal, String(value)]);
    }
    case 'salary-ranking': {
      const items = data.items;
      if (!Array.isArray(items) || data.reference || items.length !== (data.total ?? items.length)) return undefined;
      if (items.some((item) => !isAmount(item.value) || item.topCoded || item.fromHourly)) return undefined;
      return items.map((item) => [item.label, String(item.value)]);
    }
    case 'comp-breakdown': {
      const components = data.components;
      if (!Array.isArray(components)) return undefined;
      const labelOf = Object.fromEntries(Object.entries(NAMED).map(([label, key]) => [key, label]));
      const rows = [];
      for (const { key, label, spec } of components) {
        // A named part needs its own label and an unnamed one a label of its own, or the attributes would relabel them.
        const named = key in labelOf;
        if ((named && labelOf[key] !== label) || (!named && label in NAMED) || !spec) return undefined;
        rows.push([label, specText(spec)]);
      }
      return rows;
    }
  }
  return undefined;
}

// ---- spec → element and snippet ------------------------------------------

/** The input for an option: in the chosen widget's own box first, since some names repeat across widgets. */
function field(widget, name) {
  return (
    document.querySelector(`[data-for="${widget}"] [name="${name}"]`) ??
    form.querySelector(`:not([data-for]) > label > [name="${name}"], :not([data-for]) > [name="${name}"]`)
  );
}

function optionValue(widget, name) {
  const el = field(widget, name);
  if (el?.type === 'checkbox') return el.checked ? el.value : '';
  return String(el?.value ?? '').trim();
}

/** JSON as one line for an attribute; text that does not parse is kept, so the widget can say what is wrong. */
function compactJson(text) {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

/**
 * What to embed: the tag, its attributes in order, and whether the table
 * goes inside. `carries` says in words where the data is.
 */
function buildSpec() {
  const widget = form.widget.value;
  const attrs = [];
  let withTable = false;
  let carries;
  if (form.mode.value === 'json') {
    attrs.push(['data', compactJson($('json').value.trim())]);
    carries = 'The code carries your JSON in the <code>data</code> attribute.';
  } else {
    const rows = dataRows();
    if (rows) carries = pushData(widget, rows, attrs);
    else {
      withTable = true;
      for (const name of ['value-column', 'label-column']) {
        const value = optionValue(widget, name);
        if (value) attrs.push([name, value]);
      }
      carries = tableReason();
    }
  }
  for (const name of [...COMMON, ...OPTION_NAMES[widget]]) {
    let value = optionValue(widget, name);
    if (name === 'heading' && !value) value = field(widget, name).placeholder;
    if (value) attrs.push([name, value]);
  }
  const style = [];
  if (form.elements.namedItem('custom-colours').checked) {
    for (const input of $('colours').querySelectorAll('input')) style.push(`${input.name}: ${input.value}`);
  }
  return { widget, attrs, withTable, carries, style: style.join('; ') };
}

/** Puts [label, value] rows into the widget's own attributes, else a `data` attribute; returns the sentence saying which. */
function pushData(widget, rows, attrs) {
  const whose = table.origin === 'sample' ? 'the sample figures' : 'your figures';
  if (widget === 'salary-percentile-bar' || widget === 'salary-compare') {
    for (const [key, value] of rows) attrs.push([key, value.trim()]);
    return `The code carries ${whose} in the <code>p10</code> … <code>p90</code> attributes.`;
  }
  if (widget === 'state-salary-map' || widget === 'salary-ranking') {
    // Commas inside a label are escaped for the compact "Label:value, …" form.
    attrs.push(['values', rows.map(([label, value]) => `${label.trim().replace(/,/g, '\\,')}:${value.trim()}`).join(', ')]);
    return `The code carries ${whose} in the <code>values</code> attribute.`;
  }
  const comp = documentFromRows(widget, rows).compensation;
  if (comp.components) {
    attrs.push(['data', JSON.stringify({ compensation: comp })]);
    return `The code carries ${whose} as JSON in the <code>data</code> attribute: parts other than base salary, bonus, equity and benefits have no attributes of their own.`;
  }
  for (const [key, value] of Object.entries(comp)) attrs.push([key, String(value)]);
  return `The code carries ${whose} in the <code>${Object.keys(comp).join('</code>, <code>')}</code> attributes.`;
}

/** What only a table keeps of the pasted one: "its top-coded figures (“#”) and hourly wages". */
function tableKept() {
  if (!reading || reading.error) return 'the chart could not read it yet';
  const kinds = [...new Set(reading.notes.map((note) => note.kind))].filter((kind) => kind in TABLE_ONLY);
  return `only a table keeps ${kinds.length ? `its ${listOf(kinds.map((kind) => TABLE_ONLY[kind]))}` : 'its labels as they are'}`;
}

/** Why the code carries the pasted table rather than attributes. */
function tableReason() {
  if (!reading || reading.error) {
    return 'The chart could not read your table yet (see “How the chart read your data”), so the code carries the table as it is.';
  }
  return `The code carries your table as it is, because ${tableKept()}. Readers without JavaScript see the table.`;
}

function renderPreview(spec) {
  const el = document.createElement(spec.widget);
  for (const [name, value] of spec.attrs) el.setAttribute(name, value);
  for (const decl of spec.style ? spec.style.split('; ') : []) {
    const [prop, value] = decl.split(': ');
    el.style.setProperty(prop, value);
  }
  if (spec.withTable) el.append(tableElement());
  // The preview draws at once, even below a phone's first screen; the code keeps the default lazy drawing.
  el.setAttribute('loading', 'eager');
  previewState = null;
  el.addEventListener('salary-data', (e) => {
    previewState = { notes: e.detail.notes, error: null };
    explain();
  });
  el.addEventListener('salary-error', (e) => {
    previewState = { notes: [], error: e.detail.message };
    explain();
  });
  $('preview').replaceChildren(el);
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const version = () => window.SalaryWidgets?.version ?? '0.0.0';
const cdnUrl = () => `${CDN}${version()}/dist/salary-widgets.js`;
const loadChoice = () => document.querySelector('input[name="load"]:checked').value;

/** The script line: from jsDelivr, pinned, or from the blogger's own site; the same hash either way. */
function scriptTag() {
  const hash = integrity ? ` integrity="${integrity}"` : '';
  if (loadChoice() === 'self') {
    const path = $('self-path').value.trim() || DEFAULT_PATH;
    // Another origin must send CORS headers for the hash to be checked.
    const cors = /^(https?:)?\/\//i.test(path) ? ' crossorigin="anonymous"' : '';
    return `<script src="${escapeAttr(path)}"${hash}${cors} defer></script>`;
  }
  return `<script src="${cdnUrl()}"${hash} crossorigin="anonymous" defer></script>`;
}

/** The pasted table as markup, indented inside the element. */
function tableHtml() {
  const width = columnCount();
  const cells = (row, tag) => Array.from({ length: width }, (_, j) => `<${tag}>${escapeText(String(row[j] ?? ''))}</${tag}>`).join('');
  const lines = ['  <table>'];
  if (table.headers.some(filled)) lines.push(`    <thead><tr>${cells(table.headers, 'th')}</tr></thead>`);
  lines.push('    <tbody>', ...table.rows.map((row) => `      <tr>${cells(row, 'td')}</tr>`), '    </tbody>', '  </table>');
  return lines.join('\n');
}

/** The markup a blogger pastes: the script, then the element. */
function snippet(spec) {
  const attrs = [...spec.attrs.map(([n, v]) => `${n}="${escapeAttr(v)}"`), ...(spec.style ? [`style="${escapeAttr(spec.style)}"`] : [])];
  const open = attrs.length ? `<${spec.widget}\n  ${attrs.join('\n  ')}\n>` : `<${spec.widget}>`;
  const body = spec.withTable ? `\n${tableHtml()}\n` : '';
  return `${scriptTag()}\n\n${open}${body}</${spec.widget}>`;
}

// ---- how the widget read the data ----------------------------------------

function listOf(items, max = Infinity) {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : items;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

function money(amount) {
  const options = { style: 'currency', currency: optionValue(form.widget.value, 'currency') || 'USD', maximumFractionDigits: 0 };
  try {
    return new Intl.NumberFormat(optionValue(form.widget.value, 'locale') || 'en-US', options).format(amount);
  } catch {
    return new Intl.NumberFormat('en-US', { ...options, currency: 'USD' }).format(amount);
  }
}

/** A note the widget made while reading, in words for the blogger. */
function describe(note) {
  const labels = (list) =>
    listOf(
      list.map((label) => `“${label}”`),
      6,
    );
  switch (note.kind) {
    case 'column':
      // A table without a header row has its columns named by number.
      return /^column \d+$/i.test(note.header) ? `Amounts from ${note.header.toLowerCase()}.` : `Amounts from the column “${note.header}”.`;
    case 'hourly':
      return 'Hourly wages, turned into annual pay × 2,080 hours; the caption tells readers.';
    case 'top-coded':
      return `Top-coded (“#”): ${labels(note.labels)}. BLS publishes no figure above ${money(note.threshold)}, so the chart shows “≥ ${money(note.threshold)}”.`;
    case 'footnotes':
      return `Footnote markers removed: ${note.markers.join(' ')}.`;
    case 'missing':
      return `No figure, shown as no data: ${labels(note.labels)}.`;
    case 'skipped':
      // A ranking draws a table's national row as its reference line, unless the blogger set one.
      if (form.widget.value === 'salary-ranking' && !optionValue('salary-ranking', 'reference')) {
        return `Not ranked: ${labels(note.labels)}; a national row becomes the reference line.`;
      }
      return `Left out, not data: ${labels(note.labels)}.`;
  }
  return undefined;
}

/** Lists what the widget interpreted, and its error if it could not draw. */
function explain() {
  const pasted = reading !== null;
  const notes = pasted ? reading.notes : (previewState?.notes ?? []);
  const error = (pasted && reading.error) || previewState?.error || null;
  const items = notes.map(describe).filter(Boolean);
  const data = pasted ? reading.data : $('preview').firstElementChild?.currentData;
  const unknown = form.widget.value === 'state-salary-map' ? (mapValues(data)?.unknown ?? []) : [];
  if (unknown.length) items.push(`Not a state, left out: ${listOf(unknown, 6)}.`);
  if (pasted && table.repeatedHeaders) items.push(`Left out: ${table.repeatedHeaders} repeated header row${table.repeatedHeaders > 1 ? 's' : ''}.`);
  if (!items.length && !error) {
    if (table.origin === 'sample') items.push('The sample figures, read as they are.');
    else items.push('Your figures, read as they are.');
  }
  // The list is a live region: rewrite it only when its words change, not on every keystroke.
  const shown = [...$('notes').children].map((li) => li.textContent);
  if (shown.join('\n') !== items.join('\n')) {
    $('notes').replaceChildren(
      ...items.map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  }
  $('data-error').hidden = !error;
  $('data-error').textContent = error ? `The chart could not be drawn: ${error}` : '';
}

// ---- CSV ------------------------------------------------------------------

// Spreadsheet apps run cells that start with = + - @ as formulas.
const csvCell = (v) => {
  let s = String(v);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function downloadCsv() {
  const widget = form.widget.value;
  let lines;
  if (table.origin === 'pasted') lines = table.headers.some(filled) ? [table.headers, ...table.rows] : table.rows;
  else lines = [SAMPLES[widget].columns, ...(dataRows() ?? [])];
  const blob = new Blob([lines.map((r) => r.map(csvCell).join(',')).join('\n') + '\n'], { type: 'text/csv' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${widget}-data.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  say('CSV downloaded.');
}

// ---- the table editor -----------------------------------------------------

/** Header text for column j, or "Column n" when the rows came without a header. */
const columnName = (j) => (table.origin === 'pasted' ? table.headers[j]?.trim() || `Column ${j + 1}` : sample().columns[j]);

function renderTable() {
  const pasted = table.origin === 'pasted';
  const fixed = !pasted && !!sample().fixed;
  const width = pasted ? columnCount() : 2;
  const names = Array.from({ length: width }, (_, j) => columnName(j));
  const head = $('rows').tHead.rows[0];
  head.replaceChildren(
    ...names.map((name, j) => {
      const th = document.createElement('th');
      th.textContent = name;
      if (pasted && !table.headers[j]?.trim()) th.className = 'unnamed';
      return th;
    }),
  );
  if (!fixed) {
    const th = document.createElement('th');
    th.innerHTML = '<span class="sr-only">Remove</span>';
    head.append(th);
  }
  $('rows').classList.toggle('wide', width > 2);
  $('rows').tBodies[0].replaceChildren(
    ...table.rows.map((row, i) => {
      const tr = document.createElement('tr');
      for (let j = 0; j < width; j++) {
        const td = document.createElement('td');
        if (fixed && j === 0) td.textContent = row[0];
        else td.append(cellInput(i, j, `Row ${i + 1}, ${names[j]}`));
        if (!pasted && j === 1) td.className = 'amount';
        tr.append(td);
      }
      if (!fixed) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = '×';
        b.setAttribute('aria-label', `Remove row ${i + 1}`);
        b.addEventListener('click', () => removeRow(i));
        tr.insertCell().append(b);
      }
      return tr;
    }),
  );
  $('add-row').hidden = fixed;
  $('sample').hidden = table.origin === 'sample';
  renderTableHint();
  renderColumnChoices();
}

function cellInput(i, j, label) {
  const el = document.createElement('input');
  const value = table.rows[i][j] ?? '';
  // The sample shows as placeholders: typing anything replaces it, never merges with it.
  if (table.origin === 'sample') el.placeholder = value;
  else el.value = value;
  el.setAttribute('aria-label', label);
  el.addEventListener('input', () => {
    if (table.origin === 'sample') leaveSample();
    table.rows[i][j] = el.value;
    update();
  });
  return el;
}

function renderTableHint() {
  const hint = $('table-hint');
  if (table.origin === 'sample') {
    hint.textContent = 'Grey figures are a sample. Paste or type your own: the sample rows then leave the chart.';
  } else if (table.origin === 'typed') {
    const forms = form.widget.value === 'comp-breakdown' ? 'an amount (150000), a percent of base (15%) or a range (10%-20%)' : 'a plain number, e.g. 133080';
    hint.textContent = `Your rows. Write each amount as ${forms}; rows left empty are not used.`;
  } else {
    const size = `${table.rows.length} row${table.rows.length === 1 ? '' : 's'} of ${columnCount()} column${columnCount() === 1 ? '' : 's'}`;
    const how = table.headers.some(filled)
      ? 'The chart picks its columns by their headers.'
      : 'There is no header row, so the chart takes the first column of amounts.';
    hint.textContent = `${size} from ${table.from}. ${how} Edit any cell, or choose the columns below.`;
  }
}

/** The value-column and label-column choices, for pasted tables. */
function renderColumnChoices() {
  const pasted = table.origin === 'pasted';
  $('columns').hidden = !pasted;
  if (!pasted) return;
  for (const name of ['value-column', 'label-column']) {
    const select = form.elements.namedItem(name);
    const chosen = select.value;
    const options = [['', 'Picked by the chart']];
    for (let j = 0; j < columnCount(); j++) options.push([String(j + 1), `${j + 1}: ${columnName(j)}`]);
    select.replaceChildren(...options.map(([value, text]) => new Option(text, value, false, value === chosen)));
  }
}

/** The first edit of the sample empties it, keeping the rows to type into; the sample's source goes with it. */
function leaveSample() {
  const fixed = !!sample().fixed;
  table = { origin: 'typed', headers: [], rows: table.rows.map((row) => row.map((cell, j) => (fixed && j === 0 ? cell : ''))), from: '' };
  for (const input of $('rows').querySelectorAll('input')) input.placeholder = '';
  $('sample').hidden = false;
  forgetSampleWords();
  renderTableHint();
}

function removeRow(i) {
  if (table.origin === 'sample') leaveSample();
  table.rows.splice(i, 1);
  renderTable();
  update();
}

/** The sample's source and heading describe the sample only. */
function forgetSampleWords() {
  if (isSampleSource()) {
    form.source.value = '';
    form.elements.namedItem('source-url').value = '';
  }
  form.heading.placeholder = sample().ownHeading;
}

const isSampleSource = () =>
  !form.source.value.trim() ||
  Object.values(SAMPLES).some((s) => s.source === form.source.value && s.sourceUrl === form.elements.namedItem('source-url').value);

function useSample() {
  const s = sample();
  table = { origin: 'sample', headers: [], rows: s.rows.map((r) => [...r]), from: '' };
  form.heading.placeholder = s.heading;
  if (isSampleSource()) {
    form.source.value = s.source;
    form.elements.namedItem('source-url').value = s.sourceUrl;
  }
}

// ---- paste and import ---------------------------------------------------

/** Rows from a spreadsheet or CSV replace whatever the table held, read by the widgets' own parser (d3-dsv). */
function takeRows(text, from) {
  const gridFromText = window.SalaryWidgets?.gridFromText;
  if (!gridFromText) {
    say('This copy of salary-widgets.js cannot read pasted rows; load a newer one.');
    return;
  }
  const grid = gridFromText(text);
  if (!grid.rows.length) {
    say(`There are no rows in ${from}.`);
    return;
  }
  if (grid.rows.length > MAX_ROWS) {
    say(`${from} has ${grid.rows.length} rows; the builder takes at most ${MAX_ROWS}.`);
    return;
  }
  table = {
    origin: 'pasted',
    headers: [...grid.headers],
    rows: grid.rows.map((row) => [...row]),
    repeatedHeaders: grid.repeatedHeaders,
    from,
  };
  for (const name of ['value-column', 'label-column']) form.elements.namedItem(name).value = '';
  forgetSampleWords();
  showMode('table');
  renderTable();
  update();
  say(`Took ${grid.rows.length} row${grid.rows.length === 1 ? '' : 's'} from ${from}.`);
}

/** Spreadsheets copy a single cell as "text" plus a line break; only more than one cell fills the table. */
function isManyCells(text) {
  return /[\t\n]/.test(text.replace(/\r?\n$/, ''));
}

$('paste').addEventListener('paste', (e) => {
  e.preventDefault();
  takeRows(e.clipboardData.getData('text/plain'), 'the pasted rows');
});
// Text typed or dropped into the box counts once the box is left.
$('paste').addEventListener('change', () => {
  const text = $('paste').value;
  $('paste').value = '';
  if (text.trim()) takeRows(text, 'the rows you entered');
});
// Several cells pasted into a cell of the table replace the table too.
$('rows').addEventListener('paste', (e) => {
  const text = e.clipboardData.getData('text/plain');
  if (!isManyCells(text)) return;
  e.preventDefault();
  takeRows(text, 'the pasted rows');
});

/** A file as text: UTF-8 (a byte-order mark is dropped), else Windows-1252, as spreadsheets on Windows save CSV. */
async function fileText(file) {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

$('import').addEventListener('change', () => {
  const file = $('import').files[0];
  $('import').value = '';
  if (!file) return;
  if (file.size > MAX_FILE_BYTES) {
    say(`${file.name} is larger than ${MAX_FILE_BYTES / 1_000_000} MB; is it the right file?`);
    return;
  }
  working(fileText(file).then((text) => takeRows(text, file.name)));
});

// ---- form ---------------------------------------------------------------

function syncJson() {
  const rows = dataRows();
  const jsonRadio = form.querySelector('input[name="mode"][value="json"]');
  // A table whose top-codes or hourly wages JSON cannot carry stays a table.
  jsonRadio.disabled = !rows;
  $('mode-hint').hidden = !!rows;
  $('mode-hint').textContent = rows ? '' : `No JSON for this table: ${tableKept()}.`;
  if (!rows) return;
  syncedJson = JSON.stringify(documentFromRows(form.widget.value, rows), null, 2);
  $('json').value = syncedJson;
}

function showMode(mode) {
  form.querySelector(`input[name="mode"][value="${mode}"]`).checked = true;
  $('json-editor').hidden = mode !== 'json';
  $('table-editor').hidden = mode === 'json';
}

function selectWidget() {
  // Pasted rows may suit another chart too; the sample and typed rows belong to one.
  if (table.origin !== 'pasted') useSample();
  else form.heading.placeholder = sample().ownHeading;
  form.heading.value = '';
  for (const box of document.querySelectorAll('[data-for]')) box.hidden = box.dataset.for !== form.widget.value;
  renderTable();
}

let pending = 0;

/** Marks the page busy while files or the widget are still reading, for tests and for anyone waiting on the code. */
function working(promise) {
  pending++;
  document.body.dataset.reading = '';
  promise.finally(() => {
    if (--pending === 0) delete document.body.dataset.reading;
  });
}

/** Redraws the preview and the code; a pasted table is first read by the widget, which takes a moment. */
function update() {
  const run = ++updates;
  if (form.mode.value === 'table' && table.origin === 'pasted') {
    working(
      readPasted(form.widget.value).then((result) => {
        if (run !== updates) return;
        reading = result;
        present();
      }),
    );
  } else {
    reading = null;
    present();
  }
}

function present() {
  if (form.mode.value === 'table') syncJson();
  const spec = buildSpec();
  renderPreview(spec);
  const code = snippet(spec);
  $('snippet').value = code;
  $('snippet').rows = Math.min(24, code.split('\n').length + 1);
  $('carriage').replaceChildren(...withCode(spec.carries));
  explain();
}

/** Our own sentences mark attribute names with <code>; everything else in them becomes plain text. */
function withCode(sentence) {
  return sentence.split(/<code>(.*?)<\/code>/).map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
}

function say(text) {
  $('status').textContent = text;
  setTimeout(() => ($('status').textContent = ''), 4000);
}

form.addEventListener('input', (e) => {
  const t = e.target;
  if (t === $('paste') || t === $('import') || $('rows').contains(t)) return;
  if (t === form.widget) selectWidget();
  if (t.name === 'mode') {
    const json = form.mode.value === 'json';
    // Back to the table: JSON the blogger changed becomes typed rows; JSON as written from the table leaves the table as it was.
    if (!json && $('json').value !== syncedJson) {
      try {
        const rows = rowsFromDocument(form.widget.value, JSON.parse($('json').value));
        if (rows) table = { origin: 'typed', headers: [], rows, from: '' };
      } catch {
        say('The JSON has an error, so the table keeps its rows.');
      }
    }
    showMode(json ? 'json' : 'table');
    renderTable();
  }
  if (t.name === 'custom-colours') $('colours').hidden = !t.checked;
  update();
});
form.addEventListener('submit', (e) => e.preventDefault());
$('add-row').addEventListener('click', () => {
  if (table.origin === 'sample') {
    leaveSample();
    table.rows = [];
  }
  table.rows.push(Array.from({ length: table.origin === 'pasted' ? columnCount() : 2 }, () => ''));
  renderTable();
  $('rows').tBodies[0].lastElementChild.querySelector('input').focus();
});
$('sample').addEventListener('click', () => {
  useSample();
  showMode('table');
  renderTable();
  update();
});
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('snippet').value);
  } catch {
    $('snippet').select();
    document.execCommand('copy');
  }
  say('Copied. Paste it into an HTML block of your post.');
});
$('csv').addEventListener('click', downloadCsv);
$('load').addEventListener('input', update);

/** Asks jsDelivr for this version and compares its hash with this file's; when it is missing or differs, self-hosting it is. */
async function checkCdn() {
  const status = $('cdn-status');
  status.textContent = 'Asking jsDelivr…';
  let text;
  try {
    const response = await fetch(cdnUrl(), { cache: 'no-store' });
    if (response.status === 404) text = `jsDelivr does not have version ${version()} yet.`;
    else if (!response.ok) text = `jsDelivr answered ${response.status}.`;
    else if ((await sha384(await response.arrayBuffer())) === integrity) {
      status.textContent = `jsDelivr has version ${version()}, byte for byte this file: the CDN code works.`;
      return;
    } else text = `jsDelivr’s copy of version ${version()} is not this file, so its hash would not match.`;
  } catch {
    text = 'jsDelivr could not be reached.';
  }
  document.querySelector('input[name="load"][value="self"]').checked = true;
  update();
  status.textContent = `${text} The code now loads the file from your own site: upload it there.`;
}
$('check-cdn').addEventListener('click', checkCdn);

async function sha384(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

// The hash of the exact file served with this page, for the integrity attribute.
async function computeIntegrity() {
  try {
    const bytes = await (await fetch(SCRIPT_URL)).arrayBuffer();
    integrity = await sha384(bytes);
    $('download-size').textContent = `(${Math.round(bytes.byteLength / 1024)} KB, version ${version()})`;
  } catch {
    integrity = '';
  }
  update();
  document.body.dataset.ready = '';
}

for (const el of document.querySelectorAll('.version')) el.textContent = version();
$('download').href = SCRIPT_URL;
selectWidget();
update();
computeIntegrity();
