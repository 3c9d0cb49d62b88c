import { AppError } from '../../common/errors/app-error.js';
import { MeterDirectory } from '../store/meter-directory.js';
import { MAX_READINGS_PER_BATCH, validateReadings } from './readings-validation.js';

const NOW = Date.UTC(2026, 10, 27, 12);
const directory = new MeterDirectory(100, 200);
directory.add('SM-KNOWN', 150);
const reading = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  meterId: 'SM-1',
  timestamp: '2026-11-27T11:59:00Z',
  powerKw: 1.5,
  ...extra,
});

function codeOf(extra: Record<string, unknown>): string | undefined {
  return validateReadings({ readings: [reading(extra)] }, directory, NOW).rejected[0]?.code;
}

describe(validateReadings.name, () => {
  it.each([
    ['no body', null],
    ['an array body', [reading()]],
    ['readings not an array', { readings: 'x' }],
    ['an empty batch', { readings: [] }],
    ['an oversize batch', { readings: new Array(MAX_READINGS_PER_BATCH + 1).fill(reading()) }],
  ])('rejects the whole request for %s', (_name, body) => {
    expect(() => validateReadings(body, directory, NOW)).toThrow(AppError);
  });

  it('packs valid readings with resolved slots and leaves unknown ids to the worker', () => {
    const result = validateReadings(
      { readings: [reading({ meterId: 'SM-KNOWN', voltageV: 230, status: 'peak' }), reading()] },
      directory,
      NOW,
    );
    expect(result.rejected).toEqual([]);
    expect(result.batch.count).toBe(2);
    expect(Array.from(result.batch.slots)).toEqual([150, -1]);
    expect(result.batch.unresolvedIds).toEqual(['SM-1']);
    expect(result.batch.status[0]).toBe(1);
    expect(result.batch.voltage[0]).toBe(230);
    expect(Number.isNaN(result.batch.voltage[1])).toBe(true);
    expect(result.batch.timestamps[0]).toBe(Date.UTC(2026, 10, 27, 11, 59));
  });

  it('refuses readings for simulated ids, inside the simulated range or beyond it, instead of taking the meter over', () => {
    const result = validateReadings({ readings: [reading({ meterId: 'MTR-0000007' }), reading({ meterId: 'MTR-0000101' }), reading()] }, directory, NOW);
    expect(result.rejected.map((r) => [r.index, r.code])).toEqual([[0, 'READING_METER_SIMULATED'], [1, 'READING_METER_SIMULATED']]);
    expect(result.batch.count).toBe(1);
  });

  it.each([
    [{ meterId: 'has space' }, 'READING_METER_ID_INVALID'],
    [{ meterId: '-leading-dash' }, 'READING_METER_ID_INVALID'],
    [{ meterId: 'x'.repeat(65) }, 'READING_METER_ID_INVALID'],
    [{ meterId: 42 }, 'READING_METER_ID_INVALID'],
    [{ timestamp: 'yesterday' }, 'READING_TIMESTAMP_INVALID'],
    [{ timestamp: '2026-11-27T11:59:00' }, 'READING_TIMESTAMP_INVALID'],
    [{ timestamp: '2026-11-27T12:10:00Z' }, 'READING_TIMESTAMP_INVALID'],
    [{ timestamp: '1999-12-31T23:59:59Z' }, 'READING_TIMESTAMP_INVALID'],
    [{ timestamp: '2026-02-30T10:00:00Z' }, 'READING_TIMESTAMP_INVALID'],
    [{ powerKw: '1.5' }, 'READING_VALUE_OUT_OF_RANGE'],
    [{ powerKw: 1e9 }, 'READING_VALUE_OUT_OF_RANGE'],
    [{ powerKw: undefined }, 'READING_VALUE_OUT_OF_RANGE'],
    [{ voltageV: -1 }, 'READING_VALUE_OUT_OF_RANGE'],
    [{ energyKwh: -5 }, 'READING_VALUE_OUT_OF_RANGE'],
    [{ status: 'broken' }, 'READING_STATUS_INVALID'],
    [{ status: 'constructor' }, 'READING_STATUS_INVALID'],
    [{ powerKw: -3.2, voltageV: 0, energyKwh: 0, status: 'outage' }, undefined],
  ])('judges %j as %s', (extra, code) => {
    expect(codeOf(extra)).toBe(code);
  });

  it('reports each rejected item by its index and keeps the others', () => {
    const result = validateReadings({ readings: [reading(), 'text', reading({ powerKw: NaN }), reading()] }, directory, NOW);
    expect(result.batch.count).toBe(2);
    expect(Array.from(result.requestIndex.subarray(0, 2))).toEqual([0, 3]);
    expect(result.rejected.map((r) => [r.index, r.code])).toEqual([
      [1, 'READING_NOT_AN_OBJECT'],
      [2, 'READING_VALUE_OUT_OF_RANGE'],
    ]);
    expect(result.rejected[1].meterId).toBe('SM-1');
  });
});
