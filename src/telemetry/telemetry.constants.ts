/** Vocabulary shared by the HTTP thread and the simulator worker; indexes are what the store columns hold. */
export const METER_STATUSES = ['normal', 'peak', 'outage', 'fault', 'offline'] as const;
export type MeterStatus = (typeof METER_STATUSES)[number];

export const METER_KINDS = ['residential', 'commercial', 'industrial'] as const;
export type MeterKind = (typeof METER_KINDS)[number];

export const REGIONS = [
  'north-coast',
  'harbour',
  'old-town',
  'river-valley',
  'east-hills',
  'industrial-park',
  'south-plains',
  'west-lakes',
] as const;
export type RegionName = (typeof REGIONS)[number];

export const FEEDERS_PER_REGION = 12;

/** Readings kept per meter for GET /api/energy/meters/{meterId}. */
export const METER_HISTORY_LENGTH = 60;
/** Per-tick grid totals kept: one hour at the default 1 s tick. */
export const GRID_HISTORY_LENGTH = 3600;

/** Null-prototype lookups, so a client sending "constructor" or "__proto__" finds nothing. */
function indexOf(names: readonly string[]): Readonly<Record<string, number | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(names.map((n, i) => [n, i]))));
}

export const STATUS_INDEX = indexOf(METER_STATUSES);
export const KIND_INDEX = indexOf(METER_KINDS);
export const REGION_INDEX = indexOf(REGIONS);

export const STATUS_NORMAL = 0;
export const STATUS_PEAK = 1;
export const STATUS_OUTAGE = 2;
export const STATUS_FAULT = 3;
export const STATUS_OFFLINE = 4;

export function feederName(region: number, feeder: number): string {
  return `${REGIONS[region]}-F${String(feeder + 1).padStart(2, '0')}`;
}
