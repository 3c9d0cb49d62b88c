import { STATUS_INDEX } from '../telemetry.constants.js';
import type { ReadingsBatch } from './worker-messages.js';

/** Specs' shorthand for a batch as the HTTP thread hands it to the worker (not part of the build). */
export function readingsBatch(entries: { slot?: number; id?: string; at: number; kw: number; status?: string }[]): ReadingsBatch {
  const n = entries.length;
  return {
    count: n,
    slots: Int32Array.from(entries, (e) => e.slot ?? -1),
    unresolvedIds: entries.filter((e) => e.slot === undefined).map((e) => e.id as string),
    timestamps: Float64Array.from(entries, (e) => e.at),
    power: Float64Array.from(entries, (e) => e.kw),
    voltage: new Float64Array(n).fill(NaN),
    energy: new Float64Array(n).fill(NaN),
    status: Int8Array.from(entries, (e) => (e.status ? (STATUS_INDEX[e.status] ?? -1) : -1)),
  };
}
