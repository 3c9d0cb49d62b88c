import type { CallbackPolicy, Resolver } from './callback-url.js';
import { attemptDelivery, retryDelayMs, verdict, type DeliveryDetail, type DeliveryOutcome } from './delivery-attempt.js';
import type { ClaimedDelivery, DeliveryOutbox } from './delivery-outbox.js';

export interface OutboxDispatcherOptions {
  readonly policy: CallbackPolicy;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  readonly concurrency: number;
  /** How often the outbox is looked at without a notification (retries due on another instance, lost notifications). */
  readonly pollMs: number;
  /** How long a claim holds: past it, the row is taken again by any instance (this one died mid-delivery). */
  readonly leaseMs: number;
}

export interface OutboxHooks {
  /** The receiver answered 410 Gone: remove the subscription for every instance (its pending rows go with it). */
  gone(subscriptionId: string): Promise<void>;
  observe(outcome: DeliveryOutcome, detail: DeliveryDetail): void;
  /** A query failed (the database is away, usually); the next wake-up tries again. */
  failed(error: unknown): void;
  /** Whether the database is reachable; no claim is attempted while it is not. */
  up(): boolean;
  resolve?: Resolver;
}

/**
 * Delivers the outbox's rows from this instance, as every instance does: claims what is due (at most
 * `concurrency` at once), POSTs it exactly as the embedded dispatcher does (same signature, SSRF check, retry
 * rules), then deletes the row or puts it back with its backoff. Woken by notifications, by its own finished
 * deliveries, by a timer set to the next due retry, and by a poll.
 */
export class OutboxDispatcher {
  private running = 0;
  private claiming = false;
  private again = false;
  private closed = false;
  private timer: NodeJS.Timeout | undefined;
  private poll: NodeJS.Timeout | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly outbox: DeliveryOutbox,
    private readonly options: OutboxDispatcherOptions,
    private readonly hooks: OutboxHooks,
  ) {}

  get active(): number {
    return this.running;
  }

  start(): void {
    this.poll = setInterval(() => this.wake(), this.options.pollMs);
    this.poll.unref();
    this.wake();
  }

  /** Claims what is due now; calls during a claim fold into one more round after it. */
  wake(): void {
    if (this.closed || !this.hooks.up()) return;
    if (this.claiming) {
      this.again = true;
      return;
    }
    this.claiming = true;
    void this.claimRound().finally(() => {
      this.claiming = false;
      if (!this.again) return;
      this.again = false;
      this.wake();
    });
  }

  /** Stops claiming; waits for the POSTs on the wire (their rows are settled, or their leases run out). */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.poll);
    clearTimeout(this.timer);
    await Promise.allSettled([...this.inFlight]);
  }

  private async claimRound(): Promise<void> {
    try {
      while (!this.closed && this.running < this.options.concurrency) {
        const free = this.options.concurrency - this.running;
        const claimed = await this.outbox.claim(free, this.options.leaseMs);
        for (const delivery of claimed) this.launch(delivery);
        if (claimed.length < free) break;
      }
      if (!this.closed && this.running < this.options.concurrency) await this.timeNext();
    } catch (error) {
      this.hooks.failed(error);
    }
  }

  /** A retry due before the next poll gets a timer of its own, so short backoffs are kept. */
  private async timeNext(): Promise<void> {
    const inMs = await this.outbox.nextClaimableInMs();
    clearTimeout(this.timer);
    if (inMs === undefined || inMs >= this.options.pollMs || this.closed) return;
    this.timer = setTimeout(() => this.wake(), Math.max(5, Math.ceil(inMs)));
    this.timer.unref();
  }

  private launch(delivery: ClaimedDelivery): void {
    this.running++;
    const run = this.deliver(delivery)
      .catch((error: unknown) => this.hooks.failed(error))
      .finally(() => {
        this.running--;
        this.inFlight.delete(run);
        this.wake();
      });
    this.inFlight.add(run);
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const detail = { subscriptionId: delivery.subscriptionId, alertId: delivery.alert.alertId };
    const outcome = await attemptDelivery(delivery.subscription, delivery, { policy: this.options.policy, timeoutMs: this.options.timeoutMs, resolve: this.hooks.resolve });
    if ('refused' in outcome) {
      this.hooks.observe('refused', { ...detail, error: outcome.refused });
      return this.outbox.finish(delivery.deliveryId);
    }
    const { status } = outcome;
    switch (verdict(status, delivery.attempt, this.options.maxAttempts)) {
      case 'delivered':
        this.hooks.observe('delivered', { ...detail, status, latencyMs: Date.now() - delivery.raisedAtMs });
        return this.outbox.finish(delivery.deliveryId);
      case 'gone':
        this.hooks.observe('gone', { ...detail, status });
        return this.hooks.gone(delivery.subscriptionId);
      case 'retry':
        this.hooks.observe('retried', { ...detail, status, error: outcome.error });
        return this.outbox.retryLater(delivery.deliveryId, retryDelayMs(this.options.retryBaseMs, delivery.attempt));
      case 'failed':
        this.hooks.observe('failed', { ...detail, status, error: outcome.error });
        return this.outbox.finish(delivery.deliveryId);
    }
  }
}
