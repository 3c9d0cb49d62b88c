import { simulatedMeterId } from './meter-ids.js';
import { SIMULATED_NUMBER_LIMIT, SimulatedIdSet } from './simulated-id-set.js';

/** The simulated ids as numbers, brute force: format each and test the substring. */
function bruteForce(search: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n < to; n++) if (simulatedMeterId(n - 1).toLowerCase().includes(search)) out.push(n);
  return out;
}

function enumerate(set: SimulatedIdSet, from: number, to: number): number[] {
  const out: number[] = [];
  set.forEachRange(from, to, (low, high) => {
    expect(low).toBeLessThan(high);
    for (let n = low; n < high; n++) out.push(n);
    return true;
  });
  return out;
}

// A fixed-seed generator so a failure names a reproducible pattern.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe(SimulatedIdSet.name, () => {
  const fixed = ['1', '0', '00', '12', '121', '1212', '0012', '999', '0123456', '12345678', 'mtr-', 'm', 'tr-', '-', 'tr-00', 'r-0012', '-9', 'mtr-1234567', 'mtr-12345678', 'x', 'mtr-a', '1-'];

  it.each(fixed)('enumerates and counts exactly the ids containing %j in a window', (search) => {
    const set = SimulatedIdSet.of(search);
    for (const [from, to] of [
      [1, 30_001],
      [1_199_990, 1_240_000],
      [9_990_000, SIMULATED_NUMBER_LIMIT],
    ]) {
      const expected = bruteForce(search, from, to);
      expect(enumerate(set, from, to)).toEqual(expected);
      expect(set.count(from, to)).toBe(expected.length);
    }
  });

  it('agrees with brute force on random digit patterns and random windows', () => {
    const next = random(20261127);
    for (let round = 0; round < 60; round++) {
      const length = 1 + Math.floor(next() * 4);
      const search = Array.from({ length }, () => String(Math.floor(next() * 10))).join('');
      const from = 1 + Math.floor(next() * (SIMULATED_NUMBER_LIMIT - 20_000));
      const to = from + Math.floor(next() * 20_000);
      const expected = bruteForce(search, from, to);
      expect([search, enumerate(SimulatedIdSet.of(search), from, to)]).toEqual([search, expected]);
      expect([search, SimulatedIdSet.of(search).count(from, to)]).toEqual([search, expected.length]);
    }
  });

  it('counts over the whole million-meter range without enumerating', () => {
    // Every 7-digit string contains "1" except those made of the nine other digits.
    expect(SimulatedIdSet.of('1').count(0, SIMULATED_NUMBER_LIMIT)).toBe(SIMULATED_NUMBER_LIMIT - 9 ** 7);
    expect(SimulatedIdSet.of('123').count(1, 1_000_001)).toBe(bruteForce('123', 1, 1_000_001).length);
  });

  it('stops when the visitor says so', () => {
    const seen: number[] = [];
    SimulatedIdSet.of('5').forEachRange(1, SIMULATED_NUMBER_LIMIT, (low) => (seen.push(low), seen.length < 3));
    expect(seen).toEqual([5, 15, 25]);
  });
});
