import { REGIONS, feederName } from '../telemetry.constants.js';
import type { AlertFigures, AlertKind, AlertRecord, AlertSeverity } from '../alerts/alert-types.js';

const ID_PREFIX: Readonly<Record<AlertKind, string>> = {
  'feeder-outage': 'fo',
  'meter-fault': 'mf',
  'meter-silent': 'ms',
  'region-load': 'rl',
};

/**
 * Ids are built from what the alert is about and when it was raised, so the same condition raised by two
 * writers replaying the same log gets the same id, and an id reads as what it names. One subject has at most
 * one active alert of a kind, and a resolve happens in a later tick, so (kind, subject, millisecond) is unique.
 */
export function alertId(kind: AlertKind, subject: string, raisedAtMs: number): string {
  return `${ID_PREFIX[kind]}-${subject}-${Math.floor(raisedAtMs).toString(36)}`;
}

export function feederOutageAlert(regionIndex: number, feederIndex: number, metersOut: number, meters: number, now: number): AlertRecord {
  const feeder = feederName(regionIndex, feederIndex);
  return {
    alertId: alertId('feeder-outage', feeder, now),
    kind: 'feeder-outage',
    severity: 'critical',
    subjectType: 'feeder',
    subject: feeder,
    region: REGIONS[regionIndex],
    feeder,
    summary: `Feeder ${feeder} is out: ${metersOut} of its ${meters} meters report an outage.`,
    raisedAt: new Date(now).toISOString(),
    figures: { metersOut, meters },
  };
}

export function meterAlert(
  kind: 'meter-fault' | 'meter-silent',
  meterId: string,
  regionIndex: number,
  feederIndex: number,
  figures: AlertFigures,
  now: number,
): AlertRecord {
  const fault = kind === 'meter-fault';
  return {
    alertId: alertId(kind, meterId, now),
    kind,
    severity: fault ? 'warning' : 'info',
    subjectType: 'meter',
    subject: meterId,
    region: REGIONS[regionIndex],
    feeder: feederName(regionIndex, feederIndex),
    meterId,
    summary: fault
      ? `Meter ${meterId} reports a fault.`
      : `Meter ${meterId} has sent no reading for ${figures.silentSeconds ?? 0} s.`,
    raisedAt: new Date(now).toISOString(),
    figures,
  };
}

/** Stands for the meters of a region past the per-region cap, so a storm of faults is one alert, not thousands. */
export function meterStormAlert(kind: 'meter-fault' | 'meter-silent', regionIndex: number, meters: number, now: number): AlertRecord {
  const region = REGIONS[regionIndex];
  const what = kind === 'meter-fault' ? 'report a fault' : 'have gone silent';
  return {
    alertId: alertId(kind, region, now),
    kind,
    severity: kind === 'meter-fault' ? 'warning' : 'info',
    subjectType: 'region',
    subject: region,
    region,
    summary: `More meters in ${region} ${what} than get an alert each: ${meters} past the cap.`,
    raisedAt: new Date(now).toISOString(),
    figures: { meters },
  };
}

export function regionLoadAlert(regionIndex: number, loadKw: number, thresholdKw: number, now: number): AlertRecord {
  const region = REGIONS[regionIndex];
  const severity: AlertSeverity = loadKw > thresholdKw * 1.25 ? 'critical' : 'warning';
  return {
    alertId: alertId('region-load', region, now),
    kind: 'region-load',
    severity,
    subjectType: 'region',
    subject: region,
    region,
    summary: `Load in ${region} is ${round1(loadKw)} kW, above its threshold of ${round1(thresholdKw)} kW.`,
    raisedAt: new Date(now).toISOString(),
    figures: { loadKw: round1(loadKw), thresholdKw: round1(thresholdKw) },
  };
}

export function resolvedCopy(alert: AlertRecord, now: number): AlertRecord {
  return { ...alert, resolvedAt: new Date(now).toISOString() };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
