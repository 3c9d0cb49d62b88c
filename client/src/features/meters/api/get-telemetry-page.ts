import { env } from '@/config/env';
import { apiGet, toApiPath } from '@/lib/api-client';
import type { MeterKind, MeterStatus, TelemetryPage } from '@/lib/api-types';
import { useApiQuery, type QueryState } from '@/lib/use-api-query';

export interface MeterFilters {
  status?: MeterStatus;
  region?: string;
  kind?: MeterKind;
  search?: string;
}

/**
 * The first page is built from the filters; later pages follow the server's nextLink verbatim, because
 * paging is forward-only with an opaque skip token (the only way that stays cheap at a million meters).
 */
export function getTelemetryPage(filters: MeterFilters, link: string | undefined, signal?: AbortSignal): Promise<TelemetryPage> {
  if (link) return apiGet<TelemetryPage>(toApiPath(link), { signal });
  return apiGet<TelemetryPage>('/api/energy/telemetry', {
    query: { ...filters, top: env.meterPageSize },
    signal,
  });
}

export function useTelemetryPage(filters: MeterFilters, link: string | undefined): QueryState<TelemetryPage> {
  const key = `telemetry:${JSON.stringify(filters)}:${link ?? 'first'}`;
  return useApiQuery(key, (signal) => getTelemetryPage(filters, link, signal));
}
