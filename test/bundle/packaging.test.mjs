// What an app's bundler makes of the package, checked in Node after `npm run build`:
//   node --test test/bundle/packaging.test.mjs
// The apps import `salary-widgets` by name, through package.json `exports` and
// `sideEffects`, from a temporary node_modules that links to this folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { WIDGET_TAGS } from '../../scripts/widget-entries.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const CLASS_OF = {
  'comp-breakdown': 'CompBreakdown',
  'salary-compare': 'SalaryCompare',
  'salary-percentile-bar': 'SalaryPercentileBar',
  'salary-ranking': 'SalaryRanking',
  'state-salary-map': 'StateSalaryMap',
};

let app;
before(() => {
  mkdirSync(join(root, 'tmp'), { recursive: true });
  app = mkdtempSync(join(root, 'tmp', 'packaging-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(root, join(app, 'node_modules', 'salary-widgets'), 'dir');
});
after(() => rmSync(app, { recursive: true, force: true }));

/** Bundles `source` as an app's entry module, unminified so names can be looked for. */
async function bundle(source) {
  writeFileSync(join(app, 'app.js'), source);
  const result = await build({
    entryPoints: [join(app, 'app.js')],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    // Dependencies come from this project's node_modules, as npm would hoist them.
    nodePaths: [join(root, 'node_modules')],
  });
  return result.outputFiles[0].text;
}

const count = (text, word) => text.split(word).length - 1;

test('package.json exports every widget entry, with its types, and marks it as having side effects', () => {
  for (const tag of WIDGET_TAGS) {
    assert.deepEqual(pkg.exports[`./${tag}`], { types: `./dist/types/${tag}/index.d.ts`, default: `./dist/${tag}.js` });
    assert.ok(pkg.sideEffects.includes(`./dist/${tag}.js`), `sideEffects lists ./dist/${tag}.js`);
    assert.ok(pkg.sideEffects.includes(`./src/${tag}/index.ts`), `sideEffects lists ./src/${tag}/index.ts`);
  }
  assert.ok(!pkg.sideEffects.some((path) => path.includes('chunks')), 'shared chunks hold classes only and can be dropped');
});

for (const tag of WIDGET_TAGS) {
  test(`import 'salary-widgets/${tag}' registers <${tag}> and brings no other widget`, async () => {
    const out = await bundle(`import 'salary-widgets/${tag}';\n`);
    assert.match(out, new RegExp(`defineElements\\(\\{ "${tag}": ${CLASS_OF[tag]} \\}\\)`));
    assert.equal(count(out, 'defineElements({'), 1, 'one registration');
    // <salary-compare> draws a percentile bar: its class comes along, unregistered.
    const allowed = tag === 'salary-compare' ? ['salary-percentile-bar'] : [];
    for (const other of WIDGET_TAGS.filter((t) => t !== tag && !allowed.includes(t))) {
      assert.ok(!out.includes(`class ${CLASS_OF[other]} `), `no ${CLASS_OF[other]} in the bundle`);
    }
    // The map's state outlines ("NYNew York|…") come only with the map, and with
    // <salary-compare>, which looks up state names that are packed with the outlines.
    const outlines = tag === 'state-salary-map' || tag === 'salary-compare';
    assert.equal(out.includes('New York|'), outlines, outlines ? 'map outlines' : 'no map outlines');
  });
}

test('an app with salary-widgets and a Lit element of its own ships one Lit', async () => {
  const out = await bundle(`
    import 'salary-widgets';
    import { LitElement, html } from 'lit';
    class AppGreeting extends LitElement {
      render() { return html\`<p>Hello</p>\`; }
    }
    customElements.define('app-greeting', AppGreeting);
  `);
  // Each part of Lit records its version in a global list once, when its module runs.
  assert.equal(count(out, 'litHtmlVersions'), 1, 'one lit-html');
  assert.equal(count(out, 'reactiveElementVersions'), 1, 'one ReactiveElement');
  assert.equal(count(out, 'litElementVersions'), 1, 'one LitElement');
  for (const tag of WIDGET_TAGS) assert.ok(out.includes(`"${tag}"`), `<${tag}> registered`);
});

test('the module build leaves its dependencies to the app, and the script carries them', () => {
  const moduleMaps = [
    ...readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js.map') && name !== 'salary-widgets.js.map'),
    ...readdirSync(join(root, 'dist/chunks'))
      .filter((name) => name.endsWith('.js.map'))
      .map((name) => `chunks/${name}`),
  ];
  assert.ok(moduleMaps.length > WIDGET_TAGS.length, 'entries and chunks have source maps');
  for (const map of moduleMaps) {
    const { sources } = JSON.parse(readFileSync(join(root, 'dist', map), 'utf8'));
    assert.deepEqual(
      sources.filter((source) => source.includes('node_modules')),
      [],
      `${map} has sources from src/ only`,
    );
  }
  const script = readFileSync(join(root, 'dist/salary-widgets.js'), 'utf8');
  assert.equal(count(script, 'litHtmlVersions'), 1, 'the one-script build carries Lit, once');
});
