import type { AlertSettings, RegionLoadThresholds } from './app-config.js';
import type { EnvReader } from './env-reader.js';

const MAX_LOAD_KW = 1e9;

export function readAlertSettings(read: EnvReader): AlertSettings {
  return {
    silentAfterS: read.int('ALERT_SILENT_AFTER_S', 300, 10, 7 * 86_400),
    regionLoadKw: regionThresholds(read, 'ALERT_REGION_LOAD_KW'),
    regionLoadPercentile: read.int('ALERT_REGION_LOAD_PERCENTILE', 99, 50, 100),
    meterAlertsPerRegion: read.int('ALERT_METER_ALERTS_PER_REGION', 10, 1, 1000),
    webhookAllowPrivate: read.bool('ALERT_WEBHOOK_ALLOW_PRIVATE', false),
    webhookTimeoutMs: read.int('ALERT_WEBHOOK_TIMEOUT_MS', 5000, 100, 60_000),
    webhookMaxAttempts: read.int('ALERT_WEBHOOK_MAX_ATTEMPTS', 6, 1, 20),
    webhookRetryBaseMs: read.int('ALERT_WEBHOOK_RETRY_BASE_MS', 1000, 10, 600_000),
    webhookQueueLimit: read.int('ALERT_WEBHOOK_QUEUE_LIMIT', 10_000, 10, 1_000_000),
    maxSubscriptions: read.int('ALERT_MAX_SUBSCRIPTIONS', 100, 1, 10_000),
  };
}

/**
 * `ALERT_REGION_LOAD_KW`: a number (every region), `region=kW` pairs, or both (`8000,harbour=12000`: harbour
 * 12,000 kW, the others 8,000). Regions left out learn their threshold from their own last hour. The names are
 * checked against the grid's regions by telemetry (config knows no feature's vocabulary).
 */
function regionThresholds(read: EnvReader, name: string): RegionLoadThresholds {
  const byRegion: Record<string, number> = Object.create(null) as Record<string, number>;
  let everyRegionKw: number | undefined;
  for (const entry of read.list(name)) {
    const [left, right] = entry.includes('=') ? entry.split('=', 2).map((part) => part.trim()) : [undefined, entry];
    const value = Number(right);
    if (right === '' || !Number.isFinite(value) || value <= 0 || value > MAX_LOAD_KW) {
      read.problems.push(`${name} values must be kW above 0 and at most ${MAX_LOAD_KW}, got "${entry}"`);
    } else if (left === undefined) everyRegionKw = value;
    else if (!/^[a-z][a-z0-9-]{0,39}$/.test(left)) read.problems.push(`${name} region names are lowercase words joined by dashes, got "${left}"`);
    else byRegion[left] = value;
  }
  return { everyRegionKw, byRegion };
}
