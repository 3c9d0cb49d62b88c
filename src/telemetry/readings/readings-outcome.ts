import type { ReadingsResultDto } from '../dto/readings-result.dto.js';
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
