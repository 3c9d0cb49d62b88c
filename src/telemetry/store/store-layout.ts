import { GRID_HISTORY_LENGTH, METER_HISTORY_LENGTH, METER_KINDS, METER_STATUSES, REGIONS } from '../telemetry.constants.js';

/** Bumped whenever the byte layout changes, so an old snapshot is never read into a new layout. */
export const LAYOUT_VERSION = 2;

export const HEADER_INTS = 16;
export const H_SEQ = 0;
export const H_TICK = 1;
export const H_GRID_HEAD = 2;
export const H_GRID_COUNT = 3;
export const H_USED = 4;
export const H_REAL = 5;
/** Simulated meters' shared history position: (head << 8) | count. */
export const H_SIMULATED = 6;
/** Slots at and above this have never been used, so scans stop here. */
export const H_HIGH_WATER = 7;
/** Which of the two sets of latest-reading columns readers use; the worker fills the other during a tick. */
export const H_FRONT = 8;

export const HEADER_FLOATS = 8;
export const F_TICK_TIME = 0;
export const F_TICK_DURATION_MS = 1;

/** histVoltage holds tenths of a volt; this value marks a reading without voltage. */
export const VOLTAGE_UNKNOWN = 0xffff;

/**
 * A voltage as histVoltage holds it. Rounded, not truncated by the Uint16 store: 231.2 V is 231.19999 as a
 * float32, and truncating its tenths served it back as 231.1.
 */
export function voltageTenths(volts: number): number {
  return Math.round(volts * 10);
}

export const FLAG_USED = 1;
export const FLAG_REAL = 2;

export const STATUS_COUNT = METER_STATUSES.length;
export const KIND_COUNT = METER_KINDS.length;
export const REGION_COUNT = REGIONS.length;
/** Meters per (status, kind, region): lets a filtered page report its total without scanning the store. */
export const COMBO_COUNT = STATUS_COUNT * KIND_COUNT * REGION_COUNT;

export function comboIndex(status: number, kind: number, region: number): number {
  return (status * KIND_COUNT + kind) * REGION_COUNT + region;
}

export interface StoreDimensions {
  readonly capacity: number;
  readonly historyLength: number;
  readonly gridLength: number;
}

/** The latest reading of every slot. There are two sets, so a tick is written without blocking readers. */
export interface LatestColumns {
  readonly energy: Float64Array;
  readonly updatedAt: Float64Array;
  readonly power: Float32Array;
  readonly voltage: Float32Array;
  readonly status: Uint8Array;
}

/** Typed-array views over one SharedArrayBuffer; the same code builds them in both threads. */
export interface StoreViews {
  readonly sets: readonly [LatestColumns, LatestColumns];
  readonly buffer: SharedArrayBuffer;
  readonly dims: StoreDimensions;
  readonly header: Int32Array;
  readonly headerF: Float64Array;
  readonly combos: Int32Array;
  // Latest reading per slot (struct of arrays), set 0 and set 1.
  readonly energy: Float64Array;
  readonly updatedAt: Float64Array;
  readonly power: Float32Array;
  readonly voltage: Float32Array;
  readonly status: Uint8Array;
  readonly energyB: Float64Array;
  readonly updatedAtB: Float64Array;
  readonly powerB: Float32Array;
  readonly voltageB: Float32Array;
  readonly statusB: Uint8Array;
  // Static attributes.
  readonly kind: Uint8Array;
  readonly region: Uint8Array;
  readonly feeder: Uint8Array;
  readonly flags: Uint8Array;
  readonly histHead: Uint8Array;
  readonly histCount: Uint8Array;
  // Per-meter history, row-major by ring position ([row * capacity + slot]) so a tick writes one contiguous row.
  readonly histPower: Float32Array;
  readonly histTime: Uint32Array;
  readonly histVoltage: Uint16Array;
  readonly histStatus: Uint8Array;
  // Grid ring, one entry per tick.
  readonly gridTime: Float64Array;
  readonly gridLoad: Float64Array;
  readonly gridRegionLoad: Float64Array;
  readonly gridTick: Int32Array;
  readonly gridStatus: Int32Array;
  readonly gridRegionCount: Int32Array;
}

type ArrayCtor = Float64ArrayConstructor | Float32ArrayConstructor | Int32ArrayConstructor | Uint32ArrayConstructor | Uint16ArrayConstructor | Uint8ArrayConstructor;

/** Columns in byte-size order so every view is naturally aligned. */
function columnPlan(d: StoreDimensions): [keyof StoreViews, ArrayCtor, number][] {
  const c = d.capacity;
  // One spare row: the writer fills it while readers only look at the newest historyLength rows.
  const h = (d.historyLength + 1) * c;
  const g = d.gridLength;
  return [
    ['headerF', Float64Array, HEADER_FLOATS],
    ['energy', Float64Array, c],
    ['updatedAt', Float64Array, c],
    ['energyB', Float64Array, c],
    ['updatedAtB', Float64Array, c],
    ['gridTime', Float64Array, g],
    ['gridLoad', Float64Array, g],
    ['gridRegionLoad', Float64Array, g * REGION_COUNT],
    ['header', Int32Array, HEADER_INTS],
    ['combos', Int32Array, COMBO_COUNT],
    ['gridTick', Int32Array, g],
    ['gridStatus', Int32Array, g * STATUS_COUNT],
    ['gridRegionCount', Int32Array, g * REGION_COUNT],
    ['power', Float32Array, c],
    ['voltage', Float32Array, c],
    ['powerB', Float32Array, c],
    ['voltageB', Float32Array, c],
    ['histPower', Float32Array, h],
    ['histTime', Uint32Array, h],
    ['histVoltage', Uint16Array, h],
    ['status', Uint8Array, c],
    ['statusB', Uint8Array, c],
    ['kind', Uint8Array, c],
    ['region', Uint8Array, c],
    ['feeder', Uint8Array, c],
    ['flags', Uint8Array, c],
    ['histHead', Uint8Array, c],
    ['histCount', Uint8Array, c],
    ['histStatus', Uint8Array, h],
  ];
}

export function storeDimensions(capacity: number): StoreDimensions {
  return { capacity, historyLength: METER_HISTORY_LENGTH, gridLength: GRID_HISTORY_LENGTH };
}

export function storeByteLength(dims: StoreDimensions): number {
  let bytes = 0;
  for (const [, ctor, length] of columnPlan(dims)) bytes = align8(bytes) + ctor.BYTES_PER_ELEMENT * length;
  return align8(bytes);
}

export function createStoreBuffer(dims: StoreDimensions): SharedArrayBuffer {
  return new SharedArrayBuffer(storeByteLength(dims));
}

export function mapStore(buffer: SharedArrayBuffer, dims: StoreDimensions): StoreViews {
  if (buffer.byteLength !== storeByteLength(dims)) throw new Error('Store buffer does not match its dimensions');
  const views: Record<string, unknown> = { buffer, dims };
  let offset = 0;
  for (const [name, ctor, length] of columnPlan(dims)) {
    offset = align8(offset);
    views[name] = new (ctor as Uint8ArrayConstructor)(buffer as ArrayBufferLike as ArrayBuffer, offset, length);
    offset += ctor.BYTES_PER_ELEMENT * length;
  }
  const v = views as unknown as StoreViews & { sets: LatestColumns[] };
  v.sets = [
    { energy: v.energy, updatedAt: v.updatedAt, power: v.power, voltage: v.voltage, status: v.status },
    { energy: v.energyB, updatedAt: v.updatedAtB, power: v.powerB, voltage: v.voltageB, status: v.statusB },
  ];
  return v;
}

/** The set readers use now (read it inside a seqlock section: it flips at every tick). */
export function frontSet(views: StoreViews): LatestColumns {
  return views.sets[views.header[H_FRONT] & 1];
}

/** What a snapshot must match to be restored. */
export function layoutSignature(dims: StoreDimensions): string {
  return `v${LAYOUT_VERSION}:c${dims.capacity}:h${dims.historyLength}:g${dims.gridLength}:r${REGION_COUNT}:s${STATUS_COUNT}:k${KIND_COUNT}`;
}

// Math rather than bit operations: a 1M-meter store is larger than 2^31 bytes' worth of int32 arithmetic allows for.
function align8(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}
