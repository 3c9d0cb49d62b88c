import { apiGet, toApiPath } from '@/lib/api-client';
import type { AlertKind, AlertPage, AlertSeverity, AlertState } from '@/lib/api-types';
import { useApiQuery, type QueryState } from '@/lib/use-api-query';

export interface AlertFilters {
  state?: AlertState;
  kind?: AlertKind;
  severity?: AlertSeverity;
  region?: string;
}

export const ALERT_PAGE_SIZE = 25;

/** First page from the filters; older pages follow the server's nextLink as given. */
export function getAlerts(filters: AlertFilters, link: string | undefined, signal?: AbortSignal): Promise<AlertPage> {
  if (link) return apiGet<AlertPage>(toApiPath(link), { signal });
  return apiGet<AlertPage>('/api/alerts', { query: { ...filters, top: ALERT_PAGE_SIZE }, signal });
}

/** `refresh` is part of the key: the page reloads when it changes (a stream event, for instance). */
export function useAlerts(filters: AlertFilters, link: string | undefined, refresh: number): QueryState<AlertPage> {
  const key = `alerts:${JSON.stringify(filters)}:${link ?? 'first'}:${refresh}`;
  return useApiQuery(key, (signal) => getAlerts(filters, link, signal));
}
