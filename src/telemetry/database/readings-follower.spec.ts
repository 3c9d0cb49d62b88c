import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/postgres.js';
import { until } from '../../../test/support/wait-for.js';
import { loadMigrations, migrate } from '../../common/database/migrator.js';
import { ReadingsFollower, type FollowStep, type FollowTarget } from './readings-follower.js';
import { ReadingsLog, type OutgoingBatch } from './readings-log.js';

const batchOf = (ids: string[], at: number): OutgoingBatch => ({
  meterIds: ids,
  timestamps: Float64Array.from(ids, () => at),
  power: Float64Array.from(ids, () => 1),
  voltage: Float64Array.from(ids, () => NaN),
  energy: Float64Array.from(ids, () => NaN),
  status: Int8Array.from(ids, () => -1),
});

/** A store stand-in that records what it was given, in order, and answers codes as a store would (all accepted). */
class RecordingStore implements FollowTarget {
  readonly events: string[] = [];
  fail = false;
  apply(step: FollowStep): Promise<Uint8Array[]> {
    if (this.fail) return Promise.reject(new Error('store busy'));
    for (const meter of step.meters) this.events.push(`meter ${meter.meterId}@${meter.ordinal}`);
    for (const batch of step.batches) this.events.push(`batch ${batch.seq}: ${Array.from(batch.columns.ordinals).join(',')}`);
    return Promise.resolve(step.batches.map((batch) => new Uint8Array(batch.columns.count).fill(batch.seq)));
  }
}

describe(ReadingsFollower.name, () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let log: ReadingsLog;
  const errors: unknown[] = [];

  beforeEach(async () => {
    errors.length = 0;
    db = await createTestDatabase('follower');
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
    await migrate(pool, await loadMigrations());
    log = new ReadingsLog(pool, 100);
  });
  afterEach(async () => {
    await pool.end();
    await db.drop();
  });

  it('applies every committed change once, the meters of a round before its batches, from its last applied number', async () => {
    await log.append(batchOf(['a', 'b'], 1000));
    await log.putMeter('c', { kind: 1, region: 2, feeder: 3, site: 'x' });
    await log.append(batchOf(['c', 'a'], 2000));
    const store = new RecordingStore();
    const follower = new ReadingsFollower(log, store, 0, (error) => errors.push(error));
    await follower.wake();
    expect(store.events).toEqual(['meter a@0', 'meter b@1', 'meter c@2', 'batch 2: 0,1', 'batch 5: 2,0']);
    expect(follower.appliedSeq).toBe(5);
    await follower.wake();
    expect(store.events).toHaveLength(5);

    const restarted = new RecordingStore();
    const later = new ReadingsFollower(log, restarted, 2, (error) => errors.push(error));
    await later.wake();
    expect(restarted.events).toEqual(['meter c@2', 'batch 5: 2,0']);
    expect(errors).toEqual([]);
  });

  it('applies its own offered commit without reading it back, and hands the codes to the waiting request', async () => {
    const store = new RecordingStore();
    let reads = 0;
    const counting = { ...log, head: () => log.head(), metersChangedBetween: (a: number, b: number) => log.metersChangedBetween(a, b), batchesBetween: (a: number, b: number, n: number) => (reads++, log.batchesBetween(a, b, n)) };
    const follower = new ReadingsFollower(counting, store, 0, (error) => errors.push(error));
    const result = await log.append(batchOf(['a'], 1000));
    follower.offer({ seq: result.seq, columns: { count: 1, ordinals: result.ordinals, timestamps: Float64Array.of(1000), power: Float64Array.of(1), voltage: Float64Array.of(NaN), energy: Float64Array.of(NaN), status: Int8Array.of(-1) } }, result.registered);
    const codes = follower.waitFor(result.seq, 5000);
    await follower.wake();
    expect(Array.from((await codes) ?? [])).toEqual([result.seq]);
    expect(reads).toBe(0);
    expect(store.events).toEqual(['meter a@0', 'batch 2: 0']);
  });

  it('reads back only the batches of other instances when they came in between its own, and applies all in order', async () => {
    const store = new RecordingStore();
    const read: number[][] = [];
    const counting = {
      head: () => log.head(),
      metersChangedBetween: (a: number, b: number) => log.metersChangedBetween(a, b),
      batchesBetween: async (a: number, b: number, n: number, skip?: readonly number[]) => {
        const batches = await log.batchesBetween(a, b, n, skip);
        read.push(batches.map((batch) => batch.seq));
        return batches;
      },
    };
    const follower = new ReadingsFollower(counting, store, 0, (error) => errors.push(error));
    const other = await log.append(batchOf(['x'], 1000));
    const ours = await log.append({ ...batchOf(['x'], 2000), knownOrdinals: Int32Array.of(0) });
    follower.offer({ seq: ours.seq, columns: { count: 1, ordinals: Int32Array.of(0), timestamps: Float64Array.of(2000), power: Float64Array.of(1), voltage: Float64Array.of(NaN), energy: Float64Array.of(NaN), status: Int8Array.of(-1) } }, []);
    const codes = follower.waitFor(ours.seq, 5000);
    await follower.wake();
    expect(read).toEqual([[other.seq]]);
    expect(store.events).toEqual(['meter x@0', `batch ${other.seq}: 0`, `batch ${ours.seq}: 0`]);
    expect(Array.from((await codes) ?? [])).toEqual([ours.seq]);
  });

  it('reads up to a number it is told was committed without asking for the head first', async () => {
    const store = new RecordingStore();
    let heads = 0;
    const counting = { head: () => (heads++, log.head()), metersChangedBetween: (a: number, b: number) => log.metersChangedBetween(a, b), batchesBetween: (a: number, b: number, n: number, skip?: readonly number[]) => log.batchesBetween(a, b, n, skip) };
    const follower = new ReadingsFollower(counting, store, 0, (error) => errors.push(error));
    await log.append(batchOf(['a'], 1000));
    const second = await log.append(batchOf(['b'], 2000));
    let headsWhenApplied = -1;
    const applied = follower.waitFor(second.seq, 5000).then(() => (headsWhenApplied = heads));
    await follower.wake(second.seq);
    await applied;
    expect(headsWhenApplied).toBe(0);
    expect(store.events).toEqual(['meter a@0', 'meter b@1', 'batch 2: 0', 'batch 4: 1']);
    // Caught up with what it was told: one look at the head for anything newer.
    expect(heads).toBe(1);
  });

  it('reports a failed round and catches up on the next wake', async () => {
    const store = new RecordingStore();
    const follower = new ReadingsFollower(log, store, 0, (error) => errors.push(error));
    await log.append(batchOf(['a'], 1000));
    store.fail = true;
    await follower.wake();
    expect(errors).toHaveLength(1);
    expect(follower.appliedSeq).toBe(0);
    store.fail = false;
    await follower.wake();
    expect(follower.appliedSeq).toBe(2);
  });

  it('folds wake-ups during a round into one more round, so a commit racing a catch-up is not left behind', async () => {
    const store = new RecordingStore();
    const follower = new ReadingsFollower(log, store, 0, (error) => errors.push(error));
    const rounds = [];
    for (let i = 0; i < 5; i++) {
      await log.append(batchOf([`m${i}`], 1000 + i));
      rounds.push(follower.wake());
    }
    await Promise.all(rounds);
    await until(() => follower.appliedSeq === 10, 2000);
    expect(follower.appliedSeq).toBe(10);
    expect(store.events.filter((e) => e.startsWith('batch'))).toHaveLength(5);
  });
});
