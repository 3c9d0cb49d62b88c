// npm run soak — drives the built app (dist/main.js) at 1,000,000 meters with mixed traffic for SOAK_SECONDS
// (default 60; run 1800 for the documented 30-minute soak), samples RSS and event-loop delay from GET /metrics,
// prints a table, and exits 1 on any 5xx or connection error, RSS growth over 10% after warm-up, or an
// event-loop delay p99 over 50 ms. SOAK_URL targets a running app instead (it must allow the soak's rates).
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, sleep, startApp, stopApp, table } from './bench-support.js';
import { ROUTES, SOAK_REAL_METERS } from './soak-routes.js';
import { MetricsSampler } from './soak-metrics.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const METERS = Number(process.env.SOAK_METERS ?? 1_000_000);
/** Scales every route's request rate (1 = the mix in soak-routes.js). */
const RATE_SCALE = Number(process.env.SOAK_RATE_SCALE ?? 1);
/** Only the routes whose name contains one of these words (for finding which route hurts); all by default. */
const ONLY = (process.env.SOAK_ROUTES ?? '').split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
const ACTIVE = ROUTES.filter((route) => ONLY.length === 0 || ONLY.some((word) => route.name.toLowerCase().includes(word)));
/** Traffic warm-up: V8's heap grows into its working size during the first seconds of load. */
const WARMUP_SECONDS = Math.min(120, Math.max(15, Math.round(SECONDS / 4)));
const LIMITS = { rssGrowth: 0.1, loopP99Ms: 50 };
/** Each meter's history ring holds 60 ticks: RSS climbs until it is full, so the measured window starts after. */
const WARMUP_TICKS = Number(process.env.SOAK_WARMUP_TICKS ?? 65);

async function waitForTick(base, headers) {
  const started = Date.now();
  for (;;) {
    const { tick } = await (await fetch(`${base}/api/energy/summary?historyPoints=0`, { headers })).json();
    if (tick >= WARMUP_TICKS) return (Date.now() - started) / 1000;
    await sleep(1_000);
  }
}

async function target() {
  if (process.env.SOAK_URL) return { base: process.env.SOAK_URL.replace(/\/$/, ''), stop: async () => {} };
  const dataDir = mkdtempSync(join(tmpdir(), 'pg-soak-'));
  const app = await startApp(
    {
      METER_COUNT: String(METERS),
      TICK_MS: '1000',
      DATA_DIR: dataDir,
      // The soak measures the app, not its per-client limits: every request comes from 127.0.0.1.
      RATE_LIMIT_PER_MINUTE: '1000000',
      ASK_RATE_LIMIT_PER_MINUTE: '1000000',
      REAL_METER_SLOTS: String(SOAK_REAL_METERS),
    },
    await freePort(),
  );
  return { base: app.base, stop: async () => { await stopApp(app); rmSync(dataDir, { recursive: true, force: true }); } };
}

function runRoute(base, route, headers) {
  const rate = Math.max(1, Math.round(route.rate * RATE_SCALE));
  const instance = autocannon({
    url: base,
    connections: route.connections,
    overallRate: rate,
    duration: SECONDS,
    timeout: 30,
    headers,
    requests: [{ method: route.method, setupRequest: (request) => ({ ...request, ...route.next() }) }],
  });
  // autocannon reports every bad answer only in aggregate; keep the statuses by class ourselves.
  const counts = { '2xx': 0, '4xx': 0, other: 0 };
  instance.on('response', (_client, status) => {
    const key = status >= 200 && status < 300 ? '2xx' : status >= 400 && status < 500 ? '4xx' : 'other';
    counts[key] += 1;
  });
  return instance.then((result) => ({ route, result, counts }));
}

function row({ route, result, counts }) {
  return [
    route.name,
    result.requests.total,
    counts['2xx'],
    counts['4xx'],
    counts.other,
    result.errors + result.timeouts,
    result.latency.p50,
    result.latency.p99,
    Math.round(result.requests.average),
  ];
}

async function main() {
  const app = await target();
  const headers = process.env.SOAK_API_KEY ? { 'x-api-key': process.env.SOAK_API_KEY } : {};
  const sampler = new MetricsSampler(`${app.base}/metrics`, headers);
  try {
    console.log(`soak: ${SECONDS} s against ${app.base} (${METERS.toLocaleString('en')} meters unless SOAK_URL), warm-up ${WARMUP_SECONDS} s, rate scale ${RATE_SCALE}`);
    sampler.start(2_000);
    const waited = await waitForTick(app.base, headers);
    console.log(`soak: history rings full (tick >= ${WARMUP_TICKS}) after waiting ${waited.toFixed(0)} s; traffic starts`);
    for (const route of ACTIVE) await route.prepare?.(app.base, headers);
    sampler.markTrafficStart();
    const outcomes = await Promise.all(ACTIVE.map((route) => runRoute(app.base, route, headers)));
    await sleep(2_100);
    sampler.stop();

    console.log('\nPer route (latency in ms)');
    console.log(table([['route', 'requests', '2xx', '4xx', 'other', 'conn errors', 'p50', 'p99', 'req/s'], ...outcomes.map(row)]));
    console.log('\nSamples (every 2 s from GET /metrics)');
    console.log(table([
      ['t (s)', 'RSS MiB', 'heap used MiB', 'external MiB', 'loop p99 ms', 'loop max ms'],
      ...sampler.samples.filter((s) => s.t >= -10).map((s) => [s.t.toFixed(0), s.rssMiB.toFixed(1), s.heapMiB.toFixed(1), s.externalMiB.toFixed(1), s.loopP99Ms.toFixed(1), s.loopMaxMs.toFixed(1)]),
    ]));

    const verdict = sampler.verdict(WARMUP_SECONDS);
    const totals = outcomes.reduce((acc, { result, counts }) => ({
      requests: acc.requests + result.requests.total, other: acc.other + counts.other, errors: acc.errors + result.errors + result.timeouts,
    }), { requests: 0, other: 0, errors: 0 });
    console.log(`\nTotal: ${totals.requests} requests, ${totals.other} answers neither 2xx nor 4xx, ${totals.errors} connection errors/timeouts`);
    console.log(`RSS after warm-up: ${verdict.rssStartMiB.toFixed(1)} MiB -> ${verdict.rssEndMiB.toFixed(1)} MiB (max ${verdict.rssMaxMiB.toFixed(1)}), drift ${(verdict.rssGrowth * 100).toFixed(1)}%`);
    console.log(`Event-loop delay after warm-up: p99 ${verdict.loopP99Ms.toFixed(1)} ms (worst 2 s window), max ${verdict.loopMaxMs.toFixed(1)} ms; idle baseline before traffic ${Number.isNaN(sampler.idleLoopP99Ms()) ? 'n/a (no idle samples)' : `${sampler.idleLoopP99Ms().toFixed(1)} ms`} (median 2 s window, machine load ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);

    const failures = [];
    if (totals.other > 0) failures.push(`${totals.other} answers that are neither 2xx nor 4xx`);
    if (totals.errors > 0) failures.push(`${totals.errors} connection errors or timeouts`);
    if (verdict.rssGrowth > LIMITS.rssGrowth) failures.push(`RSS grew ${(verdict.rssGrowth * 100).toFixed(1)}% after warm-up (limit 10%)`);
    if (verdict.loopP99Ms > LIMITS.loopP99Ms) failures.push(`event-loop delay p99 ${verdict.loopP99Ms.toFixed(1)} ms (limit 50 ms)`);
    if (sampler.samples.length < 3) failures.push('too few /metrics samples to judge RSS and event-loop delay');
    if (failures.length) {
      console.log(`\nSOAK FAILED: ${failures.join('; ')}`);
      process.exitCode = 1;
    } else {
      console.log('\nSOAK PASSED');
    }
  } finally {
    sampler.stop();
    await app.stop();
  }
}

await main();
