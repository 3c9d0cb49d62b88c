// npm run bench:ingest -- --database: the database mode. Two instances (dist/main.js) on one PostgreSQL database
// created for the run on 127.0.0.1:5432 and dropped after it; SENDERS concurrent senders of 10,000-reading
// batches, alternating between the instances, each batch a new one (a fresh timestamp), for BENCH_INGEST_SECONDS.
// Meanwhile a probe posts one reading to A every 100 ms and polls B until B serves it: the cross-instance
// visibility latency, measured from A's 2xx.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createBenchDatabase } from './bench-database.js';
import { cpuSeconds, percentile, sleep, startApp, stopApp, table } from './bench-support.js';

const SECONDS = Number(process.env.BENCH_INGEST_SECONDS ?? 10);
const SIMULATED = Number(process.env.BENCH_DB_METERS ?? 5000);
const SENDERS = Number(process.env.BENCH_DB_SENDERS ?? 4);
const BATCH = 10_000;

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Each send is a new batch: the same meters at a later timestamp, spliced into a prebuilt body. */
function bodies(offset) {
  const readings = Array.from({ length: BATCH }, (_, i) => ({ meterId: `SM-${offset + i}`, timestamp: '@AT@', powerKw: 1 + (i % 50) / 10, voltageV: 230.5 }));
  const [head, ...rest] = JSON.stringify({ readings }).split('"@AT@"');
  let clock = Date.now() - 4 * 60_000;
  return () => {
    clock += 1;
    const at = `"${new Date(clock).toISOString()}"`;
    return head + rest.map((part) => at + part).join('');
  };
}

async function ingest(instances, seconds) {
  let accepted = 0;
  let refused = 0;
  const latencies = [];
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  async function sender(n) {
    const next = bodies(n * BATCH);
    const base = instances[n % instances.length].base;
    while (Date.now() < deadline) {
      const body = next();
      const sent = performance.now();
      const response = await fetch(`${base}/api/energy/readings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const result = await response.json();
      latencies.push(performance.now() - sent);
      if (response.status !== 200) throw new Error(`ingest answered ${response.status}: ${JSON.stringify(result)}`);
      accepted += result.accepted;
      refused += result.rejected.length;
    }
  }
  await Promise.all(Array.from({ length: SENDERS }, (_, n) => sender(n)));
  latencies.sort((a, b) => a - b);
  return { perSecond: accepted / ((Date.now() - started) / 1000), accepted, refused, batches: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

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
  await ingest(instances, 2);
  let done = false;
  const probing = probe(a, b, () => done);
  // What the readings cost, apart from how busy the machine is: CPU of both instances and of the database's
  // sessions during the measured run, per 10,000 acknowledged readings.
  const appPids = instances.map((app) => app.child.pid);
  const dbPids = await sessionPids(url);
  const cpuBefore = [cpuSeconds(appPids), cpuSeconds(dbPids)];
  const r = await ingest(instances, SECONDS);
  const cpuAfter = [cpuSeconds(appPids), cpuSeconds(dbPids)];
  done = true;
  const visibility = await probing;
  const spent = (k) => cpuAfter[k].reduce((sum, s, i) => sum + s - cpuBefore[k][i], 0);
  const perBatch = (k) => ((spent(k) * 1000) / (r.accepted / BATCH)).toFixed(1);
  const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  console.log(`\nDatabase mode: 2 instances on one PostgreSQL, ${fmt(SIMULATED)} simulated meters each, ${SENDERS} senders x ${fmt(BATCH)}-reading batches for ${SECONDS} s`);
  console.log(table([
    ['acknowledged readings/s', 'accepted', 'rejected', 'batches', 'batch p50 ms', 'batch p99 ms', 'visibility A->B p50 ms', 'p99 ms', 'samples', 'CPU ms/10k: instances', 'PostgreSQL'],
    [fmt(r.perSecond), fmt(r.accepted), r.refused, r.batches, r.p50.toFixed(1), r.p99.toFixed(1), percentile(visibility, 50).toFixed(1), percentile(visibility, 99).toFixed(1), visibility.length, perBatch(0), perBatch(1)],
  ]));
} finally {
  for (const app of instances) await stopApp(app);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await database.drop();
}
