import type { Worker } from 'node:worker_threads';
import { PendingRequests, type RequestOptions } from './pending-requests.js';

export type GoneKind = 'crash' | 'exit' | 'hang';

export interface WorkerSupervisorOptions<Out> {
  /** How errors name the worker, e.g. 'simulator worker'. */
  name: string;
  /** Starts a worker thread; `restart` is true when it replaces one that crashed or hung. */
  spawn(restart: boolean): Worker;
  /** Checks the worker's first message; throws when it reports that it could not start. */
  ready(message: Out, restart: boolean): void;
  /** The request id a message answers, or undefined for a message the worker sends on its own. */
  replyId(message: Out): number | undefined;
  /** Messages that answer no request (ticks, progress). */
  onMessage(message: Out): void;
  readyTimeoutMs: number;
  /** A request marked watched (or busy()) left unanswered this long means the thread is stuck. */
  hangLimitMs: number;
  restartDelayMs(attempt: number): number;
  /** The worker crashed, exited or hung; it is restarted unless the supervisor is stopping. */
  onGone?(reason: string, kind: GoneKind): void;
  /** A replacement worker started (it may not have done any work yet). */
  onRestarted?(attempt: number): void;
  onRestartFailed?(reason: string, attempt: number): void;
  now?: () => number;
}

/**
 * Keeps one worker thread running: a worker that exits, throws or stops answering is terminated and replaced,
 * with doubling delays so a worker that dies at once does not spin the CPU. Requests are matched to replies by
 * id and fail, rather than hang, when the worker goes. No Nest: the host that owns it decides what to log.
 */
export class WorkerSupervisor<In, Out> {
  private worker: Worker | undefined;
  /** The current worker has said it is ready: until then nothing is posted to it and the watchdog leaves it alone. */
  private isReady = false;
  private readonly pending: PendingRequests<Out>;
  private busyAt = 0;
  private restart: { attempt: number; timer?: NodeJS.Timeout } | undefined;
  private stopping = false;
  /** Why the worker is not running (or was last replaced), until it recovers. */
  error: string | undefined;

  constructor(private readonly options: WorkerSupervisorOptions<Out>) {
    this.pending = new PendingRequests<Out>(options.now);
  }

  get running(): boolean {
    return this.worker !== undefined && this.isReady;
  }

  /** The attempt in progress while a replaced worker has not recovered yet. */
  get restartAttempt(): number | undefined {
    return this.restart?.attempt;
  }

  /** The worker counts as busy from `at` (e.g. a tick sent) until busy(0); the watchdog includes it. */
  busy(at: number): void {
    this.busyAt = at;
  }

  get busySince(): number {
    return this.busyAt;
  }

  /** Starts the first worker; rejects (and leaves none running) if it does not report ready in time. */
  start(): Promise<void> {
    this.stopping = false;
    return this.spawn(false);
  }

  post(message: In, transfer: ArrayBuffer[] = []): void {
    if (this.isReady) this.worker?.postMessage(message, transfer);
  }

  /** Posts the message `build(id)` and resolves with the reply carrying that id. */
  request(build: (id: number) => In, transfer: ArrayBuffer[] = [], options: RequestOptions = {}): Promise<Out> {
    if (!this.running) return Promise.reject(new Error(this.error ?? `the ${this.options.name} is not running`));
    return this.pending.open((id) => this.post(build(id), transfer), options);
  }

  /** The worker did useful work again after a restart: the restart episode is over. */
  markRecovered(): number | undefined {
    const attempt = this.restart?.attempt;
    if (this.restart?.timer !== undefined) return undefined;
    this.restart = undefined;
    this.error = undefined;
    return attempt;
  }

  /** Call periodically: terminates and replaces a worker that has left a watched request or busy() unanswered too long. */
  checkHang(): void {
    const worker = this.worker;
    // A starting worker is bounded by readyTimeoutMs instead (loading it can take seconds on a busy machine).
    if (!worker || !this.isReady) return;
    const now = this.clock();
    let oldest = this.busyAt || now;
    oldest = Math.min(oldest, this.pending.oldestWatched() ?? now);
    const limit = this.options.hangLimitMs;
    if (now - oldest < limit) return;
    this.gone(worker, `${this.options.name} did not answer for ${now - oldest} ms (limit ${limit} ms)`, 'hang');
    void worker.terminate();
  }

  /** Stops restarting and terminates the worker; pending requests fail with `reason`. */
  async stop(reason: string): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restart?.timer);
    const worker = this.worker;
    this.worker = undefined;
    this.isReady = false;
    this.error = reason;
    this.pending.rejectAll(new Error(reason));
    if (worker) await worker.terminate();
  }

  /** Stops restarting from now on, leaving the running worker to finish its work. */
  stopRestarting(): void {
    this.stopping = true;
  }

  private async spawn(restart: boolean): Promise<void> {
    const worker = this.options.spawn(restart);
    this.worker = worker;
    this.isReady = false;
    this.busyAt = 0;
    let readyTimer: NodeJS.Timeout | undefined;
    let settleReady: ((error?: Error) => void) | undefined;
    const ready = new Promise<void>((resolve, reject) => {
      readyTimer = setTimeout(() => reject(new Error(`the ${this.options.name} did not start in time`)), this.options.readyTimeoutMs);
      settleReady = (error) => (error ? reject(error) : resolve());
    });
    worker.on('message', (message: Out) => {
      if (settleReady) {
        const settle = settleReady;
        settleReady = undefined;
        try {
          this.options.ready(message, restart);
          settle();
        } catch (error) {
          settle(error as Error);
        }
        return;
      }
      const id = this.options.replyId(message);
      if (id === undefined) this.options.onMessage(message);
      else this.pending.settle(id, message);
    });
    const ended = (reason: string, kind: GoneKind): void => {
      // A worker that dies while starting fails its start; whoever started it decides whether to try again.
      if (settleReady) {
        settleReady(new Error(reason));
        settleReady = undefined;
        return;
      }
      this.gone(worker, reason, kind);
    };
    worker.on('error', (error) => ended(`${this.options.name} crashed: ${error.message}`, 'crash'));
    worker.on('exit', (code) => ended(`${this.options.name} exited with code ${code}`, 'exit'));
    try {
      await ready;
      if (this.worker === worker) this.isReady = true;
    } catch (error) {
      settleReady = undefined;
      if (this.worker === worker) this.worker = undefined;
      await worker.terminate();
      throw error;
    } finally {
      clearTimeout(readyTimer);
    }
  }

  private gone(worker: Worker, reason: string, kind: GoneKind): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.isReady = false;
    this.error = reason;
    this.pending.rejectAll(new Error(reason));
    if (this.stopping) return;
    this.options.onGone?.(reason, kind);
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const attempt = (this.restart?.attempt ?? 0) + 1;
    const timer = setTimeout(() => {
      this.restart = { attempt };
      this.spawn(true).then(
        () => this.options.onRestarted?.(attempt),
        (error: unknown) => {
          this.error = `restart ${attempt} failed: ${(error as Error).message}`;
          this.options.onRestartFailed?.(this.error, attempt);
          if (!this.stopping) this.scheduleRestart();
        },
      );
    }, this.options.restartDelayMs(attempt));
    this.restart = { attempt, timer };
  }

  private clock(): number {
    return (this.options.now ?? Date.now)();
  }
}
