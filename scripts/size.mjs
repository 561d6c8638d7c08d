// Prints the sizes of the build after `npm run build`: the one-script file
// with its SRI hash, the module build, and size-limit's figures (the same
// checks `npm test` enforces, from .size-limit.mjs) as a Markdown table for the
// README's "Size" section.
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

// KiB of 1,024 bytes, the unit of the 60 KiB ceiling.
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function measure(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    sri: 'sha384-' + createHash('sha384').update(bytes).digest('base64'),
  };
}

function sizeLimit() {
  const bin = join(dirname(createRequire(import.meta.url).resolve('size-limit')), 'bin.js');
  // Exits 1 when a limit is exceeded; the figures are printed all the same, and `npm test` fails on them.
  const run = spawnSync(process.execPath, [bin, '--json'], { encoding: 'utf8' });
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`size-limit printed no figures:\n${run.stdout}${run.stderr}`);
  }
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
console.log(`salary-widgets ${version}`);

const script = measure('dist/salary-widgets.js');
console.log(`dist/salary-widgets.js: ${kB(script.raw)} raw, ${kB(script.gzip)} gzip, ${kB(script.brotli)} brotli`);
console.log(`  integrity="${script.sri}"`);

const moduleFiles = [
  ...readdirSync('dist').filter((name) => name.endsWith('.js') && name !== 'salary-widgets.js'),
  ...readdirSync('dist/chunks')
    .map((name) => `chunks/${name}`)
    .filter((name) => name.endsWith('.js')),
];
const moduleRaw = moduleFiles.reduce((sum, name) => sum + readFileSync(`dist/${name}`).length, 0);
console.log(`module build: ${kB(moduleRaw)} raw in ${moduleFiles.length} files, not minified, Lit and d3 imported`);

console.log('\n| What | gzip, with Lit and d3 | limit |\n| --- | ---: | ---: |');
let over = false;
for (const check of sizeLimit()) {
  over ||= check.passed === false;
  const name = check.name.startsWith('import') ? `\`${check.name}\`` : `\`${check.name}\`, minified`;
  const limit = check.sizeLimit ? kB(check.sizeLimit) : '';
  console.log(`| ${name} | ${kB(check.size)} | ${limit} |`);
}
if (over) console.log('\nOver the limit: `npm test` will fail.');
