import type { RegionName } from '../telemetry.constants.js';

/** Vocabulary shared by the writer (which raises and resolves alerts) and the HTTP thread (which lists and delivers them). */
export const ALERT_KINDS = ['feeder-outage', 'meter-fault', 'meter-silent', 'region-load'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Most severe first; a subscription's `severity` filter means "this or more severe". */
export const ALERT_SEVERITIES = ['critical', 'warning', 'info'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const ALERT_SUBJECT_TYPES = ['feeder', 'meter', 'region'] as const;
export type AlertSubjectType = (typeof ALERT_SUBJECT_TYPES)[number];

export const ALERT_STATES = ['active', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** The measurements that raised an alert; which ones are present depends on its kind. */
export interface AlertFigures {
  metersOut?: number;
  meters?: number;
  powerKw?: number;
  voltageV?: number;
  silentSeconds?: number;
  loadKw?: number;
  thresholdKw?: number;
}

/** One alert, as the writer raises it and the API serves it. */
export interface AlertRecord {
  alertId: string;
  kind: AlertKind;
  severity: AlertSeverity;
  subjectType: AlertSubjectType;
  /** Feeder name, meter id or region, after subjectType. */
  subject: string;
  region: RegionName;
  feeder?: string;
  meterId?: string;
  summary: string;
  raisedAt: string;
  resolvedAt?: string;
  figures: AlertFigures;
}

export interface AlertEvent {
  type: 'raised' | 'resolved';
  alert: AlertRecord;
}
