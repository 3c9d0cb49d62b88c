import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/postgres.js';
import { loadMigrations, migrate } from '../../common/database/migrator.js';
import { ReadingsLog, type OutgoingBatch } from './readings-log.js';

function outgoing(ids: string[], at: number, power = (i: number) => i + 0.5): OutgoingBatch {
  return {
    meterIds: ids,
    timestamps: Float64Array.from(ids, () => at),
    power: Float64Array.from(ids, (_, i) => power(i)),
    voltage: Float64Array.from(ids, () => NaN),
    energy: Float64Array.from(ids, (_, i) => i * 10),
    status: Int8Array.from(ids, () => -1),
  };
}

describe(ReadingsLog.name, () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeEach(async () => {
    db = await createTestDatabase('readingslog');
    pool = new pg.Pool({ connectionString: db.url, max: 6 });
    await migrate(pool, await loadMigrations());
  });
  afterEach(async () => {
    await pool.end();
    await db.drop();
  });

  it('commits a batch as one row, registering its new meters just before it, and reads it back exactly', async () => {
    const log = new ReadingsLog(pool, 100);
    const first = await log.append(outgoing(['a', 'b', 'a'], 1_700_000_000_000));
    expect(first).toMatchObject({ seq: 2, duplicate: false, ordinals: Int32Array.from([0, 1, 0]) });
    expect(first.registered.map((m) => [m.meterId, m.ordinal, m.changedSeq])).toEqual([['a', 0, 1], ['b', 1, 1]]);
    const second = await log.append(outgoing(['c', 'b'], 1_700_000_001_000));
    expect(second).toMatchObject({ seq: 4, ordinals: Int32Array.from([2, 1]) });
    expect(await log.head()).toBe(4);
    const [batch] = await log.batchesBetween(0, 2, 10);
    expect(batch.seq).toBe(2);
    expect(batch.columns).toMatchObject({ count: 3, ordinals: Int32Array.from([0, 1, 0]), power: Float64Array.from([0.5, 1.5, 2.5]) });
    expect(Number.isNaN(batch.columns.voltage[1])).toBe(true);
    expect((await log.metersChangedBetween(2, 4)).map((m) => m.meterId)).toEqual(['c']);
  });

  it('recognises a resent batch and does not store it twice', async () => {
    const log = new ReadingsLog(pool, 100);
    const first = await log.append(outgoing(['a', 'b'], 1_700_000_000_000));
    const again = await log.append(outgoing(['a', 'b'], 1_700_000_000_000));
    expect(again).toMatchObject({ seq: first.seq, duplicate: true });
    const changed = await log.append(outgoing(['a', 'b'], 1_700_000_000_000, () => 9));
    expect(changed.duplicate).toBe(false);
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM reading_batches');
    expect(rows[0].n).toBe(2);
  });

  it('takes the ordinals an instance already knows without looking them up, and registers only the rest', async () => {
    const log = new ReadingsLog(pool, 100);
    await log.append(outgoing(['a', 'b'], 1_700_000_000_000));
    const queries: string[] = [];
    const spy = { query: (text: string, values?: unknown[]) => (queries.push(text), pool.query(text, values)) } as unknown as pg.Pool;
    const known = await new ReadingsLog(spy, 100).append({ ...outgoing(['b', 'a'], 1_700_000_000_500), knownOrdinals: Int32Array.of(1, 0) });
    expect(Array.from(known.ordinals)).toEqual([1, 0]);
    expect(queries).toHaveLength(1);
    const result = await log.append({ ...outgoing(['a', 'c', 'b'], 1_700_000_001_000), knownOrdinals: Int32Array.of(0, -1, -1) });
    expect(Array.from(result.ordinals)).toEqual([0, 2, 1]);
    expect(result.registered.map((m) => m.meterId)).toEqual(['c']);
    const [, , third] = await log.batchesBetween(0, 100, 10);
    expect(Array.from(third.columns.ordinals)).toEqual([0, 2, 1]);
  });

  it('leaves out the batches the caller says it holds', async () => {
    const log = new ReadingsLog(pool, 100);
    const seqs: number[] = [];
    for (let i = 0; i < 4; i++) seqs.push((await log.append(outgoing(['a'], 1_700_000_000_000 + i))).seq);
    expect((await log.batchesBetween(0, 100, 10, [seqs[1], seqs[3]])).map((b) => b.seq)).toEqual([seqs[0], seqs[2]]);
  });

  it('registers meters only while slots remain', async () => {
    const log = new ReadingsLog(pool, 2);
    const result = await log.append(outgoing(['a', 'b', 'c'], 1_700_000_000_000));
    expect(Array.from(result.ordinals)).toEqual([0, 1, -1]);
    expect(await log.putMeter('d', { kind: 0, region: 1, feeder: 2, site: null })).toBeUndefined();
  });

  it('numbers concurrent commits from several instances without gaps or collisions, in commit order', async () => {
    const logs = [new ReadingsLog(pool, 1000), new ReadingsLog(pool, 1000), new ReadingsLog(pool, 1000)];
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => logs[i % 3].append(outgoing([`m${i}`, `m${(i + 1) % 12}`], 1_700_000_000_000 + i))));
    const seqs = results.map((r) => r.seq).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(12);
    const { rows } = await pool.query<{ ordinal: number }>('SELECT ordinal FROM meters ORDER BY ordinal');
    expect(rows.map((row) => row.ordinal)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    const changes = (await pool.query<{ changed_seq: string }>('SELECT DISTINCT changed_seq FROM meters')).rows.map((row) => Number(row.changed_seq));
    expect([...seqs, ...changes].sort((a, b) => a - b)).toEqual(Array.from({ length: await logs[0].head() }, (_, i) => i + 1));
  });

  it('registers or updates a meter with PUT semantics and bumps its change number', async () => {
    const log = new ReadingsLog(pool, 10);
    const created = await log.putMeter('site-7', { kind: 2, region: 5, feeder: 3, site: 'Plant 7' });
    expect(created).toMatchObject({ meterId: 'site-7', ordinal: 0, kind: 2, region: 5, feeder: 3, site: 'Plant 7' });
    const updated = await log.putMeter('site-7', { kind: 1, region: 5, feeder: 3, site: null });
    expect(updated).toMatchObject({ ordinal: 0, kind: 1, site: null });
    expect(updated?.changedSeq).toBeGreaterThan(created?.changedSeq ?? Infinity);
  });

  it('prunes batches committed before a cut-off', async () => {
    const log = new ReadingsLog(pool, 10);
    await log.append(outgoing(['a'], 1_700_000_000_000));
    await pool.query("UPDATE reading_batches SET committed_at = now() - interval '3 days'");
    await log.append(outgoing(['a'], 1_700_000_001_000));
    expect(await log.prune(new Date(Date.now() - 86_400_000))).toBe(1);
    expect((await log.batchesBetween(0, 100, 10)).map((b) => b.seq)).toEqual([3]);
  });
});
