import { Worker } from 'node:worker_threads';
import { workerEntry, type WorkerEntry } from '../../common/worker-entry.js';
import type { WriterData } from './worker-messages.js';

export function writerWorkerEntry(): WorkerEntry {
  return workerEntry(new URL('./writer.worker.js', import.meta.url), (error) => `{ type: 'failed', message: ${error} }`);
}

/** Starts the writer worker on a store buffer. */
export function startWriterWorker(data: WriterData): Worker {
  const { entry, eval: isEval } = writerWorkerEntry();
  return new Worker(entry, { workerData: data, eval: isEval });
}

/** A worker that answers nothing for this long is hung: at least 5 s, and five ticks when ticks are slower. */
export function hangLimitMs(tickMs: number): number {
  return Math.max(5000, 5 * tickMs);
}

/** Restart delays double from 100 ms up to 10 s, so a worker that dies at once does not spin the CPU. */
export function restartDelayMs(attempt: number): number {
  return Math.min(100 * 2 ** Math.max(attempt - 1, 0), 10_000);
}
