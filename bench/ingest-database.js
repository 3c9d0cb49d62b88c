// npm run bench:ingest -- --database: the database mode. Two instances (dist/main.js) on one PostgreSQL database
// created for the run on 127.0.0.1:5432 and dropped after it; SENDERS concurrent senders of 10,000-reading
// batches, alternating between the instances, each batch a new one (a fresh timestamp), for BENCH_INGEST_SECONDS.
// Meanwhile a probe posts one reading to A every 100 ms and polls B until B serves it: the cross-instance
// visibility latency, measured from A's 2xx.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createBenchDatabase } from './bench-database.js';
import { cpuSeconds, freePort, percentile, sleep, startApp, stopApp, table } from './bench-support.js';
import { BATCH, postBatches } from './ingest-load.js';

const SECONDS = Number(process.env.BENCH_INGEST_SECONDS ?? 10);
const SIMULATED = Number(process.env.BENCH_DB_METERS ?? 5000);
const SENDERS = Number(process.env.BENCH_DB_SENDERS ?? 4);

/** Posts one reading to A and times until B serves it, every 100 ms until `until` resolves. */
async function probe(a, b, stopped) {
  const samples = [];
  for (let n = 1; !stopped(); n++) {
    const body = JSON.stringify({ readings: [{ meterId: 'VIS-PROBE', timestamp: new Date().toISOString(), powerKw: n }] });
    const response = await fetch(`${a.base}/api/energy/readings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await response.arrayBuffer();
    if (response.status !== 200) continue;
    const acknowledged = performance.now();
    for (;;) {
      const meter = await fetch(`${b.base}/api/energy/meters/VIS-PROBE`);
      const detail = await meter.json();
      if (meter.status === 200 && detail.latest.powerKw === n) break;
      if (performance.now() - acknowledged > 10_000) throw new Error('B did not serve the probe within 10 s');
      await sleep(2);
    }
    samples.push(performance.now() - acknowledged);
    await sleep(100);
  }
  return samples.sort((x, y) => x - y);
}

/** The server processes of the database's sessions (the instances' pools and listeners). */
async function sessionPids(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

const database = await createBenchDatabase('powergrid_bench');
const { url } = database;
const dirs = [mkdtempSync(join(tmpdir(), 'pg-db-ingest-a-')), mkdtempSync(join(tmpdir(), 'pg-db-ingest-b-'))];
const env = { METER_COUNT: String(SIMULATED), REAL_METER_SLOTS: String(SENDERS * BATCH + 100), TICK_MS: '1000', SNAPSHOT_MS: '86400000', RATE_LIMIT_PER_MINUTE: '1000000', DATABASE_URL: url };
const instances = [];
try {
  for (const dir of dirs) instances.push(await startApp({ ...env, DATA_DIR: dir }, await freePort()));
  const [a, b] = instances;
  const bases = instances.map((app) => app.base);
  await postBatches(bases, { senders: SENDERS, seconds: 2 });
  let done = false;
  const probing = probe(a, b, () => done);
  // What the readings cost, apart from how busy the machine is: CPU of both instances and of the database's
  // sessions during the measured run, per 10,000 acknowledged readings.
  const appPids = instances.map((app) => app.child.pid);
  const dbPids = await sessionPids(url);
  const cpuBefore = [cpuSeconds(appPids), cpuSeconds(dbPids)];
  const r = await postBatches(bases, { senders: SENDERS, seconds: SECONDS });
  const cpuAfter = [cpuSeconds(appPids), cpuSeconds(dbPids)];
  done = true;
  const visibility = await probing;
  const spent = (k) => cpuAfter[k].reduce((sum, s, i) => sum + s - cpuBefore[k][i], 0);
  const perBatch = (k) => ((spent(k) * 1000) / (r.accepted / BATCH)).toFixed(1);
  const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  console.log(`\nDatabase mode: 2 instances on one PostgreSQL, ${fmt(SIMULATED)} simulated meters each, ${SENDERS} senders x ${fmt(BATCH)}-reading batches for ${SECONDS} s`);
  console.log(table([
    ['acknowledged readings/s', 'accepted', 'rejected', 'batches', 'batch p50 ms', 'batch p99 ms', 'visibility A->B p50 ms', 'p99 ms', 'samples', 'CPU ms/10k: instances', 'PostgreSQL'],
    [fmt(r.perSecond), fmt(r.accepted), r.rejected, r.batches, r.p50.toFixed(1), r.p99.toFixed(1), percentile(visibility, 50).toFixed(1), percentile(visibility, 99).toFixed(1), visibility.length, perBatch(0), perBatch(1)],
  ]));
} finally {
  for (const app of instances) await stopApp(app);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await database.drop();
}
