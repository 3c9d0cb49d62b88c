import type { CommittedStep } from './committed-readings.js';
import type { SlotAttributes } from './readings-applier.js';
import type { StoreDimensions } from '../store/store-layout.js';
import type { AlertEvent } from '../alerts/alert-types.js';
import type { WriterAlertData } from './alert-step.js';

export interface WriterData {
  buffer: SharedArrayBuffer;
  dims: StoreDimensions;
  meterCount: number;
  simulate: boolean;
  seed: number;
  snapshotPath: string;
  /** Folder of the readings write-ahead log; undefined in the database mode, which has none. */
  walDir?: string;
  /** Database mode: number ticks by wall-clock interval of this length, so every instance agrees (see WriterEngine.alignToClock). */
  clockTickMs?: number;
  /**
   * Set when the host restarts a crashed or hung worker: the shared store already holds the live state, so
   * the new worker neither reads the snapshot nor replays the log over it; these are the real ids the host knows.
   */
  resume?: { realIds: [string, number][] };
  /** Alert rules to run at every tick, and the alerts active before this worker started; absent: no alerts. */
  alerts?: WriterAlertData;
}

/**
 * Faults a test injects through WriterHostService.injectFault (no route leads there): the worker exits,
 * throws from its event loop, or blocks forever as a hung thread would.
 */
export type WorkerFault = 'exit' | 'throw' | 'hang';

/** A batch of already shape-checked readings, as transferable typed arrays (no per-reading objects). */
export interface ReadingsBatch {
  count: number;
  /** Known slot, or -1 when the meter id must be looked up or registered by the worker. */
  slots: Int32Array;
  /** Ids of the entries whose slot is -1, in order. */
  unresolvedIds: string[];
  timestamps: Float64Array;
  power: Float64Array;
  /** NaN when absent. */
  voltage: Float64Array;
  /** NaN when absent. */
  energy: Float64Array;
  /** -1 when absent. */
  status: Int8Array;
}

export const APPLY_ACCEPTED = 0;
export const APPLY_STALE = 1;
export const APPLY_CAPACITY = 2;
export const APPLY_ENERGY_DECREASED = 3;

export type HostMessage =
  | { type: 'tick'; now: number }
  | { type: 'readings'; id: number; batch: ReadingsBatch }
  | { type: 'snapshot'; id: number }
  | { type: 'committed'; id: number; step: CommittedStep }
  | { type: 'meter'; id: number; meterId: string; attributes: SlotAttributes }
  | { type: 'fault'; fault: WorkerFault };

export type WorkerMessage =
  | { type: 'ready'; restored: boolean; note: string; warn: boolean; realIds: [string, number][] }
  | { type: 'ticked'; tick: number; durationMs: number; alerts?: AlertEvent[]; alertsMs?: number }
  | { type: 'readings'; id: number; codes: Uint8Array; registered: [string, number][]; storageError?: string }
  | { type: 'snapshot'; id: number; ok: boolean; bytes: number; durationMs: number; error?: string }
  | { type: 'committed'; id: number; codes: Uint8Array[]; registered: [string, number][] }
  | { type: 'meter'; id: number; slot: number; registered: boolean }
  | { type: 'failed'; message: string };
