import { parentPort, workerData, type Transferable } from 'node:worker_threads';
import { STOP_TASK, type TaskReply } from './worker-task.js';

export interface ServeOptions<T> {
  /** Post `{ready: true}` first, so runWorkerTask's time limit counts the task, not the loading of its code. */
  ready?: boolean;
  /** Buffers of the result to move to the parent instead of copying them. */
  transfer?: (value: T) => Transferable[];
}

/**
 * The worker side of runWorkerTask: runs `task` on this worker's workerData and posts its TaskReply. A thrown
 * error is reported as `{ ok: false }` with its stack, never left to crash the worker without a reply. `stop`
 * aborts when the parent asks the task to stop; a task that can end early checks it between its steps.
 */
export function serveWorkerTask<D, T>(name: string, task: (data: D, stop: AbortSignal) => Promise<T> | T, options: ServeOptions<T> = {}): void {
  const port = parentPort;
  if (!port) throw new Error(`${name} must run as a worker thread`);
  const stopping = new AbortController();
  const listen = (message: unknown): void => {
    if ((message as typeof STOP_TASK | undefined)?.stop === STOP_TASK.stop) stopping.abort(new Error(`${name} was asked to stop`));
  };
  port.on('message', listen);
  if (options.ready) port.postMessage({ ready: true });
  const reply = async (): Promise<void> => {
    try {
      const value = await task(workerData as D, stopping.signal);
      port.postMessage({ ok: true, value } satisfies TaskReply<T>, options.transfer?.(value) ?? []);
    } catch (error) {
      port.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies TaskReply<T>);
    } finally {
      port.off('message', listen);
    }
  };
  void reply();
}
