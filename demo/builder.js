// The embed builder: a form → a widget spec → a live preview and a snippet.
// Everything is built with DOM APIs and escaped text; nothing is sent anywhere.

const CDN = 'https://cdn.jsdelivr.net/npm/salary-widgets@';

/** Seed figures (BLS OEWS, May 2024, and the salary guide's compensation example). */
const PERCENTILE_ROWS = [
  ['p10', '79850'],
  ['p25', '103050'],
  ['p50', '133080'],
  ['p75', '169000'],
  ['p90', '211450'],
];
const DEFAULTS = {
  'salary-percentile-bar': {
    columns: ['Percentile', 'Annual amount'],
    fixed: true,
    rows: PERCENTILE_ROWS,
    heading: 'Software developer pay in the United States',
    section: 'percentiles',
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
    section: 'states',
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
    section: 'ranking',
  },
  'salary-compare': {
    columns: ['Percentile', 'Annual amount'],
    fixed: true,
    rows: PERCENTILE_ROWS,
    heading: 'How does your pay compare?',
    section: 'percentiles',
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
    section: 'compensation',
  },
};
const NAMED = { 'Base salary': 'base', Bonus: 'bonus', Equity: 'equity', Benefits: 'benefits' };
const OPTION_NAMES = {
  'salary-percentile-bar': ['marker', 'marker-label', 'reference', 'reference-label', 'bands'],
  'state-salary-map': ['layout', 'steps', 'ranking', 'highlight'],
  'comp-breakdown': ['variant'],
  'salary-ranking': ['sort', 'top', 'highlight', 'reference', 'reference-label'],
  'salary-compare': ['value', 'reference', 'reference-label'],
};
const COMMON = ['heading', 'description', 'source', 'source-url', 'period', 'theme'];

const $ = (id) => document.getElementById(id);
const form = $('form');
let rows = [];
let integrity = '';

// ---- data ---------------------------------------------------------------

/** The JSON document for the rows in the table editor. */
function documentFromRows(widget) {
  const { section } = DEFAULTS[widget];
  const clean = rows.filter(([label, value]) => label.trim() && value.trim());
  const num = (v) => (/^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v.trim());
  if (widget === 'salary-percentile-bar' || widget === 'salary-compare') return { [section]: Object.fromEntries(clean.map(([k, v]) => [k, num(v)])) };
  if (widget === 'state-salary-map') return { [section]: Object.fromEntries(clean.map(([k, v]) => [k.trim(), num(v)])) };
  if (widget === 'salary-ranking') return { [section]: clean.map(([label, value]) => ({ label: label.trim(), value: num(value) })) };
  const comp = {};
  const components = [];
  for (const [label, value] of clean) {
    const key = NAMED[label.trim()];
    if (key && !(key in comp)) comp[key] = num(value);
    else components.push({ label: label.trim(), value: num(value) });
  }
  if (components.length) comp.components = components;
  return { [section]: comp };
}

/** Fills the table editor from a JSON document, when it has the widget's section. */
function rowsFromDocument(widget, doc) {
  const section = doc?.[DEFAULTS[widget].section] ?? doc;
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

// ---- spec → element and snippet ------------------------------------------

/** The input for an option: in the chosen widget's own box first, since some names repeat across widgets. */
function field(widget, name) {
  return (
    document.querySelector(`[data-for="${widget}"] [name="${name}"]`) ??
    form.querySelector(`:not([data-for]) > label > [name="${name}"], :not([data-for]) > [name="${name}"]`)
  );
}

/** What to embed: the tag, its attributes in order, and optional JSON for a child script. */
function buildSpec() {
  const widget = form.widget.value;
  const attrs = [];
  let json = null;
  const data = new FormData(form);
  const mode = data.get('mode');
  if (mode === 'json') {
    json = $('json').value.trim();
  } else if (widget === 'salary-percentile-bar' || widget === 'salary-compare') {
    for (const [k, v] of rows) if (v.trim()) attrs.push([k, v.trim()]);
  } else if (widget === 'state-salary-map' || widget === 'salary-ranking') {
    // Commas inside a label are escaped for the compact "Label:value, …" form.
    const values = rows.filter(([s, v]) => s.trim() && v.trim()).map(([s, v]) => `${s.trim().replace(/,/g, '\\,')}:${v.trim()}`);
    attrs.push(['values', values.join(', ')]);
  } else {
    const doc = documentFromRows(widget);
    const comp = doc.compensation;
    if (comp.components) json = JSON.stringify(doc, null, 2);
    else for (const [k, v] of Object.entries(comp)) attrs.push([k, String(v)]);
  }
  for (const name of [...COMMON, ...OPTION_NAMES[widget]]) {
    const el = field(widget, name);
    let value = el?.type === 'checkbox' ? (el.checked ? el.value : '') : String(el?.value ?? '').trim();
    if (name === 'heading' && !value) value = el.placeholder;
    if (value) attrs.push([name, value]);
  }
  const style = [];
  if (form.elements.namedItem('custom-colours').checked) {
    for (const input of $('colours').querySelectorAll('input')) style.push(`${input.name}: ${input.value}`);
  }
  return { widget, attrs, json, style: style.join('; ') };
}

function renderPreview(spec) {
  const el = document.createElement(spec.widget);
  for (const [name, value] of spec.attrs) el.setAttribute(name, value);
  for (const decl of spec.style ? spec.style.split('; ') : []) {
    const [prop, value] = decl.split(': ');
    el.style.setProperty(prop, value);
  }
  if (spec.json !== null) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = spec.json;
    el.append(script);
  }
  $('preview').replaceChildren(el);
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The markup a blogger pastes: the pinned script, then the element. */
function snippet(spec) {
  const version = window.SalaryWidgets?.version ?? '0.0.0';
  const script = `<script src="${CDN}${version}/dist/salary-widgets.js"${integrity ? ` integrity="${integrity}"` : ''} crossorigin="anonymous" defer></script>`;
  const attrs = [...spec.attrs.map(([n, v]) => `${n}="${escapeAttr(v)}"`), ...(spec.style ? [`style="${escapeAttr(spec.style)}"`] : [])];
  const open = attrs.length ? `<${spec.widget}\n  ${attrs.join('\n  ')}\n>` : `<${spec.widget}>`;
  // "</" inside a script block would end it early.
  const body = spec.json !== null ? `\n  <script type="application/json">\n${spec.json.replace(/<\//g, '<\\/')}\n  </script>\n` : '';
  return `${script}\n\n${open}${body}</${spec.widget}>`;
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
  const lines = [DEFAULTS[widget].columns, ...rows].map((r) => r.map(csvCell).join(','));
  const blob = new Blob([lines.join('\n') + '\n'], { type: 'text/csv' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${widget}-data.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  say('CSV downloaded.');
}

// ---- form ---------------------------------------------------------------

function renderRows() {
  const widget = form.widget.value;
  const { columns, fixed } = DEFAULTS[widget];
  $('col-label').textContent = columns[0];
  $('col-value').textContent = columns[1];
  $('add-row').hidden = !!fixed;
  const body = $('rows').tBodies[0];
  body.replaceChildren(
    ...rows.map(([label, value], i) => {
      const tr = document.createElement('tr');
      const labelCell = document.createElement('td');
      if (fixed) labelCell.textContent = label;
      else labelCell.append(input(`Row ${i + 1} ${columns[0]}`, label, (v) => (rows[i][0] = v)));
      const valueCell = document.createElement('td');
      valueCell.append(input(`Row ${i + 1} ${columns[1]}`, value, (v) => (rows[i][1] = v)));
      const removeCell = document.createElement('td');
      if (!fixed) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = '×';
        b.setAttribute('aria-label', `Remove row ${i + 1}`);
        b.addEventListener('click', () => {
          rows.splice(i, 1);
          renderRows();
          update();
        });
        removeCell.append(b);
      }
      tr.append(labelCell, valueCell, removeCell);
      return tr;
    }),
  );
}

function input(label, value, set) {
  const el = document.createElement('input');
  el.value = value;
  el.setAttribute('aria-label', label);
  el.addEventListener('input', () => {
    set(el.value);
    syncJson();
    update();
  });
  return el;
}

function syncJson() {
  $('json').value = JSON.stringify(documentFromRows(form.widget.value), null, 2);
}

function selectWidget() {
  const widget = form.widget.value;
  const d = DEFAULTS[widget];
  rows = d.rows.map((r) => [...r]);
  form.heading.value = '';
  form.heading.placeholder = d.heading;
  for (const box of document.querySelectorAll('[data-for]')) box.hidden = box.dataset.for !== widget;
  renderRows();
  syncJson();
}

function update() {
  const spec = buildSpec();
  renderPreview(spec);
  const code = snippet(spec);
  $('snippet').value = code;
  $('snippet').rows = Math.min(24, code.split('\n').length + 1);
}

function say(text) {
  $('status').textContent = text;
  setTimeout(() => ($('status').textContent = ''), 3000);
}

form.addEventListener('input', (e) => {
  const t = e.target;
  if (t === form.widget) selectWidget();
  if (t.name === 'mode') {
    const json = form.mode.value === 'json';
    $('json-editor').hidden = !json;
    $('table-editor').hidden = json;
    if (!json) {
      try {
        rows = rowsFromDocument(form.widget.value, JSON.parse($('json').value)) ?? rows;
      } catch {
        say('The JSON has an error, so the table keeps its rows.');
      }
      renderRows();
    }
  }
  if (t.name === 'custom-colours') $('colours').hidden = !t.checked;
  update();
});
form.addEventListener('submit', (e) => e.preventDefault());
$('add-row').addEventListener('click', () => {
  rows.push(['', '']);
  renderRows();
  $('rows').tBodies[0].lastElementChild.querySelector('input').focus();
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
document.addEventListener('salary-error', (e) => ($('data-hint').textContent = e.detail.message));
document.addEventListener('salary-data', () => ($('data-hint').textContent = ''));

// The hash of the exact file served with this page, for the integrity attribute.
async function computeIntegrity() {
  try {
    const bytes = await (await fetch(new URL('../dist/salary-widgets.js', location.href))).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    integrity = `sha384-${btoa(String.fromCharCode(...digest))}`;
  } catch {
    integrity = '';
  }
  update();
  document.body.dataset.ready = '';
}

selectWidget();
update();
computeIntegrity();
