import { Worker } from 'node:worker_threads';

/**
 * A tiny real worker for the supervisor's specs (plain JS, so no loader is needed). It posts
 * { type: 'ready' } unless workerData.failStart, echoes { id, value } requests, and on { type: 'exit' },
 * { type: 'hang' } or { type: 'throw' } exits, blocks its thread forever or throws from its event loop.
 */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
if (workerData && workerData.failStart) {
  parentPort.postMessage({ type: 'failed', message: 'cannot start' });
} else if (!(workerData && workerData.silent)) {
  parentPort.postMessage({ type: 'ready' });
}
parentPort.on('message', (m) => {
  if (m.type === 'exit') process.exit(3);
  if (m.type === 'hang') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  if (m.type === 'throw') setImmediate(() => { throw new Error('boom'); });
  if (m.type === 'echo') parentPort.postMessage({ type: 'echo', id: m.id, value: m.value });
  if (m.type === 'ping') parentPort.postMessage({ type: 'pong' });
});
`;

export type TestIn = { type: 'echo'; id: number; value: string } | { type: 'exit' | 'hang' | 'throw' | 'ping' };
export type TestOut = { type: 'ready' } | { type: 'failed'; message: string } | { type: 'echo'; id: number; value: string } | { type: 'pong' };

export function startTestWorker(data: { failStart?: boolean; silent?: boolean } = {}): Worker {
  return new Worker(SOURCE, { eval: true, workerData: data });
}
