import { defineErrors } from '../common/errors/app-error.js';
import { ENERGY_LIMIT_KWH, MAX_READINGS_PER_BATCH, POWER_LIMIT_KW, VOLTAGE_LIMIT_V, limitText } from './readings-limits.js';

/** Request-level telemetry errors; per-reading rejections use READING_CODES below. */
export const TelemetryErrors = defineErrors({
  TELEMETRY_QUERY_INVALID: { status: 400, message: 'A query parameter is not valid.' },
  TELEMETRY_METER_NOT_FOUND: { status: 404, message: 'No meter has this id.' },
  TELEMETRY_READINGS_INVALID: {
    status: 400,
    message: `The body must be {"readings": [...]} with 1 to ${MAX_READINGS_PER_BATCH.toLocaleString('en-US')} readings; nothing was applied.`,
  },
  TELEMETRY_NOT_READY: { status: 503, message: 'The meter store is not ready yet; retry shortly.' },
});

/** Codes of rejected readings in ReadingsResultDto.rejected, with the reason shown to the client. */
export const READING_CODES = {
  READING_NOT_AN_OBJECT: 'The reading must be a JSON object.',
  READING_METER_ID_INVALID: 'meterId must match ^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$.',
  READING_TIMESTAMP_INVALID: 'timestamp must be an ISO 8601 date-time with a time zone, not more than 5 minutes in the future.',
  READING_TIMESTAMP_STALE: "timestamp is older than the meter's latest reading; readings are never applied out of order.",
  READING_VALUE_OUT_OF_RANGE: `A value is missing or out of range (powerKw -${limitText(POWER_LIMIT_KW)}..${limitText(POWER_LIMIT_KW)}, voltageV 0..${limitText(VOLTAGE_LIMIT_V)}, energyKwh 0..${limitText(ENERGY_LIMIT_KWH)}).`,
  READING_ENERGY_DECREASED: "energyKwh is lower than the meter's cumulative energy, which never decreases.",
  READING_STATUS_INVALID: 'status must be one of normal, peak, outage, fault, offline.',
  TELEMETRY_CAPACITY_REACHED: 'Every meter slot is taken; the meter could not be registered (raise REAL_METER_SLOTS).',
} as const;
export type ReadingCode = keyof typeof READING_CODES;
