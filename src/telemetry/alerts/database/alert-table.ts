import type { Pool } from 'pg';
import type { LoggedAlert } from '../alert-log.js';
import type { AlertEvent, AlertKind, AlertRecord } from '../alert-types.js';

/** Notified (with the newest change number) by every commit that raised or resolved an alert. */
export const ALERTS_CHANNEL = 'powergrid_alerts';

export interface RecordedChange {
  alertId: string;
  kind: AlertKind;
  change: 'raised' | 'resolved';
  /** Deliveries queued in the outbox for a raise. */
  deliveries: number;
}

export interface AlertChange {
  alert: LoggedAlert;
  changedSeq: number;
}

interface ChangeRow {
  seq: string;
  changed_seq: string;
  record: AlertRecord;
  resolved_at: Date | null;
}

/**
 * The `alerts` table (database mode). Writes go through record_alert_events(), which keeps one row per alert
 * however many instances report it and queues the webhook deliveries in the same transaction; reads are by
 * change number, for the mirror each instance serves from.
 */
export class AlertTable {
  constructor(private readonly pool: Pool) {}

  /** Records a tick's events; returns the changes this call made (those another instance made first are skipped). */
  async record(events: readonly AlertEvent[]): Promise<RecordedChange[]> {
    if (events.length === 0) return [];
    const { rows } = await this.pool.query<{ out_alert_id: string; out_kind: AlertKind; out_change: 'raised' | 'resolved'; out_deliveries: number }>(
      'SELECT out_alert_id, out_kind, out_change, out_deliveries FROM record_alert_events($1::jsonb)',
      [JSON.stringify(events)],
    );
    return rows.map((row) => ({ alertId: row.out_alert_id, kind: row.out_kind, change: row.out_change, deliveries: row.out_deliveries }));
  }

  /** Alerts raised or resolved after change `after`, in change order. */
  async changedAfter(after: number, limit: number): Promise<AlertChange[]> {
    const { rows } = await this.pool.query<ChangeRow>(
      'SELECT seq, changed_seq, record, resolved_at FROM alerts WHERE changed_seq > $1 ORDER BY changed_seq LIMIT $2',
      [after, limit],
    );
    return rows.map((row) => ({
      changedSeq: Number(row.changed_seq),
      alert: { ...row.record, ...(row.resolved_at ? { resolvedAt: row.resolved_at.toISOString() } : {}), seq: Number(row.seq) },
    }));
  }

  /** Deletes resolved alerts past the newest `keep` of them (the mirrors keep as many); returns the rows removed. */
  async prune(keep: number): Promise<number> {
    const result = await this.pool.query(
      `DELETE FROM alerts WHERE resolved_at IS NOT NULL AND seq < (
         SELECT seq FROM alerts WHERE resolved_at IS NOT NULL ORDER BY seq DESC OFFSET $1 LIMIT 1)`,
      [keep - 1],
    );
    return result.rowCount ?? 0;
  }
}
