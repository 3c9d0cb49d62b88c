import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { AppError } from '../../../common/errors/app-error.js';
import { CommonErrors } from '../../../common/errors/common-errors.js';
import { MetricsService } from '../../../ops/metrics.service.js';
import { ALERTS_DIR } from '../alert-journal.js';
import type { AlertRecord } from '../alert-types.js';
import { AlertsErrors } from '../alerts.errors.js';
import { CallbackRefusedError, pinCallback, type CallbackPolicy } from './callback-url.js';
import { SubscriptionStore, wants, type Subscription } from './subscription-store.js';
import { publicSubscription, subscriptionFrom } from './subscription-request.js';
import { WebhookDispatcher, type DeliveryOutcome } from './webhook-dispatcher.js';

const DELIVERY_CONCURRENCY = 4;

/** Webhook subscriptions and their deliveries; the alert service hands it every raised alert. */
@Injectable()
export class WebhooksService implements OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private readonly store: SubscriptionStore;
  private readonly dispatcher: WebhookDispatcher;
  private readonly policy: CallbackPolicy;
  private readonly latency;
  private readonly outcomes;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    metrics: MetricsService,
  ) {
    const alerts = config.alerts;
    this.policy = { allowPrivate: alerts.webhookAllowPrivate };
    this.store = new SubscriptionStore(join(config.dataDir, ALERTS_DIR));
    this.latency = metrics.histogram('powergrid_alert_delivery_latency_seconds', 'Time from an alert being raised to its webhook answering 2xx.', [], [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120]);
    this.outcomes = metrics.counter('powergrid_alert_deliveries_total', 'Webhook delivery attempts by outcome.', ['outcome']);
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
        subscription: (id) => this.store.get(id),
        gone: (id) => void this.removeGone(id),
        observe: (outcome, detail) => this.observe(outcome, detail),
      },
    );
  }

  /** Queues a delivery to every subscription whose filters the alert passes; never waits for one. */
  notify(alert: AlertRecord): void {
    const raisedAtMs = Date.parse(alert.raisedAt);
    for (const subscription of this.store.all()) if (wants(subscription, alert)) this.dispatcher.enqueue(subscription, alert, raisedAtMs);
  }

  async subscribe(body: unknown): Promise<Subscription> {
    const subscription = subscriptionFrom(body, this.policy, Date.now());
    if (this.store.size >= this.config.alerts.maxSubscriptions) throw new AppError(AlertsErrors.ALERTS_SUBSCRIPTIONS_FULL);
    try {
      await pinCallback(new URL(subscription.callbackUrl), this.policy);
    } catch (error) {
      if (error instanceof CallbackRefusedError) throw new AppError(AlertsErrors.ALERTS_CALLBACK_URL_REFUSED, error.message);
      throw error;
    }
    try {
      await this.store.add(subscription);
    } catch (error) {
      throw new AppError(CommonErrors.STORAGE_UNAVAILABLE, `The subscription could not be stored (${(error as Error).message}); nothing was created.`);
    }
    this.logger.log(`subscription ${subscription.subscriptionId} created for ${new URL(subscription.callbackUrl).host}`);
    return subscription;
  }

  get(subscriptionId: string): Omit<Subscription, 'secret'> {
    const subscription = this.store.get(subscriptionId);
    if (subscription === undefined) throw new AppError(AlertsErrors.ALERTS_SUBSCRIPTION_NOT_FOUND);
    return publicSubscription(subscription);
  }

  async unsubscribe(subscriptionId: string): Promise<void> {
    let removed: boolean;
    try {
      removed = await this.store.remove(subscriptionId);
    } catch (error) {
      throw new AppError(CommonErrors.STORAGE_UNAVAILABLE, `The subscription could not be removed (${(error as Error).message}); retry.`);
    }
    if (!removed) throw new AppError(AlertsErrors.ALERTS_SUBSCRIPTION_NOT_FOUND);
    this.logger.log(`subscription ${subscriptionId} deleted`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dispatcher.close();
  }

  private async removeGone(subscriptionId: string): Promise<void> {
    try {
      if (await this.store.remove(subscriptionId)) this.logger.log(`subscription ${subscriptionId} removed: its callback answered 410 Gone`);
    } catch (error) {
      this.logger.error(`subscription ${subscriptionId} answered 410 but could not be removed: ${(error as Error).message}`);
    }
  }

  private observe(outcome: DeliveryOutcome, detail: { subscriptionId: string; alertId: string; latencyMs?: number; status?: number; error?: string }): void {
    this.outcomes.inc({ outcome });
    if (outcome === 'delivered' && detail.latencyMs !== undefined) this.latency.observe(detail.latencyMs / 1000);
    if (outcome === 'failed' || outcome === 'refused' || outcome === 'overflow') {
      const why = detail.error ?? (detail.status ? `status ${detail.status}` : 'queue full');
      this.logger.warn(`delivery of ${detail.alertId} to ${detail.subscriptionId} ${outcome}: ${why}`);
    }
  }
}
