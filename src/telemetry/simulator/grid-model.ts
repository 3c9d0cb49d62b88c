import { FEEDERS_PER_REGION, STATUS_FAULT, STATUS_NORMAL, STATUS_OFFLINE, STATUS_OUTAGE, STATUS_PEAK } from '../telemetry.constants.js';
import { KIND_COUNT, REGION_COUNT } from '../store/store-layout.js';
import { buildWeeklyProfiles, profileFactor } from './load-profiles.js';

/** Stateless 32-bit hash: every random draw is a function of (seed, slot, time window), so runs replay exactly. */
export function mix32(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35) ^ c;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2d);
  return (h ^ (h >>> 15)) >>> 0;
}

const TWO_POW_32 = 4_294_967_296;
const SHIFT_GROUPS = 4;
/** Households do not all switch on the kettle at the same minute. */
const SHIFT_MINUTES = [-30, -10, 10, 30];
const NOISE = 0.08;
const PEAK_FACTOR = 1.6;
const OUTAGE_WINDOW_MS = 15 * 60_000;
const FAULT_WINDOW_MS = 10 * 60_000;
const OFFLINE_WINDOW_MS = 30 * 60_000;
const DAY_MS = 86_400_000;
const OUTAGE_THRESHOLD = 0.01 * TWO_POW_32;
const FAULT_THRESHOLD = 0.0008 * TWO_POW_32;
const OFFLINE_THRESHOLD = 0.002 * TWO_POW_32;
const EVENT_FAULT = 1;
const EVENT_OFFLINE = 2;
const NOMINAL_VOLTAGE = [230, 230, 400];
const BASE_KW: readonly (readonly [number, number])[] = [
  [0.6, 1.0],
  [12, 48],
  [250, 1250],
];

export const KIND_RESIDENTIAL = 0;
export const KIND_COMMERCIAL = 1;
export const KIND_INDUSTRIAL = 2;

/**
 * Whether the simulation has a feeder (region * FEEDERS_PER_REGION + feeder) out at a time: about 1 % of feeders
 * in each 15-minute window, the same for every instance with the same seed.
 */
export function simulatedFeederOut(seed: number, feederIndex: number, timeMs: number): boolean {
  return mix32(seed ^ 0x5bd1e995, feederIndex, Math.floor(timeMs / OUTAGE_WINDOW_MS)) < OUTAGE_THRESHOLD;
}

/**
 * The load model of the simulated grid. Attributes are drawn once from the seed; each tick
 * `beginTick` computes the per-kind curve values and feeder outages, then `sample` is called per meter
 * with no allocation (it writes power and voltage into `out`).
 */
export class GridModel {
  readonly kind: Uint8Array;
  readonly region: Uint8Array;
  readonly feeder: Uint8Array;
  readonly baseKw: Float32Array;
  /** Shift group of each meter (when its load curve runs early or late). */
  readonly group: Uint8Array;
  private readonly profiles = buildWeeklyProfiles();
  private readonly factors = new Float64Array(KIND_COUNT * SHIFT_GROUPS);
  private readonly feederOutage = new Uint8Array(REGION_COUNT * FEEDERS_PER_REGION);
  private readonly seedNoise: number;
  private readonly seedFault: number;
  private readonly seedOffline: number;
  private readonly seedDay: number;
  private second = 0;
  private day = -1;
  private faultWindow = -1;
  private offlineWindow = -1;
  /** Per-meter draws that only change once a day or once per fault/offline window, refreshed when they roll over. */
  private readonly intensity: Float32Array;
  private readonly event: Uint8Array;

  constructor(
    readonly seed: number,
    readonly meterCount: number,
  ) {
    this.kind = new Uint8Array(meterCount);
    this.region = new Uint8Array(meterCount);
    this.feeder = new Uint8Array(meterCount);
    this.baseKw = new Float32Array(meterCount);
    this.group = new Uint8Array(meterCount);
    this.intensity = new Float32Array(meterCount);
    this.event = new Uint8Array(meterCount);
    this.seedNoise = mix32(seed, 11, 0);
    this.seedFault = mix32(seed, 13, 0);
    this.seedOffline = mix32(seed, 17, 0);
    this.seedDay = mix32(seed, 19, 0);
    for (let slot = 0; slot < meterCount; slot++) this.drawAttributes(slot);
  }

  private drawAttributes(slot: number): void {
    const draw = mix32(this.seed, slot, 1);
    const share = draw % 1000;
    const kind = share < 800 ? KIND_RESIDENTIAL : share < 950 ? KIND_COMMERCIAL : KIND_INDUSTRIAL;
    const place = mix32(this.seed, slot, 2);
    // Half of the factories sit in the industrial park, as they do in real towns.
    const region = kind === KIND_INDUSTRIAL && place % 2 === 0 ? 5 : (place >>> 8) % REGION_COUNT;
    const [low, span] = BASE_KW[kind];
    this.kind[slot] = kind;
    this.region[slot] = region;
    this.feeder[slot] = (place >>> 16) % FEEDERS_PER_REGION;
    this.baseKw[slot] = low + (mix32(this.seed, slot, 3) / TWO_POW_32) * span;
    this.group[slot] = draw >>> 30;
  }

  beginTick(timeMs: number): void {
    for (let kind = 0; kind < KIND_COUNT; kind++) {
      for (let g = 0; g < SHIFT_GROUPS; g++) {
        this.factors[kind * SHIFT_GROUPS + g] = profileFactor(this.profiles, kind, timeMs + SHIFT_MINUTES[g] * 60_000);
      }
    }
    for (let f = 0; f < this.feederOutage.length; f++) this.feederOutage[f] = simulatedFeederOut(this.seed, f, timeMs) ? 1 : 0;
    this.second = Math.floor(timeMs / 1000) | 0;
    const day = Math.floor(timeMs / DAY_MS);
    if (day !== this.day) {
      this.day = day;
      for (let slot = 0; slot < this.meterCount; slot++) this.intensity[slot] = 0.85 + (mix32(this.seedDay, slot, day) / TWO_POW_32) * 0.3;
    }
    const faultWindow = Math.floor(timeMs / FAULT_WINDOW_MS);
    const offlineWindow = Math.floor(timeMs / OFFLINE_WINDOW_MS);
    if (faultWindow !== this.faultWindow || offlineWindow !== this.offlineWindow) {
      this.faultWindow = faultWindow;
      this.offlineWindow = offlineWindow;
      for (let slot = 0; slot < this.meterCount; slot++) {
        const offline = mix32(this.seedOffline, slot, offlineWindow) < OFFLINE_THRESHOLD ? EVENT_OFFLINE : 0;
        this.event[slot] = offline | (mix32(this.seedFault, slot, faultWindow) < FAULT_THRESHOLD ? EVENT_FAULT : 0);
      }
    }
  }

  /** Writes power (kW) to out[0] and voltage (V) to out[1]; returns the status index. */
  sample(slot: number, out: Float64Array): number {
    const kind = this.kind[slot];
    if (this.feederOutage[this.region[slot] * FEEDERS_PER_REGION + this.feeder[slot]] === 1) {
      out[0] = 0;
      out[1] = 0;
      return STATUS_OUTAGE;
    }
    const noiseBits = mix32(this.seedNoise, slot, this.second);
    const noise = (noiseBits & 0xffff) / 32768 - 1;
    const voltageNoise = (noiseBits >>> 16) / 32768 - 1;
    const factor = this.factors[kind * SHIFT_GROUPS + this.group[slot]] * this.intensity[slot] * (1 + NOISE * noise);
    const nominal = NOMINAL_VOLTAGE[kind];
    let voltage = nominal * (1 - 0.03 * (factor < 2.5 ? factor : 2.5)) + voltageNoise * 1.2;
    out[0] = this.baseKw[slot] * factor;
    let status = factor > PEAK_FACTOR ? STATUS_PEAK : STATUS_NORMAL;
    const event = this.event[slot];
    if (event & EVENT_FAULT) {
      voltage *= 0.78;
      status = STATUS_FAULT;
    }
    out[1] = voltage;
    // An offline meter still gets values (its first reading, if it has none yet); the engine keeps its old ones.
    return event & EVENT_OFFLINE ? STATUS_OFFLINE : status;
  }
}
