import type { RateCounter, RateDecision, RateLimiter } from './rate-limiter.js';

/** The one statement the shared counter needs; a pg Pool satisfies it. */
export interface RateStore {
  query<R extends object>(text: string, values: unknown[]): Promise<{ rows: R[] }>;
}

export interface SharedRateLimiterOptions {
  /** Which limit this is (the API gate, the ask endpoints): each counts apart. */
  scope: string;
  limit: number;
  store: RateStore;
  /** False while the database is known to be unreachable: count in-process instead of waiting on a dead link. */
  available: () => boolean;
  /** Counts in-process when the database cannot: an outage loosens the limit to N per instance, never refuses reads. */
  fallback: RateLimiter;
  onFailure: (error: unknown) => void;
  windowMs?: number;
  now?: () => number;
}

const INCREMENT = `INSERT INTO rate_limit_windows (scope, client_key, window_start, hits) VALUES ($1, $2, $3, 1)
  ON CONFLICT (scope, client_key, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1 RETURNING hits`;

/**
 * Fixed windows aligned on the wall clock (so every instance agrees where a minute starts), counted with one
 * atomic upsert per request: N instances enforce one limit per key. A key already refused in this window is
 * refused locally until the window ends, so a flood costs no round trip per request.
 */
export class SharedRateLimiter implements RateCounter {
  readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly refused = new Map<string, number>();
  private lastPrune = 0;

  constructor(private readonly options: SharedRateLimiterOptions) {
    this.limit = options.limit;
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  async take(key: string): Promise<RateDecision> {
    const now = this.now();
    const windowStart = Math.floor(now / this.windowMs) * this.windowMs;
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + this.windowMs - now) / 1000));
    if (this.refused.get(key) === windowStart) return { allowed: false, retryAfterSeconds, remaining: 0 };
    if (!this.options.available()) return this.options.fallback.take(key);
    let hits: number;
    try {
      const { rows } = await this.options.store.query<{ hits: number }>(INCREMENT, [this.options.scope, key, windowStart]);
      hits = rows[0].hits;
    } catch (error) {
      this.options.onFailure(error);
      return this.options.fallback.take(key);
    }
    this.prune(windowStart);
    if (hits > this.limit) {
      this.refused.set(key, windowStart);
      return { allowed: false, retryAfterSeconds, remaining: 0 };
    }
    return { allowed: true, retryAfterSeconds, remaining: this.limit - hits };
  }

  /** Once per window: forget past refusals here, and past windows in the table (any instance may do it; it is idempotent). */
  private prune(windowStart: number): void {
    if (windowStart === this.lastPrune) return;
    this.lastPrune = windowStart;
    for (const [key, start] of this.refused) if (start !== windowStart) this.refused.delete(key);
    this.options.store.query('DELETE FROM rate_limit_windows WHERE window_start < $1', [windowStart - this.windowMs]).catch(this.options.onFailure);
  }
}
