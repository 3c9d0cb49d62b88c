import { parentPort, workerData } from 'node:worker_threads';
import { H_SEQ, H_TICK, mapStore, type StoreViews } from '../store/store-layout.js';
import { readSnapshot, writeSnapshot, type SnapshotIdentity } from '../store/store-snapshot.js';
import { ReadingsWal, nextSegmentSeq } from '../wal/readings-wal.js';
import { encodeRecord } from '../wal/wal-record.js';
import { replayWal, walColumnsOf } from '../wal/wal-replay.js';
import { RealMeterRegistry, applyReadings } from './readings-applier.js';
import { SimulatorEngine } from './simulator-engine.js';
import { APPLY_ACCEPTED, type HostMessage, type SimulatorWorkerData, type WorkerFault, type WorkerMessage } from './worker-messages.js';

/** The single writer of the meter store: ticks, real readings, the readings log and snapshots all run on this thread. */
function main(): void {
  const port = parentPort;
  if (!port) throw new Error('simulator.worker must run as a worker thread');
  const data = workerData as SimulatorWorkerData;
  const views = mapStore(data.buffer, data.dims);
  const identity: SnapshotIdentity = { meterCount: data.meterCount, simulate: data.simulate, seed: data.seed };
  const engine = new SimulatorEngine(views, data.meterCount, data.simulate, data.seed);
  const { registry, note, warn } = data.resume ? resume(engine, views, data.resume.realIds) : restore(engine, views, identity, data);
  const wal = new ReadingsWal(data.walDir, nextSegmentSeq(data.walDir));
  const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
  let snapshotting = false;

  port.on('message', (message: HostMessage) => {
    switch (message.type) {
      case 'tick': {
        const durationMs = engine.tick(message.now);
        send({ type: 'ticked', tick: views.header[H_TICK], durationMs });
        break;
      }
      case 'readings': {
        const { codes, registered } = applyReadings(engine, registry, message.batch);
        const reply = (storageError?: string): void =>
          send({ type: 'readings', id: message.id, codes, registered, storageError }, [codes.buffer as ArrayBuffer]);
        const record = encodeRecord(walColumnsOf(message.batch, registry), (i) => codes[i] === APPLY_ACCEPTED);
        // Acknowledged only once the log holds the batch on disk: a 2xx is never lost to a crash.
        if (!record) reply();
        else wal.append(record, (error) => reply(error ? describeStorageError(error) : undefined));
        break;
      }
      case 'snapshot': {
        if (snapshotting) {
          send({ type: 'snapshot', id: message.id, ok: false, bytes: 0, durationMs: 0, error: 'a snapshot is already being written' });
          break;
        }
        snapshotting = true;
        const started = performance.now();
        // Batches applied from here on go to a new segment; the snapshot holds everything in the older ones.
        const covered = wal.rotate();
        writeSnapshot(views, identity, [...registry.slots], data.snapshotPath)
          .then((bytes) => {
            try {
              wal.dropBefore(covered);
            } catch {
              // Segments left behind are replayed idempotently on top of this snapshot; the next one retries.
            }
            send({ type: 'snapshot', id: message.id, ok: true, bytes, durationMs: performance.now() - started });
          })
          .catch((error: unknown) =>
            send({ type: 'snapshot', id: message.id, ok: false, bytes: 0, durationMs: 0, error: describeStorageError(error as Error) }),
          )
          .finally(() => {
            snapshotting = false;
          });
        break;
      }
      case 'fault':
        injectFault(message.fault);
        break;
    }
  });
  send({ type: 'ready', restored: !data.resume, note, warn, realIds: [...registry.slots] });
}

interface Startup {
  registry: RealMeterRegistry;
  note: string;
  /** The note reports something an operator should look at (an ignored snapshot, a torn log tail). */
  warn: boolean;
}

function restore(engine: SimulatorEngine, views: StoreViews, identity: SnapshotIdentity, data: SimulatorWorkerData): Startup {
  const restored = readSnapshot(views, identity, data.snapshotPath);
  if (restored.restored) engine.initialiseRestored();
  else engine.initialiseFresh();
  const registry = new RealMeterRegistry(restored.realIds);
  const replay = replayWal(data.walDir, engine, registry);
  const torn = replay.tornBytes > 0 ? `, ignored a torn tail of ${replay.tornBytes} bytes` : '';
  const log = replay.segments > 0 ? `; replayed ${replay.readings} readings from ${replay.segments} log segment(s)${torn}` : '';
  return { registry, note: `${restored.note}${log}`, warn: restored.ignored || replay.tornBytes > 0 };
}

/** A restarted worker takes over the live store: a crash can leave the seqlock odd, and counters half-published. */
function resume(engine: SimulatorEngine, views: StoreViews, realIds: [string, number][]): Startup {
  if (Atomics.load(views.header, H_SEQ) & 1) Atomics.add(views.header, H_SEQ, 1);
  engine.initialiseRestored();
  return { registry: new RealMeterRegistry(realIds), note: `resumed the live store at tick ${views.header[H_TICK]}`, warn: false };
}

function describeStorageError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${code}: ${error.message}` : error.message;
}

function injectFault(fault: WorkerFault): void {
  if (fault === 'exit') process.exit(70);
  if (fault === 'throw') setImmediate(() => {
    throw new Error('injected simulator fault');
  });
  if (fault === 'hang') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

try {
  main();
} catch (error) {
  parentPort?.postMessage({ type: 'failed', message: (error as Error).stack ?? String(error) } satisfies WorkerMessage);
}
