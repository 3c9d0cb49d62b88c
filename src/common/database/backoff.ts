/** Exponential reconnect delay with full jitter, so instances that lost the database together do not retry in step. */
export function backoffDelayMs(attempt: number, baseMs = 200, maxMs = 10_000, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
