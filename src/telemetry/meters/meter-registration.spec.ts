import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../common/errors/app-error.js';
import { assertRealMeterId, parseMeterAttributes, toRegistration } from './meter-registration.js';
import { MeterRegistrationsFile } from './meter-registrations-file.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return undefined;
}

describe(parseMeterAttributes.name, () => {
  it('takes kind, region, a feeder of that region and an optional site, and renders them back', () => {
    const attributes = parseMeterAttributes({ kind: 'industrial', region: 'harbour', feeder: 'harbour-F12', site: '  Pier 4  ' });
    expect(attributes).toEqual({ kind: 2, region: 1, feeder: 11, site: 'Pier 4' });
    expect(toRegistration('SM-1', attributes)).toEqual({ meterId: 'SM-1', kind: 'industrial', region: 'harbour', feeder: 'harbour-F12', site: 'Pier 4' });
    expect(toRegistration('SM-1', parseMeterAttributes({ kind: 'residential', region: 'old-town', feeder: 'old-town-F01', site: null }))).not.toHaveProperty('site');
  });

  it('lists every problem in one TELEMETRY_METER_INVALID', () => {
    let message = '';
    try {
      parseMeterAttributes({ kind: 'castle', region: 'harbour', feeder: 'old-town-F01', site: 'a\u0007b', extra: 1 });
    } catch (error) {
      expect((error as AppError).code).toBe('TELEMETRY_METER_INVALID');
      message = (error as Error).message;
    }
    for (const part of ['kind must be', 'feeder must be harbour-F01 to harbour-F12', 'site must be', 'unknown field(s): extra']) expect(message).toContain(part);
    for (const bad of [null, [], 'x', { kind: 'residential', region: 'mars', feeder: 'mars-F01' }, { kind: 'residential', region: 'harbour', feeder: 'harbour-F13' }, { kind: 'residential', region: 'harbour', feeder: 'harbour-F01', site: 'x'.repeat(201) }, { kind: 'residential', region: 'harbour', feeder: 'harbour-F01', site: ' ' }]) {
      expect(codeOf(() => parseMeterAttributes(bad))).toBe('TELEMETRY_METER_INVALID');
    }
  });
});

describe(assertRealMeterId.name, () => {
  it('refuses ids of the simulated form and malformed ids with their own codes', () => {
    expect(codeOf(() => assertRealMeterId('MTR-0000042'))).toBe('TELEMETRY_METER_SIMULATED');
    expect(codeOf(() => assertRealMeterId('MTR-9999999'))).toBe('TELEMETRY_METER_SIMULATED');
    expect(codeOf(() => assertRealMeterId('bad id'))).toBe('TELEMETRY_METER_INVALID');
    expect(codeOf(() => assertRealMeterId('MTR-42'))).toBeUndefined();
    expect(codeOf(() => assertRealMeterId('SM-0042'))).toBeUndefined();
  });
});

describe(MeterRegistrationsFile.name, () => {
  it('saves atomically and loads what it saved', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meters-'));
    try {
      const file = new MeterRegistrationsFile(dir);
      expect(file.load().size).toBe(0);
      file.save(new Map([['SM-1', { kind: 1, region: 2, feeder: 3, site: 'x' }]]));
      expect([...new MeterRegistrationsFile(dir).load()]).toEqual([['SM-1', { kind: 1, region: 2, feeder: 3, site: 'x' }]]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
