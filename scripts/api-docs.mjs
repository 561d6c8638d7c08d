// Writes the README's API tables from dist/custom-elements.json, the manifest
// generated from the JSDoc on each element. Regions look like
//   <!-- api:NAME -->  …generated…  <!-- /api:NAME -->
// with NAME a tag (its own attributes and extras), or shared-attributes,
// shared-properties, events, css-properties or parts (what every widget has),
// or messages (every message key, from the catalogs in src/).
//   node scripts/api-docs.mjs          rewrite README.md
//   node scripts/api-docs.mjs --check  fail if README.md is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const base = declarations.find((d) => d.name === 'SalaryElement');
const elements = declarations.filter((d) => d.tagName);

const cell = (text = '') =>
  text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => (text ? `\`${text}\`` : '—');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') : '';
const own = (list = []) => list.filter((x) => !x.inheritedFrom);

function attributeRows(attributes) {
  return attributes.map((a) => [code(a.name), code(a.fieldName), a.description ?? '']);
}

const regions = {
  'shared-attributes': () => table(['Attribute', 'Property', 'Meaning'], attributeRows(base.attributes ?? [])),
  'shared-properties': () =>
    table(
      ['Property', 'Meaning'],
      (base.members ?? [])
        .filter(
          (m) =>
            m.kind === 'field' &&
            !m.static &&
            m.privacy !== 'private' &&
            m.privacy !== 'protected' &&
            m.description &&
            !m.attribute &&
            !(base.attributes ?? []).some((a) => a.fieldName === m.name),
        )
        .map((m) => [code(m.name), m.description]),
    ),
  events: () =>
    table(
      ['Event', 'Type', 'When'],
      (base.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description ?? '']),
    ),
  'css-properties': () =>
    table(
      ['Custom property', 'Default', 'Used for'],
      (base.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description ?? '']),
    ),
  parts: () =>
    table(
      ['Part', 'What it is'],
      (base.cssParts ?? []).map((p) => [code(p.name), p.description ?? '']),
    ),
};
// The catalogs are TypeScript with no DOM in them: bundled on the fly and imported.
const catalogSources = {
  'Every widget': 'src/core/i18n/messages.ts',
  '`<salary-percentile-bar>`': 'src/salary-percentile-bar/messages.ts',
  "`<salary-compare>`, besides the percentile bar's": 'src/salary-compare/messages.ts',
  '`<state-salary-map>`': 'src/state-salary-map/messages.ts',
  '`<comp-breakdown>`': 'src/comp-breakdown/messages.ts',
  '`<salary-ranking>`': 'src/salary-ranking/messages.ts',
};
const bundled = await build({
  stdin: {
    contents: Object.values(catalogSources)
      .map((path, index) => `export * as c${index} from './${path}';`)
      .join('\n'),
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  logLevel: 'silent',
});
const catalogModule = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
const englishOf = (index) => Object.values(catalogModule[`c${index}`]).find((value) => value && typeof value === 'object' && value.en)?.en ?? {};
const placeholders = (text) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => `{${m[1]}}`))].join(' ');
regions.messages = () =>
  Object.keys(catalogSources)
    .map((title, index) => {
      // <salary-compare>'s catalog holds the percentile bar's keys too (index 1): listed once, there.
      const inherited = index === 2 ? englishOf(1) : {};
      const rows = Object.entries(englishOf(index))
        .filter(([key]) => !(key in inherited))
        .map(([key, message]) => {
          const english = typeof message === 'string' ? message : message.other;
          const plural = typeof message === 'string' ? '' : message.type === 'ordinal' ? ' (by order: 1st, 2nd…)' : ' (by count)';
          return [code(key), english + plural, placeholders(english) || '—'];
        });
      return `**${title}**\n\n${table(['Key', 'English', 'Placeholders'], rows)}`;
    })
    .join('\n\n');

for (const el of elements) {
  regions[el.tagName] = () =>
    [
      table(['Attribute', 'Property', 'Meaning'], attributeRows(own(el.attributes))),
      table(
        ['Custom property', 'Default', 'Used for'],
        own(el.cssProperties).map((p) => [code(p.name), code(p.default), p.description ?? '']),
      ),
      table(
        ['Part', 'What it is'],
        own(el.cssParts).map((p) => [code(p.name), p.description ?? '']),
      ),
    ]
      .filter(Boolean)
      .join('\n\n');
}

const readme = readFileSync('README.md', 'utf8');
const missing = [];
const next = readme.replace(/<!-- api:([\w-]+) -->[\s\S]*?<!-- \/api:\1 -->/g, (_, name) => {
  const make = regions[name];
  if (!make) {
    missing.push(name);
    return _;
  }
  return `<!-- api:${name} -->\n${make()}\n<!-- /api:${name} -->`;
});
for (const el of elements) if (!readme.includes(`<!-- api:${el.tagName} -->`)) missing.push(`${el.tagName} (no region in README.md)`);
if (missing.length) {
  console.error(`README.md API regions: unknown or missing: ${missing.join(', ')}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md API tables are out of date with the JSDoc. Run: npm run docs');
    process.exit(1);
  }
  console.log('README.md API tables match the custom elements manifest.');
} else {
  writeFileSync('README.md', next);
  console.log('README.md API tables written.');
}
