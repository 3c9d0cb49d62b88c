import type { RegionLoadThresholds } from '../../config/app-config.js';
import { REGIONS } from '../telemetry.constants.js';

/**
 * ALERT_REGION_LOAD_KW as the rules take it: a threshold per region index, undefined where the region learns
 * its own. A name that is not a region is a configuration error, reported at boot.
 */
export function regionThresholdsKw(thresholds: RegionLoadThresholds): (number | undefined)[] {
  const unknown = Object.keys(thresholds.byRegion).filter((name) => !(REGIONS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(`ALERT_REGION_LOAD_KW names unknown region(s) ${unknown.join(', ')}; the regions are ${REGIONS.join(', ')}`);
  }
  return REGIONS.map((region) => thresholds.byRegion[region] ?? thresholds.everyRegionKw);
}
