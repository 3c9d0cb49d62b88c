import type { LoadPoint } from '@/lib/api-types';

/**
 * Appends the points of `extra` that are newer than the last point of `base`, keeping at most `max`.
 * "Newer" means a later tick AND a later timestamp: after a server restart ticks start again from 0,
 * and the old process's points (high ticks, old timestamps) must not be stitched after the new ones.
 */
export function mergeHistory(base: readonly LoadPoint[], extra: readonly LoadPoint[], max: number): LoadPoint[] {
  const last = base.at(-1);
  const fresh = last ? extra.filter((point) => isAfter(point, last)) : extra;
  const merged = fresh.length === 0 ? [...base] : [...base, ...fresh];
  return merged.length > max ? merged.slice(merged.length - max) : merged;
}

/** True when `point` comes from a restarted server: its tick went backwards while time moved on. */
export function isRestart(point: LoadPoint, last: LoadPoint | undefined): boolean {
  if (!last) return false;
  return point.tick <= last.tick && Date.parse(point.timestamp) > Date.parse(last.timestamp);
}

function isAfter(point: LoadPoint, last: LoadPoint): boolean {
  return point.tick > last.tick && Date.parse(point.timestamp) > Date.parse(last.timestamp);
}

/** The tick interval seen in the history (the server's TICK_MS), or undefined with fewer than two points. */
export function estimateTickMs(points: readonly LoadPoint[]): number | undefined {
  const last = points.at(-1);
  const previous = points.at(-2);
  if (!last || !previous || last.tick === previous.tick) return undefined;
  const ms = (Date.parse(last.timestamp) - Date.parse(previous.timestamp)) / (last.tick - previous.tick);
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}
