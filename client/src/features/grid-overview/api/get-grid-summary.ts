import { env } from '@/config/env';
import { apiGet } from '@/lib/api-client';
import type { GridSummary } from '@/lib/api-types';
import { useApiQuery, type QueryState } from '@/lib/use-api-query';

export function getGridSummary(historyPoints: number, signal?: AbortSignal): Promise<GridSummary> {
  return apiGet<GridSummary>('/api/energy/summary', { query: { historyPoints }, signal });
}

/** The summary with up to an hour of history; bump `generation` to reload it (after a reconnect). */
export function useGridSummary(generation: number, historyPoints = env.historyPoints): QueryState<GridSummary> {
  return useApiQuery(`summary:${historyPoints}:${generation}`, (signal) => getGridSummary(historyPoints, signal));
}
