// npm run bench:telemetry — builds, then measures the telemetry core on this machine and prints a table.
// Phases: (1) the simulator engine's tick (the worker's code) in a child process at 5k/100k/1M meters;
// (2) RSS of the real app (dist/main.js) at each size once its history rings are full; (3) the real app at 1M
// meters ticking every second under autocannon beside a bare Fastify server serving the same JSON, then
// readings ingest. The machine may be shared: the figures are as measured, not adjusted.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { currentTick, rssMiB, sleep, startApp, startBareServer, stopApp, table } from './bench-support.js';
import { postBatches } from './ingest-load.js';

// Overridable only to smoke-test this script quickly; the figures that count use the defaults.
const SIZES = (process.env.BENCH_SIZES ?? '5000,100000,1000000').split(',').map(Number);
const HTTP_METERS = Number(process.env.BENCH_HTTP_METERS ?? 1_000_000);
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
// The machine is shared: app and bare server alternate over rounds so a burst of load hits both alike.
const ROUNDS = 2;
const dataRoot = mkdtempSync(join(tmpdir(), 'pg-bench-'));
const results = {};

function engineTicks(meters) {
  const output = execFileSync(process.execPath, [new URL('./engine-ticks.js', import.meta.url).pathname, String(meters)], { encoding: 'utf8' });
  return JSON.parse(output);
}

async function appRss(meters, env = {}) {
  const app = await startApp({ METER_COUNT: String(meters), TICK_MS: '20', SNAPSHOT_MS: '86400000', DATA_DIR: join(dataRoot, `rss-${meters}`), ...env }, 18181);
  // 61 ticks fill every history row, so the store is fully resident.
  while ((await currentTick(app.base)) < 65) await sleep(200);
  const rss = rssMiB(app.child.pid);
  await stopApp(app);
  return rss;
}

async function cannon(url) {
  const result = await autocannon({ url, connections: 10, duration: HTTP_SECONDS });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

function mean(runs) {
  return {
    rps: runs.reduce((sum, run) => sum + run.rps, 0) / runs.length,
    p99: Math.max(...runs.map((run) => run.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

async function httpPhase() {
  // The per-client rate limit would turn most of autocannon's requests into 429s: lift it for the measurement.
  const app = await startApp({ METER_COUNT: String(HTTP_METERS), TICK_MS: '1000', SNAPSHOT_MS: '86400000', DATA_DIR: join(dataRoot, 'http'), RATE_LIMIT_PER_MINUTE: '1000000', REAL_METER_SLOTS: '30000' }, 18182);
  try {
    await sleep(2000);
    const payloadFile = join(dataRoot, 'payloads.json');
    const summary = await (await fetch(`${app.base}/api/energy/summary`)).json();
    const telemetry = await (await fetch(`${app.base}/api/energy/telemetry?top=100`)).json();
    writeFileSync(payloadFile, JSON.stringify({ summary, telemetry }));
    const bare = await startBareServer(payloadFile);
    try {
      for (const [name, path] of [['summary', '/api/energy/summary'], ['telemetry?top=100', '/api/energy/telemetry?top=100']]) {
        const ours = [];
        const reference = [];
        let ticked = 0;
        for (let round = 0; round < ROUNDS; round++) {
          const tickBefore = await currentTick(app.base);
          ours.push(await cannon(app.base + path));
          ticked += (await currentTick(app.base)) - tickBefore;
          reference.push(await cannon(bare.base + path));
        }
        results[name] = { ours: mean(ours), reference: mean(reference), ticked };
      }
    } finally {
      bare.child.kill('SIGTERM');
    }
    results.ingest = await postBatches([app.base], { senders: 3, seconds: HTTP_SECONDS });
    results.rss1m = rssMiB(app.child.pid);
    results.tick1m = await currentTick(app.base);
    const metrics = await (await fetch(`${app.base}/metrics`)).text();
    const sum = Number(/powergrid_simulator_tick_duration_seconds_sum (\S+)/.exec(metrics)[1]);
    const count = Number(/powergrid_simulator_tick_duration_seconds_count (\S+)/.exec(metrics)[1]);
    results.appTickMeanMs = (sum / count) * 1000;
  } finally {
    await stopApp(app);
  }
}

const began = Date.now();
try {
  for (const meters of SIZES) results[`engine${meters}`] = engineTicks(meters);
  for (const meters of SIZES) results[`rss${meters}`] = await appRss(meters);
  await httpPhase();
} finally {
  rmSync(dataRoot, { recursive: true, force: true });
}

const fmt = (n, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const tickRows = SIZES.map((meters) => {
  const r = results[`engine${meters}`];
  const rss = results[`rss${meters}`];
  return [meters.toLocaleString('en-US'), fmt(r.median, 2), fmt(r.p99, 2), fmt((r.median * 1e6) / meters, 1), fmt(r.alertMedian, 2), fmt(r.alertP99, 2), String(r.activeAlerts), fmt(rss, 0), String(r.ticks)];
});
console.log('\nSimulator tick (worker code, in-process), alert rules per tick, and app RSS');
console.log(table([['meters', 'tick median ms', 'tick p99 ms', 'ns/meter', 'alerts median ms', 'alerts p99 ms', 'active alerts', 'app RSS MiB', 'ticks timed'], ...tickRows]));
console.log('(tick includes the alert rules; alerts: their share, one pass over the meters plus feeder, storm and region-load checks)');
console.log('(app RSS: dist/main.js at that METER_COUNT after 65 ticks, when every history row has been written)');
console.log(`(HTTP-run app at ${HTTP_METERS.toLocaleString('en-US')} meters: RSS ${fmt(results.rss1m, 0)} MiB after ${results.tick1m} ticks; its own mean tick ${fmt(results.appTickMeanMs, 1)} ms)`);

console.log(`\nHTTP at ${HTTP_METERS.toLocaleString('en-US')} meters ticking every 1 s (autocannon, 10 connections, ${ROUNDS} alternating rounds of ${HTTP_SECONDS} s; req/s averaged, p99 the worse round)`);
const httpRows = ['summary', 'telemetry?top=100'].map((name) => {
  const { ours, reference, ticked } = results[name];
  return [`GET /api/energy/${name}`, fmt(ours.rps, 0), fmt(ours.p99, 1), fmt(reference.rps, 0), fmt(reference.p99, 1), `${fmt((ours.rps / reference.rps) * 100, 0)}%`, String(ours.errors), String(ticked)];
});
console.log(table([['route', 'app req/s', 'app p99 ms', 'bare Fastify req/s', 'bare p99 ms', 'ratio', 'errors', 'ticks during run'], ...httpRows]));

console.log('\nIngest: POST /api/energy/readings, 3 concurrent senders of 10,000-reading batches, each send a new batch (a later timestamp)');
console.log(table([
  ['readings/s', 'accepted', 'rejected'],
  [fmt(results.ingest.perSecond, 0), String(results.ingest.accepted), String(results.ingest.rejected)],
]));
console.log(`\nTotal bench time ${fmt((Date.now() - began) / 1000, 0)} s on ${(await import('node:os')).cpus().length} cores.`);
