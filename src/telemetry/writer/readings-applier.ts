import { FEEDERS_PER_REGION, STATUS_NORMAL } from '../telemetry.constants.js';
import { beginWrite, endWrite } from '../store/seqlock.js';
import { FLAG_REAL, FLAG_USED, H_HIGH_WATER, H_REAL, H_USED, REGION_COUNT, VOLTAGE_UNKNOWN, comboIndex, voltageTenths } from '../store/store-layout.js';
import { mix32 } from '../simulator/grid-model.js';
import { freeSlot } from './slot-check.js';
import type { WriterEngine } from './writer-engine.js';
import { APPLY_ACCEPTED, APPLY_CAPACITY, APPLY_ENERGY_DECREASED, APPLY_STALE, type ReadingsBatch } from './worker-messages.js';

const MS_PER_HOUR = 3_600_000;
const MAX_INTEGRATION_GAP_MS = 3_600_000;

export interface ApplyResult {
  codes: Uint8Array;
  registered: [string, number][];
}

/** Worker-side registry of real meter ids; the HTTP thread keeps a mirror fed by `registered`. */
export class RealMeterRegistry {
  readonly slots = new Map<string, number>();
  private readonly ids = new Map<number, string>();

  constructor(entries: Iterable<[string, number]> = []) {
    for (const [id, slot] of entries) this.add(id, slot);
  }

  add(id: string, slot: number): void {
    this.slots.set(id, slot);
    this.ids.set(slot, id);
  }

  /** The real id registered at a slot; undefined for simulated slots. */
  idOf(slot: number): string | undefined {
    return this.ids.get(slot);
  }
}

/**
 * Applies one batch in order inside one seqlock section (a 10,000-reading batch takes about a
 * millisecond), so a reader sees all of it or none of it. Each accepted entry of the batch is rewritten
 * with its slot and the values the store ended up with, which is what the readings log records.
 */
export function applyReadings(engine: WriterEngine, registry: RealMeterRegistry, batch: ReadingsBatch): ApplyResult {
  const codes = new Uint8Array(batch.count);
  const registered: [string, number][] = [];
  const v = engine.views;
  let unresolved = 0;
  beginWrite(v);
  try {
    for (let i = 0; i < batch.count; i++) {
      let slot = batch.slots[i];
      if (slot < 0) {
        const id = batch.unresolvedIds[unresolved++];
        slot = registry.slots.get(id) ?? registerMeter(engine, registry, id, batch.power[i], registered);
        if (slot < 0) {
          codes[i] = APPLY_CAPACITY;
          continue;
        }
      }
      batch.slots[i] = slot;
      codes[i] = alreadyHeld(engine, slot, batch, i) ? APPLY_ACCEPTED : applyOne(engine, slot, batch, i);
      if (codes[i] === APPLY_ACCEPTED) resolvedInto(engine, slot, batch, i);
    }
  } finally {
    endWrite(v);
  }
  return { codes, registered };
}

/**
 * A reading the store already holds (same real meter, timestamp and power) is accepted without being applied
 * again, so no history point appears twice. This makes three things idempotent: replaying the readings log on
 * top of a snapshot that already holds part of it, a client resending readings it got no 2xx for (alone or in
 * another batch), and, in the database mode, a reading committed twice before any instance applied the first.
 */
function alreadyHeld(engine: WriterEngine, slot: number, batch: ReadingsBatch, i: number): boolean {
  const f = engine.front();
  // holdsReading's test, written out: this runs for every reading and stops at the timestamp.
  return (engine.views.flags[slot] & FLAG_REAL) !== 0 && f.updatedAt[slot] === batch.timestamps[i] && f.power[slot] === Math.fround(batch.power[i]);
}

/** The meter's latest reading (as stored: power in float32) is this one: alreadyHeld's test, for the database mode's pre-check. */
export function holdsReading(latestAt: number, latestPower: number, timestamp: number, power: number): boolean {
  return latestAt === timestamp && latestPower === Math.fround(power);
}

function resolvedInto(engine: WriterEngine, slot: number, batch: ReadingsBatch, i: number): void {
  const f = engine.front();
  batch.energy[i] = f.energy[slot];
  batch.voltage[i] = f.voltage[slot];
  batch.status[i] = f.status[slot];
}

function applyOne(engine: WriterEngine, slot: number, batch: ReadingsBatch, i: number): number {
  const v = engine.views;
  const f = engine.front();
  const timestamp = batch.timestamps[i];
  const previousAt = f.updatedAt[slot];
  if (timestamp < previousAt) return APPLY_STALE;
  const power = batch.power[i];
  let energy = batch.energy[i];
  if (Number.isNaN(energy)) {
    const gap = previousAt > 0 ? Math.min(timestamp - previousAt, MAX_INTEGRATION_GAP_MS) : 0;
    energy = f.energy[slot] + ((f.power[slot] + power) / 2) * (gap / MS_PER_HOUR);
  } else if (energy < f.energy[slot]) {
    return APPLY_ENERGY_DECREASED;
  }
  if ((v.flags[slot] & FLAG_REAL) === 0) takeOverSimulatedMeter(engine, slot);
  const voltage = Number.isNaN(batch.voltage[i]) ? f.voltage[slot] : batch.voltage[i];
  const status = batch.status[i] >= 0 ? batch.status[i] : STATUS_NORMAL;
  const oldStatus = f.status[slot];
  if (oldStatus !== status) {
    v.combos[comboIndex(oldStatus, v.kind[slot], v.region[slot])]--;
    v.combos[comboIndex(status, v.kind[slot], v.region[slot])]++;
  }
  f.power[slot] = power;
  f.voltage[slot] = voltage;
  f.energy[slot] = energy;
  f.updatedAt[slot] = timestamp;
  f.status[slot] = status;
  appendHistory(engine, slot, timestamp);
  return APPLY_ACCEPTED;
}

function appendHistory(engine: WriterEngine, slot: number, timestamp: number): void {
  const v = engine.views;
  const f = engine.front();
  const row = (v.histHead[slot] + 1) % engine.simulatedRows;
  const cell = row * v.dims.capacity + slot;
  v.histPower[cell] = f.power[slot];
  v.histVoltage[cell] = Number.isNaN(f.voltage[slot]) ? VOLTAGE_UNKNOWN : voltageTenths(f.voltage[slot]);
  v.histStatus[cell] = f.status[slot];
  v.histTime[cell] = Math.floor(timestamp / 1000);
  v.histHead[slot] = row;
  v.histCount[slot] = Math.min(v.histCount[slot] + 1, v.dims.historyLength);
}

/** A real reading for a simulated id: the meter keeps its history but the simulator stops driving it. */
function takeOverSimulatedMeter(engine: WriterEngine, slot: number): void {
  const v = engine.views;
  v.flags[slot] |= FLAG_REAL;
  v.histHead[slot] = engine.simHistoryHead;
  v.histCount[slot] = engine.simHistoryCount;
  v.header[H_REAL]++;
}

function registerMeter(
  engine: WriterEngine,
  registry: RealMeterRegistry,
  id: string,
  firstPowerKw: number,
  registered: [string, number][],
): number {
  if (engine.highWater >= engine.views.dims.capacity) return -1;
  const slot = engine.highWater;
  occupySlot(engine, registry, id, slot, inferredAttributes(id, firstPowerKw));
  registered.push([id, slot]);
  return slot;
}

export interface SlotAttributes {
  kind: number;
  region: number;
  feeder: number;
}

/**
 * Real meters do not report their kind or location; until they are provisioned the kind follows the size of
 * the first reading and the region and feeder a stable hash of the id.
 */
export function inferredAttributes(id: string, firstPowerKw: number): SlotAttributes {
  const hash = hashId(id);
  const magnitude = Math.abs(firstPowerKw);
  return { kind: magnitude < 30 ? 0 : magnitude < 500 ? 1 : 2, region: hash % REGION_COUNT, feeder: (hash >>> 8) % FEEDERS_PER_REGION };
}

/** Registers a real meter at a given slot (the database mode's agreed one). Call inside a seqlock section. */
export function occupySlot(engine: WriterEngine, registry: RealMeterRegistry, id: string, slot: number, attributes: SlotAttributes): void {
  const v = engine.views;
  engine.highWater = Math.max(engine.highWater, slot + 1);
  v.header[H_HIGH_WATER] = engine.highWater;
  // A slot above the high-water mark may still hold a meter a restore freed: the new one inherits nothing.
  freeSlot(v, slot);
  v.kind[slot] = attributes.kind;
  v.region[slot] = attributes.region;
  v.feeder[slot] = attributes.feeder;
  v.flags[slot] = FLAG_USED | FLAG_REAL;
  const f = engine.front();
  f.status[slot] = STATUS_NORMAL;
  // Unknown until the meter reports one: shown as absent, never as 0 V.
  f.voltage[slot] = NaN;
  v.combos[comboIndex(STATUS_NORMAL, v.kind[slot], v.region[slot])]++;
  v.histHead[slot] = 0;
  v.histCount[slot] = 0;
  v.header[H_USED]++;
  v.header[H_REAL]++;
  registry.add(id, slot);
}

/** Changes a registered meter's kind, region and feeder, keeping the per-combination counters right. Inside a seqlock section. */
export function setAttributes(engine: WriterEngine, slot: number, attributes: SlotAttributes): void {
  const v = engine.views;
  const status = engine.front().status[slot];
  v.combos[comboIndex(status, v.kind[slot], v.region[slot])]--;
  v.kind[slot] = attributes.kind;
  v.region[slot] = attributes.region;
  v.feeder[slot] = attributes.feeder;
  v.combos[comboIndex(status, v.kind[slot], v.region[slot])]++;
}

function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return mix32(hash, id.length, 7);
}
