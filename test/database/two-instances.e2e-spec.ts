import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { decodeColumns } from '../../src/telemetry/database/batch-codec.js';
import { latestBySearch, postReadings } from '../faults/support/child-app.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres.js';
import { waitFor } from '../support/wait-for.js';
import { spawnInstance, stopInstance, type Instance } from './support/two-instances.js';

const ENV = { METER_COUNT: '300', TICK_MS: '1000', REAL_METER_SLOTS: '2000' };

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** How many readings of a meter the database's reading batches hold. */
async function storedCopies(url: string, meterId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: [meter] } = await client.query<{ ordinal: number }>('SELECT ordinal FROM meters WHERE meter_id = $1', [meterId]);
    const { rows } = await client.query<Parameters<typeof decodeColumns>[0]>('SELECT reading_count, ordinals, timestamps, power, voltage, energy, status FROM reading_batches');
    return rows.reduce((copies, row) => copies + decodeColumns(row).ordinals.filter((ordinal) => ordinal === meter.ordinal).length, 0);
  } finally {
    await client.end();
  }
}

describe('two instances on one database', () => {
  let db: TestDatabase;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    db = await createTestDatabase('twoinstances');
    a = await spawnInstance(db.url, ENV);
    b = await spawnInstance(db.url, ENV);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await db?.drop();
  });

  it('serves readings posted to A from B within 1 s', async () => {
    const at = new Date().toISOString();
    const readings = Array.from({ length: 50 }, (_, i) => ({ meterId: `VIS-${i}`, timestamp: at, powerKw: 10 + i, voltageV: 231 }));
    const posted = await postReadings(a.base, readings);
    expect(posted).toEqual({ status: 200, body: { accepted: 50, rejected: [] } });
    const acknowledgedAt = Date.now();
    // The last reading of the batch, by id: B applies a batch whole, so when it serves this one it serves all.
    await waitFor('B to serve the batch posted to A', async () => ((await getJson(`${b.base}/api/energy/meters/VIS-49`)).status === 200 ? true : undefined), 5000);
    expect(Date.now() - acknowledgedAt).toBeLessThan(1000);
    const seen = await latestBySearch(b.base, 'VIS-');
    expect(seen.size).toBe(50);
    expect(seen.get('VIS-7')).toEqual({ powerKw: 17, timestamp: at });
  });

  it('shows a meter registered with PUT on A, with its attributes, on B; PUT is idempotent and validated', async () => {
    const put = (base: string, id: string, body: unknown) => fetch(`${base}/api/energy/meters/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const attributes = { kind: 'industrial', region: 'harbour', feeder: 'harbour-F04', site: 'Dry dock 2' };
    const first = await put(a.base, 'REG-1', attributes);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ meterId: 'REG-1', ...attributes });
    expect(await (await put(a.base, 'REG-1', attributes)).json()).toEqual({ meterId: 'REG-1', ...attributes });
    const onB = await waitFor('B to know REG-1', async () => {
      const { status, body } = await getJson(`${b.base}/api/energy/meters/REG-1`);
      return status === 200 ? body : undefined;
    }, 3000);
    expect(onB).toMatchObject({ meterId: 'REG-1', kind: 'industrial', region: 'harbour', feeder: 'harbour-F04', site: 'Dry dock 2', source: 'real' });

    const invalid = await put(b.base, 'REG-2', { kind: 'castle', region: 'harbour', feeder: 'harbour-F99' });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).code).toBe('TELEMETRY_METER_INVALID');
    const simulated = await put(b.base, 'MTR-0000001', attributes);
    expect(simulated.status).toBe(409);
    expect((await simulated.json()).code).toBe('TELEMETRY_METER_SIMULATED');
  });

  it('rejects readings for a simulated meter id with a clear code instead of taking the meter over', async () => {
    const posted = await postReadings(b.base, [{ meterId: 'MTR-0000005', timestamp: new Date().toISOString(), powerKw: 1 }]);
    expect(posted.status).toBe(200);
    expect(posted.body).toMatchObject({ accepted: 0, rejected: [{ index: 0, meterId: 'MTR-0000005', code: 'READING_METER_SIMULATED' }] });
    const meter = await getJson(`${a.base}/api/energy/meters/MTR-0000005`);
    expect(meter.body.source).toBe('simulated');
  });

  it('shows the same simulated values on both instances for the same tick number', async () => {
    // Real meters posted by the tests above count in the summary too, and an instance may apply the last of
    // them up to a second after the other (the visibility bound): so wait for a tick at which both have the
    // same real readings. Simulated values that differed would never match at any tick.
    let last: unknown[] = [];
    const pair = await waitFor('both instances at the same tick with the same totals', async () => {
      const [x, y] = await Promise.all([getJson(`${a.base}/api/energy/summary?historyPoints=0`), getJson(`${b.base}/api/energy/summary?historyPoints=0`)]);
      last = [x.body, y.body];
      return x.body.tick === y.body.tick && JSON.stringify(x.body) === JSON.stringify(y.body) ? [x.body, y.body] : undefined;
    }, 15_000).catch((error: unknown) => {
      expect(last[0]).toEqual(last[1]);
      throw error;
    });
    expect(pair[0]).toEqual(pair[1]);
    const meters = await waitFor('MTR-0000042 at the same timestamp on both', async () => {
      const [x, y] = await Promise.all([getJson(`${a.base}/api/energy/meters/MTR-0000042`), getJson(`${b.base}/api/energy/meters/MTR-0000042`)]);
      const [lx, ly] = [x.body.latest as Record<string, unknown>, y.body.latest as Record<string, unknown>];
      return lx.timestamp === ly.timestamp ? [lx, ly] : undefined;
    }, 10_000);
    expect(meters[0]).toEqual(meters[1]);
    expect(meters[0].energyKwh).toBeGreaterThan(0);
  });

  it('accepts a reading resent in another batch, to either instance, and keeps it once: one history point on both, one copy in the database', async () => {
    const at = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000).toISOString();
    const first = await postReadings(a.base, [{ meterId: 'RES-1', timestamp: at, powerKw: 5 }, { meterId: 'RES-2', timestamp: at, powerKw: 6 }]);
    expect(first.body).toEqual({ accepted: 2, rejected: [] });
    await waitFor('B to serve RES-2', async () => ((await getJson(`${b.base}/api/energy/meters/RES-2`)).status === 200 ? true : undefined), 5000);
    // The client got no answer (say) and resends RES-1 inside a new batch, to B; then the first batch whole, to A.
    const resent = await postReadings(b.base, [{ meterId: 'RES-1', timestamp: at, powerKw: 5 }, { meterId: 'RES-3', timestamp: at, powerKw: 7 }]);
    expect(resent.body).toEqual({ accepted: 2, rejected: [] });
    expect((await postReadings(a.base, [{ meterId: 'RES-1', timestamp: at, powerKw: 5 }, { meterId: 'RES-2', timestamp: at, powerKw: 6 }])).body).toEqual({ accepted: 2, rejected: [] });
    // A resend racing the first copy (B may not have applied it yet) may be committed twice, and is still applied once.
    const racing = [{ meterId: 'RES-4', timestamp: at, powerKw: 8 }];
    const [x, y] = await Promise.all([postReadings(a.base, racing), postReadings(b.base, [...racing, { meterId: 'RES-5', timestamp: at, powerKw: 9 }])]);
    expect([x.body, y.body]).toEqual([{ accepted: 1, rejected: [] }, { accepted: 2, rejected: [] }]);

    for (const instance of [a, b]) {
      await waitFor('both instances to serve RES-5', async () => ((await getJson(`${instance.base}/api/energy/meters/RES-5`)).status === 200 ? true : undefined), 5000);
      for (const id of ['RES-1', 'RES-4']) {
        const { body } = await getJson(`${instance.base}/api/energy/meters/${id}`);
        expect((body.history as { timestamp: string }[]).filter((point) => point.timestamp === at)).toHaveLength(1);
        expect(body.latest).toMatchObject({ timestamp: at });
      }
    }
    const copies = await storedCopies(db.url, 'RES-1');
    expect(copies).toBe(1);
  });

  it('keeps readings acknowledged by A right before a kill -9: B serves them, and A again after its restart', async () => {
    const at = new Date().toISOString();
    const readings = Array.from({ length: 200 }, (_, i) => ({ meterId: `KILL-${i}`, timestamp: at, powerKw: i / 4 }));
    const posted = await postReadings(a.base, readings);
    expect(posted.body).toEqual({ accepted: 200, rejected: [] });
    a.child.kill('SIGKILL');
    await a.exited;
    const onB = await waitFor('B to serve all 200', async () => {
      const found = await latestBySearch(b.base, 'KILL-');
      return found.size === 200 ? found : undefined;
    }, 5000);
    expect(onB.get('KILL-199')).toEqual({ powerKw: 49.75, timestamp: at });
    // The same DATA_DIR: A restores its (older) snapshot, then catches up from the database.
    a = await spawnInstance(db.url, ENV, a.dataDir);
    const onA = await latestBySearch(a.base, 'KILL-');
    expect(onA.size).toBe(200);
    expect(onA.get('KILL-0')).toEqual({ powerKw: 0, timestamp: at });
    expect((await latestBySearch(a.base, 'VIS-')).size).toBe(50);
  }, 90_000);

  it('never runs the readings write-ahead log in the database mode', async () => {
    const wal = join(b.dataDir, 'wal');
    expect(existsSync(wal) ? readdirSync(wal) : []).toEqual([]);
  });
});
