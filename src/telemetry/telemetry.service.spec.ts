import { jest } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { AppError } from '../common/errors/app-error.js';
import { MeterDirectory } from './store/meter-directory.js';
import { createStoreBuffer, mapStore, storeDimensions } from './store/store-layout.js';
import { TelemetryService } from './telemetry.service.js';
import { APPLY_ACCEPTED, APPLY_CAPACITY, APPLY_ENERGY_DECREASED, APPLY_STALE, type ReadingsBatch } from './writer/worker-messages.js';
import { WriterEngine } from './writer/writer-engine.js';
import { ReadingsNotStoredError, type WriterHostService } from './writer-host.service.js';

const T0 = Date.UTC(2026, 10, 25, 18);
const METERS = 40;
const origin = { origin: 'http://grid.example.test', path: '/api/energy/telemetry' };

/** The service over a real store and a stand-in host whose applyReadings answers what the spec says. */
function serviceWith(apply: (batch: ReadingsBatch) => Promise<{ codes: Uint8Array }>) {
  const dims = storeDimensions(METERS + 10);
  const views = mapStore(createStoreBuffer(dims), dims);
  const engine = new WriterEngine(views, METERS, true, 9);
  engine.initialiseFresh();
  engine.tick(T0);
  const applied: ReadingsBatch[] = [];
  const host = {
    views,
    directory: new MeterDirectory(METERS, dims.capacity),
    ticks: new EventEmitter(),
    applyReadings: (batch: ReadingsBatch) => (applied.push(batch), apply(batch)),
  } as unknown as WriterHostService;
  return { service: new TelemetryService(host), engine, applied };
}

const reading = (meterId: string, powerKw: number, extra: Record<string, unknown> = {}) => ({ meterId, timestamp: new Date(T0).toISOString(), powerKw, ...extra });

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe(TelemetryService.name, () => {
  const services: TelemetryService[] = [];
  afterAll(() => Promise.all(services.map((s) => s.onModuleDestroy())));
  const make = (apply: (batch: ReadingsBatch) => Promise<{ codes: Uint8Array }>) => {
    const made = serviceWith(apply);
    services.push(made.service);
    return made;
  };

  describe('postReadings', () => {
    it('maps each writer code to its reading code, merged with validation rejections in request order', async () => {
      const { service, applied } = make(async () => ({ codes: Uint8Array.of(APPLY_ENERGY_DECREASED, APPLY_ACCEPTED, APPLY_CAPACITY, APPLY_STALE) }));
      const result = await service.postReadings({
        readings: [reading('M-1', 1), reading('M-2', 1), reading('M-bad', 1e9), reading('M-3', 1), reading('M-4', 1)],
      });
      expect(applied[0].count).toBe(4);
      expect(result.accepted).toBe(1);
      expect(result.rejected.map((r) => [r.index, r.meterId, r.code])).toEqual([
        [0, 'M-1', 'READING_ENERGY_DECREASED'],
        [2, 'M-bad', 'READING_VALUE_OUT_OF_RANGE'],
        [3, 'M-3', 'TELEMETRY_CAPACITY_REACHED'],
        [4, 'M-4', 'READING_TIMESTAMP_STALE'],
      ]);
      for (const r of result.rejected) expect(r.reason).toEqual(expect.any(String));
    });

    it('does not call the writer when no reading passed validation', async () => {
      const { service, applied } = make(async () => ({ codes: new Uint8Array() }));
      const result = await service.postReadings({ readings: [reading('M-1', -1e9)] });
      expect(applied).toEqual([]);
      expect(result).toEqual({ accepted: 0, rejected: [expect.objectContaining({ index: 0, code: 'READING_VALUE_OUT_OF_RANGE' })] });
    });

    it('answers STORAGE_UNAVAILABLE when the readings log refused the batch', async () => {
      const { service } = make(async () => {
        throw new ReadingsNotStoredError('ENOSPC: no space left on device');
      });
      const error = await appError(service.postReadings({ readings: [reading('M-1', 1)] }));
      expect(error.code).toBe('STORAGE_UNAVAILABLE');
      expect(error.message).toContain('ENOSPC');
    });

    it('answers TELEMETRY_NOT_READY when the writer is not running', async () => {
      const { service } = make(async () => {
        throw new Error('the simulator worker is not running');
      });
      expect((await appError(service.postReadings({ readings: [reading('M-1', 1)] }))).code).toBe('TELEMETRY_NOT_READY');
    });
  });

  describe('cache rule: a rendered page or summary is reused only for the even store version it was read at', () => {
    it('reuses the summary text until the store version changes', () => {
      const { service, engine } = make(async () => ({ codes: new Uint8Array() }));
      const grid = jest.spyOn(service.store, 'grid');
      const first = service.getSummaryJson(5);
      expect(service.getSummaryJson(5)).toBe(first);
      expect(grid).toHaveBeenCalledTimes(1);
      service.getSummaryJson(6);
      expect(grid).toHaveBeenCalledTimes(2);
      engine.tick(T0 + 1000);
      const next = service.getSummaryJson(6);
      expect(grid).toHaveBeenCalledTimes(3);
      expect(JSON.parse(next).tick).toBe(JSON.parse(first).tick + 1);
    });

    it('never caches a summary read while a write was in progress (odd version)', () => {
      const { service } = make(async () => ({ codes: new Uint8Array() }));
      jest.spyOn(service.store, 'version').mockReturnValue(41);
      const grid = jest.spyOn(service.store, 'grid');
      service.getSummaryJson(5);
      service.getSummaryJson(5);
      expect(grid).toHaveBeenCalledTimes(2);
    });

    it('serves a cached listing page for the same version and query, and renders again for a new version', async () => {
      const { service, engine } = make(async () => ({ codes: new Uint8Array() }));
      const version = jest.spyOn(service.store, 'version').mockReturnValue(42);
      const first = await service.listTelemetry({ top: '5' }, origin);
      engine.tick(T0 + 1000);
      expect(await service.listTelemetry({ top: '5' }, origin)).toBe(first);
      expect(await service.listTelemetry({ top: '6' }, origin)).not.toBe(first);
      version.mockReturnValue(44);
      const fresh = await service.listTelemetry({ top: '5' }, origin);
      expect(JSON.parse(fresh).tick).toBe(JSON.parse(first).tick + 1);
    });

    it('does not cache a listing page read at an odd version', async () => {
      const { service, engine } = make(async () => ({ codes: new Uint8Array() }));
      jest.spyOn(service.store, 'version').mockReturnValue(43);
      const first = await service.listTelemetry({ top: '5' }, origin);
      engine.tick(T0 + 1000);
      expect(JSON.parse(await service.listTelemetry({ top: '5' }, origin)).tick).toBe(JSON.parse(first).tick + 1);
    });
  });
});
