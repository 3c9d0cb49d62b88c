import { RateLimiter } from './rate-limiter.js';

describe(RateLimiter.name, () => {
  it('allows the limit within a window, then refuses with the seconds left', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    now += 15_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45, remaining: 0 });
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('opens a fresh window once the old one has passed', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1000, () => now);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    now = 1000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});
