import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { HealthRegistry, type ComponentHealth } from '../../ops/health-registry.js';
import { MetricsService } from '../../ops/metrics.service.js';
import { METER_STATUSES } from '../telemetry.constants.js';
import { MeterDirectory } from '../store/meter-directory.js';
import { H_GRID_HEAD, STATUS_COUNT, createStoreBuffer, mapStore, storeDimensions, type StoreViews } from '../store/store-layout.js';
import { simulatorHealth } from './simulator-health.js';
import { hangLimitMs, restartDelayMs, startSimulatorWorker } from './worker-entry.js';
import type { HostMessage, ReadingsBatch, SimulatorWorkerData, WorkerFault, WorkerMessage } from './worker-messages.js';

export { simulatorWorkerEntry, startSimulatorWorker } from './worker-entry.js';

export const SNAPSHOT_FILE = 'telemetry-store.snap';
export const WAL_DIR = 'wal';
const TICK_INTERVAL = 'telemetry-tick';
const SNAPSHOT_INTERVAL = 'telemetry-snapshot';
const WATCHDOG_INTERVAL = 'telemetry-watchdog';
const READY_TIMEOUT_MS = 120_000;

/** The readings log could not store a batch: it was not acknowledged, and the client should resend it. */
export class ReadingsNotStoredError extends Error {}

/**
 * Owns the store buffer and the writer worker; the HTTP side only reads the buffer and posts messages.
 * A worker that exits, throws or stops answering is replaced over the same buffer, so the store keeps its values.
 */
@Injectable()
export class SimulatorHostService implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Simulator');
  readonly views: StoreViews;
  readonly directory: MeterDirectory;
  /** Emits 'tick' with the tick number after every published tick, and 'shutdown' when the app stops. */
  readonly ticks = new EventEmitter();
  private worker: Worker | undefined;
  private pending = new Map<number, { settle: (message: WorkerMessage) => void; sentAt: number; watched: boolean }>();
  private nextRequest = 1;
  private tickSentAt = 0;
  private lastTickAt = 0;
  private startedAt = Date.now();
  private workerError: string | undefined;
  private restart: { attempt: number; timer?: NodeJS.Timeout } | undefined;
  private stopping = false;
  private snapshotChain: Promise<void> = Promise.resolve();
  private restarts?: ReturnType<MetricsService['counter']>;
  /** The last write the disk refused (readings log or snapshot), until a later one succeeds. */
  private storageError: string | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
    private readonly health: HealthRegistry,
    private readonly metrics: MetricsService,
  ) {
    const { meterCount, realMeterSlots, simulator } = config.telemetry;
    const dims = storeDimensions(meterCount + realMeterSlots);
    this.views = mapStore(createStoreBuffer(dims), dims);
    this.directory = new MeterDirectory(simulator === 'on' ? meterCount : 0, dims.capacity);
    // Every open dashboard stream is a listener; Node would warn past ten.
    this.ticks.setMaxListeners(0);
  }

  get simulating(): boolean {
    return this.config.telemetry.simulator === 'on';
  }

  async onModuleInit(): Promise<void> {
    const tickHistogram = this.metrics.histogram('powergrid_simulator_tick_duration_seconds', 'Worker time to compute and publish one tick.', [], [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1]);
    const byStatus = this.metrics.gauge('powergrid_meters_by_status', 'Meters in each status at the latest tick.', ['status']);
    this.restarts = this.metrics.counter('powergrid_simulator_restarts_total', 'Simulator workers replaced after a crash or a hang.', ['reason']);
    this.health.register('simulator', () => this.probe());
    await this.startWorker(false);
    this.ticks.on('tick', () => this.updateStatusGauge(byStatus));
    this.ticks.on('duration', (ms: number) => tickHistogram.observe(ms / 1000));
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
    this.scheduler.addInterval(TICK_INTERVAL, setInterval(() => this.requestTick(), tickMs));
    this.scheduler.addInterval(SNAPSHOT_INTERVAL, setInterval(() => void this.snapshot().catch(() => undefined), snapshotMs));
    this.scheduler.addInterval(WATCHDOG_INTERVAL, setInterval(() => this.watchdog(), Math.min(1000, tickMs)).unref());
  }

  /** Ends the dashboard streams, so the HTTP server can drain and close while the worker still takes readings. */
  beforeApplicationShutdown(): void {
    this.stopping = true;
    this.logger.log('shutting down: ending event streams, draining requests');
    this.ticks.emit('shutdown');
  }

  /** Runs after the HTTP server has closed: every request that got in has been answered, so the last snapshot holds every acknowledged batch. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const name of [TICK_INTERVAL, SNAPSHOT_INTERVAL, WATCHDOG_INTERVAL]) {
      if (this.scheduler.doesExist('interval', name)) this.scheduler.deleteInterval(name);
    }
    clearTimeout(this.restart?.timer);
    if (!this.worker) return;
    try {
      await this.snapshot();
      this.logger.log('final snapshot written');
    } catch (error) {
      this.logger.error(`final snapshot failed (the readings log keeps every acknowledged batch): ${(error as Error).message}`);
    }
    const worker = this.worker;
    this.worker = undefined;
    this.workerError = 'the application is shutting down';
    await worker.terminate();
  }

  /** Posts a tick unless the previous one is still running (a slow tick is skipped, never queued). */
  requestTick(now = Date.now()): void {
    if (!this.worker || this.tickSentAt > 0) return;
    this.tickSentAt = Date.now();
    this.post({ type: 'tick', now });
  }

  async applyReadings(batch: ReadingsBatch): Promise<{ codes: Uint8Array }> {
    const id = this.nextRequest++;
    const reply = await this.request(id, true, () => this.post({ type: 'readings', id, batch }, [
      batch.slots.buffer, batch.timestamps.buffer, batch.power.buffer, batch.voltage.buffer, batch.energy.buffer, batch.status.buffer,
    ] as ArrayBuffer[]));
    if (reply.type !== 'readings') throw new Error('unexpected worker reply');
    for (const [meterId, slot] of reply.registered) this.directory.add(meterId, slot);
    if (reply.storageError) {
      this.storageError = `the readings log cannot be written: ${reply.storageError}`;
      throw new ReadingsNotStoredError(reply.storageError);
    }
    if (this.storageError?.startsWith('the readings log')) this.storageError = undefined;
    return { codes: reply.codes };
  }

  /** Writes a snapshot now; calls are serialised so the shutdown snapshot waits for a periodic one. */
  snapshot(): Promise<void> {
    const run = this.snapshotChain.then(async () => {
      const id = this.nextRequest++;
      const reply = await this.request(id, false, () => this.post({ type: 'snapshot', id }));
      if (reply.type === 'snapshot' && !reply.ok) {
        if (/^(ENOSPC|EDQUOT|EROFS|EACCES|EPERM|EIO)\b/.test(reply.error ?? '')) this.storageError = `the last snapshot failed: ${reply.error}`;
        throw new Error(reply.error);
      }
      if (this.storageError?.startsWith('the last snapshot')) this.storageError = undefined;
      if (reply.type === 'snapshot') this.logger.debug(`snapshot written: ${reply.bytes} bytes in ${reply.durationMs.toFixed(0)} ms`);
    });
    this.snapshotChain = run.catch((error: unknown) => this.logger.error(`snapshot failed: ${(error as Error).message}`));
    return run;
  }

  /** Test hook (no route reaches it): makes the worker exit, throw or hang, to prove it is replaced. */
  injectFault(fault: WorkerFault): void {
    this.post({ type: 'fault', fault });
  }

  private async startWorker(resume: boolean): Promise<void> {
    const { meterCount, simulator, seed } = this.config.telemetry;
    const data: SimulatorWorkerData = {
      buffer: this.views.buffer,
      dims: this.views.dims,
      meterCount,
      simulate: simulator === 'on',
      seed,
      snapshotPath: join(this.config.dataDir, SNAPSHOT_FILE),
      walDir: join(this.config.dataDir, WAL_DIR),
      resume: resume ? { realIds: this.directory.realEntries() } : undefined,
    };
    const worker = startSimulatorWorker(data);
    this.worker = worker;
    this.tickSentAt = 0;
    const ready = new Promise<WorkerMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the simulator worker did not start in time')), READY_TIMEOUT_MS);
      this.pending.set(0, { sentAt: Date.now(), watched: false, settle: (message) => {
        clearTimeout(timer);
        if (message.type === 'failed') reject(new Error(message.message));
        else resolve(message);
      } });
    });
    worker.on('message', (message: WorkerMessage) => this.onMessage(message));
    worker.on('error', (error) => this.onWorkerGone(worker, `simulator worker crashed: ${error.message}`, 'crash'));
    worker.on('exit', (code) => this.onWorkerGone(worker, `simulator worker exited with code ${code}`, 'exit'));
    let message: WorkerMessage;
    try {
      message = await ready;
      if (message.type !== 'ready') throw new Error('unexpected first message from the simulator worker');
    } catch (error) {
      if (this.worker === worker) this.worker = undefined;
      await worker.terminate();
      throw error;
    }
    for (const [meterId, slot] of message.realIds) this.directory.add(meterId, slot);
    if (message.warn) this.logger.warn(message.note);
    else this.logger.log(message.note);
    this.startedAt = Date.now();
  }

  private onMessage(message: WorkerMessage): void {
    switch (message.type) {
      case 'ready':
      case 'failed':
        this.resolve(0, message);
        break;
      case 'ticked':
        this.tickSentAt = 0;
        this.lastTickAt = Date.now();
        if (this.restart && this.restart.timer === undefined) this.recovered();
        this.ticks.emit('duration', message.durationMs);
        this.ticks.emit('tick', message.tick);
        break;
      case 'readings':
      case 'snapshot':
        this.resolve(message.id, message);
        break;
    }
  }

  private onWorkerGone(worker: Worker, reason: string, kind: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.workerError = reason;
    for (const [, request] of this.pending) request.settle({ type: 'failed', message: reason });
    this.pending.clear();
    if (this.stopping) return;
    this.logger.error(`${reason}; restarting it over the same store`);
    this.restarts?.inc({ reason: kind });
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const attempt = (this.restart?.attempt ?? 0) + 1;
    const timer = setTimeout(() => {
      this.restart = { attempt };
      this.startWorker(true).then(
        () => {
          if (!this.simulating) this.recovered();
          else this.requestTick();
        },
        (error: unknown) => {
          this.workerError = `restart ${attempt} failed: ${(error as Error).message}`;
          this.logger.error(this.workerError);
          if (!this.stopping) this.scheduleRestart();
        },
      );
    }, restartDelayMs(attempt));
    this.restart = { attempt, timer };
  }

  private recovered(): void {
    this.logger.log(`simulator worker restarted after ${this.restart?.attempt ?? 1} attempt(s); ticks resumed`);
    this.restart = undefined;
    this.workerError = undefined;
  }

  /** A tick or a batch unanswered for hangLimitMs means the thread is stuck: terminate it, and 'exit' restarts it. */
  private watchdog(): void {
    const worker = this.worker;
    if (!worker) return;
    const now = Date.now();
    let oldest = this.tickSentAt || now;
    for (const request of this.pending.values()) if (request.watched) oldest = Math.min(oldest, request.sentAt);
    const limit = hangLimitMs(this.config.telemetry.tickMs);
    if (now - oldest < limit) return;
    this.onWorkerGone(worker, `simulator worker did not answer for ${now - oldest} ms (limit ${limit} ms)`, 'hang');
    void worker.terminate();
  }

  private request(id: number, watched: boolean, send: () => void): Promise<WorkerMessage> {
    if (!this.worker) return Promise.reject(new Error(this.workerError ?? 'the simulator worker is not running'));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { sentAt: Date.now(), watched, settle: (message) => (message.type === 'failed' ? reject(new Error(message.message)) : resolve(message)) });
      send();
    });
  }

  private resolve(id: number, message: WorkerMessage): void {
    const request = this.pending.get(id);
    this.pending.delete(id);
    request?.settle(message);
  }

  private post(message: HostMessage, transfer: ArrayBuffer[] = []): void {
    this.worker?.postMessage(message, transfer);
  }

  private updateStatusGauge(gauge: ReturnType<MetricsService['gauge']>): void {
    const base = this.views.header[H_GRID_HEAD] * STATUS_COUNT;
    METER_STATUSES.forEach((status, i) => gauge.set({ status }, this.views.gridStatus[base + i]));
  }

  private probe(): ComponentHealth {
    return simulatorHealth({
      restartAttempt: this.restart?.attempt,
      running: this.worker !== undefined,
      simulating: this.simulating,
      workerError: this.workerError,
      storageError: this.storageError,
      lastTickAt: this.lastTickAt || this.startedAt,
      tickMs: this.config.telemetry.tickMs,
      now: Date.now(),
    });
  }
}
