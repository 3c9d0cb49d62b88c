import { AppError } from '../../common/errors/app-error.js';
import { STATUS_INDEX } from '../telemetry.constants.js';
import { METER_ID_PATTERN } from '../store/meter-ids.js';
import { parseIsoTimestamp } from './iso-timestamp.js';
import type { MeterDirectory } from '../store/meter-directory.js';
import type { ReadingsBatch } from '../writer/worker-messages.js';
import { READING_CODES, TelemetryErrors, type ReadingCode } from '../telemetry.errors.js';

import { ENERGY_LIMIT_KWH, MAX_READINGS_PER_BATCH, POWER_LIMIT_KW, VOLTAGE_LIMIT_V } from '../readings-limits.js';

export { MAX_READINGS_PER_BATCH } from '../readings-limits.js';
const MAX_FUTURE_MS = 5 * 60_000;
const EARLIEST_MS = Date.UTC(2000, 0, 1);

export interface ReadingRejection {
  index: number;
  meterId?: string;
  code: ReadingCode;
  reason: string;
}

export interface ValidatedReadings {
  batch: ReadingsBatch;
  /** Position in the request of each batch entry. */
  requestIndex: Int32Array;
  meterIds: string[];
  rejected: ReadingRejection[];
  total: number;
}

export function rejection(index: number, meterId: string | undefined, code: ReadingCode): ReadingRejection {
  return meterId === undefined ? { index, code, reason: READING_CODES[code] } : { index, meterId, code, reason: READING_CODES[code] };
}

/**
 * Checks the envelope (any failure rejects the whole request) and each reading on its own, packing the
 * good ones into typed arrays for the worker. No per-reading objects are kept beyond the request body.
 */
export function validateReadings(body: unknown, directory: MeterDirectory, now: number): ValidatedReadings {
  const readings = (body as { readings?: unknown } | null)?.readings;
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !Array.isArray(readings)) {
    throw new AppError(TelemetryErrors.TELEMETRY_READINGS_INVALID, 'The body must be a JSON object with a "readings" array.');
  }
  if (readings.length === 0 || readings.length > MAX_READINGS_PER_BATCH) {
    throw new AppError(
      TelemetryErrors.TELEMETRY_READINGS_INVALID,
      `"readings" holds ${readings.length} items; a batch takes 1 to ${MAX_READINGS_PER_BATCH}. Nothing was applied.`,
    );
  }
  const n = readings.length;
  const batch: ReadingsBatch = {
    count: 0,
    slots: new Int32Array(n),
    unresolvedIds: [],
    timestamps: new Float64Array(n),
    power: new Float64Array(n),
    voltage: new Float64Array(n),
    energy: new Float64Array(n),
    status: new Int8Array(n),
  };
  const requestIndex = new Int32Array(n);
  const meterIds: string[] = [];
  const rejected: ReadingRejection[] = [];
  const times = new TimestampCache();
  for (let index = 0; index < n; index++) {
    const item = readings[index] as Record<string, unknown> | null;
    const meterId = typeof item?.meterId === 'string' && METER_ID_PATTERN.test(item.meterId) ? item.meterId : undefined;
    const code = checkReading(item, meterId, times, now);
    if (code) {
      rejected.push(rejection(index, meterId, code));
      continue;
    }
    const reading = item as Record<string, unknown>;
    const at = batch.count++;
    const slot = directory.slotOf(meterId as string);
    batch.slots[at] = slot;
    if (slot < 0) batch.unresolvedIds.push(meterId as string);
    batch.timestamps[at] = times.last;
    batch.power[at] = reading.powerKw as number;
    batch.voltage[at] = typeof reading.voltageV === 'number' ? reading.voltageV : NaN;
    batch.energy[at] = typeof reading.energyKwh === 'number' ? reading.energyKwh : NaN;
    batch.status[at] = typeof reading.status === 'string' ? (STATUS_INDEX[reading.status] ?? -1) : -1;
    requestIndex[at] = index;
    meterIds.push(meterId as string);
  }
  return { batch, requestIndex, meterIds, rejected, total: n };
}

/** Readings of one batch usually share a handful of timestamps: parse each distinct text once. */
class TimestampCache {
  private text = '';
  last = NaN;

  parse(text: string): number {
    if (text !== this.text) {
      this.text = text;
      this.last = parseIsoTimestamp(text);
    }
    return this.last;
  }
}

function checkReading(item: Record<string, unknown> | null, meterId: string | undefined, times: TimestampCache, now: number): ReadingCode | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return 'READING_NOT_AN_OBJECT';
  if (meterId === undefined) return 'READING_METER_ID_INVALID';
  const timestamp = item.timestamp;
  if (typeof timestamp !== 'string') return 'READING_TIMESTAMP_INVALID';
  const time = times.parse(timestamp);
  if (!(time >= EARLIEST_MS && time <= now + MAX_FUTURE_MS)) return 'READING_TIMESTAMP_INVALID';
  if (!inRange(item.powerKw, -POWER_LIMIT_KW, POWER_LIMIT_KW)) return 'READING_VALUE_OUT_OF_RANGE';
  if (item.voltageV !== undefined && !inRange(item.voltageV, 0, VOLTAGE_LIMIT_V)) return 'READING_VALUE_OUT_OF_RANGE';
  if (item.energyKwh !== undefined && !inRange(item.energyKwh, 0, ENERGY_LIMIT_KWH)) return 'READING_VALUE_OUT_OF_RANGE';
  if (item.status !== undefined && (typeof item.status !== 'string' || STATUS_INDEX[item.status] === undefined)) {
    return 'READING_STATUS_INVALID';
  }
  return undefined;
}

function inRange(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && value >= min && value <= max;
}
