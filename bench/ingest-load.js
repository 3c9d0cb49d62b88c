// The readings load of the ingest benches (bench:telemetry, bench:ingest, bench:ingest -- --database): senders
// of 10,000-reading batches against one or more instances. Every send is a new batch, the same meters at a later
// timestamp, so the app validates, commits and applies every reading; resending one body would only measure the
// store's "already held" answer. The timestamp is spliced into a body built once, so the client's CPU goes to
// sending rather than to building megabytes of JSON on the shared cores.
import { percentile } from './bench-support.js';

export const BATCH = 10_000;

/** Bodies for meters SM-offset… : each call, the same readings one millisecond later than the call before. */
export function batchBodies(offset, batch = BATCH) {
  const readings = Array.from({ length: batch }, (_, i) => ({ meterId: `SM-${offset + i}`, timestamp: '@AT@', powerKw: 1 + (i % 50) / 10, voltageV: 230.5 }));
  const [head, ...rest] = JSON.stringify({ readings }).split('"@AT@"');
  // Behind the wall clock, and a send takes longer than the 1 ms step, so timestamps never reach the future.
  let clock = Date.now() - 4 * 60_000;
  return () => {
    clock += 1;
    const at = `"${new Date(clock).toISOString()}"`;
    return head + rest.map((part) => at + part).join('');
  };
}

/**
 * `senders` senders for `seconds`, sender n posting to bases[n % bases.length] meters SM-(n × batch)…; any
 * answer but 200 stops the bench. Returns readings/s acknowledged, counts and batch latency p50/p99.
 */
export async function postBatches(bases, { senders, seconds, batch = BATCH }) {
  let accepted = 0;
  let rejected = 0;
  const latencies = [];
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  async function sender(n) {
    const next = batchBodies(n * batch, batch);
    const base = bases[n % bases.length];
    while (Date.now() < deadline) {
      const body = next();
      const sent = performance.now();
      const response = await fetch(`${base}/api/energy/readings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const result = await response.json();
      latencies.push(performance.now() - sent);
      if (response.status !== 200) throw new Error(`ingest answered ${response.status}: ${JSON.stringify(result)}`);
      accepted += result.accepted;
      rejected += result.rejected.length;
    }
  }
  await Promise.all(Array.from({ length: senders }, (_, n) => sender(n)));
  latencies.sort((a, b) => a - b);
  return { perSecond: accepted / ((Date.now() - started) / 1000), accepted, rejected, batches: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
