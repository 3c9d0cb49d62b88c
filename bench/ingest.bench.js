// npm run bench:ingest — the readings-ingest phase of bench:telemetry on its own, to measure what the
// write-ahead log costs: the real app (dist/main.js, run from the current directory) at BENCH_INGEST_METERS
// meters ticking every second, 3 concurrent senders of 10,000-reading batches, after a warm-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuSeconds, percentile, sleep, startApp, stopApp } from './bench-support.js';

if (process.argv.includes('--database')) {
  await import('./ingest-database.js');
  process.exit(0);
}

const METERS = Number(process.env.BENCH_INGEST_METERS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_INGEST_SECONDS ?? 10);
const BATCH = 10_000;
const SENDERS = 3;

async function ingest(base, seconds) {
  let accepted = 0;
  let rejected = 0;
  const latencies = [];
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  async function sender(offset) {
    // Built once (as in bench:telemetry): re-sending a reading with the same timestamp is accepted.
    const at = new Date().toISOString();
    const readings = Array.from({ length: BATCH }, (_, i) => ({
      meterId: `SM-${offset + i}`, timestamp: at, powerKw: 1 + (i % 50) / 10, voltageV: 230.5,
    }));
    const body = Buffer.from(JSON.stringify({ readings }));
    while (Date.now() < deadline) {
      const sent = performance.now();
      const response = await fetch(`${base}/api/energy/readings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const result = await response.json();
      latencies.push(performance.now() - sent);
      if (response.status !== 200) throw new Error(`ingest answered ${response.status}: ${JSON.stringify(result)}`);
      accepted += result.accepted;
      rejected += result.rejected.length;
    }
  }
  await Promise.all(Array.from({ length: SENDERS }, (_, n) => sender(n * BATCH)));
  latencies.sort((a, b) => a - b);
  return { perSecond: accepted / ((Date.now() - started) / 1000), accepted, rejected, batches: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const dataDir = mkdtempSync(join(tmpdir(), 'pg-ingest-'));
const app = await startApp({ METER_COUNT: String(METERS), REAL_METER_SLOTS: String(SENDERS * BATCH), TICK_MS: '1000', SNAPSHOT_MS: '86400000', RATE_LIMIT_PER_MINUTE: '1000000', DATA_DIR: dataDir }, 18183);
try {
  await sleep(2000);
  await ingest(app.base, 2);
  const [cpuBefore] = cpuSeconds([app.child.pid]);
  const r = await ingest(app.base, SECONDS);
  const [cpuAfter] = cpuSeconds([app.child.pid]);
  const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  console.log(`\nIngest at ${fmt(METERS)} meters (TICK_MS=1000): ${SENDERS} senders x ${fmt(BATCH)}-reading batches for ${SECONDS} s`);
  console.log(`readings/s ${fmt(r.perSecond)} | accepted ${fmt(r.accepted)} | rejected ${r.rejected} | batches ${r.batches} | batch p50 ${r.p50.toFixed(1)} ms | p99 ${r.p99.toFixed(1)} ms | app CPU ${(((cpuAfter - cpuBefore) * 1000) / (r.accepted / BATCH)).toFixed(1)} ms/10k`);
} finally {
  await stopApp(app);
  rmSync(dataDir, { recursive: true, force: true });
}
