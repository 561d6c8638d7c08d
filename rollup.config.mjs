import { readdirSync, readFileSync, rmSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { WIDGET_TAGS } from './scripts/widget-entries.mjs';

const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const pkg = readJson('./package.json');

// The runtime dependencies (Lit, d3-scale, d3-shape, …). The module build
// imports them, so an app's bundler dedupes them with its own copies; the
// one-script build carries them.
const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

const licenses = dependencies.map((name) => `${name} (${readJson(`./node_modules/${name}/package.json`).license})`);
const scriptBanner = `/*! salary-widgets ${pkg.version} | MIT | includes ${licenses.join(', ')} and their dependencies */`;
const moduleBanner = `/*! salary-widgets ${pkg.version} | MIT */`;

const plugins = [
  // Comments and indentation inside html`` and css`` templates are shipped as
  // text, which terser cannot touch. Both builds drop them the same way (about
  // 2 KiB gzip); the JavaScript of the module build stays unminified.
  minifyLiterals({ include: ['src/**/*.ts'] }),
  resolve({ browser: true }),
  esbuild({
    target: 'es2021',
    define: { __VERSION__: JSON.stringify(pkg.version) },
    tsconfig: 'tsconfig.json',
  }),
];

// The code shared by the module build's entries goes into chunks: src/core/ into
// one, the rest as Rollup splits it, named after their folder and first module
// (chunks/state-salary-map-data-….js holds the map's data parsing, which
// <salary-compare> shares).
const manualChunks = (id) => (id.includes('/src/core/') ? 'core' : undefined);
function chunkName(chunk) {
  const main = chunk.moduleIds.map((id) => id.match(/\/src\/([^/]+)\/([^/]+)\.ts$/)).find((m) => m?.[2] === chunk.name);
  if (!main || main[1] === main[2]) return chunk.name;
  return `${main[1]}-${main[2]}`;
}

// Chunk names carry a content hash, so each build leaves the previous build's
// chunks behind; remove them once the new ones are written (a failed build
// keeps the last good one whole).
const removeStaleChunks = {
  name: 'remove-stale-chunks',
  writeBundle(options, bundle) {
    const dir = `${options.dir}/chunks`;
    for (const name of readdirSync(dir)) {
      if (!(`chunks/${name}` in bundle)) rmSync(`${dir}/${name}`);
    }
  },
};

// Lit's optional dev-mode warnings and a few d3 modules reference `this` at the top level.
function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

export default [
  // One classic script with everything in it, for a plain <script> tag.
  {
    input: 'src/index.ts',
    plugins,
    onwarn,
    output: {
      file: 'dist/salary-widgets.js',
      format: 'iife',
      name: 'SalaryWidgets',
      sourcemap: true,
      banner: scriptBanner,
      plugins: [
        terser({
          ecma: 2021,
          // Private members are `_`-prefixed by convention (as in Lit's own build), so
          // only they are renamed; public and protected members keep their names.
          // A `_` followed by a letter: `_$`-names are Lit's cross-version protocol
          // (`_$litType$`) and `__proto__` must stay as it is.
          mangle: { properties: { regex: /^_[a-zA-Z]/ } },
          format: { comments: /^!/ },
        }),
      ],
    },
  },
  // The module build: the full entry and one entry per widget, sharing chunks,
  // with dependencies left as imports. Not minified: a bundler minifies the app.
  {
    input: {
      'salary-widgets.esm': 'src/index.ts',
      ...Object.fromEntries(WIDGET_TAGS.map((tag) => [tag, `src/${tag}/index.ts`])),
    },
    external: isDependency,
    plugins: [...plugins, removeStaleChunks],
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      manualChunks,
      // Each file imports only what it uses (no bare `import 'd3-shape'` lines added for load order).
      hoistTransitiveImports: false,
      chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
      sourcemap: true,
      banner: moduleBanner,
    },
  },
];
