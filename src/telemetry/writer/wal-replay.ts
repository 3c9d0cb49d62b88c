import { simulatedMeterId, simulatedSlotOf } from '../store/meter-ids.js';
import { applyReadings, type RealMeterRegistry } from './readings-applier.js';
import type { WriterEngine } from './writer-engine.js';
import { APPLY_ACCEPTED, type ReadingsBatch } from './worker-messages.js';
import { decodeSegment, type WalColumns } from '../wal/wal-record.js';

import { defaultWalFs, listSegments, type WalFs } from '../wal/readings-wal.js';

export interface ReplayResult {
  segments: number;
  records: number;
  readings: number;
  /** Readings the store took (a reading the snapshot already held counts too; a stale one does not). */
  accepted: number;
  /** Bytes after the last whole record of a segment: a write cut short by a crash, ignored. */
  tornBytes: number;
}

/** Replays every segment in order on top of the restored (or fresh) store, by meter id. */
export function replayWal(dir: string, engine: WriterEngine, registry: RealMeterRegistry, fs: WalFs = defaultWalFs): ReplayResult {
  const result: ReplayResult = { segments: 0, records: 0, readings: 0, accepted: 0, tornBytes: 0 };
  const simulatedCount = engine.simulate ? engine.meterCount : 0;
  for (const segment of listSegments(dir, fs)) {
    const decoded = decodeSegment(fs.readFileSync(segment.path));
    result.segments++;
    result.tornBytes += decoded.tornBytes;
    for (const record of decoded.records) {
      const { codes } = applyReadings(engine, registry, toBatch(record, simulatedCount));
      result.records++;
      result.readings += record.count;
      for (const code of codes) if (code === APPLY_ACCEPTED) result.accepted++;
    }
  }
  return result;
}

function toBatch(record: WalColumns, simulatedCount: number): ReadingsBatch {
  const slots = new Int32Array(record.count);
  const unresolvedIds: string[] = [];
  for (let i = 0; i < record.count; i++) {
    const slot = simulatedSlotOf(record.meterIds[i]);
    slots[i] = slot >= 0 && slot < simulatedCount ? slot : -1;
    if (slots[i] < 0) unresolvedIds.push(record.meterIds[i]);
  }
  return { count: record.count, slots, unresolvedIds, timestamps: record.timestamps, power: record.power, voltage: record.voltage, energy: record.energy, status: record.status };
}

/** An applied batch (slots and values resolved by applyReadings) as log columns, named by meter id. */
export function walColumnsOf(batch: ReadingsBatch, registry: RealMeterRegistry): WalColumns {
  const meterIds = new Array<string>(batch.count);
  for (let i = 0; i < batch.count; i++) {
    const slot = batch.slots[i];
    meterIds[i] = slot < 0 ? '' : (registry.idOf(slot) ?? simulatedMeterId(slot));
  }
  return { ...batch, meterIds };
}
