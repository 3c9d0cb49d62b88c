import { buildWeeklyProfiles, profileFactor } from './load-profiles.js';
import { CumulativeEnergy, ENERGY_EPOCH_MS, alignedTick } from './cumulative-energy.js';

describe(CumulativeEnergy.name, () => {
  const energy = new CumulativeEnergy();
  const table = buildWeeklyProfiles();

  it('matches a numeric integral of the load profile over days and weeks', () => {
    for (const kind of [0, 1, 2]) {
      for (const end of [ENERGY_EPOCH_MS + 5.25 * 3_600_000, ENERGY_EPOCH_MS + 9 * 86_400_000 + 1234567]) {
        let numeric = 0;
        const step = 60_000;
        for (let t = ENERGY_EPOCH_MS; t < end; t += step) numeric += ((profileFactor(table, kind, t) + profileFactor(table, kind, Math.min(t + step, end))) / 2) * (Math.min(step, end - t) / 3_600_000);
        expect(energy.integral(kind, end)).toBeCloseTo(numeric, 3);
      }
    }
  });

  it('only grows, by about the mean load times the elapsed time', () => {
    let last = 0;
    for (let t = Date.UTC(2026, 10, 30); t < Date.UTC(2026, 11, 2); t += 997_000) {
      const kwh = energy.kwh(1.5, 0, 2, t);
      expect(kwh).toBeGreaterThanOrEqual(last);
      last = kwh;
    }
    const year = energy.kwh(1, 2, 0, ENERGY_EPOCH_MS + 365 * 86_400_000);
    expect(year / 8760).toBeGreaterThan(0.9);
    expect(year / 8760).toBeLessThan(1.05);
  });

  it('gives every instance the same tick number and time for any moment inside a tick', () => {
    const at = Date.UTC(2026, 11, 1, 13, 0, 0);
    expect(alignedTick(at + 1, 1000)).toEqual(alignedTick(at + 999, 1000));
    expect(alignedTick(at + 1000, 1000).tick).toBe(alignedTick(at, 1000).tick + 1);
    expect(alignedTick(at + 250, 1000).at).toBe(at);
  });
});
