import { parentPort, workerData } from 'node:worker_threads';
import { H_TICK, mapStore } from '../store/store-layout.js';
import { readSnapshot, writeSnapshot, type SnapshotIdentity } from '../store/store-snapshot.js';
import { RealMeterRegistry, applyReadings } from './readings-applier.js';
import { SimulatorEngine } from './simulator-engine.js';
import type { HostMessage, SimulatorWorkerData, WorkerMessage } from './worker-messages.js';

/** The single writer of the meter store: ticks, real readings and snapshots all run on this thread. */
function main(): void {
  const port = parentPort;
  if (!port) throw new Error('simulator.worker must run as a worker thread');
  const data = workerData as SimulatorWorkerData;
  const views = mapStore(data.buffer, data.dims);
  const identity: SnapshotIdentity = { meterCount: data.meterCount, simulate: data.simulate, seed: data.seed };
  const engine = new SimulatorEngine(views, data.meterCount, data.simulate, data.seed);
  const restore = readSnapshot(views, identity, data.snapshotPath);
  if (restore.restored) engine.initialiseRestored();
  else engine.initialiseFresh();
  const registry = new RealMeterRegistry(restore.realIds);
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
        const result = applyReadings(engine, registry, message.batch);
        send({ type: 'readings', id: message.id, codes: result.codes, registered: result.registered }, [result.codes.buffer as ArrayBuffer]);
        break;
      }
      case 'snapshot': {
        if (snapshotting) {
          send({ type: 'snapshot', id: message.id, ok: false, bytes: 0, durationMs: 0, error: 'a snapshot is already being written' });
          break;
        }
        snapshotting = true;
        const started = performance.now();
        writeSnapshot(views, identity, [...registry.slots], data.snapshotPath)
          .then((bytes) => send({ type: 'snapshot', id: message.id, ok: true, bytes, durationMs: performance.now() - started }))
          .catch((error: unknown) =>
            send({ type: 'snapshot', id: message.id, ok: false, bytes: 0, durationMs: 0, error: (error as Error).message }),
          )
          .finally(() => {
            snapshotting = false;
          });
        break;
      }
    }
  });
  send({ type: 'ready', restored: restore.restored, note: restore.note, realIds: [...registry.slots] });
}

try {
  main();
} catch (error) {
  parentPort?.postMessage({ type: 'failed', message: (error as Error).stack ?? String(error) } satisfies WorkerMessage);
}
