import { STATUS_OFFLINE } from '../telemetry.constants.js';
import { beginWrite, endWrite } from '../store/seqlock.js';
import {
  COMBO_COUNT,
  F_TICK_DURATION_MS,
  F_TICK_TIME,
  FLAG_REAL,
  FLAG_USED,
  H_GRID_COUNT,
  H_GRID_HEAD,
  H_HIGH_WATER,
  H_REAL,
  H_SIMULATED,
  H_TICK,
  H_USED,
  KIND_COUNT,
  REGION_COUNT,
  STATUS_COUNT,
  comboIndex,
  type StoreViews,
} from '../store/store-layout.js';
import { GridModel } from './grid-model.js';

const MS_PER_HOUR = 3_600_000;
/** After a pause (restart, stalled process) energy is not extrapolated over more than this gap. */
const MAX_INTEGRATION_GAP_MS = 60_000;
/** A real meter that has not reported for this long is shown offline. */
export const REAL_OFFLINE_AFTER_MS = 15 * 60_000;

/**
 * The worker's private copy of the latest columns. A tick is computed here without holding the seqlock,
 * then published with a few memcpy calls, so readers wait milliseconds at most even at 1M meters.
 */
export class SimulatorEngine {
  readonly power: Float32Array;
  readonly voltage: Float32Array;
  readonly energy: Float64Array;
  readonly updatedAt: Float64Array;
  readonly status: Uint8Array;
  readonly model: GridModel | undefined;
  /** Slots [0, highWater) have ever been used; real meters are appended at highWater. */
  highWater = 0;
  simHistoryHead = 0;
  simHistoryCount = 0;
  private readonly combos = new Int32Array(COMBO_COUNT);
  private readonly statusCounts = new Int32Array(STATUS_COUNT);
  private readonly regionLoad = new Float64Array(REGION_COUNT);
  private readonly regionCount = new Int32Array(REGION_COUNT);
  private readonly sample = new Float64Array(2);

  constructor(
    readonly views: StoreViews,
    readonly meterCount: number,
    readonly simulate: boolean,
    seed: number,
  ) {
    const capacity = views.dims.capacity;
    this.power = new Float32Array(capacity);
    this.voltage = new Float32Array(capacity);
    this.energy = new Float64Array(capacity);
    this.updatedAt = new Float64Array(capacity);
    this.status = new Uint8Array(capacity);
    this.model = simulate ? new GridModel(seed, meterCount) : undefined;
  }

  get simulatedRows(): number {
    return this.views.dims.historyLength + 1;
  }

  /** Fresh store: the simulated meters take the first slots, with attributes from the model. */
  initialiseFresh(): void {
    const v = this.views;
    if (this.model) {
      v.kind.set(this.model.kind);
      v.region.set(this.model.region);
      v.feeder.set(this.model.feeder);
      v.flags.fill(FLAG_USED, 0, this.meterCount);
      this.highWater = this.meterCount;
    }
    this.recount();
  }

  /** Restored store: the shared columns are the truth; rebuild the private copy and the counters from them. */
  initialiseRestored(): void {
    const v = this.views;
    this.power.set(v.power);
    this.voltage.set(v.voltage);
    this.energy.set(v.energy);
    this.updatedAt.set(v.updatedAt);
    this.status.set(v.status);
    let highWater = 0;
    for (let slot = v.dims.capacity - 1; slot >= 0; slot--) {
      if (v.flags[slot] & FLAG_USED) {
        highWater = slot + 1;
        break;
      }
    }
    this.highWater = Math.max(highWater, this.simulate ? this.meterCount : 0);
    this.simHistoryHead = v.header[H_SIMULATED] >>> 8;
    this.simHistoryCount = v.header[H_SIMULATED] & 0xff;
    this.recount();
  }

  /** Recomputes the per-(status, kind, region) counters and slot counts; used after a restore. */
  recount(): void {
    const v = this.views;
    this.combos.fill(0);
    let used = 0;
    let real = 0;
    for (let slot = 0; slot < this.highWater; slot++) {
      const flags = v.flags[slot];
      if ((flags & FLAG_USED) === 0) continue;
      used++;
      if (flags & FLAG_REAL) real++;
      this.combos[comboIndex(this.status[slot], v.kind[slot], v.region[slot])]++;
    }
    beginWrite(v);
    v.combos.set(this.combos);
    v.header[H_HIGH_WATER] = this.highWater;
    v.header[H_USED] = used;
    v.header[H_REAL] = real;
    endWrite(v);
  }

  /** Advances the grid to `now`; returns the worker time it took in milliseconds. */
  tick(now: number): number {
    const started = performance.now();
    const v = this.views;
    const previous = v.headerF[F_TICK_TIME];
    const gap = previous > 0 ? Math.min(Math.max(now - previous, 0), MAX_INTEGRATION_GAP_MS) : 0;
    const hours = gap / MS_PER_HOUR;
    this.simHistoryHead = (this.simHistoryHead + 1) % this.simulatedRows;
    const load = this.computeTick(now, hours);
    beginWrite(v);
    this.publishTick(now, load);
    v.headerF[F_TICK_DURATION_MS] = performance.now() - started;
    endWrite(v);
    return performance.now() - started;
  }

  private computeTick(now: number, hours: number): number {
    const v = this.views;
    const model = this.model;
    const { power, voltage, energy, updatedAt, status, sample, combos, regionLoad } = this;
    const flagsCol = v.flags;
    const kindCol = v.kind;
    const regionCol = v.region;
    const rowBase = this.simHistoryHead * v.dims.capacity;
    const { histPower, histVoltage, histStatus, histTime } = v;
    const seconds = Math.floor(now / 1000);
    combos.fill(0);
    regionLoad.fill(0);
    model?.beginTick(now);
    let total = 0;
    for (let slot = 0; slot < this.highWater; slot++) {
      const flags = flagsCol[slot];
      if ((flags & FLAG_USED) === 0) continue;
      let s: number;
      if (flags & FLAG_REAL || model === undefined) {
        s = status[slot];
        if (s !== STATUS_OFFLINE && now - updatedAt[slot] > REAL_OFFLINE_AFTER_MS) s = status[slot] = STATUS_OFFLINE;
      } else {
        s = model.sample(slot, sample);
        if (s !== STATUS_OFFLINE || updatedAt[slot] === 0) {
          energy[slot] += ((power[slot] + sample[0]) / 2) * hours;
          power[slot] = sample[0];
          voltage[slot] = sample[1];
          updatedAt[slot] = now;
        }
        status[slot] = s;
        // This row is the spare one readers never look at, so it can be filled outside the seqlock.
        histPower[rowBase + slot] = power[slot];
        histVoltage[rowBase + slot] = voltage[slot] * 10;
        histStatus[rowBase + slot] = s;
        histTime[rowBase + slot] = seconds;
      }
      const p = power[slot];
      const region = regionCol[slot];
      total += p;
      regionLoad[region] += p;
      combos[comboIndex(s, kindCol[slot], region)]++;
    }
    this.countsFromCombos();
    return total;
  }

  /** Status and region counts follow from the per-combination counts, keeping the per-meter loop lean. */
  private countsFromCombos(): void {
    this.statusCounts.fill(0);
    this.regionCount.fill(0);
    for (let c = 0; c < COMBO_COUNT; c++) {
      this.statusCounts[Math.floor(c / (KIND_COUNT * REGION_COUNT))] += this.combos[c];
      this.regionCount[c % REGION_COUNT] += this.combos[c];
    }
  }

  private publishTick(now: number, total: number): void {
    const v = this.views;
    const end = this.highWater;
    v.power.set(this.power.subarray(0, end));
    v.voltage.set(this.voltage.subarray(0, end));
    v.energy.set(this.energy.subarray(0, end));
    v.updatedAt.set(this.updatedAt.subarray(0, end));
    v.status.set(this.status.subarray(0, end));
    v.combos.set(this.combos);
    if (this.model) this.simHistoryCount = Math.min(this.simHistoryCount + 1, v.dims.historyLength);
    v.header[H_SIMULATED] = (this.simHistoryHead << 8) | this.simHistoryCount;
    const head = (v.header[H_GRID_HEAD] + 1) % v.dims.gridLength;
    const tick = v.header[H_TICK] + 1;
    v.gridTime[head] = now;
    v.gridLoad[head] = total;
    v.gridTick[head] = tick;
    v.gridStatus.set(this.statusCounts, head * STATUS_COUNT);
    v.gridRegionLoad.set(this.regionLoad, head * REGION_COUNT);
    v.gridRegionCount.set(this.regionCount, head * REGION_COUNT);
    v.header[H_GRID_HEAD] = head;
    v.header[H_GRID_COUNT] = Math.min(v.header[H_GRID_COUNT] + 1, v.dims.gridLength);
    v.header[H_TICK] = tick;
    v.header[H_HIGH_WATER] = this.highWater;
    v.headerF[F_TICK_TIME] = now;
  }
}
