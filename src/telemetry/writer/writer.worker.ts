import { parentPort, workerData } from 'node:worker_threads';
import { attachAlerts } from './alert-step.js';
import { StoreWriter } from './store-writer.js';
import type { HostMessage, WorkerFault, WorkerMessage, WriterData } from './worker-messages.js';

/** The thread that owns the store: translates host messages into StoreWriter calls and replies. */
function main(): void {
  const port = parentPort;
  if (!port) throw new Error('writer.worker must run as a worker thread');
  const data = workerData as WriterData;
  const writer = StoreWriter.open(data);
  const alerts = data.alerts ? attachAlerts(writer, data.alerts) : undefined;
  const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

  port.on('message', (message: HostMessage) => {
    switch (message.type) {
      case 'tick':
        send({ type: 'ticked', ...writer.tick(message.now), ...alerts?.drain() });
        break;
      case 'readings':
        // Acknowledged only once the log holds the batch on disk: a 2xx is never lost to a crash.
        writer.applyLogged(message.batch, ({ codes, registered, storageError }) =>
          send({ type: 'readings', id: message.id, codes, registered, storageError }, [codes.buffer as ArrayBuffer]),
        );
        break;
      case 'snapshot':
        writer.snapshot((outcome) => send({ type: 'snapshot', id: message.id, ...outcome }));
        break;
      case 'committed': {
        const { codes, registered } = writer.applyCommitted(message.step);
        send({ type: 'committed', id: message.id, codes, registered });
        break;
      }
      case 'meter':
        send({ type: 'meter', id: message.id, ...writer.putMeter(message.meterId, message.attributes) });
        break;
      case 'fault':
        injectFault(message.fault);
        break;
    }
  });
  send({ type: 'ready', restored: !(workerData as WriterData).resume, note: writer.note, warn: writer.warn, realIds: writer.realIds() });
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
