import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { HealthRegistry, type ComponentHealth } from '../ops/health-registry.js';
import { MetricsService } from '../ops/metrics.service.js';
import { WorkerSupervisor } from '../common/workers/worker-supervisor.js';
import { AlertsService } from './alerts/alerts.service.js';
import { MeterDirectory } from './store/meter-directory.js';
import { F_APPLIED_SEQ, createStoreBuffer, mapStore, storeDimensions, type StoreViews } from './store/store-layout.js';
import { hangLimitMs, restartDelayMs, startWriterWorker } from './writer/worker-entry.js';
import type { HostMessage, ReadingsBatch, WorkerFault, WorkerMessage, WriterData } from './writer/worker-messages.js';
import type { CommittedStep } from './writer/committed-readings.js';
import type { SlotAttributes } from './writer/readings-applier.js';
import { alignedTick } from './simulator/cumulative-energy.js';
import { SnapshotChain } from './writer-host/snapshot-chain.js';
import { StorageState } from './writer-host/storage-state.js';
import { writerHealth } from './writer-host/writer-health.js';
import { writerMetrics, type WriterMetrics } from './writer-host/writer-metrics.js';
import { SNAPSHOT_FILE, WAL_DIR, migrateSnapshotName } from './writer-host/writer-files.js';

export { SNAPSHOT_FILE, WAL_DIR } from './writer-host/writer-files.js';

const TICK_INTERVAL = 'telemetry-tick';
const SNAPSHOT_INTERVAL = 'telemetry-snapshot';
const WATCHDOG_INTERVAL = 'telemetry-watchdog';
const READY_TIMEOUT_MS = 120_000;

/** The readings log could not store a batch: it was not acknowledged, and the client should resend it. */
export class ReadingsNotStoredError extends Error {}

/**
 * Owns the store buffer and the writer worker; the HTTP side only reads the buffer and posts messages. The
 * worker's supervision, snapshots, storage state and metrics are plain parts (writer-host/, common/workers/).
 */
@Injectable()
export class WriterHostService implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Simulator');
  readonly views: StoreViews;
  readonly directory: MeterDirectory;
  /** Emits 'tick' with the tick number after every published tick, and 'shutdown' when the app stops. */
  readonly ticks = new EventEmitter();
  private readonly supervisor: WorkerSupervisor<HostMessage, WorkerMessage>;
  private readonly storage = new StorageState();
  private readonly snapshots: SnapshotChain;
  private metrics?: WriterMetrics;
  private lastTickAt = 0;
  private lastAlignedTick = -1;
  private startedAt = Date.now();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
    private readonly health: HealthRegistry,
    private readonly metricsService: MetricsService,
    private readonly alerts: AlertsService,
  ) {
    const { meterCount, realMeterSlots, simulator, tickMs } = config.telemetry;
    const dims = storeDimensions(meterCount + realMeterSlots);
    this.views = mapStore(createStoreBuffer(dims), dims);
    this.directory = new MeterDirectory(simulator === 'on' ? meterCount : 0, dims.capacity);
    // Every open dashboard stream is a listener; Node would warn past ten.
    this.ticks.setMaxListeners(0);
    this.supervisor = new WorkerSupervisor<HostMessage, WorkerMessage>({
      name: 'simulator worker',
      spawn: (restart) => startWriterWorker(this.workerData(restart)),
      ready: (message) => this.onReady(message),
      replyId: (message) => (message.type === 'readings' || message.type === 'snapshot' || message.type === 'committed' || message.type === 'meter' ? message.id : undefined),
      onMessage: (message) => this.onMessage(message),
      readyTimeoutMs: READY_TIMEOUT_MS,
      hangLimitMs: hangLimitMs(tickMs),
      restartDelayMs,
      onGone: (reason, kind) => {
        this.logger.error(`${reason}; restarting it over the same store`);
        this.metrics?.workerReplaced(kind);
      },
      onRestarted: () => (this.simulating ? this.requestTick() : this.recovered()),
      onRestartFailed: (reason) => this.logger.error(reason),
    });
    this.snapshots = new SnapshotChain(() => this.takeSnapshot(), this.storage, this.logger);
    this.started = new Promise((resolve) => (this.markStarted = resolve));
  }

  get simulating(): boolean {
    return this.config.telemetry.simulator === 'on';
  }

  /** Resolves once the worker is up and the first tick published; other telemetry services start after it. */
  readonly started: Promise<void>;
  private markStarted: (() => void) | undefined;

  async onModuleInit(): Promise<void> {
    await this.start();
    this.markStarted?.();
  }

  private async start(): Promise<void> {
    const metrics = writerMetrics(this.metricsService, this.views);
    this.metrics = metrics;
    this.health.register('simulator', () => this.probe());
    const moved = migrateSnapshotName(this.config.dataDir);
    if (moved) this.logger.log(moved);
    // The worker takes the active alerts back at start; in the database mode they are loaded from PostgreSQL first.
    await this.alerts.ready();
    await this.supervisor.start();
    this.ticks.on('tick', () => metrics.statusUpdated());
    this.ticks.on('duration', (ms: number) => metrics.tickObserved(ms));
    // The first tick runs before the app listens, so the API never serves an empty grid.
    const first = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the simulator worker did not complete its first tick')), READY_TIMEOUT_MS);
      this.ticks.once('tick', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.requestTick();
    await first;
    const { tickMs, snapshotMs } = this.config.telemetry;
    // On the clock (database mode) a tick is requested as soon as its interval starts, checked a few times per interval.
    const clocked = this.config.database !== undefined;
    this.scheduler.addInterval(TICK_INTERVAL, setInterval(() => this.requestTick(), clocked ? Math.max(10, Math.min(250, tickMs / 4)) : tickMs));
    this.scheduler.addInterval(SNAPSHOT_INTERVAL, setInterval(() => void this.snapshot().catch(() => undefined), snapshotMs));
    this.scheduler.addInterval(WATCHDOG_INTERVAL, setInterval(() => this.supervisor.checkHang(), Math.min(1000, tickMs)).unref());
  }

  /** Ends the dashboard streams, so the HTTP server can drain and close while the worker still takes readings. */
  beforeApplicationShutdown(): void {
    this.supervisor.stopRestarting();
    this.logger.log('shutting down: ending event streams, draining requests');
    this.ticks.emit('shutdown');
  }

  /** Runs after the HTTP server has closed: every request that got in has been answered, so the last snapshot holds every acknowledged batch. */
  async onApplicationShutdown(): Promise<void> {
    this.supervisor.stopRestarting();
    for (const name of [TICK_INTERVAL, SNAPSHOT_INTERVAL, WATCHDOG_INTERVAL]) {
      if (this.scheduler.doesExist('interval', name)) this.scheduler.deleteInterval(name);
    }
    if (this.supervisor.running) {
      try {
        await this.snapshot();
        this.logger.log('final snapshot written');
      } catch (error) {
        this.logger.error(`final snapshot failed (the readings log keeps every acknowledged batch): ${(error as Error).message}`);
      }
    }
    await this.supervisor.stop('the application is shutting down');
  }

  /**
   * Posts a tick unless the previous one is still running (a slow tick is skipped, never queued). In the database
   * mode the tick's time is the start of its wall-clock interval, posted once per interval, so every instance
   * computes the same tick from the same time.
   */
  requestTick(now = Date.now()): void {
    if (!this.supervisor.running || this.supervisor.busySince > 0) return;
    let at = now;
    if (this.config.database) {
      const aligned = alignedTick(now, this.config.telemetry.tickMs);
      if (aligned.tick <= this.lastAlignedTick) return;
      this.lastAlignedTick = aligned.tick;
      at = aligned.at;
    }
    this.supervisor.busy(Date.now());
    this.supervisor.post({ type: 'tick', now: at });
  }

  /** The number of the last database change this store holds (database mode; 0 before any). */
  get appliedSeq(): number {
    return this.views.headerF[F_APPLIED_SEQ];
  }

  /** Database mode: applies committed changes; resolves with the store's codes per batch. */
  async applyCommitted(step: CommittedStep): Promise<Uint8Array[]> {
    const reply = await this.supervisor.request((id) => ({ type: 'committed', id, step }), transferableColumns(step), { watched: true });
    if (reply.type !== 'committed') throw new Error('unexpected worker reply');
    for (const [meterId, slot] of reply.registered) this.directory.add(meterId, slot);
    return reply.codes;
  }

  /** Embedded mode's PUT: registers or updates a real meter; -1 when no slot is left. */
  async putMeter(meterId: string, attributes: SlotAttributes): Promise<number> {
    const reply = await this.supervisor.request((id) => ({ type: 'meter', id, meterId, attributes }), [], { watched: true });
    if (reply.type !== 'meter') throw new Error('unexpected worker reply');
    if (reply.registered) this.directory.add(meterId, reply.slot);
    return reply.slot;
  }

  async applyReadings(batch: ReadingsBatch): Promise<{ codes: Uint8Array }> {
    const transfer = [batch.slots.buffer, batch.timestamps.buffer, batch.power.buffer, batch.voltage.buffer, batch.energy.buffer, batch.status.buffer] as ArrayBuffer[];
    const reply = await this.supervisor.request((id) => ({ type: 'readings', id, batch }), transfer, { watched: true });
    if (reply.type !== 'readings') throw new Error('unexpected worker reply');
    for (const [meterId, slot] of reply.registered) this.directory.add(meterId, slot);
    if (reply.storageError) {
      this.storage.readingsLogFailed(reply.storageError);
      throw new ReadingsNotStoredError(reply.storageError);
    }
    this.storage.readingsLogWritten();
    return { codes: reply.codes };
  }

  /** Writes a snapshot now; calls are serialised so the shutdown snapshot waits for a periodic one. */
  snapshot(): Promise<void> {
    return this.snapshots.run();
  }

  /** Test hook (no route reaches it): makes the worker exit, throw or hang, to prove it is replaced. */
  injectFault(fault: WorkerFault): void {
    this.supervisor.post({ type: 'fault', fault });
  }

  private async takeSnapshot(): Promise<{ ok: boolean; bytes: number; durationMs: number; error?: string }> {
    const reply = await this.supervisor.request((id) => ({ type: 'snapshot', id }));
    if (reply.type !== 'snapshot') throw new Error('unexpected worker reply');
    return reply;
  }

  private workerData(resume: boolean): WriterData {
    const { meterCount, simulator, seed } = this.config.telemetry;
    return {
      buffer: this.views.buffer,
      dims: this.views.dims,
      meterCount,
      simulate: simulator === 'on',
      seed,
      snapshotPath: join(this.config.dataDir, SNAPSHOT_FILE),
      walDir: this.config.database ? undefined : join(this.config.dataDir, WAL_DIR),
      clockTickMs: this.config.database ? this.config.telemetry.tickMs : undefined,
      resume: resume ? { realIds: this.directory.realEntries() } : undefined,
      // A replaced worker takes back the alerts active now, so it neither raises them again nor leaves them open.
      alerts: this.alerts.writerData(),
    };
  }

  private onReady(message: WorkerMessage): void {
    if (message.type === 'failed') throw new Error(message.message);
    if (message.type !== 'ready') throw new Error('unexpected first message from the simulator worker');
    for (const [meterId, slot] of message.realIds) this.directory.add(meterId, slot);
    if (message.warn) this.logger.warn(message.note);
    else this.logger.log(message.note);
    this.startedAt = Date.now();
  }

  private onMessage(message: WorkerMessage): void {
    if (message.type !== 'ticked') return;
    this.supervisor.busy(0);
    this.lastTickAt = Date.now();
    if (this.supervisor.restartAttempt !== undefined) this.recovered();
    this.ticks.emit('duration', message.durationMs);
    if (message.alertsMs !== undefined) this.alerts.tickProcessed(message.alerts ?? [], message.alertsMs);
    this.ticks.emit('tick', message.tick);
  }

  private recovered(): void {
    const attempt = this.supervisor.markRecovered();
    if (attempt !== undefined) this.logger.log(`simulator worker restarted after ${attempt} attempt(s); ticks resumed`);
  }

  private probe(): ComponentHealth {
    return writerHealth({
      restartAttempt: this.supervisor.restartAttempt,
      running: this.supervisor.running,
      simulating: this.simulating,
      workerError: this.supervisor.error,
      storageError: this.storage.error,
      lastTickAt: this.lastTickAt || this.startedAt,
      tickMs: this.config.telemetry.tickMs,
      now: Date.now(),
    });
  }
}

/**
 * The batches' column buffers move to the worker instead of being copied (copying 370 KB per 10,000 readings
 * was about 5% of the HTTP thread in bench:ingest --database). Only buffers a column covers whole are moved;
 * the step's arrays are unusable here afterwards, which the follower accounts for.
 */
function transferableColumns(step: CommittedStep): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { columns } of step.batches) {
    for (const column of [columns.ordinals, columns.timestamps, columns.power, columns.voltage, columns.energy, columns.status]) {
      if (column.buffer instanceof ArrayBuffer && column.byteOffset === 0 && column.byteLength === column.buffer.byteLength) buffers.add(column.buffer);
    }
  }
  return [...buffers];
}
