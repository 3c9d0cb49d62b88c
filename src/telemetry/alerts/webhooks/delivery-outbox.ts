import type { Pool } from 'pg';
import type { AlertRecord } from '../alert-types.js';
import type { Subscription } from './subscription-store.js';
import { toSubscription, type SubscriptionRow } from './subscription-table.js';

/** A delivery this instance holds a lease on: only it may settle it until the lease runs out. */
export interface ClaimedDelivery {
  deliveryId: string;
  subscriptionId: string;
  alert: AlertRecord;
  raisedAtMs: number;
  attempt: number;
  subscription: Subscription;
}

/** A delivery row joined with its subscription's columns. */
interface ClaimRow extends SubscriptionRow {
  delivery_id: string;
  alert: AlertRecord;
  raised_at: Date;
  attempt: number;
}

/**
 * The `alert_deliveries` outbox (database mode). record_alert_events() queues a row per subscription when an
 * alert is stored, once for all instances. Any instance claims due rows with FOR UPDATE SKIP LOCKED and a lease,
 * so two instances never take the same row, and a row whose instance died mid-delivery is taken again once its
 * lease runs out. Times are the database's, so the instances' clocks need not agree.
 */
export class DeliveryOutbox {
  constructor(
    private readonly pool: Pool,
    /** This instance, as recorded in claimed_by. */
    readonly owner: string,
  ) {}

  async claim(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const { rows } = await this.pool.query<ClaimRow>(
      `WITH due AS (
         SELECT delivery_id FROM alert_deliveries
         WHERE due_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
         ORDER BY due_at LIMIT $2
         FOR UPDATE SKIP LOCKED)
       UPDATE alert_deliveries d SET claimed_by = $1, claimed_until = now() + make_interval(secs => $3::double precision / 1000)
       FROM due, alert_subscriptions s
       WHERE d.delivery_id = due.delivery_id AND s.subscription_id = d.subscription_id
       RETURNING d.delivery_id, d.subscription_id, d.alert, d.raised_at, d.attempt,
         s.callback_url, s.secret, s.kind, s.severity, s.region, s.created_at`,
      [this.owner, limit, leaseMs],
    );
    return rows.map((row) => ({
      deliveryId: row.delivery_id,
      subscriptionId: row.subscription_id,
      alert: row.alert,
      raisedAtMs: row.raised_at.getTime(),
      attempt: row.attempt,
      subscription: toSubscription(row),
    }));
  }

  /** Delivered, or given up: the row goes (only if this instance still holds it). */
  async finish(deliveryId: string): Promise<void> {
    await this.pool.query('DELETE FROM alert_deliveries WHERE delivery_id = $1 AND claimed_by = $2', [deliveryId, this.owner]);
  }

  /** Back in the queue, due after `delayMs`, for whichever instance comes first. */
  async retryLater(deliveryId: string, delayMs: number): Promise<void> {
    await this.pool.query(
      `UPDATE alert_deliveries SET attempt = attempt + 1, due_at = now() + make_interval(secs => $3::double precision / 1000),
         claimed_by = NULL, claimed_until = NULL
       WHERE delivery_id = $1 AND claimed_by = $2`,
      [deliveryId, this.owner, delayMs],
    );
  }

  /** Milliseconds until some row can be claimed (0 if one can now), or undefined when the outbox is empty. */
  async nextClaimableInMs(): Promise<number | undefined> {
    const { rows } = await this.pool.query<{ ms: number | null }>(
      `SELECT greatest(0, extract(epoch FROM min(greatest(due_at, coalesce(claimed_until, due_at))) - now()) * 1000)::float8 AS ms
       FROM alert_deliveries`,
    );
    return rows[0].ms ?? undefined;
  }

  /** Keeps the newest `max` unclaimed rows, so a dead receiver cannot grow the table; returns what was dropped. */
  async trim(max: number): Promise<{ subscriptionId: string; alertId: string }[]> {
    const { rows } = await this.pool.query<{ subscription_id: string; alert_id: string }>(
      `DELETE FROM alert_deliveries WHERE delivery_id IN (
         SELECT delivery_id FROM alert_deliveries WHERE claimed_until IS NULL OR claimed_until < now()
         ORDER BY raised_at DESC, delivery_id OFFSET $1)
       RETURNING subscription_id, alert_id`,
      [max],
    );
    return rows.map((row) => ({ subscriptionId: row.subscription_id, alertId: row.alert_id }));
  }
}
