import { apiGet } from '@/lib/api-client';
import type { MeterDetail } from '@/lib/api-types';
import { useApiQuery, type QueryState } from '@/lib/use-api-query';

export function getMeter(meterId: string, signal?: AbortSignal): Promise<MeterDetail> {
  return apiGet<MeterDetail>(`/api/energy/meters/${encodeURIComponent(meterId)}`, { signal });
}

export function useMeter(meterId: string): QueryState<MeterDetail> {
  return useApiQuery(`meter:${meterId}`, (signal) => getMeter(meterId, signal));
}
