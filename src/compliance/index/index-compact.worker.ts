import { parentPort, workerData } from 'node:worker_threads';
import { compactIndexDir, type CompactTask } from './lexical-build.js';

/** Folds the index journal into new base files in a staging directory, off the HTTP thread. */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('index-compact.worker must run as a worker thread');
  try {
    port.postMessage({ ok: true, value: await compactIndexDir(workerData as CompactTask) });
  } catch (error) {
    port.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

void main();
