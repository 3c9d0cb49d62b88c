// npm run bench:alerts — raise -> webhook receipt latency of grid alerts through the real app (dist/main.js).
// The app runs with SIMULATOR=off and ALERT_WEBHOOK_ALLOW_PRIVATE=true; a receiver on loopback is subscribed;
// each round posts readings with status fault for fresh real meters and, a tick or two later, normal readings
// that resolve them (so no region reaches its cap of meter alerts and every fault is delivered); every alert's
// latency is receipt time minus its raisedAt (the tick that raised it). Clocks are the same
// machine's, so the figure includes the wait for the tick's end, the worker->HTTP thread hop and the POST.
// With --database: two instances on a PostgreSQL database created for the run (127.0.0.1:5432, dropped after),
// subscribed on A, faults posted to A and B in turn; the figure then includes the alert's round trip through
// the alerts table and the outbox, and the table counts deliveries per alert (every alert is expected once).
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBenchDatabase } from './bench-database.js';
import { percentile, sleep, startApp, stopApp, table } from './bench-support.js';

const ROUNDS = Number(process.env.BENCH_ALERT_ROUNDS ?? 40);
const PER_ROUND = 8;
const TICK_MS = Number(process.env.BENCH_TICK_MS ?? 1000);

const DATABASE = process.argv.includes('--database');

const latencies = [];
const deliveriesPerAlert = new Map();
const receiver = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const receivedAt = Date.now();
    const { alert } = JSON.parse(body);
    const seen = deliveriesPerAlert.get(alert.alertId) ?? 0;
    deliveriesPerAlert.set(alert.alertId, seen + 1);
    if (seen === 0) latencies.push(receivedAt - Date.parse(alert.raisedAt));
    response.writeHead(204).end();
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const callbackUrl = `http://127.0.0.1:${receiver.address().port}/hook`;
const dataDir = mkdtempSync(join(tmpdir(), 'pg-alert-bench-'));
const env = { SIMULATOR: 'off', TICK_MS: String(TICK_MS), REAL_METER_SLOTS: String(ROUNDS * PER_ROUND + 10), ALERT_WEBHOOK_ALLOW_PRIVATE: 'true', RATE_LIMIT_PER_MINUTE: '100000' };
const database = DATABASE ? await createBenchDatabase('powergrid_alertbench') : undefined;
if (database) env.DATABASE_URL = database.url;
const app = await startApp({ ...env, DATA_DIR: dataDir }, 18191);
const otherDir = mkdtempSync(join(tmpdir(), 'pg-alert-bench-b-'));
const other = database ? await startApp({ ...env, DATA_DIR: otherDir }, 18192) : undefined;
const instances = other ? [app, other] : [app];
try {
  const subscribed = await fetch(`${app.base}/api/alerts/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ callbackUrl, kind: 'meter-fault' }) });
  if (subscribed.status !== 201) throw new Error(`subscribe answered ${subscribed.status}`);
  for (let round = 0; round < ROUNDS; round++) {
    const post = (status) => {
      const timestamp = new Date().toISOString();
      const readings = Array.from({ length: PER_ROUND }, (_, i) => ({ meterId: `BENCH-${round}-${i}`, timestamp, powerKw: 1, status }));
      return fetch(`${instances[round % instances.length].base}/api/energy/readings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ readings }) });
    };
    await post('fault');
    // Spread the rounds over tick phases so the figure covers every moment a reading can land between ticks.
    await sleep(TICK_MS * (1.2 + Math.random()));
    await post('normal');
    await sleep(TICK_MS * 1.2);
  }
  const expected = ROUNDS * PER_ROUND;
  const deadline = Date.now() + 10 * TICK_MS + 5000;
  while (latencies.length < expected && Date.now() < deadline) await sleep(50);
  // Late duplicates, if any, would arrive within a few ticks and outbox polls.
  if (DATABASE) await sleep(3 * TICK_MS + 2000);
  const sorted = [...latencies].sort((a, b) => a - b);
  const duplicates = [...deliveriesPerAlert.values()].reduce((sum, n) => sum + n - 1, 0);
  const mode = DATABASE ? 'database mode, two instances, subscribed on A, faults posted to A and B in turn' : 'embedded mode';
  console.log(`\nAlert delivery: raise -> webhook receipt on loopback (${mode}; TICK_MS ${TICK_MS}, ${ROUNDS} rounds of ${PER_ROUND} meter faults)`);
  console.log(table([
    ['alerts raised', 'delivered', 'duplicates', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'],
    [String(expected), String(sorted.length), String(duplicates), String(percentile(sorted, 50)), String(percentile(sorted, 90)), String(percentile(sorted, 99)), String(sorted.at(-1))],
  ]));
  console.log('(raisedAt is the time of the tick that raised the alert; the tick then computes, publishes, and the HTTP thread delivers)');
} finally {
  await Promise.all(instances.map((instance) => stopApp(instance)));
  receiver.close();
  for (const dir of [dataDir, otherDir]) rmSync(dir, { recursive: true, force: true });
  if (database) await database.drop();
}
