import { readConsistent } from './seqlock.js';
import {
  COMBO_COUNT,
  F_TICK_TIME,
  FLAG_REAL,
  FLAG_USED,
  H_GRID_COUNT,
  H_GRID_HEAD,
  H_SEQ,
  H_SIMULATED,
  H_TICK,
  H_USED,
  KIND_COUNT,
  REGION_COUNT,
  STATUS_COUNT,
  VOLTAGE_UNKNOWN,
  frontSet,
  type LatestColumns,
  type StoreViews,
} from './store-layout.js';

/** Which (status, kind, region) combinations a query wants; undefined means any. */
export interface MeterFilter {
  status?: number;
  kind?: number;
  region?: number;
}

/** Latest values of the meters on one page, copied out of the store inside one consistent read. */
export interface MeterPage {
  slots: Int32Array;
  length: number;
  /** Slot where the next page starts, or -1 on the last page. */
  next: number;
  count: number;
  tick: number;
  time: number;
  power: Float32Array;
  voltage: Float32Array;
  energy: Float64Array;
  updatedAt: Float64Array;
  status: Uint8Array;
}

export interface MeterHistory {
  time: Float64Array;
  power: Float32Array;
  voltage: Float32Array;
  status: Uint8Array;
}

export interface GridState {
  tick: number;
  time: number;
  totalLoadKw: number;
  meterCount: number;
  byStatus: Int32Array;
  regionLoad: Float64Array;
  regionCount: Int32Array;
  historyTick: Int32Array;
  historyTime: Float64Array;
  historyLoad: Float64Array;
}

/**
 * Read side of the store on the HTTP thread: every method copies what it needs inside one seqlock read.
 * Listings are in meter-listing.ts (they run in the reader workers).
 */
export class MeterStore {
  constructor(readonly views: StoreViews) {}

  /** Changes on every write to the store (even when idle), so it keys caches of derived answers. */
  version(): number {
    return Atomics.load(this.views.header, H_SEQ);
  }

  isUsed(slot: number): boolean {
    return slot >= 0 && slot < this.views.dims.capacity && (this.views.flags[slot] & FLAG_USED) !== 0;
  }

  isReal(slot: number): boolean {
    return (this.views.flags[slot] & FLAG_REAL) !== 0;
  }

  /** The meter's latest values and its history, oldest first. */
  meter(slot: number): { latest: MeterPage; history: MeterHistory } {
    const v = this.views;
    return readConsistent(v, () => {
      const latest = emptyPage(1);
      copyLatest(frontSet(v), slot, latest, 0);
      latest.length = 1;
      const real = (v.flags[slot] & FLAG_REAL) !== 0;
      const shared = v.header[H_SIMULATED];
      const head = real ? v.histHead[slot] : shared >>> 8;
      const count = real ? v.histCount[slot] : shared & 0xff;
      const rows = v.dims.historyLength + 1;
      const history: MeterHistory = {
        time: new Float64Array(count),
        power: new Float32Array(count),
        voltage: new Float32Array(count),
        status: new Uint8Array(count),
      };
      for (let i = 0; i < count; i++) {
        const cell = ((head - count + 1 + i + rows) % rows) * v.dims.capacity + slot;
        history.time[i] = v.histTime[cell] * 1000;
        history.power[i] = v.histPower[cell];
        history.voltage[i] = v.histVoltage[cell] === VOLTAGE_UNKNOWN ? NaN : v.histVoltage[cell] / 10;
        history.status[i] = v.histStatus[cell];
      }
      return { latest, history };
    });
  }

  /** Grid totals: loads from the latest tick, counts live (they include meters registered since). */
  grid(historyPoints: number): GridState {
    const v = this.views;
    return readConsistent(v, () => {
      const head = v.header[H_GRID_HEAD];
      const length = v.dims.gridLength;
      const points = Math.min(historyPoints, v.header[H_GRID_COUNT]);
      const state: GridState = {
        tick: v.header[H_TICK],
        time: v.headerF[F_TICK_TIME],
        totalLoadKw: v.gridLoad[head],
        meterCount: v.header[H_USED],
        byStatus: new Int32Array(STATUS_COUNT),
        regionLoad: v.gridRegionLoad.slice(head * REGION_COUNT, (head + 1) * REGION_COUNT),
        regionCount: new Int32Array(REGION_COUNT),
        historyTick: new Int32Array(points),
        historyTime: new Float64Array(points),
        historyLoad: new Float64Array(points),
      };
      for (let c = 0; c < COMBO_COUNT; c++) {
        const n = v.combos[c];
        state.byStatus[Math.floor(c / (KIND_COUNT * REGION_COUNT))] += n;
        state.regionCount[c % REGION_COUNT] += n;
      }
      for (let i = 0; i < points; i++) {
        const at = (head - points + 1 + i + length) % length;
        state.historyTick[i] = v.gridTick[at];
        state.historyTime[i] = v.gridTime[at];
        state.historyLoad[i] = v.gridLoad[at];
      }
      return state;
    });
  }
}

export function emptyPage(size: number): MeterPage {
  return {
    slots: new Int32Array(size),
    length: 0,
    next: -1,
    count: 0,
    tick: 0,
    time: 0,
    power: new Float32Array(size),
    voltage: new Float32Array(size),
    energy: new Float64Array(size),
    updatedAt: new Float64Array(size),
    status: new Uint8Array(size),
  };
}

export function copyLatest(v: LatestColumns, slot: number, out: MeterPage, i: number): void {
  out.slots[i] = slot;
  out.power[i] = v.power[slot];
  out.voltage[i] = v.voltage[slot];
  out.energy[i] = v.energy[slot];
  out.updatedAt[i] = v.updatedAt[slot];
  out.status[i] = v.status[slot];
}
