import type { DatabaseService } from '../database/database.service.js';
import { RateLimiter, type RateCounter } from './rate-limiter.js';
import { SharedRateLimiter } from './shared-rate-limiter.js';

/** In the database mode limits count across instances; in the embedded mode the one process counts alone. */
export function createRateCounter(scope: string, limit: number, database: DatabaseService): RateCounter {
  const local = new RateLimiter(limit, 60_000);
  if (!database.enabled) return local;
  return new SharedRateLimiter({
    scope,
    limit,
    store: { query: (text, values) => database.pool.query(text, values) },
    available: () => database.up,
    fallback: local,
    onFailure: (error) => database.reportFailure(error),
  });
}
