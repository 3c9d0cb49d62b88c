import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SimulatorWorkerData } from './worker-messages.js';

/**
 * Compiled builds run the .js worker. Under Jest or tsx only the .ts sibling exists; Node 20 does not apply
 * `--import tsx` to a worker's entry file, so a tiny eval entry registers tsx in the worker and imports it.
 */
export function simulatorWorkerEntry(): { entry: string | URL; eval: boolean } {
  const compiled = new URL('./simulator.worker.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return { entry: compiled, eval: false };
  const source = new URL('./simulator.worker.ts', import.meta.url).href;
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const code =
    `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })` +
    `.catch((error) => { require('node:worker_threads').parentPort.postMessage({ type: 'failed', message: String(error && error.stack || error) }); });`;
  return { entry: code, eval: true };
}

/** Starts the simulator worker on a store buffer. */
export function startSimulatorWorker(data: SimulatorWorkerData): Worker {
  const { entry, eval: isEval } = simulatorWorkerEntry();
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
