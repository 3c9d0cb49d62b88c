import { describe, expect, it } from 'vitest';
import type { LoadPoint } from '@/lib/api-types';
import { estimateTickMs, isRestart, mergeHistory } from './load-history';

const point = (tick: number, second: number, totalLoadKw = 100): LoadPoint => ({
  tick,
  timestamp: new Date(Date.UTC(2026, 10, 27, 10, 0, second)).toISOString(),
  totalLoadKw,
});

describe('mergeHistory', () => {
  it('appends only newer points and keeps the newest `max`', () => {
    const merged = mergeHistory([point(1, 1), point(2, 2)], [point(2, 2), point(3, 3), point(4, 4)], 3);
    expect(merged.map((p) => p.tick)).toEqual([2, 3, 4]);
  });

  it('does not stitch an old process after a restarted one', () => {
    const restarted = [point(1, 30), point(2, 31)];
    const oldProcess = [point(500, 10), point(501, 11)];
    expect(mergeHistory(restarted, oldProcess, 10).map((p) => p.tick)).toEqual([1, 2]);
  });
});

describe('isRestart', () => {
  it('is true when the tick goes back while time moves on', () => {
    expect(isRestart(point(1, 40), point(900, 39))).toBe(true);
    expect(isRestart(point(900, 39), point(900, 39))).toBe(false);
    expect(isRestart(point(1, 40), undefined)).toBe(false);
  });
});

describe('estimateTickMs', () => {
  it('reads the tick interval from the last two points', () => {
    expect(estimateTickMs([point(1, 1), point(3, 2)])).toBe(500);
    expect(estimateTickMs([point(1, 1)])).toBeUndefined();
  });
});
