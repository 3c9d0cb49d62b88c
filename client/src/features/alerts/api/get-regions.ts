import { apiGet } from '@/lib/api-client';
import type { GridSummary } from '@/lib/api-types';
import { useApiQuery, type QueryState } from '@/lib/use-api-query';

/** Region names for the filter, from the grid summary (one history point keeps it small). */
export async function getRegions(signal?: AbortSignal): Promise<string[]> {
  const summary = await apiGet<GridSummary>('/api/energy/summary', { query: { historyPoints: 1 }, signal });
  return summary.regions.map((region) => region.region).sort();
}

export function useRegions(): QueryState<string[]> {
  return useApiQuery('alert-regions', getRegions);
}
