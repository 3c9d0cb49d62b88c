import { METER_KINDS, METER_STATUSES, type MeterKind, type MeterStatus } from '@/lib/api-types';
import type { MeterFilters } from '../api/get-telemetry-page';

/** Filters live in the query string so a filtered table can be bookmarked and survives reloads. */
export function filtersFromSearch(search: string): MeterFilters {
  const params = new URLSearchParams(search);
  const filters: MeterFilters = {};
  const status = params.get('status');
  if (status && (METER_STATUSES as readonly string[]).includes(status)) filters.status = status as MeterStatus;
  const kind = params.get('kind');
  if (kind && (METER_KINDS as readonly string[]).includes(kind)) filters.kind = kind as MeterKind;
  const region = params.get('region');
  if (region) filters.region = region;
  const text = params.get('search')?.trim();
  if (text) filters.search = text;
  return filters;
}

export function searchFromFilters(filters: MeterFilters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters) as [string, string | undefined][]) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
