import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATES, type AlertKind, type AlertSeverity, type AlertState } from '@/lib/api-types';
import type { AlertFilters } from '../api/get-alerts';

/** Filters live in the query string, so a filtered list can be bookmarked. */
export function alertFiltersFromSearch(search: string): AlertFilters {
  const params = new URLSearchParams(search);
  const filters: AlertFilters = {};
  const state = params.get('state');
  if (state && (ALERT_STATES as readonly string[]).includes(state)) filters.state = state as AlertState;
  const kind = params.get('kind');
  if (kind && (ALERT_KINDS as readonly string[]).includes(kind)) filters.kind = kind as AlertKind;
  const severity = params.get('severity');
  if (severity && (ALERT_SEVERITIES as readonly string[]).includes(severity)) filters.severity = severity as AlertSeverity;
  const region = params.get('region');
  if (region) filters.region = region;
  return filters;
}

export function searchFromAlertFilters(filters: AlertFilters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters) as [string, string | undefined][]) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
