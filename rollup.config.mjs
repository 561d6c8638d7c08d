import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const plugins = [
  resolve({ browser: true }),
  esbuild({
    target: 'es2021',
    define: { __VERSION__: JSON.stringify(pkg.version) },
    tsconfig: 'tsconfig.json',
  }),
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 2, pure_getters: true },
    // Private members are `_`-prefixed by convention, so they can be shortened.
    mangle: { properties: { regex: /^_(?!_)/ } },
    format: { comments: false },
  }),
];

const banner = `/*! salary-widgets ${pkg.version} | MIT | includes Lit (BSD-3-Clause) and d3 (ISC) */`;

export default {
  input: 'src/index.ts',
  plugins,
  // Lit's optional dev-mode warnings and a few d3 modules reference `this` at the top level.
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
  output: [
    {
      file: 'dist/salary-widgets.js',
      format: 'iife',
      name: 'SalaryWidgets',
      sourcemap: true,
      banner,
    },
    {
      file: 'dist/salary-widgets.esm.js',
      format: 'es',
      sourcemap: true,
      banner,
    },
  ],
};
