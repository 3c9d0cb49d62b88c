// npm run bench:alerts — raise -> webhook receipt latency of grid alerts through the real app (dist/main.js).
// The app runs with SIMULATOR=off and ALERT_WEBHOOK_ALLOW_PRIVATE=true; a receiver on loopback is subscribed;
// each round posts readings with status fault for fresh real meters and, a tick or two later, normal readings
// that resolve them (so no region reaches its cap of meter alerts and every fault is delivered); every alert's
// latency is receipt time minus its raisedAt (the tick that raised it). Clocks are the same
// machine's, so the figure includes the wait for the tick's end, the worker->HTTP thread hop and the POST.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, sleep, startApp, stopApp, table } from './bench-support.js';

const ROUNDS = Number(process.env.BENCH_ALERT_ROUNDS ?? 40);
const PER_ROUND = 8;
const TICK_MS = Number(process.env.BENCH_TICK_MS ?? 1000);

const latencies = [];
const receiver = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const receivedAt = Date.now();
    const { alert } = JSON.parse(body);
    latencies.push(receivedAt - Date.parse(alert.raisedAt));
    response.writeHead(204).end();
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const callbackUrl = `http://127.0.0.1:${receiver.address().port}/hook`;
const dataDir = mkdtempSync(join(tmpdir(), 'pg-alert-bench-'));
const app = await startApp({ SIMULATOR: 'off', TICK_MS: String(TICK_MS), REAL_METER_SLOTS: String(ROUNDS * PER_ROUND + 10), ALERT_WEBHOOK_ALLOW_PRIVATE: 'true', DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '100000' }, 18191);
try {
  const subscribed = await fetch(`${app.base}/api/alerts/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ callbackUrl, kind: 'meter-fault' }) });
  if (subscribed.status !== 201) throw new Error(`subscribe answered ${subscribed.status}`);
  for (let round = 0; round < ROUNDS; round++) {
    const post = (status) => {
      const timestamp = new Date().toISOString();
      const readings = Array.from({ length: PER_ROUND }, (_, i) => ({ meterId: `BENCH-${round}-${i}`, timestamp, powerKw: 1, status }));
      return fetch(`${app.base}/api/energy/readings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ readings }) });
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
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(`\nAlert delivery: raise -> webhook receipt on loopback (TICK_MS ${TICK_MS}, ${ROUNDS} rounds of ${PER_ROUND} meter faults)`);
  console.log(table([
    ['alerts raised', 'delivered', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'],
    [String(expected), String(sorted.length), String(percentile(sorted, 50)), String(percentile(sorted, 90)), String(percentile(sorted, 99)), String(sorted.at(-1))],
  ]));
  console.log('(raisedAt is the time of the tick that raised the alert; the tick then computes, publishes, and the HTTP thread delivers)');
} finally {
  await stopApp(app);
  receiver.close();
  rmSync(dataDir, { recursive: true, force: true });
}
