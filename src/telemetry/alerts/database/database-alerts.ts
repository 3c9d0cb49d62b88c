import type { EventEmitter } from 'node:events';
import type { Pool } from 'pg';
import { backoffDelayMs } from '../../../common/database/backoff.js';
import { isConnectionError } from '../../../common/database/connection-errors.js';
import type { NotifyListener } from '../../../common/database/notify-listener.js';
import type { AlertLog, LoggedAlert } from '../alert-log.js';
import type { AlertEvent } from '../alert-types.js';
import { ALERTS_CHANNEL, AlertTable, type RecordedChange } from './alert-table.js';

/** The parts of DatabaseService this needs, kept narrow so it runs without Nest. */
export interface AlertsDatabaseLink {
  readonly pool: Pool;
  readonly listener: NotifyListener;
  readonly events: EventEmitter;
  readonly up: boolean;
  reportFailure(error: unknown): void;
}

export interface DatabaseAlertsHooks {
  /** The mirror changed: an alert raised or resolved on any instance (this one included). */
  changed(type: AlertEvent['type'], alert: LoggedAlert): void;
  /** What this instance's events changed in the table (the others' share of the work is skipped). */
  recorded(changes: readonly RecordedChange[]): void;
  warn(message: string): void;
}

export interface DatabaseAlertsOptions {
  pollMs: number;
  /** Events kept while the database is away; past it the oldest are dropped (the other instances report them too). */
  maxPending: number;
}

const PULL_PAGE = 1000;
const EVENTS_PER_CALL = 500;

/**
 * Alerts in the database mode. The writer's events of every tick go to the table (queued and retried while the
 * database is away; recording is idempotent, so a retry of a commit whose answer was lost changes nothing),
 * and the mirror, an AlertLog the API and the stream read, follows the table's changes: woken by NOTIFY, by a
 * poll, and after a reconnect. Reads never wait on the database.
 */
export class DatabaseAlerts {
  readonly table: AlertTable;
  private seen = 0;
  private pulling: Promise<void> | undefined;
  private pullAgain = false;
  private pending: AlertEvent[] = [];
  private flushing: Promise<void> | undefined;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private poll: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly db: AlertsDatabaseLink,
    private readonly log: AlertLog,
    private readonly hooks: DatabaseAlertsHooks,
    private readonly options: DatabaseAlertsOptions,
  ) {
    this.table = new AlertTable(db.pool);
  }

  get pendingEvents(): number {
    return this.pending.length;
  }

  /** Loads the mirror (every alert the table keeps) before the instance serves, then follows. */
  async start(): Promise<void> {
    // A failure here fails the boot, as the readings' catch-up does: an instance must not serve an empty list.
    this.pulling = this.pullRounds().finally(() => (this.pulling = undefined));
    await this.pulling;
    await this.db.listener.subscribe(ALERTS_CHANNEL, () => void this.pull());
    this.db.events.on('resumed', this.onResumed);
    this.poll = setInterval(() => {
      if (!this.db.up) return;
      void this.pull();
      if (this.pending.length > 0 && this.retryTimer === undefined) void this.flush();
    }, this.options.pollMs);
    this.poll.unref();
  }

  /** Stops following; waits for a recording already on its way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    clearTimeout(this.retryTimer);
    this.db.events.off('resumed', this.onResumed);
    await this.flushing;
  }

  /** Queues a tick's events for the table; never waits. */
  record(events: readonly AlertEvent[]): void {
    if (events.length === 0 || this.stopped) return;
    this.pending.push(...events);
    const excess = this.pending.length - this.options.maxPending;
    if (excess > 0) {
      this.pending.splice(0, excess);
      this.hooks.warn(`dropped ${excess} alert event(s) that could not be recorded while the database was away`);
    }
    if (this.retryTimer === undefined) void this.flush();
  }

  /** Brings the mirror up to the table; calls during a pull fold into one more round after it. */
  pull(): Promise<void> {
    if (this.pulling) {
      this.pullAgain = true;
      return this.pulling;
    }
    this.pulling = this.pullRounds()
      .catch((error: unknown) => this.failed('following the alerts table', error))
      .finally(() => (this.pulling = undefined));
    return this.pulling;
  }

  async prune(keep: number): Promise<void> {
    if (!this.db.up) return;
    try {
      await this.table.prune(keep);
    } catch (error) {
      this.failed('pruning resolved alerts', error);
    }
  }

  private readonly onResumed = (): void => {
    void this.pull();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    void this.flush();
  };

  private async pullRounds(): Promise<void> {
    do {
      this.pullAgain = false;
      for (;;) {
        const changes = await this.table.changedAfter(this.seen, PULL_PAGE);
        for (const { alert, changedSeq } of changes) {
          this.seen = Math.max(this.seen, changedSeq);
          const type = this.log.put(alert);
          if (type !== undefined) this.hooks.changed(type, alert);
        }
        if (changes.length < PULL_PAGE) break;
      }
    } while (this.pullAgain && !this.stopped);
  }

  private flush(): Promise<void> {
    this.flushing ??= this.flushAll().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async flushAll(): Promise<void> {
    while (this.pending.length > 0 && !this.stopped) {
      const batch = this.pending.slice(0, EVENTS_PER_CALL);
      try {
        const changes = await this.table.record(batch);
        this.attempt = 0;
        this.pending.splice(0, batch.length);
        if (changes.length > 0) {
          this.hooks.recorded(changes);
          void this.pull();
        }
      } catch (error) {
        if (!isConnectionError(error)) {
          // Not the link: the same call would fail again, so these events are given up (the others record them).
          this.pending.splice(0, batch.length);
          this.hooks.warn(`alert events not recorded and dropped: ${(error as Error).message}`);
          continue;
        }
        this.failed('recording alert events', error);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = undefined;
          void this.flush();
        }, backoffDelayMs(++this.attempt));
        this.retryTimer.unref();
        return;
      }
    }
  }

  private failed(what: string, error: unknown): void {
    if (isConnectionError(error)) this.db.reportFailure(error);
    this.hooks.warn(`${what}: ${(error as Error).message}`);
  }
}
