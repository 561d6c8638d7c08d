import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
const b = await rollup({ input: 'src/index.ts', plugins: [resolve({browser:true}), esbuild({target:'es2021', define:{__VERSION__:'"x"'}})], onwarn(){} });
const { output } = await b.generate({ format: 'es' });
const mods = Object.entries(output[0].modules).map(([id, m]) => [m.renderedLength, id.replace(/.*node_modules\//,'')]).sort((a,b)=>b[0]-a[0]);
let tot=0; for (const [n,id] of mods){tot+=n}
console.log('total', tot);
for (const [n, id] of mods.slice(0, 40)) console.log(n, id);
