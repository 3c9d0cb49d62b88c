import { STATUS_OFFLINE } from '../telemetry.constants.js';
import { beginWrite, endWrite } from '../store/seqlock.js';
import {
  COMBO_COUNT,
  F_TICK_DURATION_MS,
  F_TICK_TIME,
  FLAG_REAL,
  FLAG_USED,
  H_GRID_COUNT,
  H_FRONT,
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
  frontSet,
  type LatestColumns,
  type StoreViews,
  voltageTenths,
} from '../store/store-layout.js';
import { GridModel } from '../simulator/grid-model.js';
import { CumulativeEnergy, alignedTick } from '../simulator/cumulative-energy.js';
import type { TickContext, TickStep } from './tick-steps.js';

const MS_PER_HOUR = 3_600_000;
/** After a pause (restart, stalled process) energy is not extrapolated over more than this gap. */
const MAX_INTEGRATION_GAP_MS = 60_000;
/** A real meter that has not reported for this long is shown offline. */
export const REAL_OFFLINE_AFTER_MS = 15 * 60_000;

/**
 * The writer's logic. A tick reads the front set of latest columns and writes the back set without holding
 * the seqlock (readers only look at the front), then flips the sets inside a short seqlock section, so
 * readers never wait for the tick itself, even at a million meters. Per-tick rules plug in as TickSteps
 * (see tick-steps.ts): they run after the values are written and before they are published.
 */
export class WriterEngine {
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
  private readonly steps: TickStep[] = [];
  /** Database mode: tick numbers and simulated energy are functions of wall-clock time, the same on every instance. */
  private clock: { tickMs: number; energy: CumulativeEnergy } | undefined;

  constructor(
    readonly views: StoreViews,
    readonly meterCount: number,
    readonly simulate: boolean,
    seed: number,
  ) {
    this.model = simulate ? new GridModel(seed, meterCount) : undefined;
  }

  /** Numbers ticks by wall-clock interval and takes simulated energy from the closed-form integral (database mode). */
  alignToClock(tickMs: number): void {
    this.clock = { tickMs, energy: new CumulativeEnergy() };
  }

  private tickNumber(now: number): number {
    return this.clock ? alignedTick(now, this.clock.tickMs).tick : this.views.header[H_TICK] + 1;
  }

  /** Adds a rule run at every tick, after the steps already added. */
  addStep(step: TickStep): void {
    this.steps.push(step);
  }

  /** The set readers see; real readings are written here (inside the seqlock). */
  front(): LatestColumns {
    return frontSet(this.views);
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
    const status = this.front().status;
    this.combos.fill(0);
    let used = 0;
    let real = 0;
    for (let slot = 0; slot < this.highWater; slot++) {
      const flags = v.flags[slot];
      if ((flags & FLAG_USED) === 0) continue;
      used++;
      if (flags & FLAG_REAL) real++;
      this.combos[comboIndex(status[slot], v.kind[slot], v.region[slot])]++;
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
    const context = this.steps.length > 0 ? this.stepContext(now) : undefined;
    if (context) for (const step of this.steps) step.afterValues(context);
    beginWrite(v);
    this.publishTick(now, load);
    if (context) for (const step of this.steps) step.publish?.(context);
    v.headerF[F_TICK_DURATION_MS] = performance.now() - started;
    endWrite(v);
    return performance.now() - started;
  }

  private stepContext(now: number): TickContext {
    const v = this.views;
    const front = v.header[H_FRONT] & 1;
    return { now, tick: this.tickNumber(now), views: v, latest: v.sets[front ^ 1], previous: v.sets[front], highWater: this.highWater, regionLoad: this.regionLoad };
  }

  private computeTick(now: number, hours: number): number {
    const v = this.views;
    const model = this.model;
    const clock = this.clock;
    const { sample, combos, regionLoad } = this;
    const front = this.front();
    const back = v.sets[(v.header[H_FRONT] + 1) & 1];
    const { power: fPower, voltage: fVoltage, energy: fEnergy, updatedAt: fUpdatedAt, status: fStatus } = front;
    const { power, voltage, energy, updatedAt, status } = back;
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
        s = fStatus[slot];
        if (s !== STATUS_OFFLINE && now - fUpdatedAt[slot] > REAL_OFFLINE_AFTER_MS) s = STATUS_OFFLINE;
        power[slot] = fPower[slot];
        voltage[slot] = fVoltage[slot];
        energy[slot] = fEnergy[slot];
        updatedAt[slot] = fUpdatedAt[slot];
        status[slot] = s;
      } else {
        s = model.sample(slot, sample);
        // On the clock (database mode) an offline meter shows its modelled values too: every instance must agree,
        // and one that started during the offline window never saw the values from before it.
        if (s !== STATUS_OFFLINE || fUpdatedAt[slot] === 0 || clock) {
          energy[slot] = clock ? clock.energy.kwh(model.baseKw[slot], kindCol[slot], model.group[slot], now) : fEnergy[slot] + ((fPower[slot] + sample[0]) / 2) * hours;
          power[slot] = sample[0];
          voltage[slot] = sample[1];
          updatedAt[slot] = now;
        } else {
          energy[slot] = fEnergy[slot];
          power[slot] = fPower[slot];
          voltage[slot] = fVoltage[slot];
          updatedAt[slot] = fUpdatedAt[slot];
        }
        status[slot] = s;
        // This row is the spare one readers never look at, so it can be filled outside the seqlock.
        histPower[rowBase + slot] = power[slot];
        histVoltage[rowBase + slot] = voltageTenths(voltage[slot]);
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
    v.header[H_FRONT] = (v.header[H_FRONT] + 1) & 1;
    v.combos.set(this.combos);
    if (this.model) this.simHistoryCount = Math.min(this.simHistoryCount + 1, v.dims.historyLength);
    v.header[H_SIMULATED] = (this.simHistoryHead << 8) | this.simHistoryCount;
    const head = (v.header[H_GRID_HEAD] + 1) % v.dims.gridLength;
    const tick = this.tickNumber(now);
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
