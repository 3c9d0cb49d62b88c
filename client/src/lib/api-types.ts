// Hand-written mirrors of the server DTOs; src/lib/api-types.contract.test.ts checks every field
// named here against the schemas of the root openapi.json so the client cannot drift from the server.

export type MeterStatus = 'normal' | 'peak' | 'outage' | 'fault' | 'offline';
export type MeterKind = 'residential' | 'commercial' | 'industrial';

export const METER_STATUSES: readonly MeterStatus[] = ['normal', 'peak', 'outage', 'fault', 'offline'];
export const METER_KINDS: readonly MeterKind[] = ['residential', 'commercial', 'industrial'];

export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
}

export interface StatusCounts {
  normal: number;
  peak: number;
  outage: number;
  fault: number;
  offline: number;
}

export interface RegionLoad {
  region: string;
  loadKw: number;
  meterCount: number;
}

export interface LoadPoint {
  tick: number;
  timestamp: string;
  totalLoadKw: number;
}

export interface GridSummary {
  tick: number;
  timestamp: string;
  totalLoadKw: number;
  meterCount: number;
  byStatus: StatusCounts;
  regions: RegionLoad[];
  history: LoadPoint[];
}

export interface MeterReading {
  meterId: string;
  kind: MeterKind;
  region: string;
  feeder: string;
  status: MeterStatus;
  powerKw: number;
  /** Absent when the meter has never reported a voltage. */
  voltageV?: number;
  energyKwh: number;
  timestamp: string;
}

export interface TelemetryPage {
  value: MeterReading[];
  nextLink?: string;
  count: number;
  tick: number;
  timestamp: string;
}

export interface MeterHistoryPoint {
  timestamp: string;
  powerKw: number;
  voltageV?: number;
  status: MeterStatus;
}

export interface MeterDetail {
  meterId: string;
  kind: MeterKind;
  region: string;
  feeder: string;
  source: 'simulated' | 'real';
  latest: MeterReading;
  history: MeterHistoryPoint[];
}

/** Where a cited passage comes from; an uploaded document is never the official text, whatever its title says. */
export type CitationSource = 'bundled' | 'official' | 'uploaded';

export interface Citation {
  documentId: string;
  title: string;
  article?: string;
  /** Numbered paragraph, "11(2)" or "Annex VI(1)", or a recital of the preamble, "Recital 30". */
  paragraph?: string;
  source: CitationSource;
  excerpt: string;
  score: number;
  /** True for the passages the answer quotes (its [n] markers count these); false for further relevant articles. */
  used: boolean;
}

export interface AskResponse {
  answer: string;
  refused: boolean;
  reason?: string;
  citations: Citation[];
  mode: 'llm' | 'extractive';
  degraded?: boolean;
}

export type AlertKind = 'feeder-outage' | 'meter-fault' | 'meter-silent' | 'region-load';
export type AlertSeverity = 'critical' | 'warning' | 'info';
export type AlertState = 'active' | 'resolved';

export const ALERT_KINDS: readonly AlertKind[] = ['feeder-outage', 'meter-fault', 'meter-silent', 'region-load'];
export const ALERT_SEVERITIES: readonly AlertSeverity[] = ['critical', 'warning', 'info'];
export const ALERT_STATES: readonly AlertState[] = ['active', 'resolved'];

export interface AlertFigures {
  metersOut?: number;
  meters?: number;
  powerKw?: number;
  voltageV?: number;
  silentSeconds?: number;
  loadKw?: number;
  thresholdKw?: number;
}

export interface Alert {
  alertId: string;
  kind: AlertKind;
  severity: AlertSeverity;
  subjectType: 'feeder' | 'meter' | 'region';
  subject: string;
  region: string;
  feeder?: string;
  meterId?: string;
  summary: string;
  raisedAt: string;
  resolvedAt?: string;
  figures: AlertFigures;
}

export interface AlertPage {
  value: Alert[];
  nextLink?: string;
  activeCount: number;
}
