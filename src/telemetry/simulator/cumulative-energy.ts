import { KIND_COUNT } from '../store/store-layout.js';
import { HOURS_PER_WEEK, buildWeeklyProfiles } from './load-profiles.js';

const MS_PER_HOUR = 3_600_000;
/** Monday 2024-01-01 00:00 UTC: simulated meters count their energy from here (an installation date, not 1970). */
export const ENERGY_EPOCH_MS = Date.UTC(2024, 0, 1);
/** The same shift groups as GridModel: households do not all switch on the kettle at the same minute. */
const SHIFT_MINUTES = [-30, -10, 10, 30];

/**
 * Cumulative energy of a simulated meter as a pure function of time: its mean load integrated over the weekly
 * profile since ENERGY_EPOCH_MS, in closed form (whole weeks, whole hours, and the linear piece of the current
 * hour). Instances that never talked to each other therefore show the same kWh for the same tick, and a
 * restarted instance needs no history to continue. Noise and day-to-day intensity average out around 1 and
 * are left out; outages do not pause the count (the meter's own register would not reset either).
 */
export class CumulativeEnergy {
  private readonly table = buildWeeklyProfiles();
  /** prefix[kind * 169 + h]: integral of the factor from the week start to hour h, in hours. */
  private readonly prefix = new Float64Array(KIND_COUNT * (HOURS_PER_WEEK + 1));

  constructor() {
    for (let kind = 0; kind < KIND_COUNT; kind++) {
      const base = kind * (HOURS_PER_WEEK + 1);
      for (let h = 0; h < HOURS_PER_WEEK; h++) {
        this.prefix[base + h + 1] = this.prefix[base + h] + (this.factor(kind, h) + this.factor(kind, (h + 1) % HOURS_PER_WEEK)) / 2;
      }
    }
  }

  /** kWh of a meter of `baseKw` mean load, of `kind` and shift `group`, at `timeMs`. */
  kwh(baseKw: number, kind: number, group: number, timeMs: number): number {
    return baseKw * this.integral(kind, timeMs + SHIFT_MINUTES[group] * 60_000);
  }

  /** Hours of load factor accumulated from ENERGY_EPOCH_MS to `timeMs` (0 before it). */
  integral(kind: number, timeMs: number): number {
    const hours = Math.max(0, (timeMs - ENERGY_EPOCH_MS) / MS_PER_HOUR);
    const weeks = Math.floor(hours / HOURS_PER_WEEK);
    const hourOfWeek = hours - weeks * HOURS_PER_WEEK;
    const index = Math.floor(hourOfWeek);
    const fraction = hourOfWeek - index;
    const base = kind * (HOURS_PER_WEEK + 1);
    const a = this.factor(kind, index);
    const b = this.factor(kind, (index + 1) % HOURS_PER_WEEK);
    return weeks * this.prefix[base + HOURS_PER_WEEK] + this.prefix[base + index] + a * fraction + ((b - a) * fraction * fraction) / 2;
  }

  private factor(kind: number, hourOfWeek: number): number {
    return this.table[kind * HOURS_PER_WEEK + hourOfWeek];
  }
}

/** Tick numbers every instance agrees on: whole tick intervals since ENERGY_EPOCH_MS. */
export function alignedTick(timeMs: number, tickMs: number): { tick: number; at: number } {
  const tick = Math.floor((timeMs - ENERGY_EPOCH_MS) / tickMs);
  return { tick, at: ENERGY_EPOCH_MS + tick * tickMs };
}
