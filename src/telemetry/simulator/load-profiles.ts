import { KIND_COUNT } from '../store/store-layout.js';

/**
 * Hourly load factors (1 = the meter's mean load) for weekdays and weekends, per kind, in grid local time.
 * Shapes follow typical European load curves: households peak in the evening, offices and shops during
 * opening hours on weekdays, factories run nearly flat with a small weekend dip.
 */
const WEEKDAY: readonly (readonly number[])[] = [
  // residential
  [0.45, 0.38, 0.35, 0.34, 0.35, 0.45, 0.75, 1.05, 0.95, 0.7, 0.62, 0.6, 0.65, 0.6, 0.58, 0.62, 0.8, 1.15, 1.6, 1.9, 1.85, 1.55, 1.1, 0.7],
  // commercial
  [0.32, 0.3, 0.3, 0.3, 0.3, 0.35, 0.55, 1.05, 1.55, 1.75, 1.8, 1.8, 1.75, 1.8, 1.8, 1.75, 1.65, 1.4, 1.0, 0.7, 0.5, 0.42, 0.38, 0.35],
  // industrial
  [0.96, 0.95, 0.95, 0.95, 0.96, 0.98, 1.02, 1.04, 1.05, 1.05, 1.05, 1.04, 1.0, 1.04, 1.05, 1.05, 1.04, 1.02, 1.0, 0.99, 0.98, 0.97, 0.97, 0.96],
];
const WEEKEND: readonly (readonly number[])[] = [
  [0.55, 0.45, 0.4, 0.38, 0.37, 0.4, 0.5, 0.7, 0.95, 1.1, 1.1, 1.05, 1.05, 0.95, 0.9, 0.9, 1.0, 1.25, 1.6, 1.8, 1.75, 1.5, 1.15, 0.8],
  [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.35, 0.45, 0.7, 0.9, 0.95, 0.95, 0.9, 0.8, 0.65, 0.55, 0.45, 0.4, 0.38, 0.35, 0.33, 0.32, 0.3, 0.3],
  [0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.91, 0.92, 0.92, 0.92, 0.92, 0.92, 0.9, 0.92, 0.92, 0.92, 0.92, 0.91, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9],
];

export const HOURS_PER_WEEK = 168;

/** Per-kind weekly table, Monday 00:00 first: [kind * 168 + hourOfWeek]. */
export function buildWeeklyProfiles(): Float64Array {
  const table = new Float64Array(KIND_COUNT * HOURS_PER_WEEK);
  for (let kind = 0; kind < KIND_COUNT; kind++) {
    for (let day = 0; day < 7; day++) {
      const hours = day >= 5 ? WEEKEND[kind] : WEEKDAY[kind];
      for (let hour = 0; hour < 24; hour++) table[kind * HOURS_PER_WEEK + day * 24 + hour] = hours[hour];
    }
  }
  return table;
}

const MS_PER_HOUR = 3_600_000;
// 1970-01-01 was a Thursday: shift so hour 0 of the week is Monday 00:00 UTC.
const EPOCH_WEEK_OFFSET_HOURS = 3 * 24;

/** Load factor of a kind at a time, linearly interpolated between hourly points (UTC is grid local time). */
export function profileFactor(table: Float64Array, kind: number, timeMs: number): number {
  const hours = timeMs / MS_PER_HOUR + EPOCH_WEEK_OFFSET_HOURS;
  const hourOfWeek = ((hours % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK;
  const index = Math.floor(hourOfWeek);
  const fraction = hourOfWeek - index;
  const base = kind * HOURS_PER_WEEK;
  const next = (index + 1) % HOURS_PER_WEEK;
  return table[base + index] * (1 - fraction) + table[base + next] * fraction;
}
