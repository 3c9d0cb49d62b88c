import { AppError } from '../common/errors/app-error.js';
import { ComplianceErrors } from './compliance.errors.js';
import { isUpstreamFailure, upstreamReason } from './embeddings/upstream-failure.js';
import type { IndexOrigin } from './index/chunk-index.js';

export interface OpenableEngine {
  open(): Promise<IndexOrigin>;
  readonly index: { readonly info?: { chunkCount: number } };
  readonly embedder: { readonly identity: { name: string } };
}

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
}

interface Failure {
  upstream: boolean;
  reason: string;
}

type Log = Pick<Console, 'log' | 'warn' | 'error'>;

/**
 * Opens the index and, when that fails (an embedding service down at boot), retries with exponential
 * backoff until it works, so a passing outage never leaves the copilot down until the next restart.
 * Until then every request gets a 503 saying what is wrong and when the next attempt is.
 */
export class IndexOpening {
  private ready = false;
  private attempt = 0;
  private failure?: Failure;
  private nextAttemptAt = 0;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly engine: OpenableEngine,
    private readonly log: Log,
    private readonly retry: RetryPolicy = { baseMs: 2000, maxMs: 60_000 },
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves after the first attempt, whatever its outcome; later attempts run on their own. */
  start(): Promise<void> {
    return this.tryOpen();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  get attempts(): number {
    return this.attempt;
  }

  assertReady(): void {
    if (this.ready) return;
    if (!this.failure) throw new AppError(ComplianceErrors.COMPLIANCE_INDEX_NOT_READY);
    const code = this.failure.upstream ? ComplianceErrors.COMPLIANCE_EMBEDDINGS_UNAVAILABLE : ComplianceErrors.COMPLIANCE_INDEX_NOT_READY;
    throw new AppError(code, `${this.notReadyReason() ?? ''} Telemetry is not affected.`.trim(), { 'Retry-After': String(this.secondsToRetry()) });
  }

  /** Why the copilot cannot answer yet, or undefined once it can. */
  notReadyReason(): string | undefined {
    if (this.ready) return undefined;
    if (!this.failure) return 'the index is being built';
    const what = this.failure.upstream
      ? `The embedding service (${this.engine.embedder.identity.name}) could not be reached to build the index (${this.failure.reason}), so the copilot cannot answer.`
      : `The compliance index could not be built (${this.failure.reason}).`;
    return `${what} Attempt ${this.attempt} failed; the next is in ${this.secondsToRetry()} s.`;
  }

  private secondsToRetry(): number {
    return Math.max(1, Math.ceil((this.nextAttemptAt - this.now()) / 1000));
  }

  private async tryOpen(): Promise<void> {
    if (this.stopped) return;
    this.attempt++;
    const started = this.now();
    try {
      const origin = await this.engine.open();
      this.ready = true;
      this.failure = undefined;
      this.log.log(`Index ${origin} in ${this.now() - started} ms (${this.engine.index.info?.chunkCount ?? 0} chunks, ${this.engine.embedder.identity.name}), attempt ${this.attempt}.`);
    } catch (error) {
      if (this.stopped) return;
      const upstream = isUpstreamFailure(error);
      this.failure = { upstream, reason: upstream ? upstreamReason(error) : (error instanceof AppError ? error.code : (error as Error).name || 'error') };
      const delay = Math.min(this.retry.maxMs, this.retry.baseMs * 2 ** Math.min(this.attempt - 1, 20));
      this.nextAttemptAt = this.now() + delay;
      this.timer = setTimeout(() => void this.tryOpen(), delay).unref();
      if (upstream) this.log.warn(`Index could not be built: the embedding service answered ${this.failure.reason}; retrying in ${delay} ms.`);
      else this.log.error(`Index could not be opened (retrying in ${delay} ms): ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
}
