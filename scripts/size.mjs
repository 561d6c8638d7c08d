// Prints raw, gzip and brotli sizes and the SRI hash of the built script.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export function measure(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    sri: 'sha384-' + createHash('sha384').update(bytes).digest('base64'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  console.log(`salary-widgets ${version}`);
  for (const file of ['dist/salary-widgets.js', 'dist/salary-widgets.esm.js']) {
    const s = measure(file);
    const kb = (n) => (n / 1024).toFixed(1) + ' KB';
    console.log(`${file}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzip, ${kb(s.brotli)} brotli`);
    if (file.endsWith('salary-widgets.js')) console.log(`  integrity="${s.sri}"`);
  }
}
