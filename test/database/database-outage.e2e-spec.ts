import pg from 'pg';
import { latestBySearch, postReadings } from '../faults/support/child-app.js';
import { startThrowawayCluster, type ThrowawayCluster } from '../support/throwaway-postgres.js';
import { sleep, waitFor } from '../support/wait-for.js';
import { spawnInstance, stopInstance, type Instance } from './support/two-instances.js';

const ENV = { METER_COUNT: '200', TICK_MS: '1000' };
const METERS = 20;

interface Sent {
  status: number;
  code?: string;
  at: string;
}

/** The database stopped mid-ingest, on a cluster of the test's own: 503s, then recovery, and nothing acknowledged lost. */
describe('database outage during ingest', () => {
  let cluster: ThrowawayCluster;
  let a: Instance;
  let b: Instance | undefined;

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    a = await spawnInstance(cluster.url, ENV);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await cluster?.destroy();
  });

  it('refuses writes with 503 STORAGE_UNAVAILABLE while serving reads, recovers, and keeps every acknowledged batch', async () => {
    const sent: Sent[] = [];
    let k = 0;
    const base = Date.now() - 10 * 60_000;
    let sending = true;
    const ingest = (async () => {
      while (sending) {
        const at = new Date(base + k++ * 1000).toISOString();
        const readings = Array.from({ length: METERS }, (_, i) => ({ meterId: `OUT-${i}`, timestamp: at, powerKw: k + i / 100 }));
        const { status, body } = await postReadings(a.base, readings);
        sent.push({ status, code: body.code as string | undefined, at });
        await sleep(40);
      }
    })();
    await waitFor('some acknowledged batches', async () => (sent.filter((s) => s.status === 200).length >= 5 ? true : undefined), 10_000);
    await cluster.stop('fast');
    const refused = await waitFor('a refused batch', async () => sent.find((s) => s.status === 503), 15_000);
    expect(refused.code).toBe('STORAGE_UNAVAILABLE');
    const summary = await fetch(`${a.base}/api/energy/summary`);
    expect(summary.status).toBe(200);
    const health = (await (await fetch(`${a.base}/api/health`)).json()) as { components: Record<string, { status: string }> };
    expect(health.components.database.status).toBe('degraded');
    await sleep(1000);
    const refusedCount = sent.filter((s) => s.status === 503).length;
    await cluster.start();
    await waitFor('batches acknowledged again', async () => (sent.slice(sent.indexOf(refused)).some((s) => s.status === 200) ? true : undefined), 30_000);
    sending = false;
    await ingest;
    expect(refusedCount).toBeGreaterThan(1);
    expect(sent.every((s) => s.status === 200 || (s.status === 503 && s.code === 'STORAGE_UNAVAILABLE'))).toBe(true);

    const acknowledged = sent.filter((s) => s.status === 200).map((s) => s.at);
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    const stored = new Set((await client.query<{ at: Date }>('SELECT newest_reading_at AS at FROM reading_batches')).rows.map((row) => row.at.toISOString()));
    await client.end();
    expect(acknowledged.filter((at) => !stored.has(at))).toEqual([]);

    const last = acknowledged.at(-1) as string;
    const onA = await latestBySearch(a.base, 'OUT-');
    expect([...onA.values()].every((reading) => reading.timestamp >= last)).toBe(true);
    // A fresh instance catches up from the database alone.
    b = await spawnInstance(cluster.url, ENV);
    const onB = await latestBySearch(b.base, 'OUT-');
    expect(onB).toEqual(onA);
  }, 120_000);
});
