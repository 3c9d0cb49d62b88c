import { backoffDelayMs } from './backoff.js';

describe(backoffDelayMs.name, () => {
  it('doubles the ceiling per attempt up to the cap, with jitter in its upper half', () => {
    expect(backoffDelayMs(1, 200, 10_000, () => 0)).toBe(100);
    expect(backoffDelayMs(1, 200, 10_000, () => 1)).toBe(200);
    expect(backoffDelayMs(4, 200, 10_000, () => 1)).toBe(1600);
    expect(backoffDelayMs(30, 200, 10_000, () => 1)).toBe(10_000);
    expect(backoffDelayMs(30, 200, 10_000, () => 0)).toBe(5000);
  });
});
