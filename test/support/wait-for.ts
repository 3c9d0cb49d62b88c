export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`.
 * Tests wait for a state this way instead of sleeping a fixed time, which a loaded CI machine outruns.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(25);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/**
 * Waits until `readTick` (an instance's tick number, as /api/energy/summary reports it) is `ticks` past its value now:
 * long enough for anything a tick would have raised, resolved or delivered.
 */
export async function ticksPass(readTick: () => Promise<number>, ticks: number, timeoutMs: number): Promise<void> {
  const now = await readTick();
  await waitFor(`${ticks} more ticks`, async () => ((await readTick()) >= now + ticks ? true : undefined), timeoutMs);
}

/** Polls `condition` until it holds or `timeoutMs` has passed, and leaves the verdict to the assertion that follows. */
export async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(20);
}
