import type { Pool } from 'pg';
import { inTransaction } from '../../../common/database/transaction.js';
import type { AlertKind, AlertSeverity } from '../alert-types.js';
import type { Subscription } from './subscription-store.js';

export interface SubscriptionRow {
  subscription_id: string;
  callback_url: string;
  secret: string;
  kind: string | null;
  severity: string | null;
  region: string | null;
  created_at: Date;
}

const COLUMNS = 'subscription_id, callback_url, secret, kind, severity, region, created_at';

export function toSubscription(row: SubscriptionRow): Subscription {
  return {
    subscriptionId: row.subscription_id,
    callbackUrl: row.callback_url,
    secret: row.secret,
    ...(row.kind !== null ? { kind: row.kind as AlertKind } : {}),
    ...(row.severity !== null ? { severity: row.severity as AlertSeverity } : {}),
    ...(row.region !== null ? { region: row.region } : {}),
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Webhook subscriptions in the database mode, shared by every instance: created on one, listed and deleted on
 * any. Deleting one drops its pending deliveries with it (the outbox references it ON DELETE CASCADE).
 */
export class SubscriptionTable {
  constructor(private readonly pool: Pool) {}

  /** False when `max` subscriptions exist already; the count and the insert are one step for all instances. */
  async add(subscription: Subscription, max: number): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      // Serialises concurrent creations on every instance, so the limit holds; deliveries and reads are not blocked.
      await client.query('LOCK TABLE alert_subscriptions IN SHARE ROW EXCLUSIVE MODE');
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM alert_subscriptions');
      if (rows[0].n >= max) return false;
      await client.query(
        `INSERT INTO alert_subscriptions (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [subscription.subscriptionId, subscription.callbackUrl, subscription.secret, subscription.kind ?? null, subscription.severity ?? null, subscription.region ?? null, subscription.createdAt],
      );
      return true;
    });
  }

  async get(subscriptionId: string): Promise<Subscription | undefined> {
    const { rows } = await this.pool.query<SubscriptionRow>(`SELECT ${COLUMNS} FROM alert_subscriptions WHERE subscription_id = $1`, [subscriptionId]);
    return rows.length === 0 ? undefined : toSubscription(rows[0]);
  }

  /** True when it existed. */
  async remove(subscriptionId: string): Promise<boolean> {
    const result = await this.pool.query('DELETE FROM alert_subscriptions WHERE subscription_id = $1', [subscriptionId]);
    return (result.rowCount ?? 0) > 0;
  }
}
