import { parentPort, workerData, type Transferable } from 'node:worker_threads';
import type { TaskReply } from './worker-task.js';

export interface ServeOptions<T> {
  /** Post `{ready: true}` first, so runWorkerTask's time limit counts the task, not the loading of its code. */
  ready?: boolean;
  /** Buffers of the result to move to the parent instead of copying them. */
  transfer?: (value: T) => Transferable[];
}

/**
 * The worker side of runWorkerTask: runs `task` on this worker's workerData and posts its TaskReply. A thrown
 * error is reported as `{ ok: false }` with its stack, never left to crash the worker without a reply.
 */
export function serveWorkerTask<D, T>(name: string, task: (data: D) => Promise<T> | T, options: ServeOptions<T> = {}): void {
  const port = parentPort;
  if (!port) throw new Error(`${name} must run as a worker thread`);
  if (options.ready) port.postMessage({ ready: true });
  const reply = async (): Promise<void> => {
    try {
      const value = await task(workerData as D);
      port.postMessage({ ok: true, value } satisfies TaskReply<T>, options.transfer?.(value) ?? []);
    } catch (error) {
      port.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies TaskReply<T>);
    }
  };
  void reply();
}
