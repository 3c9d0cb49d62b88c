import { beginWrite, endWrite } from '../store/seqlock.js';
import { F_APPLIED_SEQ } from '../store/store-layout.js';
import { RealMeterRegistry, applyReadings, inferredAttributes, occupySlot, setAttributes, type SlotAttributes } from './readings-applier.js';
import type { WriterEngine } from './writer-engine.js';
import type { ReadingsBatch } from './worker-messages.js';

/** A meter as the database holds it; null attributes were never set with PUT. */
export interface CommittedMeter {
  ordinal: number;
  meterId: string;
  kind: number | null;
  region: number | null;
  feeder: number | null;
}

/** The columns of one batch as committed: ordinals index the meters table, NaN / -1 mark absent values. */
export interface CommittedColumns {
  count: number;
  ordinals: Int32Array;
  timestamps: Float64Array;
  power: Float64Array;
  voltage: Float64Array;
  energy: Float64Array;
  status: Int8Array;
}

/** A committed batch and its number. */
export interface CommittedBatchColumns {
  seq: number;
  columns: CommittedColumns;
}

/** What the database follower hands the writer: changes in commit order, up to `upTo`. */
export interface CommittedStep {
  meters: CommittedMeter[];
  batches: CommittedBatchColumns[];
  upTo: number;
}

export interface CommittedResult {
  codes: Uint8Array[];
  registered: [string, number][];
}

/**
 * Applies committed meters and reading batches (database mode). Real meter n sits at slot `base + n` on every
 * instance; attributes set with PUT win over the ones inferred from a first reading. The step's number goes
 * into the store header with it, so a snapshot records how far the store had followed the database.
 */
export function applyCommitted(engine: WriterEngine, registry: RealMeterRegistry, step: CommittedStep, base: number): CommittedResult {
  const registered: [string, number][] = [];
  const firstPower = firstPowerByOrdinal(step.batches, step.meters);
  const v = engine.views;
  beginWrite(v);
  try {
    for (const meter of step.meters) {
      const slot = base + meter.ordinal;
      if (slot >= v.dims.capacity) continue;
      const set = attributesOf(meter);
      if (registry.slots.get(meter.meterId) === undefined) {
        occupySlot(engine, registry, meter.meterId, slot, set ?? inferredAttributes(meter.meterId, firstPower.get(meter.ordinal) ?? 0));
        registered.push([meter.meterId, slot]);
      } else if (set) {
        setAttributes(engine, slot, set);
      }
    }
  } finally {
    endWrite(v);
  }
  const codes = step.batches.map((batch) => applyReadings(engine, registry, toReadingsBatch(batch, base)).codes);
  beginWrite(v);
  v.headerF[F_APPLIED_SEQ] = step.upTo;
  endWrite(v);
  return { codes, registered };
}

/** Embedded mode's PUT: registers the meter with these attributes, or changes them. -1 when no slot is left. */
export function putMeter(engine: WriterEngine, registry: RealMeterRegistry, meterId: string, attributes: SlotAttributes): { slot: number; registered: boolean } {
  const v = engine.views;
  const known = registry.slots.get(meterId);
  if (known === undefined && engine.highWater >= v.dims.capacity) return { slot: -1, registered: false };
  beginWrite(v);
  try {
    if (known !== undefined) {
      setAttributes(engine, known, attributes);
      return { slot: known, registered: false };
    }
    const slot = engine.highWater;
    occupySlot(engine, registry, meterId, slot, attributes);
    return { slot, registered: true };
  } finally {
    endWrite(v);
  }
}

function attributesOf(meter: CommittedMeter): SlotAttributes | undefined {
  if (meter.kind === null || meter.region === null || meter.feeder === null) return undefined;
  return { kind: meter.kind, region: meter.region, feeder: meter.feeder };
}

/** The first power reading of each meter the step registers (its kind is inferred from it); none when it registers none. */
function firstPowerByOrdinal(batches: CommittedBatchColumns[], meters: CommittedMeter[]): Map<number, number> {
  const first = new Map<number, number>();
  if (meters.length === 0) return first;
  const wanted = new Set(meters.map((meter) => meter.ordinal));
  for (const { columns } of batches) {
    for (let i = 0; i < columns.count; i++) {
      const ordinal = columns.ordinals[i];
      if (wanted.has(ordinal) && !first.has(ordinal)) first.set(ordinal, columns.power[i]);
    }
  }
  return first;
}

function toReadingsBatch({ columns }: CommittedBatchColumns, base: number): ReadingsBatch {
  return {
    count: columns.count,
    slots: slotsOf(columns.ordinals, base),
    unresolvedIds: [],
    timestamps: columns.timestamps,
    power: columns.power,
    voltage: columns.voltage,
    energy: columns.energy,
    status: columns.status,
  };
}

function slotsOf(ordinals: Int32Array, base: number): Int32Array {
  const slots = new Int32Array(ordinals.length);
  for (let i = 0; i < ordinals.length; i++) slots[i] = ordinals[i] < 0 ? -1 : base + ordinals[i];
  return slots;
}
