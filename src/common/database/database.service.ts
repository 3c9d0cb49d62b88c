import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig, type DatabaseSettings } from '../../config/app-config.js';
import { redactDatabaseUrl } from '../../config/database-config.js';
import { HealthRegistry } from '../../ops/health-registry.js';
import { backoffDelayMs } from './backoff.js';
import { isConnectionError } from './connection-errors.js';
import { DatabaseStatus } from './database-status.js';
import { loadMigrations, migrate } from './migrator.js';
import { NotifyListener } from './notify-listener.js';
import { connectClient, connectionOptions, createPool } from './pg-pool.js';

const BOOT_DEADLINE_MS = 60_000;

/**
 * The database mode's connection: the pool, the migrations run at boot, the one LISTEN connection and the
 * 'database' health component. In the embedded mode it stays disabled and features keep their DATA_DIR paths.
 * Emits 'resumed' after the link came back, so followers catch up on what they missed.
 */
@Injectable()
export class DatabaseService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  readonly events = new EventEmitter();
  private readonly settings: DatabaseSettings | undefined;
  private pool_: Pool | undefined;
  private listener_: NotifyListener | undefined;
  private status: DatabaseStatus | undefined;
  private booting: Promise<void> | undefined;
  private probe: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly health: HealthRegistry,
  ) {
    this.settings = config.database;
    this.events.setMaxListeners(0);
  }

  get enabled(): boolean {
    return this.settings !== undefined;
  }

  get up(): boolean {
    return this.status?.up ?? false;
  }

  get pool(): Pool {
    if (!this.pool_) throw new Error('the database is not configured or not started');
    return this.pool_;
  }

  get listener(): NotifyListener {
    if (!this.listener_) throw new Error('the database is not configured or not started');
    return this.listener_;
  }

  onModuleInit(): Promise<void> {
    return this.ready();
  }

  /** Connects and migrates once; features that need the schema await this from their own init. */
  ready(): Promise<void> {
    this.booting ??= this.settings ? this.boot(this.settings) : Promise.resolve();
    return this.booting;
  }

  /**
   * Features report a failed query here. A lost link marks the database down at once (writes then answer 503
   * without waiting on a dead connection) until a probe gets through and the LISTEN connection is up again.
   */
  reportFailure(error: unknown): void {
    if (!this.status || !isConnectionError(error)) return;
    this.status.markDown((error as Error).message);
    this.probeUntilUp();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.probe);
    await this.listener_?.stop();
    await this.pool_?.end().catch(() => undefined);
  }

  private async boot(settings: DatabaseSettings): Promise<void> {
    const target = redactDatabaseUrl(settings.url);
    const status = new DatabaseStatus(target);
    this.status = status;
    this.health.register('database', () => status.health());
    this.pool_ = createPool(settings, (error) => status.markDown(error.message));
    const migrations = await loadMigrations();
    const result = await this.untilReachable(target, () => migrate(this.pool, migrations));
    this.logger.log(`schema at version ${result.current}${result.applied.length ? ` (applied ${result.applied.join(', ')})` : ''}`);
    const options = connectionOptions(settings);
    this.listener_ = new NotifyListener(() => connectClient(options), {
      connected: (resumed) => {
        status.markUp();
        if (!resumed) return;
        this.logger.log('database connection restored; catching up');
        this.events.emit('resumed');
      },
      disconnected: (reason) => {
        if (status.up) this.logger.error(`database connection lost: ${reason}; reconnecting with backoff`);
        status.markDown(reason);
      },
    });
    await this.listener_.start();
  }

  private probeUntilUp(attempt = 1): void {
    if (this.probe) return;
    this.probe = setTimeout(() => {
      this.pool.query('SELECT 1').then(
        () => {
          this.probe = undefined;
          if (this.listener_?.connected) this.status?.markUp();
          else if (!this.status?.up) this.probeUntilUp(attempt + 1);
        },
        () => {
          this.probe = undefined;
          this.probeUntilUp(attempt + 1);
        },
      );
    }, backoffDelayMs(attempt));
    this.probe.unref();
  }

  /** At boot the database may still be starting (a deployment brings both up); retry until a deadline, then fail the boot. */
  private async untilReachable<T>(target: string, run: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + BOOT_DEADLINE_MS;
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        if (!isConnectionError(error) || Date.now() > deadline) throw new Error(`cannot prepare the database at ${target}: ${(error as Error).message}`, { cause: error });
        this.logger.warn(`database at ${target} not reachable yet (${(error as Error).message}); retry ${attempt}`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** attempt)));
      }
    }
  }
}
