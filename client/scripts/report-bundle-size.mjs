// Prints the gzipped size of the JavaScript the browser must load before the first render
// (the entry script and its modulepreloads in dist/index.html) and fails above the issue-5 budget.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = new Set();
for (const match of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) scripts.add(match[1]);
for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) scripts.add(match[1]);
if (scripts.size === 0) throw new Error('dist/index.html references no script: was the build empty?');

let raw = 0;
let gzipped = 0;
for (const src of scripts) {
  const bytes = readFileSync(join(dist, src.replace(/^\//, '')));
  const size = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzipped += size;
  console.log(`  ${src}: ${(bytes.length / 1024).toFixed(1)} KB, ${(size / 1024).toFixed(1)} KB gzipped`);
}
console.log(
  `Initial JS: ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped ` +
    `(budget: ${BUDGET_BYTES / 1024} KB gzipped, ${((100 * gzipped) / BUDGET_BYTES).toFixed(0)}% used)`,
);
if (gzipped >= BUDGET_BYTES) {
  console.error('Initial JavaScript is over the 250 KB gzipped budget.');
  process.exit(1);
}
