import { REGIONS } from '../telemetry.constants.js';
import { regionThresholdsKw } from './region-thresholds.js';

describe(regionThresholdsKw.name, () => {
  it('gives named regions their own threshold, the others the shared one or none', () => {
    const byRegion = Object.assign(Object.create(null) as Record<string, number>, { harbour: 12000 });
    const kw = regionThresholdsKw({ everyRegionKw: 8000, byRegion });
    expect(kw[REGIONS.indexOf('harbour')]).toBe(12000);
    expect(kw[REGIONS.indexOf('old-town')]).toBe(8000);
    expect(regionThresholdsKw({ byRegion })[REGIONS.indexOf('old-town')]).toBeUndefined();
  });

  it('refuses a name that is not a region', () => {
    expect(() => regionThresholdsKw({ byRegion: { atlantis: 1 } })).toThrow(/unknown region\(s\) atlantis/);
  });
});
