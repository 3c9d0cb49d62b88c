import { randomUUID } from 'node:crypto';
import type { AlertRecord } from '../alert-types.js';
import type { CallbackPolicy, Resolver } from './callback-url.js';
import { attemptDelivery, retryDelayMs, verdict, type DeliveryDetail, type DeliveryOutcome } from './delivery-attempt.js';
import type { PostOutcome } from './post-json.js';
import type { Subscription } from './subscription-store.js';

export type { DeliveryOutcome } from './delivery-attempt.js';

export interface DispatcherOptions {
  readonly policy: CallbackPolicy;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  /** Deliveries waiting at most; past it the oldest is dropped, so a dead receiver cannot grow memory. */
  readonly maxQueue: number;
  readonly concurrency: number;
}

export interface DispatcherHooks {
  /** The subscription as it is now, or undefined once deleted (its pending deliveries are then dropped). */
  subscription(subscriptionId: string): Subscription | undefined;
  /** The receiver answered 410 Gone: the flow was deleted, remove the subscription for good. */
  gone(subscriptionId: string): void;
  observe(outcome: DeliveryOutcome, detail: DeliveryDetail): void;
  resolve?: Resolver;
}

interface Delivery {
  deliveryId: string;
  subscriptionId: string;
  alert: AlertRecord;
  raisedAtMs: number;
  attempt: number;
  dueAt: number;
}

/**
 * Delivers raised alerts to webhook subscriptions off the tick and off the request path: a bounded queue,
 * a few concurrent POSTs with a timeout each, retries with exponential backoff on 5xx, 408, 429 and no answer,
 * removal on 410 Gone, and no retry for other answers (a 3xx is not followed: it is a failed delivery).
 */
export class WebhookDispatcher {
  private queue: Delivery[] = [];
  private running = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly options: DispatcherOptions,
    private readonly hooks: DispatcherHooks,
  ) {}

  get pending(): number {
    return this.queue.length + this.running;
  }

  enqueue(subscription: Subscription, alert: AlertRecord, raisedAtMs: number): void {
    if (this.closed) return;
    if (this.queue.length >= this.options.maxQueue) {
      const dropped = this.queue.shift()!;
      this.hooks.observe('overflow', { subscriptionId: dropped.subscriptionId, alertId: dropped.alert.alertId });
    }
    this.insert({ deliveryId: randomUUID(), subscriptionId: subscription.subscriptionId, alert, raisedAtMs, attempt: 1, dueAt: Date.now() });
    this.pump();
  }

  /** Stops taking and retrying deliveries; waits for the POSTs already on the wire. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.queue = [];
    await Promise.allSettled([...this.inFlight]);
  }

  private insert(delivery: Delivery): void {
    let at = this.queue.length;
    while (at > 0 && this.queue[at - 1].dueAt > delivery.dueAt) at--;
    this.queue.splice(at, 0, delivery);
  }

  private pump(): void {
    if (this.closed) return;
    const now = Date.now();
    while (this.running < this.options.concurrency && this.queue.length > 0 && this.queue[0].dueAt <= now) {
      const delivery = this.queue.shift()!;
      this.running++;
      const run = this.attempt(delivery).finally(() => {
        this.running--;
        this.inFlight.delete(run);
        this.pump();
      });
      this.inFlight.add(run);
    }
    clearTimeout(this.timer);
    if (this.queue.length > 0 && this.running < this.options.concurrency) {
      this.timer = setTimeout(() => this.pump(), Math.max(0, this.queue[0].dueAt - now));
      this.timer.unref();
    }
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const subscription = this.hooks.subscription(delivery.subscriptionId);
    if (subscription === undefined) return;
    const detail = { subscriptionId: delivery.subscriptionId, alertId: delivery.alert.alertId };
    const outcome = await attemptDelivery(subscription, delivery, { policy: this.options.policy, timeoutMs: this.options.timeoutMs, resolve: this.hooks.resolve });
    if ('refused' in outcome) {
      this.hooks.observe('refused', { ...detail, error: outcome.refused });
      return;
    }
    this.settle(delivery, outcome, detail);
  }

  private settle(delivery: Delivery, outcome: PostOutcome, detail: { subscriptionId: string; alertId: string }): void {
    const { status } = outcome;
    const next = verdict(status, delivery.attempt, this.options.maxAttempts);
    if (next === 'delivered') {
      this.hooks.observe('delivered', { ...detail, status, latencyMs: Date.now() - delivery.raisedAtMs });
    } else if (next === 'gone') {
      this.hooks.observe('gone', { ...detail, status });
      this.hooks.gone(delivery.subscriptionId);
    } else if (next === 'retry' && !this.closed) {
      this.hooks.observe('retried', { ...detail, status, error: outcome.error });
      this.insert({ ...delivery, attempt: delivery.attempt + 1, dueAt: Date.now() + retryDelayMs(this.options.retryBaseMs, delivery.attempt) });
    } else {
      this.hooks.observe('failed', { ...detail, status, error: outcome.error });
    }
  }
}
