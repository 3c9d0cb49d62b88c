import type { GridSummary, MeterReading, TelemetryPage } from '@/lib/api-types';

/** A summary whose tick N happened N seconds after `startedAt` (a restarted server starts later). */
export function summaryAt(tick: number, totalLoadKw: number, historyLength = 1, startedAt = '2026-11-27T10:00:00Z'): GridSummary {
  const start = Date.parse(startedAt);
  const history = Array.from({ length: historyLength }, (_, index) => {
    const pointTick = tick - historyLength + 1 + index;
    return { tick: pointTick, timestamp: new Date(start + pointTick * 1000).toISOString(), totalLoadKw: totalLoadKw - (historyLength - 1 - index) };
  });
  return {
    tick,
    timestamp: new Date(start + tick * 1000).toISOString(),
    totalLoadKw,
    meterCount: 100,
    byStatus: { normal: 80, peak: 10, outage: 4, fault: 3, offline: 3 },
    regions: [
      { region: 'north', loadKw: totalLoadKw / 2, meterCount: 50 },
      { region: 'south', loadKw: totalLoadKw / 2, meterCount: 50 },
    ],
    history,
  };
}

export function reading(index: number): MeterReading {
  return {
    meterId: `MTR-${String(index).padStart(7, '0')}`,
    kind: 'residential',
    region: 'north',
    feeder: 'F-1',
    status: index % 2 === 0 ? 'peak' : 'normal',
    powerKw: 3.2,
    voltageV: 231,
    energyKwh: 1200,
    timestamp: '2026-11-27T10:00:00Z',
  };
}

export function telemetryPage(first: number, size: number, count: number, nextLink?: string): TelemetryPage {
  const page: TelemetryPage = {
    value: Array.from({ length: size }, (_, offset) => reading(first + offset)),
    count,
    tick: 7,
    timestamp: '2026-11-27T10:00:00Z',
  };
  if (nextLink) page.nextLink = nextLink;
  return page;
}

export function alertAt(n: number, overrides: Partial<import('@/lib/api-types').Alert> = {}): import('@/lib/api-types').Alert {
  return {
    alertId: `mf-MTR-${String(n).padStart(7, '0')}-x`,
    kind: 'meter-fault',
    severity: 'warning',
    subjectType: 'meter',
    subject: `MTR-${String(n).padStart(7, '0')}`,
    meterId: `MTR-${String(n).padStart(7, '0')}`,
    region: 'harbour',
    feeder: 'harbour-F01',
    summary: `Meter MTR-${String(n).padStart(7, '0')} reports a fault.`,
    raisedAt: new Date(Date.parse('2026-12-01T10:00:00Z') + n * 1000).toISOString(),
    figures: { powerKw: 0.4, voltageV: 180 },
    ...overrides,
  };
}
