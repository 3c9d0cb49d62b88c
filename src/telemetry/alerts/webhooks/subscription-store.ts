import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeJsonAtomic } from '../atomic-json.js';
import { ALERT_SEVERITIES, type AlertKind, type AlertRecord, type AlertSeverity } from '../alert-types.js';

const FILE = 'subscriptions.json';

export interface Subscription {
  subscriptionId: string;
  callbackUrl: string;
  /** Key of the HMAC in each delivery's signature header. */
  secret: string;
  kind?: AlertKind;
  /** Deliver alerts of this severity or a more severe one. */
  severity?: AlertSeverity;
  region?: string;
  createdAt: string;
}

/** Whether a raised alert goes to a subscription, after its filters. */
export function wants(subscription: Subscription, alert: AlertRecord): boolean {
  if (subscription.kind !== undefined && alert.kind !== subscription.kind) return false;
  if (subscription.region !== undefined && alert.region !== subscription.region) return false;
  if (subscription.severity === undefined) return true;
  return ALERT_SEVERITIES.indexOf(alert.severity) <= ALERT_SEVERITIES.indexOf(subscription.severity);
}

/**
 * Webhook subscriptions, persisted as one small JSON file rewritten atomically on every change (they change
 * when a flow is turned on or off, not per tick). A change is acknowledged only once it is on disk.
 */
export class SubscriptionStore {
  private readonly byId = new Map<string, Subscription>();
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly dir: string) {
    const path = join(dir, FILE);
    if (!existsSync(path)) return;
    for (const subscription of JSON.parse(readFileSync(path, 'utf8')) as Subscription[]) this.byId.set(subscription.subscriptionId, subscription);
  }

  get size(): number {
    return this.byId.size;
  }

  get(subscriptionId: string): Subscription | undefined {
    return this.byId.get(subscriptionId);
  }

  all(): Subscription[] {
    return [...this.byId.values()];
  }

  async add(subscription: Subscription): Promise<void> {
    this.byId.set(subscription.subscriptionId, subscription);
    try {
      await this.persist();
    } catch (error) {
      this.byId.delete(subscription.subscriptionId);
      throw error;
    }
  }

  /** True when it existed. */
  async remove(subscriptionId: string): Promise<boolean> {
    const existing = this.byId.get(subscriptionId);
    if (existing === undefined) return false;
    this.byId.delete(subscriptionId);
    try {
      await this.persist();
    } catch (error) {
      this.byId.set(subscriptionId, existing);
      throw error;
    }
    return true;
  }

  private persist(): Promise<void> {
    const run = this.chain.then(() => writeJsonAtomic(join(this.dir, FILE), this.all()));
    this.chain = run.catch(() => undefined);
    return run;
  }
}
