import { H_SEQ, H_TICK, mapStore, type StoreViews } from '../store/store-layout.js';
import { readSnapshot, takeCut, writeSnapshot, type SnapshotIdentity } from '../store/store-snapshot.js';
import { ReadingsWal, nextSegmentSeq } from '../wal/readings-wal.js';
import { encodeRecord } from '../wal/wal-record.js';
import { RealMeterRegistry, applyReadings, type ApplyResult } from './readings-applier.js';
import { replayWal, walColumnsOf } from './wal-replay.js';
import { checkRealSlots, describeCheck } from './slot-check.js';
import type { TickStep } from './tick-steps.js';
import { WriterEngine } from './writer-engine.js';
import { APPLY_ACCEPTED, type ReadingsBatch, type WriterData } from './worker-messages.js';

export interface LoggedApply extends ApplyResult {
  /** Set when the readings log refused the batch: it is applied but must not be acknowledged. */
  storageError?: string;
}

export interface SnapshotOutcome {
  ok: boolean;
  bytes: number;
  durationMs: number;
  error?: string;
}

/**
 * The store's single writer, whatever carries work to it: ticks, batches of real readings (from HTTP through the
 * readings log, or already committed elsewhere), and snapshots. The worker thread is one caller; specs and
 * other feeds call it directly. Only one StoreWriter may exist per store buffer.
 */
export class StoreWriter {
  private snapshotting = false;

  private constructor(
    readonly views: StoreViews,
    readonly engine: WriterEngine,
    readonly registry: RealMeterRegistry,
    private readonly wal: ReadingsWal,
    private readonly identity: SnapshotIdentity,
    private readonly snapshotPath: string,
    /** What startup did (restored, replayed, resumed), for the host's log. */
    readonly note: string,
    readonly warn: boolean,
  ) {}

  /** Maps the store and brings it up to date: the snapshot and the log, or the live store after a restart. */
  static open(data: WriterData, steps: TickStep[] = []): StoreWriter {
    const views = mapStore(data.buffer, data.dims);
    const identity: SnapshotIdentity = { meterCount: data.meterCount, simulate: data.simulate, seed: data.seed };
    const engine = new WriterEngine(views, data.meterCount, data.simulate, data.seed);
    for (const step of steps) engine.addStep(step);
    const startup = data.resume ? resume(engine, views, data, data.resume.realIds) : restore(engine, views, identity, data);
    const wal = new ReadingsWal(data.walDir, nextSegmentSeq(data.walDir));
    return new StoreWriter(views, engine, startup.registry, wal, identity, data.snapshotPath, startup.note, startup.warn);
  }

  tick(now: number): { tick: number; durationMs: number } {
    const durationMs = this.engine.tick(now);
    return { tick: this.views.header[H_TICK], durationMs };
  }

  /** Applies a batch without logging it: for readings already made durable elsewhere, and for replay. */
  apply(batch: ReadingsBatch): ApplyResult {
    return applyReadings(this.engine, this.registry, batch);
  }

  /** Applies a batch and logs what was accepted; `done` runs once the log holds it on disk (or refused it). */
  applyLogged(batch: ReadingsBatch, done: (result: LoggedApply) => void): void {
    const result = this.apply(batch);
    const record = encodeRecord(walColumnsOf(batch, this.registry), (i) => result.codes[i] === APPLY_ACCEPTED);
    if (!record) return done(result);
    this.wal.append(record, (error) => done(error ? { ...result, storageError: describeStorageError(error) } : result));
  }

  /** Writes the store to the snapshot file and drops the log segments it covers. One at a time. */
  snapshot(done: (outcome: SnapshotOutcome) => void): void {
    if (this.snapshotting) return done({ ok: false, bytes: 0, durationMs: 0, error: 'a snapshot is already being written' });
    this.snapshotting = true;
    const started = performance.now();
    // Batches applied from here on go to a new segment; the snapshot holds everything in the older ones, and
    // the meters they registered: the cut (ids and slot flags) is taken in the same turn as the rotation.
    const covered = this.wal.rotate();
    const cut = takeCut(this.views, this.realIds());
    writeSnapshot(this.views, this.identity, cut, this.snapshotPath)
      .then((bytes) => {
        try {
          this.wal.dropBefore(covered);
        } catch {
          // Segments left behind are replayed idempotently on top of this snapshot; the next one retries.
        }
        done({ ok: true, bytes, durationMs: performance.now() - started });
      })
      .catch((error: unknown) => done({ ok: false, bytes: 0, durationMs: 0, error: describeStorageError(error as Error) }))
      .finally(() => {
        this.snapshotting = false;
      });
  }

  realIds(): [string, number][] {
    return [...this.registry.slots];
  }
}

interface Startup {
  registry: RealMeterRegistry;
  note: string;
  /** The note reports something an operator should look at (an ignored snapshot, a torn log tail). */
  warn: boolean;
}

function restore(engine: WriterEngine, views: StoreViews, identity: SnapshotIdentity, data: WriterData): Startup {
  const restored = readSnapshot(views, identity, data.snapshotPath);
  // Before the counters are rebuilt, so slots freed here are neither counted nor summed.
  const check = checkRealSlots(views, restored.realIds, simulatedCount(data));
  if (restored.restored) engine.initialiseRestored();
  else engine.initialiseFresh();
  const registry = new RealMeterRegistry(check.realIds);
  const replay = replayWal(data.walDir, engine, registry);
  const torn = replay.tornBytes > 0 ? `, ignored a torn tail of ${replay.tornBytes} bytes` : '';
  const log = replay.segments > 0 ? `; replayed ${replay.readings} readings from ${replay.segments} log segment(s)${torn}` : '';
  const repaired = describeCheck(check);
  return { registry, note: `${restored.note}${repaired}${log}`, warn: restored.ignored || replay.tornBytes > 0 || repaired !== '' };
}

/** A restarted worker takes over the live store: a crash can leave the seqlock odd, and counters half-published. */
function resume(engine: WriterEngine, views: StoreViews, data: WriterData, realIds: [string, number][]): Startup {
  if (Atomics.load(views.header, H_SEQ) & 1) Atomics.add(views.header, H_SEQ, 1);
  // The host's ids miss any registration whose reply died with the old worker (that batch was never acknowledged).
  const check = checkRealSlots(views, realIds, simulatedCount(data));
  engine.initialiseRestored();
  const repaired = describeCheck(check);
  return { registry: new RealMeterRegistry(check.realIds), note: `resumed the live store at tick ${views.header[H_TICK]}${repaired}`, warn: repaired !== '' };
}

function simulatedCount(data: WriterData): number {
  return data.simulate ? data.meterCount : 0;
}

function describeStorageError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${code}: ${error.message}` : error.message;
}
