import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AppError } from '../common/errors/app-error.js';
import { CommonErrors } from '../common/errors/common-errors.js';
import { isStorageFailure, storageUnavailable } from '../common/storage/storage-failure.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DatabaseService } from '../common/database/database.service.js';
import { planCommit } from './database/commit-plan.js';
import { DatabaseTelemetry, TelemetryStorageError } from './database/database-telemetry.js';
import type { ValidatedReadings } from './readings/readings-validation.js';
import { assertRealMeterId, parseMeterAttributes, toRegistration, type MeterAttributes } from './meters/meter-registration.js';
import { MeterRegistrationsFile } from './meters/meter-registrations-file.js';
import { MeterSites } from './meters/meter-sites.js';
import { TelemetryErrors } from './telemetry.errors.js';
import { WriterHostService } from './writer-host.service.js';
import type { MeterRegistrationDto } from './dto/put-meter.dto.js';

/**
 * Where telemetry writes go besides the store: the database mode commits readings and meters to PostgreSQL and
 * follows what every instance committed; the embedded mode keeps meter registrations in DATA_DIR/meters.json
 * (readings go through the writer's own log there).
 */
@Injectable()
export class TelemetryStorageService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Telemetry');
  readonly sites = new MeterSites();
  private database: DatabaseTelemetry | undefined;
  private readonly file: MeterRegistrationsFile;
  private registrations = new Map<string, MeterAttributes>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DatabaseService,
    private readonly host: WriterHostService,
  ) {
    this.file = new MeterRegistrationsFile(config.dataDir);
  }

  get databaseMode(): boolean {
    return this.db.enabled;
  }

  async onModuleInit(): Promise<void> {
    await this.host.started;
    if (!this.db.enabled) return this.restoreRegistrations();
    await this.db.ready();
    this.database = new DatabaseTelemetry(
      this.db,
      {
        apply: (step) => {
          for (const meter of step.meters) this.sites.set(meter.meterId, meter.site);
          return this.host.applyCommitted(step);
        },
      },
      { realMeterSlots: this.config.telemetry.realMeterSlots, retentionHours: this.config.database?.readingsRetentionHours ?? 48, appliedSeq: this.host.appliedSeq, onError: (message) => this.logger.warn(`following the database: ${message}`) },
    );
    const from = this.host.appliedSeq;
    await this.database.start();
    this.logger.log(`caught up with the database from change ${from} to ${this.database.follower.appliedSeq}`);
  }

  onApplicationShutdown(): void {
    this.database?.stop();
  }

  /**
   * Database mode: commits what this instance's store does not already settle (see commit-plan.ts); the codes
   * of the committed readings come from this instance's store after the commit.
   */
  async commitReadings(checked: ValidatedReadings): Promise<(i: number) => number> {
    if (!this.database) throw new AppError(TelemetryErrors.TELEMETRY_NOT_READY);
    const plan = planCommit(checked, this.host.views, this.host.directory.simulatedCount);
    if (plan.outgoing.meterIds.length === 0) return plan.codes(undefined);
    try {
      return plan.codes(await this.database.commit(plan.outgoing));
    } catch (error) {
      if (error instanceof TelemetryStorageError) {
        throw new AppError(CommonErrors.STORAGE_UNAVAILABLE, `The readings could not be committed to the database (${error.message}); the batch was not acknowledged, resend it.`);
      }
      throw error;
    }
  }

  async putMeter(meterId: string, body: unknown): Promise<MeterRegistrationDto> {
    assertRealMeterId(meterId);
    const attributes = parseMeterAttributes(body);
    if (this.database) await this.putInDatabase(meterId, attributes);
    else await this.putInFile(meterId, attributes);
    this.sites.set(meterId, attributes.site);
    return toRegistration(meterId, attributes);
  }

  private async putInDatabase(meterId: string, attributes: MeterAttributes): Promise<void> {
    let stored;
    try {
      stored = await (this.database as DatabaseTelemetry).putMeter(meterId, attributes);
    } catch (error) {
      if (error instanceof TelemetryStorageError) throw new AppError(CommonErrors.STORAGE_UNAVAILABLE, `The meter could not be stored (${error.message}); nothing was changed, retry.`);
      throw error;
    }
    if (!stored) throw new AppError(TelemetryErrors.TELEMETRY_METER_CAPACITY_REACHED);
  }

  /** The file first, so a 2xx survives a crash; the store next; a meter that found no slot is taken out again. */
  private async putInFile(meterId: string, attributes: MeterAttributes): Promise<void> {
    const next = new Map(this.registrations).set(meterId, attributes);
    this.save(next);
    const slot = await this.host.putMeter(meterId, attributes);
    if (slot < 0) {
      this.save(this.registrations);
      throw new AppError(TelemetryErrors.TELEMETRY_METER_CAPACITY_REACHED);
    }
    this.registrations = next;
  }

  private save(registrations: ReadonlyMap<string, MeterAttributes>): void {
    try {
      this.file.save(registrations);
    } catch (error) {
      if (isStorageFailure(error)) throw storageUnavailable(error, 'The meter');
      throw error;
    }
  }

  /** Embedded mode at boot: registrations are re-applied over the snapshot and log (idempotent). */
  private async restoreRegistrations(): Promise<void> {
    try {
      this.registrations = this.file.load();
    } catch (error) {
      this.logger.warn(`ignored ${this.file.path}: ${(error as Error).message}`);
      return;
    }
    for (const [meterId, attributes] of this.registrations) {
      await this.host.putMeter(meterId, attributes);
      this.sites.set(meterId, attributes.site);
    }
  }
}
