import { request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listSegments } from '../../src/telemetry/wal/readings-wal.js';
import { decodeSegment } from '../../src/telemetry/wal/wal-record.js';
import { sleep } from '../support/wait-for.js';
import { latestBySearch, postReadings, readingsBatch, spawnApp, type ChildApp } from './support/child-app.js';

const BURST_BATCHES = 12;
const BURST_SIZE = 10_000;

interface Outcome {
  sentAt: number;
  status?: number;
  error?: string;
  answeredAt?: number;
}

/** One POST on its own connection; resolves once the whole body has been handed to the socket. */
function postOnOwnConnection(base: string, body: string): { flushed: Promise<void>; outcome: Promise<Outcome> } {
  const url = new URL('/api/energy/readings', base);
  const outcome: Outcome = { sentAt: Date.now() };
  let flushed!: () => void;
  const flushedPromise = new Promise<void>((resolve) => (flushed = resolve));
  const done = new Promise<Outcome>((resolve) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ ...outcome, status: res.statusCode, answeredAt: Date.now() }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ ...outcome, error: error.code ?? error.message, answeredAt: Date.now() }));
    req.end(body, () => flushed());
  });
  return { flushed: flushedPromise, outcome: done };
}

describe('fault: SIGTERM under load', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pg-sigterm-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finishes in-flight requests, snapshots every accepted reading and exits 0 within 10 s', async () => {
    // Only the shutdown snapshot: what comes back after the restart must have been written by it.
    const env = { DATA_DIR: dataDir, SNAPSHOT_MS: '86400000', TICK_MS: '200', REAL_METER_SLOTS: '200000', RATE_LIMIT_PER_MINUTE: '1000000' };
    const app: ChildApp = await spawnApp(env);
    const acked = new Map<string, number>();
    const steady: Outcome[] = [];
    let sigtermAt = 0;
    let batchNo = 0;
    const at = new Date(Date.now() - 60_000).toISOString();

    async function readingsLoop(): Promise<void> {
      while (true) {
        const readings = readingsBatch(`STEADY-${batchNo++}-`, 200, at, (i) => (i % 100) / 4 + 1);
        const outcome: Outcome = { sentAt: Date.now() };
        try {
          const result = await postReadings(app.base, readings);
          steady.push({ ...outcome, status: result.status });
          await sleep(5);
          if (result.status === 200) {
            expect(result.body).toMatchObject({ accepted: readings.length, rejected: [] });
            for (const r of readings) acked.set(r.meterId, r.powerKw);
          }
        } catch (error) {
          steady.push({ ...outcome, error: String((error as Error).cause ?? error) });
          return;
        }
      }
    }
    async function readLoop(path: string): Promise<void> {
      while (true) {
        const outcome: Outcome = { sentAt: Date.now() };
        try {
          const response = await fetch(`${app.base}${path}`);
          await response.arrayBuffer();
          steady.push({ ...outcome, status: response.status });
        } catch (error) {
          steady.push({ ...outcome, error: String((error as Error).cause ?? error) });
          return;
        }
      }
    }
    const loops = [readingsLoop(), readingsLoop(), readLoop('/api/energy/summary'), readLoop('/api/energy/telemetry?top=100')];
    // An open dashboard stream never ends by itself; shutdown must end it or the server would never close.
    const stream = await fetch(`${app.base}/api/energy/stream`);
    const streamEnded = (stream.body as ReadableStream).pipeTo(new WritableStream()).then(() => 'ended', (error: unknown) => `failed: ${String(error)}`);
    await sleep(1000);

    // A burst of full batches, each on its own connection, fully sent before the signal.
    const burst = Array.from({ length: BURST_BATCHES }, (_, b) => {
      const readings = readingsBatch(`BURST-${b}-`, BURST_SIZE, at, (i) => (i % 200) / 4 + 2);
      return { readings, ...postOnOwnConnection(app.base, JSON.stringify({ readings })) };
    });
    await Promise.all(burst.map((b) => b.flushed));
    await sleep(150);
    sigtermAt = Date.now();
    app.child.kill('SIGTERM');

    const burstOutcomes = await Promise.all(burst.map((b) => b.outcome));
    await Promise.all(loops);
    const exit = await app.exited;
    process.stdout.write(
      `SIGTERM: exit ${exit.code} after ${exit.afterMs} ms; burst answered ${burstOutcomes.filter((o) => o.status === 200).length}/${BURST_BATCHES} ` +
        `(${burstOutcomes.filter((o) => (o.answeredAt ?? 0) > sigtermAt).length} after the signal); steady requests ${steady.length}, ` +
        `statuses ${JSON.stringify(countBy(steady.map((o) => String(o.status ?? o.error))))}\n`,
    );
    if (exit.code !== 0) process.stdout.write(app.output().slice(-3000));
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.afterMs).toBeLessThan(10_000);
    expect(await streamEnded).toBe('ended');
    // Every request that was in the server's hands when the signal came got its full answer.
    expect(burstOutcomes.map((o) => o.status ?? o.error)).toEqual(Array(BURST_BATCHES).fill(200));
    expect(burstOutcomes.some((o) => (o.answeredAt ?? 0) > sigtermAt)).toBe(true);
    for (const b of burst) for (const r of b.readings) acked.set(r.meterId, r.powerKw);
    // The steady stream: nothing but 2xx (or 503 while closing) answers, and connection errors only once the server stopped listening.
    expect(steady.filter((o) => o.status !== undefined && o.status !== 200 && o.status !== 503)).toEqual([]);
    expect(steady.filter((o) => o.error !== undefined && o.sentAt < sigtermAt - 5)).toEqual([]);

    // The final snapshot took everything: the log holds no record any more.
    const logged = listSegments(join(dataDir, 'wal')).reduce((sum, s) => sum + decodeSegment(readFileSync(s.path)).records.length, 0);
    expect(logged).toBe(0);

    const again = await spawnApp(env);
    try {
      expect(again.output()).toMatch(/restored snapshot written at/);
      const found = new Map([...(await latestBySearch(again.base, 'STEADY-')), ...(await latestBySearch(again.base, 'BURST-'))]);
      const lost = [...acked].filter(([id, power]) => found.get(id)?.powerKw !== power);
      process.stdout.write(`SIGTERM: ${acked.size} accepted readings, ${lost.length} missing after restart\n`);
      expect(lost.length).toBe(0);
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  }, 90_000);
});

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
