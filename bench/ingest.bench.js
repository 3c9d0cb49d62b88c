// npm run bench:ingest — the readings-ingest phase of bench:telemetry on its own, to measure what the
// write-ahead log costs: the real app (dist/main.js, run from the current directory) at BENCH_INGEST_METERS
// meters ticking every second, 3 concurrent senders of 10,000-reading batches, after a warm-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuSeconds, sleep, startApp, stopApp } from './bench-support.js';
import { BATCH, postBatches } from './ingest-load.js';

if (process.argv.includes('--database')) {
  await import('./ingest-database.js');
  process.exit(0);
}

const METERS = Number(process.env.BENCH_INGEST_METERS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_INGEST_SECONDS ?? 10);
const SENDERS = 3;

const dataDir = mkdtempSync(join(tmpdir(), 'pg-ingest-'));
const app = await startApp({ METER_COUNT: String(METERS), REAL_METER_SLOTS: String(SENDERS * BATCH), TICK_MS: '1000', SNAPSHOT_MS: '86400000', RATE_LIMIT_PER_MINUTE: '1000000', DATA_DIR: dataDir }, 18183);
try {
  await sleep(2000);
  await postBatches([app.base], { senders: SENDERS, seconds: 2 });
  const [cpuBefore] = cpuSeconds([app.child.pid]);
  const r = await postBatches([app.base], { senders: SENDERS, seconds: SECONDS });
  const [cpuAfter] = cpuSeconds([app.child.pid]);
  const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  console.log(`\nIngest at ${fmt(METERS)} meters (TICK_MS=1000): ${SENDERS} senders x ${fmt(BATCH)}-reading batches for ${SECONDS} s`);
  console.log(`readings/s ${fmt(r.perSecond)} | accepted ${fmt(r.accepted)} | rejected ${r.rejected} | batches ${r.batches} | batch p50 ${r.p50.toFixed(1)} ms | p99 ${r.p99.toFixed(1)} ms | app CPU ${(((cpuAfter - cpuBefore) * 1000) / (r.accepted / BATCH)).toFixed(1)} ms/10k`);
} finally {
  await stopApp(app);
  rmSync(dataDir, { recursive: true, force: true });
}
