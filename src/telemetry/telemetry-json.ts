import { METER_KINDS, METER_STATUSES, REGIONS, feederName } from './telemetry.constants.js';
import type { MeterDirectory } from './store/meter-directory.js';
import type { MeterPage } from './store/meter-store.js';
import type { StoreViews } from './store/store-layout.js';
import { FEEDERS_PER_REGION } from './telemetry.constants.js';

/** Three decimals: watt resolution for kW, more than any meter reports. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const FEEDER_NAMES = REGIONS.map((_, r) => Array.from({ length: FEEDERS_PER_REGION }, (__, f) => feederName(r, f)));

export interface ReadingFields {
  meterId: string;
  kind: string;
  region: string;
  feeder: string;
  status: string;
  powerKw: number;
  voltageV?: number;
  energyKwh: number;
  timestamp: string;
}

/** Caches the ISO text of the last time seen: most meters on a page share their tick's timestamp. */
export class IsoTimes {
  private lastTime = NaN;
  private lastText = '';

  text(time: number): string {
    if (time !== this.lastTime) {
      this.lastTime = time;
      this.lastText = new Date(time).toISOString();
    }
    return this.lastText;
  }
}

export function readingAt(page: MeterPage, i: number, views: StoreViews, directory: MeterDirectory, times: IsoTimes): ReadingFields {
  const slot = page.slots[i];
  const region = views.region[slot];
  const voltage = page.voltage[i];
  const fields: ReadingFields = {
    meterId: directory.idOf(slot),
    kind: METER_KINDS[views.kind[slot]],
    region: REGIONS[region],
    feeder: FEEDER_NAMES[region][views.feeder[slot]],
    status: METER_STATUSES[page.status[i]],
    powerKw: round3(page.power[i]),
    energyKwh: round3(page.energy[i]),
    timestamp: times.text(page.updatedAt[i]),
  };
  if (!Number.isNaN(voltage)) fields.voltageV = round3(voltage);
  return fields;
}

/**
 * Writes the page as JSON text directly: every string in it is a meter id (restricted to characters
 * that need no escaping) or a fixed name, so this is exact, and it skips building an object per reading
 * for JSON.stringify on the hottest read path.
 */
export function renderPageJson(page: MeterPage, views: StoreViews, directory: MeterDirectory, link: string | undefined): string {
  const times = new IsoTimes();
  const parts: string[] = new Array<string>(page.length);
  for (let i = 0; i < page.length; i++) {
    const slot = page.slots[i];
    const region = views.region[slot];
    const voltage = page.voltage[i];
    parts[i] =
      `{"meterId":"${directory.idOf(slot)}","kind":"${METER_KINDS[views.kind[slot]]}","region":"${REGIONS[region]}",` +
      `"feeder":"${FEEDER_NAMES[region][views.feeder[slot]]}","status":"${METER_STATUSES[page.status[i]]}","powerKw":${round3(page.power[i])},` +
      (Number.isNaN(voltage) ? '' : `"voltageV":${round3(voltage)},`) +
      `"energyKwh":${round3(page.energy[i])},"timestamp":"${times.text(page.updatedAt[i])}"}`;
  }
  const next = link === undefined ? '' : `,"nextLink":${JSON.stringify(link)}`;
  return `{"value":[${parts.join(',')}]${next},"count":${page.count},"tick":${page.tick},"timestamp":"${new Date(page.time).toISOString()}"}`;
}
