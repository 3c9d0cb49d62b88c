import type { Alert } from '@/lib/api-types';
import type { AlertStreamEvent } from '../api/stream-alerts';

/** Active alerts, newest first. The stream's `active` event replaces them (a reconnect resynchronises). */
export function activeAlertsReducer(state: readonly Alert[], event: AlertStreamEvent): readonly Alert[] {
  if (event.type === 'active') return newestFirst(event.alerts.filter((alert) => alert.resolvedAt === undefined));
  const others = state.filter((alert) => alert.alertId !== event.alert.alertId);
  return event.type === 'raised' ? newestFirst([event.alert, ...others]) : others;
}

function newestFirst(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort((a, b) => Date.parse(b.raisedAt) - Date.parse(a.raisedAt) || (a.alertId < b.alertId ? 1 : -1));
}

export interface AlertCounts {
  byKind: Record<string, number>;
  bySeverity: Record<string, number>;
}

export function countAlerts(alerts: readonly Alert[]): AlertCounts {
  const byKind: Record<string, number> = {};
  const bySeverity: Record<string, number> = {};
  for (const alert of alerts) {
    byKind[alert.kind] = (byKind[alert.kind] ?? 0) + 1;
    bySeverity[alert.severity] = (bySeverity[alert.severity] ?? 0) + 1;
  }
  return { byKind, bySeverity };
}
