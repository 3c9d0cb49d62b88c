import { parentPort, workerData } from 'node:worker_threads';
import { buildLexicalIndexDir, type RefitTask } from './lexical-build.js';

/** Refits the offline embedder's IDF on the whole corpus and builds the index files, off the HTTP thread. */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('index-refit.worker must run as a worker thread');
  try {
    port.postMessage({ ok: true, value: await buildLexicalIndexDir(workerData as RefitTask) });
  } catch (error) {
    port.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

void main();
