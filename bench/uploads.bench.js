// POST /api/compliance/documents, one 2 KB Markdown document after another, with the offline embedder: how
// long each upload takes as the corpus grows, and how long a concurrent GET /api/health waits meanwhile (the
// audit's finding 5: 0.55 s per upload at first, 1.9 s at 450 documents, health waiting 1.57 s, because every
// upload rebuilt the whole index on the event loop). Run in a checkout after `npm run build:server`:
//   node bench/uploads.bench.js            (BENCH_DOCS=400 by default)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, sleep, startApp, stopApp, table } from './bench-support.js';

const DOCS = Number(process.env.BENCH_DOCS ?? 400);
const WINDOW = Math.max(1, Math.min(50, Math.floor(DOCS / 4)));
const WORDS = ['feeder', 'substation', 'audit', 'heat', 'pump', 'transformer', 'losses', 'metering', 'tariff', 'depot', 'cooling', 'district', 'renovation', 'lighting', 'compressor', 'boiler'];

/** About 2 KB of prose, different for every n so each document adds words of its own. */
function memo(n) {
  const sentences = Array.from({ length: 24 }, (_, i) => `Site ${n}-${i} checks ${WORDS[(n + i) % WORDS.length]} ${WORDS[(n * 7 + i) % WORDS.length]} figures zq${n}w${i} monthly.`);
  return `# Site memo ${n}\n\n${sentences.join(' ')}`;
}

const dataDir = mkdtempSync(join(tmpdir(), 'uploads-bench-'));
const app = await startApp({ DATA_DIR: dataDir, SIMULATOR: 'off', RATE_LIMIT_PER_MINUTE: '1000000', COMPLIANCE_MAX_DOCUMENTS: String(DOCS + 10) }, 18193);
const uploads = [];
const health = [];
let running = true;
try {
  await sleep(1000);
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${app.base}/api/health`);
      health.push(performance.now() - started);
      await sleep(20);
    }
  })();
  for (let n = 0; n < DOCS; n++) {
    const started = performance.now();
    const response = await fetch(`${app.base}/api/compliance/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Site memo ${n}`, content: memo(n), contentType: 'text/markdown' }),
    });
    if (response.status !== 201) throw new Error(`upload ${n} answered ${response.status}: ${await response.text()}`);
    uploads.push(performance.now() - started);
  }
  running = false;
  await probe;
  const first = uploads.slice(0, WINDOW).sort((a, b) => a - b);
  const last = uploads.slice(-WINDOW).sort((a, b) => a - b);
  const probes = [...health].sort((a, b) => a - b);
  const ms = (n) => n.toFixed(1);
  console.log(`\n${DOCS} uploads of ~2 KB (offline embedder), ${probes.length} health probes meanwhile`);
  console.log(
    table([
      ['measure', 'p50 ms', 'p99 ms', 'max ms'],
      [`upload, documents 1-${WINDOW}`, ms(percentile(first, 50)), ms(percentile(first, 99)), ms(first.at(-1))],
      [`upload, documents ${DOCS - WINDOW + 1}-${DOCS}`, ms(percentile(last, 50)), ms(percentile(last, 99)), ms(last.at(-1))],
      ['GET /api/health during uploads', ms(percentile(probes, 50)), ms(percentile(probes, 99)), ms(probes.at(-1))],
    ]),
  );
} finally {
  running = false;
  await stopApp(app);
  rmSync(dataDir, { recursive: true, force: true });
}
