import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { AppError } from '../../../common/errors/app-error.js';
import { CommonErrors } from '../../../common/errors/common-errors.js';
import { DatabaseService } from '../../../common/database/database.service.js';
import { isConnectionError } from '../../../common/database/connection-errors.js';
import { MetricsService } from '../../../ops/metrics.service.js';
import { ALERTS_DIR } from '../alert-journal.js';
import type { AlertRecord } from '../alert-types.js';
import { AlertsErrors } from '../alerts.errors.js';
import { ALERTS_CHANNEL } from '../database/alert-table.js';
import { CallbackRefusedError, pinCallback, type CallbackPolicy } from './callback-url.js';
import type { DeliveryDetail, DeliveryOutcome } from './delivery-attempt.js';
import { DeliveryOutbox } from './delivery-outbox.js';
import { OutboxDispatcher } from './outbox-dispatcher.js';
import { SubscriptionStore, wants, type Subscription } from './subscription-store.js';
import { SubscriptionTable } from './subscription-table.js';
import { publicSubscription, subscriptionFrom } from './subscription-request.js';
import { WebhookDispatcher } from './webhook-dispatcher.js';

const DELIVERY_CONCURRENCY = 4;
const OUTBOX_POLL_MS = 1000;

/** The database mode's subscriptions and outbox, shared by every instance. */
interface SharedWebhooks {
  subscriptions: SubscriptionTable;
  outbox: DeliveryOutbox;
  dispatcher: OutboxDispatcher;
}

/**
 * Webhook subscriptions and their deliveries. Embedded mode: subscriptions in DATA_DIR/alerts and an in-memory
 * queue fed with every raised alert. Database mode: subscriptions in PostgreSQL, deliveries queued in an outbox
 * table when the alert is stored (once for all instances) and claimed by whichever instance comes first.
 */
@Injectable()
export class WebhooksService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private readonly store: SubscriptionStore | undefined;
  private readonly dispatcher: WebhookDispatcher | undefined;
  private shared: SharedWebhooks | undefined;
  private readonly policy: CallbackPolicy;
  private readonly latency;
  private readonly outcomes;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    metrics: MetricsService,
    private readonly db: DatabaseService,
  ) {
    const alerts = config.alerts;
    this.policy = { allowPrivate: alerts.webhookAllowPrivate };
    this.latency = metrics.histogram('powergrid_alert_delivery_latency_seconds', 'Time from an alert being raised to its webhook answering 2xx.', [], [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120]);
    this.outcomes = metrics.counter('powergrid_alert_deliveries_total', 'Webhook delivery attempts by outcome.', ['outcome']);
    if (db.enabled) return;
    const store = new SubscriptionStore(join(config.dataDir, ALERTS_DIR));
    this.store = store;
    this.dispatcher = new WebhookDispatcher(
      {
        policy: this.policy,
        timeoutMs: alerts.webhookTimeoutMs,
        maxAttempts: alerts.webhookMaxAttempts,
        retryBaseMs: alerts.webhookRetryBaseMs,
        maxQueue: alerts.webhookQueueLimit,
        concurrency: DELIVERY_CONCURRENCY,
      },
      {
        subscription: (id) => store.get(id),
        gone: (id) => void this.removeGone(id),
        observe: (outcome, detail) => this.observe(outcome, detail),
      },
    );
  }

  async onModuleInit(): Promise<void> {
    if (!this.db.enabled) return;
    await this.db.ready();
    const alerts = this.config.alerts;
    const outbox = new DeliveryOutbox(this.db.pool, `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`);
    const dispatcher = new OutboxDispatcher(
      outbox,
      {
        policy: this.policy,
        timeoutMs: alerts.webhookTimeoutMs,
        maxAttempts: alerts.webhookMaxAttempts,
        retryBaseMs: alerts.webhookRetryBaseMs,
        concurrency: DELIVERY_CONCURRENCY,
        pollMs: OUTBOX_POLL_MS,
        // DNS (bounded on its own) plus the POST's timeout, with room to spare: a live instance never loses its claim.
        leaseMs: 2 * alerts.webhookTimeoutMs + 5000,
      },
      {
        gone: (id) => this.removeGone(id),
        observe: (outcome, detail) => this.observe(outcome, detail),
        failed: (error) => this.databaseFailed('webhook outbox', error),
        up: () => this.db.up,
      },
    );
    this.shared = { subscriptions: new SubscriptionTable(this.db.pool), outbox, dispatcher };
    await this.db.listener.subscribe(ALERTS_CHANNEL, () => dispatcher.wake());
    this.db.events.on('resumed', () => dispatcher.wake());
    dispatcher.start();
  }

  /** Embedded mode: queues a delivery to every subscription whose filters the alert passes; never waits for one. */
  notify(alert: AlertRecord): void {
    if (!this.store || !this.dispatcher) return;
    const raisedAtMs = Date.parse(alert.raisedAt);
    for (const subscription of this.store.all()) if (wants(subscription, alert)) this.dispatcher.enqueue(subscription, alert, raisedAtMs);
  }

  /** Database mode: this instance stored alerts that queued deliveries; bound the outbox and start on them. */
  queued(): void {
    const shared = this.shared;
    if (!shared) return;
    shared.dispatcher.wake();
    shared.outbox.trim(this.config.alerts.webhookQueueLimit).then(
      (dropped) => dropped.forEach((detail) => this.observe('overflow', detail)),
      (error: unknown) => this.databaseFailed('webhook outbox', error),
    );
  }

  async subscribe(body: unknown): Promise<Subscription> {
    const subscription = subscriptionFrom(body, this.policy, Date.now());
    if (this.store && this.store.size >= this.config.alerts.maxSubscriptions) throw new AppError(AlertsErrors.ALERTS_SUBSCRIPTIONS_FULL);
    try {
      await pinCallback(new URL(subscription.callbackUrl), this.policy);
    } catch (error) {
      if (error instanceof CallbackRefusedError) throw new AppError(AlertsErrors.ALERTS_CALLBACK_URL_REFUSED, error.message);
      throw error;
    }
    if (this.shared) {
      const { subscriptions } = this.shared;
      const added = await this.inDatabase('The subscription could not be stored; nothing was created.', () => subscriptions.add(subscription, this.config.alerts.maxSubscriptions));
      if (!added) throw new AppError(AlertsErrors.ALERTS_SUBSCRIPTIONS_FULL);
    } else {
      try {
        await this.store!.add(subscription);
      } catch (error) {
        throw new AppError(CommonErrors.STORAGE_UNAVAILABLE, `The subscription could not be stored (${(error as Error).message}); nothing was created.`);
      }
    }
    this.logger.log(`subscription ${subscription.subscriptionId} created for ${new URL(subscription.callbackUrl).host}`);
    return subscription;
  }

  async get(subscriptionId: string): Promise<Omit<Subscription, 'secret'>> {
    const shared = this.shared;
    const subscription = shared
      ? await this.inDatabase('The subscription could not be read; retry.', () => shared.subscriptions.get(subscriptionId))
      : this.store!.get(subscriptionId);
    if (subscription === undefined) throw new AppError(AlertsErrors.ALERTS_SUBSCRIPTION_NOT_FOUND);
    return publicSubscription(subscription);
  }

  async unsubscribe(subscriptionId: string): Promise<void> {
    let removed: boolean;
    const shared = this.shared;
    if (shared) {
      removed = await this.inDatabase('The subscription could not be removed; retry.', () => shared.subscriptions.remove(subscriptionId));
    } else {
      try {
        removed = await this.store!.remove(subscriptionId);
      } catch (error) {
        throw new AppError(CommonErrors.STORAGE_UNAVAILABLE, `The subscription could not be removed (${(error as Error).message}); retry.`);
      }
    }
    if (!removed) throw new AppError(AlertsErrors.ALERTS_SUBSCRIPTION_NOT_FOUND);
    this.logger.log(`subscription ${subscriptionId} deleted`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dispatcher?.close();
    await this.shared?.dispatcher.close();
  }

  /** Database mode: a lost link answers 503 STORAGE_UNAVAILABLE at once, as every write of this mode does. */
  private async inDatabase<T>(what: string, work: () => Promise<T>): Promise<T> {
    const unavailable = (reason: string) => new AppError(CommonErrors.STORAGE_UNAVAILABLE, `${what} PostgreSQL is unreachable (${reason}).`);
    if (!this.db.up) throw unavailable('database link down');
    try {
      return await work();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      this.db.reportFailure(error);
      throw unavailable((error as Error).message);
    }
  }

  private async removeGone(subscriptionId: string): Promise<void> {
    try {
      const removed = this.shared ? await this.shared.subscriptions.remove(subscriptionId) : await this.store!.remove(subscriptionId);
      if (removed) this.logger.log(`subscription ${subscriptionId} removed: its callback answered 410 Gone`);
    } catch (error) {
      if (this.shared) this.databaseFailed('webhook outbox', error);
      this.logger.error(`subscription ${subscriptionId} answered 410 but could not be removed: ${(error as Error).message}`);
    }
  }

  private databaseFailed(what: string, error: unknown): void {
    if (isConnectionError(error)) this.db.reportFailure(error);
    this.logger.warn(`${what}: ${(error as Error).message}`);
  }

  private observe(outcome: DeliveryOutcome, detail: DeliveryDetail): void {
    this.outcomes.inc({ outcome });
    if (outcome === 'delivered' && detail.latencyMs !== undefined) this.latency.observe(detail.latencyMs / 1000);
    if (outcome === 'failed' || outcome === 'refused' || outcome === 'overflow') {
      const why = detail.error ?? (detail.status ? `status ${detail.status}` : 'queue full');
      this.logger.warn(`delivery of ${detail.alertId} to ${detail.subscriptionId} ${outcome}: ${why}`);
    }
  }
}
