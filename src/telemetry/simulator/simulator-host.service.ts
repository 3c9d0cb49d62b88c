import { existsSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { HealthRegistry, type ComponentHealth } from '../../ops/health-registry.js';
import { MetricsService } from '../../ops/metrics.service.js';
import { METER_STATUSES } from '../telemetry.constants.js';
import { MeterDirectory } from '../store/meter-directory.js';
import { H_GRID_HEAD, STATUS_COUNT, createStoreBuffer, mapStore, storeDimensions, type StoreViews } from '../store/store-layout.js';
import type { HostMessage, ReadingsBatch, SimulatorWorkerData, WorkerMessage } from './worker-messages.js';

export const SNAPSHOT_FILE = 'telemetry-store.snap';
const TICK_INTERVAL = 'telemetry-tick';
const SNAPSHOT_INTERVAL = 'telemetry-snapshot';
const READY_TIMEOUT_MS = 120_000;

/**
 * Compiled builds run the .js worker. Under Jest or tsx only the .ts sibling exists; Node 20 does not apply
 * `--import tsx` to a worker's entry file, so a tiny eval entry registers tsx in the worker and imports it.
 */
export function simulatorWorkerEntry(): { entry: string | URL; eval: boolean } {
  const compiled = new URL('./simulator.worker.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return { entry: compiled, eval: false };
  const source = new URL('./simulator.worker.ts', import.meta.url).href;
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const code =
    `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })` +
    `.catch((error) => { require('node:worker_threads').parentPort.postMessage({ type: 'failed', message: String(error && error.stack || error) }); });`;
  return { entry: code, eval: true };
}

/** Starts the simulator worker on a store buffer. */
export function startSimulatorWorker(data: SimulatorWorkerData): Worker {
  const { entry, eval: isEval } = simulatorWorkerEntry();
  return new Worker(entry, { workerData: data, eval: isEval });
}

/** Owns the store buffer and the writer worker; the HTTP side only reads the buffer and posts messages. */
@Injectable()
export class SimulatorHostService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Simulator');
  readonly views: StoreViews;
  readonly directory: MeterDirectory;
  /** Emits 'tick' with the tick number after every published tick. */
  readonly ticks = new EventEmitter();
  private worker: Worker | undefined;
  private pending = new Map<number, (message: WorkerMessage) => void>();
  private nextRequest = 1;
  private tickInFlight = false;
  private lastTickAt = 0;
  private startedAt = Date.now();
  private workerError: string | undefined;
  private snapshotChain: Promise<void> = Promise.resolve();

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
    this.health.register('simulator', () => this.probe());
    await this.startWorker();
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
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const name of [TICK_INTERVAL, SNAPSHOT_INTERVAL]) {
      if (this.scheduler.doesExist('interval', name)) this.scheduler.deleteInterval(name);
    }
    if (!this.worker) return;
    try {
      await this.snapshot();
    } catch (error) {
      this.logger.error(`final snapshot failed: ${(error as Error).message}`);
    }
    const worker = this.worker;
    this.worker = undefined;
    this.workerError = 'the application is shutting down';
    await worker.terminate();
  }

  /** Posts a tick unless the previous one is still running (a slow tick is skipped, never queued). */
  requestTick(now = Date.now()): void {
    if (!this.worker || this.tickInFlight) return;
    this.tickInFlight = true;
    this.post({ type: 'tick', now });
  }

  async applyReadings(batch: ReadingsBatch): Promise<{ codes: Uint8Array }> {
    const id = this.nextRequest++;
    const reply = await this.request(id, () => this.post({ type: 'readings', id, batch }, [
      batch.slots.buffer, batch.timestamps.buffer, batch.power.buffer, batch.voltage.buffer, batch.energy.buffer, batch.status.buffer,
    ] as ArrayBuffer[]));
    if (reply.type !== 'readings') throw new Error('unexpected worker reply');
    for (const [meterId, slot] of reply.registered) this.directory.add(meterId, slot);
    return { codes: reply.codes };
  }

  /** Writes a snapshot now; calls are serialised so the shutdown snapshot waits for a periodic one. */
  snapshot(): Promise<void> {
    const run = this.snapshotChain.then(async () => {
      const id = this.nextRequest++;
      const reply = await this.request(id, () => this.post({ type: 'snapshot', id }));
      if (reply.type === 'snapshot' && !reply.ok) throw new Error(reply.error);
      if (reply.type === 'snapshot') this.logger.debug(`snapshot written: ${reply.bytes} bytes in ${reply.durationMs.toFixed(0)} ms`);
    });
    this.snapshotChain = run.catch((error: unknown) => this.logger.error(`snapshot failed: ${(error as Error).message}`));
    return run;
  }

  private async startWorker(): Promise<void> {
    const { meterCount, simulator, seed } = this.config.telemetry;
    const data: SimulatorWorkerData = {
      buffer: this.views.buffer,
      dims: this.views.dims,
      meterCount,
      simulate: simulator === 'on',
      seed,
      snapshotPath: join(this.config.dataDir, SNAPSHOT_FILE),
    };
    const worker = startSimulatorWorker(data);
    this.worker = worker;
    const ready = new Promise<WorkerMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the simulator worker did not start in time')), READY_TIMEOUT_MS);
      this.pending.set(0, (message) => {
        clearTimeout(timer);
        if (message.type === 'failed') reject(new Error(message.message));
        else resolve(message);
      });
    });
    worker.on('message', (message: WorkerMessage) => this.onMessage(message));
    worker.on('error', (error) => this.onWorkerGone(`simulator worker crashed: ${error.message}`));
    worker.on('exit', (code) => this.onWorkerGone(`simulator worker exited with code ${code}`));
    let message: WorkerMessage;
    try {
      message = await ready;
      if (message.type !== 'ready') throw new Error('unexpected first message from the simulator worker');
    } catch (error) {
      this.worker = undefined;
      await worker.terminate();
      throw error;
    }
    for (const [meterId, slot] of message.realIds) this.directory.add(meterId, slot);
    this.logger.log(message.note);
    this.startedAt = Date.now();
  }

  private onMessage(message: WorkerMessage): void {
    switch (message.type) {
      case 'ready':
      case 'failed':
        this.resolve(0, message);
        break;
      case 'ticked':
        this.tickInFlight = false;
        this.lastTickAt = Date.now();
        this.ticks.emit('duration', message.durationMs);
        this.ticks.emit('tick', message.tick);
        break;
      case 'readings':
      case 'snapshot':
        this.resolve(message.id, message);
        break;
    }
  }

  private onWorkerGone(reason: string): void {
    if (!this.worker) return;
    this.worker = undefined;
    this.workerError = reason;
    this.logger.error(reason);
    for (const [, settle] of this.pending) settle({ type: 'failed', message: reason });
    this.pending.clear();
  }

  private request(id: number, send: () => void): Promise<WorkerMessage> {
    if (!this.worker) return Promise.reject(new Error(this.workerError ?? 'the simulator worker is not running'));
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => (message.type === 'failed' ? reject(new Error(message.message)) : resolve(message)));
      send();
    });
  }

  private resolve(id: number, message: WorkerMessage): void {
    const settle = this.pending.get(id);
    this.pending.delete(id);
    settle?.(message);
  }

  private post(message: HostMessage, transfer: ArrayBuffer[] = []): void {
    this.worker?.postMessage(message, transfer);
  }

  private updateStatusGauge(gauge: ReturnType<MetricsService['gauge']>): void {
    const base = this.views.header[H_GRID_HEAD] * STATUS_COUNT;
    METER_STATUSES.forEach((status, i) => gauge.set({ status }, this.views.gridStatus[base + i]));
  }

  private probe(): ComponentHealth {
    if (!this.worker) return { status: 'down', detail: this.workerError ?? 'the simulator worker is not running' };
    if (!this.simulating) return { status: 'up', detail: 'simulator off: the store holds real readings only' };
    const since = Date.now() - (this.lastTickAt || this.startedAt);
    const tickMs = this.config.telemetry.tickMs;
    if (since > 3 * tickMs) return { status: 'degraded', detail: `no tick for ${since} ms (TICK_MS=${tickMs})` };
    return { status: 'up', detail: `last tick ${since} ms ago` };
  }
}
