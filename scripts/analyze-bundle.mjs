// Lists the modules in the bundle by their size before minification:
//   node scripts/analyze-bundle.mjs
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const bundle = await rollup({
  input: 'src/index.ts',
  plugins: [resolve({ browser: true }), esbuild({ target: 'es2021', define: { __VERSION__: '"dev"' } })],
  onwarn() {},
});
const { output } = await bundle.generate({ format: 'es' });
const modules = Object.entries(output[0].modules)
  .map(([id, m]) => [m.renderedLength, id.replace(/.*node_modules\//, '').replace(process.cwd() + '/', '')])
  .sort((a, b) => b[0] - a[0]);
console.log(`total ${modules.reduce((n, [len]) => n + len, 0)} bytes`);
for (const [len, id] of modules.slice(0, 40)) console.log(String(len).padStart(7), id);
