// GET /api/energy/telemetry per query shape at 1,000,000 meters ticking every second: how long each shape
// blocks the HTTP event loop (prom-client's event-loop delay p50/p99/max over the shape's run, read from
// /metrics, which resets it on every scrape) and its req/s and latency under autocannon. An idle window first
// gives the shared machine's own event-loop delay, to read the other figures against.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep, startApp, stopApp, table } from './bench-support.js';

const METERS = Number(process.env.BENCH_METERS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const SHAPES = [
  ['no filter (top=100)', 'top=100'],
  ['status=fault', 'status=fault&top=100'],
  ['region+kind', 'region=harbour&kind=industrial&top=100'],
  ['status+region+kind', 'status=outage&region=west-lakes&kind=commercial&top=100'],
  ['search=123', 'search=123&top=100'],
  ['search=MTR-00001', 'search=MTR-00001&top=100'],
  ['search=7+status=fault', 'search=7&status=fault&top=100'],
  ['top=1000', 'top=1000'],
];

function gauge(text, name) {
  return Number(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.eE+-]+|NaN)$`, "m").exec(text)?.[1]) * 1000;
}

async function loopDelay(base) {
  const text = await (await fetch(`${base}/metrics`)).text();
  return ['p50', 'p99', 'max'].map((p) => gauge(text, `powergrid_nodejs_eventloop_lag_${p}_seconds`));
}

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const dataDir = mkdtempSync(join(tmpdir(), 'listing-bench-'));
const app = await startApp({ METER_COUNT: String(METERS), TICK_MS: '1000', SNAPSHOT_MS: '86400000', DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '1000000' }, 18191);
const rows = [['query', 'loop p50 ms', 'loop p99 ms', 'loop max ms', 'req/s', 'latency p50 ms', 'latency p99 ms', 'count']];
try {
  await sleep(3000);
  await loopDelay(app.base);
  await sleep(SECONDS * 1000);
  const idle = await loopDelay(app.base);
  rows.push(['(idle, ticking)', fmt(idle[0]), fmt(idle[1]), fmt(idle[2]), '-', '-', '-', '-']);
  for (const [name, query] of SHAPES) {
    const url = `${app.base}/api/energy/telemetry?${query}`;
    const first = await (await fetch(url)).json();
    await loopDelay(app.base);
    const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
    const delay = await loopDelay(app.base);
    const bad = result.non2xx + result.errors;
    if (bad) console.error(`${name}: ${bad} failed requests`);
    rows.push([name, fmt(delay[0]), fmt(delay[1]), fmt(delay[2]), fmt(result.requests.average, 0), fmt(result.latency.p50, 0), fmt(result.latency.p99, 0), first.count]);
  }
} finally {
  await stopApp(app);
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`\nGET /api/energy/telemetry at ${METERS.toLocaleString('en-US')} meters ticking every 1 s (autocannon, ${CONNECTIONS} connections, ${SECONDS} s per shape)`);
console.log(table(rows));
console.log('(loop = the HTTP event-loop delay over that shape\'s run: what one request blocks the loop for, plus the machine\'s own noise in the idle row)');
