import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AppError } from '../../common/errors/app-error.js';
import { MetricsService } from '../../ops/metrics.service.js';
import { DatabaseService } from '../../common/database/database.service.js';
import { AlertJournal, ALERTS_DIR } from './alert-journal.js';
import { AlertLog, DEFAULT_RESOLVED_KEPT, type LoggedAlert } from './alert-log.js';
import type { AlertEvent, AlertRecord } from './alert-types.js';
import { AlertsErrors } from './alerts.errors.js';
import { regionThresholdsKw } from './region-thresholds.js';
import { alertNextLink, parseAlertQuery } from './alerts-query.js';
import type { AlertPageDto } from './dto/alert.dto.js';
import { WebhooksService } from './webhooks/webhooks.service.js';
import type { WriterAlertData } from '../writer/alert-step.js';
import { DatabaseAlerts } from './database/database-alerts.js';
import type { RecordedChange } from './database/alert-table.js';

const COMPACT_INTERVAL = 'alerts-compact';
const FOLLOW_POLL_MS = 1000;
/** Events a database outage may hold back (a storm tick has a few hundred at most). */
const MAX_PENDING_EVENTS = 10_000;

export interface AlertStreamEvent {
  type: 'raised' | 'resolved';
  alert: AlertRecord;
}

/**
 * The alert log on the HTTP thread, served by the API and the stream. Embedded mode: fed by the writer's events
 * once per tick, persisted in DATA_DIR/alerts (journal + snapshot, compacted on the store's snapshot interval
 * and at shutdown), and handed to the webhooks. Database mode: the writer's events go to PostgreSQL (one row per
 * alert whichever instances report it, deliveries queued there), and the log mirrors the table, so every
 * instance lists and streams the same alerts.
 */
@Injectable()
export class AlertsService implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Alerts');
  private readonly log = new AlertLog();
  private readonly journal: AlertJournal | undefined;
  private database: DatabaseAlerts | undefined;
  private loading: Promise<void> | undefined;
  /** Emits 'event' with an AlertStreamEvent, and 'shutdown' when the app stops. */
  readonly events = new EventEmitter();
  private readonly active;
  private readonly raised;
  private readonly ruleTime;
  private readonly thresholdsKw: (number | undefined)[];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
    private readonly webhooks: WebhooksService,
    metrics: MetricsService,
    private readonly db: DatabaseService,
  ) {
    this.thresholdsKw = regionThresholdsKw(config.alerts.regionLoadKw);
    this.journal = db.enabled ? undefined : new AlertJournal(join(config.dataDir, ALERTS_DIR));
    this.events.setMaxListeners(0);
    this.active = metrics.gauge('powergrid_alerts_active', 'Alerts active now, by kind.', ['kind']);
    this.raised = metrics.counter('powergrid_alerts_raised_total', 'Alerts raised, by kind.', ['kind']);
    this.ruleTime = metrics.histogram('powergrid_alert_rules_duration_seconds', 'Writer time of the alert rules per tick.', [], [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1]);
    if (this.journal) this.restore(this.journal);
  }

  async onModuleInit(): Promise<void> {
    await this.ready();
    const every = this.config.telemetry.snapshotMs;
    this.scheduler.addInterval(COMPACT_INTERVAL, setInterval(() => void this.compact(), every));
  }

  /**
   * Resolves once the log holds the alerts to serve: at once in the embedded mode (read in the constructor), after
   * the mirror is loaded from PostgreSQL in the database mode. The writer waits for it, so it takes the active
   * alerts back before its first tick.
   */
  ready(): Promise<void> {
    this.loading ??= this.db.enabled ? this.follow() : Promise.resolve();
    return this.loading;
  }

  private async follow(): Promise<void> {
    await this.db.ready();
    const database = new DatabaseAlerts(
      this.db,
      this.log,
      {
        changed: (type, alert) => {
          this.events.emit('event', { type, alert: withoutSeq(alert) } satisfies AlertStreamEvent);
          this.updateGauge();
        },
        recorded: (changes) => this.recorded(changes),
        warn: (message) => this.logger.warn(message),
      },
      { pollMs: FOLLOW_POLL_MS, maxPending: MAX_PENDING_EVENTS },
    );
    await database.start();
    this.database = database;
    this.updateGauge();
    this.logger.log(`following the alerts in the database: ${this.log.all().length} alerts, ${this.log.active().length} active`);
  }

  private recorded(changes: readonly RecordedChange[]): void {
    let deliveries = 0;
    for (const change of changes) {
      deliveries += change.deliveries;
      if (change.change === 'raised') this.raised.inc({ kind: change.kind });
    }
    if (deliveries > 0) this.webhooks.queued();
  }

  /** Active alerts as the writer must take them back at (re)start. */
  activeAlerts(): AlertRecord[] {
    return this.log.active().map(({ seq: _seq, ...alert }) => alert);
  }

  /** What the writer worker needs to run the rules: settings from the config and the active alerts. */
  writerData(): WriterAlertData {
    const settings = this.config.alerts;
    return {
      options: {
        silentAfterMs: settings.silentAfterS * 1000,
        meterAlertsPerRegion: settings.meterAlertsPerRegion,
        thresholdsKw: this.thresholdsKw,
        percentile: settings.regionLoadPercentile,
      },
      active: this.activeAlerts(),
    };
  }

  /** A tick's events and the time the rules took on the writer thread. */
  tickProcessed(events: readonly AlertEvent[], rulesMs: number): void {
    this.ruleTime.observe(rulesMs / 1000);
    if (events.length > 0) this.ingest(events);
  }

  /**
   * One tick's events from the writer: log, journal, stream, webhooks. Cheap: a tick has few events. In the
   * database mode they go to the table instead; the log, the stream and the deliveries follow from there.
   */
  ingest(events: readonly AlertEvent[]): void {
    if (this.db.enabled) {
      this.database?.record(events);
      return;
    }
    const changed: AlertEvent[] = [];
    for (const event of events) {
      const logged = this.log.apply(event);
      if (logged === undefined) continue;
      changed.push(event);
      const alert = withoutSeq(logged);
      this.events.emit('event', { type: event.type, alert } satisfies AlertStreamEvent);
      if (event.type === 'raised') {
        this.raised.inc({ kind: alert.kind });
        this.webhooks.notify(alert);
      }
    }
    if (changed.length === 0) return;
    this.updateGauge();
    this.journal?.append(changed).catch((error: unknown) => this.logger.error(`alert journal write failed: ${(error as Error).message}`));
  }

  list(query: Record<string, unknown>, origin: { origin: string; path: string }): AlertPageDto {
    const parsed = parseAlertQuery(query);
    const page = this.log.list(parsed.filter, parsed.top, parsed.before);
    return {
      value: page.items.map(withoutSeq),
      ...(page.next !== undefined ? { nextLink: alertNextLink(origin.origin, origin.path, parsed, page.next) } : {}),
      activeCount: this.log.active().length,
    };
  }

  get(alertId: string): AlertRecord {
    const alert = this.log.get(alertId);
    if (alert === undefined) throw new AppError(AlertsErrors.ALERTS_ALERT_NOT_FOUND, `No alert has the id ${JSON.stringify(alertId.slice(0, 120))}.`);
    return withoutSeq(alert);
  }

  /** Embedded mode: snapshot of the log and an empty journal. Database mode: prunes old resolved alerts. */
  compact(): Promise<void> {
    if (this.database) return this.database.prune(DEFAULT_RESOLVED_KEPT);
    if (!this.journal) return Promise.resolve();
    return this.journal.compact(() => this.log.all()).catch((error: unknown) => {
      this.logger.error(`alert snapshot failed (the journal keeps every event): ${(error as Error).message}`);
    });
  }

  onEvent(listener: (event: AlertStreamEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  onShutdown(listener: () => void): () => void {
    this.events.once('shutdown', listener);
    return () => this.events.off('shutdown', listener);
  }

  beforeApplicationShutdown(): void {
    this.events.emit('shutdown');
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.scheduler.doesExist('interval', COMPACT_INTERVAL)) this.scheduler.deleteInterval(COMPACT_INTERVAL);
    if (this.database) await this.database.stop();
    else await this.compact();
  }

  private restore(journal: AlertJournal): void {
    try {
      const contents = journal.read();
      this.log.load(contents.alerts);
      for (const event of contents.events) this.log.apply(event);
      const torn = contents.tornLines > 0 ? ` (ignored ${contents.tornLines} torn journal line(s))` : '';
      if (contents.alerts.length + contents.events.length > 0) this.logger.log(`restored ${this.log.all().length} alerts, ${this.log.active().length} active${torn}`);
    } catch (error) {
      this.logger.warn(`the alert log in ${journal.dir} is unreadable (${(error as Error).message}); starting with no alerts`);
    }
    this.updateGauge();
  }

  private updateGauge(): void {
    const counts = new Map<string, number>();
    for (const alert of this.log.active()) counts.set(alert.kind, (counts.get(alert.kind) ?? 0) + 1);
    for (const kind of ['feeder-outage', 'meter-fault', 'meter-silent', 'region-load']) this.active.set({ kind }, counts.get(kind) ?? 0);
  }
}

function withoutSeq(alert: LoggedAlert): AlertRecord {
  const { seq: _seq, ...record } = alert;
  return record;
}

