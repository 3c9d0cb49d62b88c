import type { AlertEvent, AlertKind, AlertRecord, AlertSeverity, AlertState } from './alert-types.js';

/** An alert as the log keeps it: `seq` orders the listing (newest first) and is the paging cursor. */
export interface LoggedAlert extends AlertRecord {
  seq: number;
}

export interface AlertFilter {
  state?: AlertState;
  kind?: AlertKind;
  severity?: AlertSeverity;
  region?: string;
}

export interface AlertPage {
  items: LoggedAlert[];
  /** Cursor of the next (older) page, or undefined on the last one. */
  next?: number;
}

/** Resolved alerts kept for the listing; active ones are always kept. */
export const DEFAULT_RESOLVED_KEPT = 10_000;

/**
 * The alerts the API serves, on the HTTP thread, fed by the writer's raised and resolved events. Applying an
 * event is idempotent (a restart replays the journal over the snapshot that may already hold it).
 */
export class AlertLog {
  private readonly byId = new Map<string, LoggedAlert>();
  /** Ascending seq. */
  private order: LoggedAlert[] = [];
  private nextSeq = 1;
  private resolvedCount = 0;

  constructor(private readonly resolvedKept = DEFAULT_RESOLVED_KEPT) {}

  /** The logged alert the event changed, or undefined when it changed nothing. */
  apply(event: AlertEvent): LoggedAlert | undefined {
    const known = this.byId.get(event.alert.alertId);
    if (known === undefined) return this.insert(event.alert);
    if (event.type === 'resolved' && known.resolvedAt === undefined) {
      known.resolvedAt = event.alert.resolvedAt;
      this.resolvedCount++;
      this.trim();
      return known;
    }
    return undefined;
  }

  /**
   * Takes an alert as the database holds it, with the database's seq (database mode: every instance numbers
   * alerts alike, so a nextLink from one instance pages on another). Returns what changed for the stream:
   * 'raised' for a new active alert, 'resolved' when it is (or arrives) resolved, undefined when nothing did.
   */
  put(alert: LoggedAlert): AlertEvent['type'] | undefined {
    const known = this.byId.get(alert.alertId);
    if (known !== undefined) {
      if (alert.resolvedAt === undefined || known.resolvedAt !== undefined) return undefined;
      known.resolvedAt = alert.resolvedAt;
      this.resolvedCount++;
      this.trim();
      return 'resolved';
    }
    const copy = { ...alert };
    this.byId.set(copy.alertId, copy);
    this.order.splice(this.startBelow(copy.seq) + 1, 0, copy);
    this.nextSeq = Math.max(this.nextSeq, copy.seq + 1);
    if (copy.resolvedAt === undefined) return 'raised';
    this.resolvedCount++;
    this.trim();
    return 'resolved';
  }

  /** Restores alerts from a snapshot, keeping their seq so cursors stay valid across a restart. */
  load(alerts: readonly LoggedAlert[]): void {
    for (const alert of [...alerts].sort((a, b) => a.seq - b.seq)) {
      if (this.byId.has(alert.alertId)) continue;
      const copy = { ...alert };
      this.byId.set(copy.alertId, copy);
      this.order.push(copy);
      if (copy.resolvedAt !== undefined) this.resolvedCount++;
      this.nextSeq = Math.max(this.nextSeq, copy.seq + 1);
    }
    this.order.sort((a, b) => a.seq - b.seq);
    this.trim();
  }

  get(alertId: string): LoggedAlert | undefined {
    return this.byId.get(alertId);
  }

  active(): LoggedAlert[] {
    return this.order.filter((alert) => alert.resolvedAt === undefined);
  }

  all(): readonly LoggedAlert[] {
    return this.order;
  }

  /** Newest first, `top` at most, starting below the cursor `before`. */
  list(filter: AlertFilter, top: number, before = Number.POSITIVE_INFINITY): AlertPage {
    const items: LoggedAlert[] = [];
    for (let i = this.startBelow(before); i >= 0; i--) {
      const alert = this.order[i];
      if (!matches(alert, filter)) continue;
      if (items.length === top) return { items, next: items[items.length - 1].seq };
      items.push(alert);
    }
    return { items };
  }

  private insert(alert: AlertRecord): LoggedAlert {
    const logged: LoggedAlert = { ...alert, seq: this.nextSeq++ };
    this.byId.set(logged.alertId, logged);
    this.order.push(logged);
    if (logged.resolvedAt !== undefined) {
      this.resolvedCount++;
      this.trim();
    }
    return logged;
  }

  /** Index of the newest alert with seq below `before` (binary search over the ascending order). */
  private startBelow(before: number): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.order[middle].seq < before) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  /** Drops the oldest resolved alerts in one pass once there are a tenth more than kept, so trimming is rare. */
  private trim(): void {
    if (this.resolvedCount <= this.resolvedKept * 1.1) return;
    let drop = this.resolvedCount - this.resolvedKept;
    this.order = this.order.filter((alert) => {
      if (drop === 0 || alert.resolvedAt === undefined) return true;
      drop--;
      this.byId.delete(alert.alertId);
      return false;
    });
    this.resolvedCount = this.resolvedKept;
  }
}

function matches(alert: LoggedAlert, filter: AlertFilter): boolean {
  if (filter.state !== undefined && (filter.state === 'active') !== (alert.resolvedAt === undefined)) return false;
  if (filter.kind !== undefined && alert.kind !== filter.kind) return false;
  if (filter.severity !== undefined && alert.severity !== filter.severity) return false;
  return filter.region === undefined || alert.region === filter.region;
}
