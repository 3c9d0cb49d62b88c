import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';

/** Tries a key on a cheap protected call: true if accepted, false on 401, other failures are thrown. */
export async function checkApiKey(apiKey: string, signal?: AbortSignal): Promise<boolean> {
  try {
    const response = await apiRequest('/api/energy/summary', { query: { historyPoints: 1 }, apiKey, signal });
    await response.body?.cancel();
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.isUnauthorized) return false;
    throw error;
  }
}
