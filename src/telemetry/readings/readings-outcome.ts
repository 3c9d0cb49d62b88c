import type { ReadingsResultDto } from '../dto/readings-result.dto.js';
import type { CommitOutcome } from '../database/database-telemetry.js';
import type { OutgoingBatch } from '../database/readings-log.js';
import { APPLY_ACCEPTED, APPLY_CAPACITY, APPLY_ENERGY_DECREASED } from '../writer/worker-messages.js';
import { rejection, type ValidatedReadings } from './readings-validation.js';

/** Counts the accepted readings and explains the others, in request order. `codeAt(i)` is the store's code of batch entry i. */
export function readingsResult(checked: ValidatedReadings, codeAt: (i: number) => number): ReadingsResultDto {
  const rejected = checked.rejected;
  let accepted = 0;
  for (let i = 0; i < checked.batch.count; i++) {
    const code = codeAt(i);
    if (code === APPLY_ACCEPTED) {
      accepted++;
      continue;
    }
    const reason = code === APPLY_CAPACITY ? 'TELEMETRY_CAPACITY_REACHED' : code === APPLY_ENERGY_DECREASED ? 'READING_ENERGY_DECREASED' : 'READING_TIMESTAMP_STALE';
    rejected.push(rejection(checked.requestIndex[i], checked.meterIds[i], reason));
  }
  rejected.sort((a, b) => a.index - b.index);
  return { accepted, rejected };
}

/**
 * The codes of a committed batch per entry: readings whose meter found no slot were not stored; the others
 * have the store's code, in order. A resend (or a batch this instance could not apply in time) was committed
 * already and is acknowledged as accepted, as the embedded mode accepts a reading it already holds.
 */
export function committedCodes(outcome: CommitOutcome): (i: number) => number {
  const codes = new Uint8Array(outcome.ordinals.length);
  let stored = 0;
  for (let i = 0; i < codes.length; i++) {
    codes[i] = outcome.ordinals[i] < 0 ? APPLY_CAPACITY : (outcome.codes?.[stored++] ?? APPLY_ACCEPTED);
  }
  return (i) => codes[i];
}

/** The validated batch as the database stores it: ids in order, values as packed. */
export function outgoingBatch(checked: ValidatedReadings): OutgoingBatch {
  const n = checked.batch.count;
  const { timestamps, power, voltage, energy, status } = checked.batch;
  return { meterIds: checked.meterIds, timestamps: timestamps.slice(0, n), power: power.slice(0, n), voltage: voltage.slice(0, n), energy: energy.slice(0, n), status: status.slice(0, n) };
}
