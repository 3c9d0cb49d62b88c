export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the caller's window resets (for the Retry-After header). */
  retryAfterSeconds: number;
  remaining: number;
}

/** A per-key request counter: in-process, or shared by every instance through the database (an async round trip). */
export interface RateCounter {
  readonly limit: number;
  take(key: string): RateDecision | Promise<RateDecision>;
}

/**
 * Fixed-window request counter per client key. Windows are kept in a Map that is swept as they expire,
 * so memory stays proportional to the number of clients seen in the current window.
 */
export class RateLimiter implements RateCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
    if (window.count >= this.limit) return { allowed: false, retryAfterSeconds, remaining: 0 };
    window.count += 1;
    return { allowed: true, retryAfterSeconds, remaining: this.limit - window.count };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
