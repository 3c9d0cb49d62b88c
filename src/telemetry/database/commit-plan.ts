import type { ValidatedReadings } from '../readings/readings-validation.js';
import { readConsistent } from '../store/seqlock.js';
import { FLAG_REAL, frontSet, type StoreViews } from '../store/store-layout.js';
import { holdsReading } from '../writer/readings-applier.js';
import { APPLY_ACCEPTED, APPLY_CAPACITY, APPLY_STALE } from '../writer/worker-messages.js';
import type { CommitOutcome } from './database-telemetry.js';
import type { OutgoingBatch } from './readings-log.js';

const COMMIT = 255;

export interface CommitPlan {
  /** The readings to commit, with the ordinals this instance knows; none when the store settled every one. */
  outgoing: OutgoingBatch;
  /** Each validated entry's code, given the commit's outcome (undefined when nothing was committed). */
  codes(outcome: CommitOutcome | undefined): (i: number) => number;
}

/**
 * Sorts a validated batch before it is committed, against this instance's store: a reading the store already
 * holds (same meter, timestamp and power: a resend, in this batch or another) is answered accepted and not
 * committed again; one older than the meter's latest is answered stale, as every store would answer it. Both
 * verdicts only get firmer as the store follows further (a meter's latest timestamp only grows, and a held
 * reading was committed before it was applied), so nothing is dropped that would have been stored. A reading
 * held now but following a committed one of the same meter in the batch (a correction, then the old value
 * again) is committed too: the store judges it after the correction. A resend that reaches an instance before it applied the first copy is committed again and skipped
 * by every store as held: it is answered accepted and shows once.
 */
export function planCommit(checked: ValidatedReadings, views: StoreViews, simulatedCount: number): CommitPlan {
  const { batch } = checked;
  const n = batch.count;
  const verdict = new Uint8Array(n);
  let kept = 0;
  readConsistent(views, () => {
    kept = 0;
    // Slots with a reading committed earlier in this batch: what the store holds for them will have changed.
    let changing: Set<number> | undefined;
    const latest = frontSet(views);
    for (let i = 0; i < n; i++) {
      const slot = batch.slots[i];
      let code = slot < simulatedCount || (views.flags[slot] & FLAG_REAL) === 0 ? COMMIT : judge(latest.updatedAt[slot], latest.power[slot], batch.timestamps[i], batch.power[i]);
      if (code === APPLY_ACCEPTED && kept > 0) {
        changing ??= new Set(Array.from(verdict.subarray(0, i), (v, j) => (v === COMMIT ? batch.slots[j] : -1)));
        if (changing.has(slot)) code = COMMIT;
      }
      verdict[i] = code;
      if (code === COMMIT) {
        kept++;
        changing?.add(slot);
      }
    }
  });
  const entries = new Int32Array(kept);
  for (let i = 0, k = 0; i < n; i++) if (verdict[i] === COMMIT) entries[k++] = i;
  const meterIds = kept === n ? checked.meterIds.slice(0, n) : new Array<string>(kept);
  const knownOrdinals = new Int32Array(kept);
  for (let k = 0; k < kept; k++) {
    const slot = batch.slots[entries[k]];
    knownOrdinals[k] = slot < simulatedCount ? -1 : slot - simulatedCount;
    if (kept !== n) meterIds[k] = checked.meterIds[entries[k]];
  }
  // Usually every reading goes: native copies. Otherwise the kept ones, in order.
  const pick = <T extends Float64Array | Int8Array>(column: T): T => {
    if (kept === n) return column.slice(0, n) as T;
    const out = new (column.constructor as new (length: number) => T)(kept);
    for (let k = 0; k < kept; k++) out[k] = column[entries[k]];
    return out;
  };
  const outgoing: OutgoingBatch = {
    meterIds,
    knownOrdinals,
    timestamps: pick(batch.timestamps),
    power: pick(batch.power),
    voltage: pick(batch.voltage),
    energy: pick(batch.energy),
    status: pick(batch.status),
  };
  return { outgoing, codes: (outcome) => codesOf(verdict, outcome) };
}

/** The store's own rules (readings-applier.ts): older than the latest is stale; the latest again is held; the same timestamp with another power is a correction, applied. */
function judge(latestAt: number, latestPower: number, timestamp: number, power: number): number {
  if (timestamp > latestAt) return COMMIT;
  if (holdsReading(latestAt, latestPower, timestamp, power)) return APPLY_ACCEPTED;
  return timestamp < latestAt ? APPLY_STALE : COMMIT;
}

/**
 * Committed readings whose meter found no slot were not stored; the others have the store's code, in order. A
 * resend of a whole batch (or one this instance could not apply in time) was committed already and is
 * acknowledged as accepted, as a reading the store holds is.
 */
function codesOf(verdict: Uint8Array, outcome: CommitOutcome | undefined): (i: number) => number {
  const codes = new Uint8Array(verdict.length);
  let sent = 0;
  let stored = 0;
  for (let i = 0; i < codes.length; i++) {
    if (verdict[i] !== COMMIT) {
      codes[i] = verdict[i];
      continue;
    }
    const ordinal = outcome ? outcome.ordinals[sent++] : -1;
    codes[i] = ordinal < 0 ? APPLY_CAPACITY : (outcome?.codes?.[stored++] ?? APPLY_ACCEPTED);
  }
  return (i) => codes[i];
}
