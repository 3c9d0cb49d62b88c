import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';
import { workerEntry } from './worker-entry.js';

/** What a one-shot worker posts back: its result, or an error it chose to report. */
export type TaskReply<T> = { ok: true; value: T } | { ok: false; code?: string; message: string };

/** What the parent posts to a worker whose task should stop (see TaskOptions.signal). */
export const STOP_TASK = { stop: true } as const;

export interface TaskOptions {
  /** Time the task may take once the worker says it is ready (`{ready: true}`), or from the start if it never does. */
  timeoutMs: number;
  /** Time the worker may take to load its code before it says it is ready; loading is ours, not the input's. */
  startupTimeoutMs?: number;
  resourceLimits?: ResourceLimits;
  transferList?: readonly Transferable[];
  /**
   * Asks the task to stop (shutdown): the worker's task sees its own signal abort, and replies early at its next
   * check. The worker is not terminated: a native call in flight (hnswlib-node) would abort the whole process.
   */
  signal?: AbortSignal;
  /**
   * A task that hears stops (see signal) is, at its time limit, first asked to stop and terminated only if it has
   * not ended within this grace: terminating it inside a native call (hnswlib-node) would abort the whole process.
   */
  stopGraceMs?: number;
}

/**
 * The smallest old-space limit a task worker gets. With a limit of about 2 MB or less, Node 24's V8 cannot even
 * deserialize the worker's isolate and aborts the whole process ("GC during deserialization") instead of
 * reporting ERR_WORKER_OUT_OF_MEMORY to the parent; from 4 MB up it reports. A limit is never a way to crash us.
 */
export const MIN_WORKER_OLD_SPACE_MB = 8;

function withHeapFloor(limits: ResourceLimits | undefined): ResourceLimits | undefined {
  if (limits?.maxOldGenerationSizeMb === undefined) return limits;
  return { ...limits, maxOldGenerationSizeMb: Math.max(MIN_WORKER_OLD_SPACE_MB, limits.maxOldGenerationSizeMb) };
}

/** Why a worker task ended without a reply of its own. */
export class WorkerTaskError extends Error {
  constructor(
    readonly reason: 'timeout' | 'memory' | 'crash',
    message: string,
  ) {
    super(message);
    this.name = 'WorkerTaskError';
  }
}

/**
 * Runs one task in a fresh worker thread and ends the worker: CPU-heavy work on untrusted input (a PDF, a
 * corpus refit) never runs on the HTTP event loop, a time limit terminates it, and a memory limit makes V8
 * stop the worker instead of the process. `compiled` is the worker's .js URL (see workerEntry).
 */
export function runWorkerTask<T>(compiled: URL, data: unknown, options: TaskOptions): Promise<TaskReply<T>> {
  const entry = workerEntry(compiled, (error) => `{ ok: false, code: 'WORKER_LOAD_FAILED', message: ${error} }`);
  const worker = new Worker(entry.entry, {
    eval: entry.eval,
    workerData: data,
    transferList: options.transferList as Transferable[] | undefined,
    resourceLimits: withHeapFloor(options.resourceLimits),
    stdout: false,
    stderr: false,
  });
  return new Promise<TaskReply<T>>((resolve, reject) => {
    let settled = false;
    /** A task stopped by its time limit may still be writing files: its caller hears of it once the worker has exited. */
    const settle = (outcome: () => void, stopped = false): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', abort);
      worker.removeAllListeners('message');
      if (stopped) {
        void worker.terminate().finally(outcome);
        return;
      }
      outcome();
      void worker.terminate();
    };
    /** Set once the task's time limit has passed and it was asked to stop: whatever it does next ends it with this. */
    let overdue: WorkerTaskError | undefined;
    const expire = (ms: number, what: string): NodeJS.Timeout =>
      setTimeout(() => {
        const error = new WorkerTaskError('timeout', `${what} took longer than ${ms} ms`);
        if (what !== 'the task' || options.stopGraceMs === undefined) return settle(() => reject(error), true);
        overdue = error;
        worker.postMessage(STOP_TASK);
        timer = setTimeout(() => settle(() => reject(error), true), options.stopGraceMs);
      }, ms);
    let timer = options.startupTimeoutMs === undefined ? expire(options.timeoutMs, 'the task') : expire(options.startupTimeoutMs, 'loading the worker');
    const abort = (): void => worker.postMessage(STOP_TASK);
    if (options.signal?.aborted) abort();
    else options.signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (reply: TaskReply<T> | { ready: true }) => {
      if ('ready' in reply) {
        clearTimeout(timer);
        timer = expire(options.timeoutMs, 'the task');
        return;
      }
      const late = overdue;
      if (late) settle(() => reject(late), true);
      else settle(() => resolve(reply));
    });
    worker.once('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle(() => reject(new WorkerTaskError(memory ? 'memory' : 'crash', memory ? 'the task ran out of its memory limit' : error.message)));
    });
    worker.once('exit', (code) => settle(() => reject(overdue ?? new WorkerTaskError('crash', `the worker exited with code ${code} before replying`))));
  });
}
