import type { ComponentHealth } from '../../ops/health-registry.js';

export interface WriterState {
  /** Set while a crashed or hung worker is being replaced. */
  restartAttempt?: number;
  running: boolean;
  simulating: boolean;
  workerError?: string;
  storageError?: string;
  /** When the last tick was published, or the worker started if none has been. */
  lastTickAt: number;
  tickMs: number;
  now: number;
}

/** What /api/health reports for the simulator: replaced or failing writes are degraded, a stopped worker is down. */
export function writerHealth(state: WriterState): ComponentHealth {
  if (state.restartAttempt !== undefined) {
    return { status: 'degraded', detail: `restarting the simulator worker (attempt ${state.restartAttempt}): ${state.workerError ?? 'waiting for its first tick'}` };
  }
  if (!state.running) return { status: 'down', detail: state.workerError ?? 'the simulator worker is not running' };
  if (state.storageError) return { status: 'degraded', detail: state.storageError };
  if (!state.simulating) return { status: 'up', detail: 'simulator off: the store holds real readings only' };
  const since = state.now - state.lastTickAt;
  if (since > 3 * state.tickMs) return { status: 'degraded', detail: `no tick for ${since} ms (TICK_MS=${state.tickMs})` };
  return { status: 'up', detail: `last tick ${since} ms ago` };
}
