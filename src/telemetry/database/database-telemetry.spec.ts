import { EventEmitter } from 'node:events';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/postgres.js';
import { loadMigrations, migrate } from '../../common/database/migrator.js';
import { NotifyListener } from '../../common/database/notify-listener.js';
import { connectClient } from '../../common/database/pg-pool.js';
import { DatabaseTelemetry, TelemetryStorageError, type DatabaseLink } from './database-telemetry.js';
import type { FollowStep } from './readings-follower.js';
import type { OutgoingBatch } from './readings-log.js';

const batch = (ids: string[], at: number): OutgoingBatch => ({
  meterIds: ids, timestamps: Float64Array.from(ids, () => at), power: Float64Array.from(ids, () => 2), voltage: Float64Array.from(ids, () => NaN),
  energy: Float64Array.from(ids, () => NaN), status: Int8Array.from(ids, () => -1),
});

describe(DatabaseTelemetry.name, () => {
  let db: TestDatabase;
  const links: (DatabaseLink & { stop(): Promise<void> })[] = [];

  async function instance(applied: FollowStep[], over: Partial<DatabaseLink> = {}): Promise<DatabaseTelemetry> {
    const pool = new pg.Pool({ connectionString: db.url, max: 3 });
    const listener = new NotifyListener(() => connectClient({ connectionString: db.url }), { connected: () => undefined, disconnected: () => undefined });
    await listener.start();
    const link = { pool, listener, events: new EventEmitter(), up: true, reportFailure: () => undefined, stop: async () => (await listener.stop(), await pool.end()), ...over };
    links.push(link);
    const telemetry = new DatabaseTelemetry(link, { apply: (step) => (applied.push(step), Promise.resolve(step.batches.map((b) => new Uint8Array(b.columns.count).fill(7)))) }, { realMeterSlots: 10, retentionHours: 1, appliedSeq: 0, onError: () => undefined });
    await telemetry.start();
    return telemetry;
  }

  beforeEach(async () => {
    db = await createTestDatabase('dbtelemetry');
    const pool = new pg.Pool({ connectionString: db.url });
    await migrate(pool, await loadMigrations());
    await pool.end();
  });
  afterEach(async () => {
    await Promise.all(links.splice(0).map((link) => link.stop()));
    await db.drop();
  });

  it('answers a commit with the codes its own store gave, and another instance follows on the notification', async () => {
    const appliedA: FollowStep[] = [];
    const appliedB: FollowStep[] = [];
    const a = await instance(appliedA);
    const b = await instance(appliedB);
    const outcome = await a.commit(batch(['x', 'y'], 1000));
    expect(Array.from(outcome.codes ?? [])).toEqual([7, 7]);
    expect(appliedA.flatMap((s) => s.batches.map((x) => x.seq))).toEqual([2]);
    const started = Date.now();
    while (b.follower.appliedSeq < 2 && Date.now() - started < 3000) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(appliedB.flatMap((s) => s.meters.map((m) => m.meterId))).toEqual(['x', 'y']);
    expect((await a.commit(batch(['x', 'y'], 1000))).duplicate).toBe(true);
  });

  it('refuses a write at once while the database is known to be down, without acknowledging it', async () => {
    const down = await instance([], { up: false });
    await expect(down.commit(batch(['x'], 1000))).rejects.toBeInstanceOf(TelemetryStorageError);
  });

  it('turns a lost connection during a commit into a storage error and reports it', async () => {
    const failures: unknown[] = [];
    const deadPool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 500 });
    const applied: FollowStep[] = [];
    const telemetry = new DatabaseTelemetry({ pool: deadPool, listener: undefined as never, events: new EventEmitter(), up: true, reportFailure: (e) => failures.push(e) }, { apply: () => Promise.resolve([]) }, { realMeterSlots: 1, retentionHours: 1, appliedSeq: 0, onError: () => undefined });
    await expect(telemetry.commit(batch(['x'], 1000))).rejects.toBeInstanceOf(TelemetryStorageError);
    expect(failures).toHaveLength(1);
    expect(applied).toEqual([]);
    await deadPool.end();
  });
});
