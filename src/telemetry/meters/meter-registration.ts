import { AppError } from '../../common/errors/app-error.js';
import { FEEDERS_PER_REGION, KIND_INDEX, METER_KINDS, REGION_INDEX, REGIONS, feederName } from '../telemetry.constants.js';
import { METER_ID_PATTERN, simulatedSlotOf } from '../store/meter-ids.js';
import { TelemetryErrors } from '../telemetry.errors.js';

const SITE_MAX = 200;
// eslint-disable-next-line no-control-regex -- the point is to refuse control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** A real meter's attributes as the store holds them (indexes), with the free-form site. */
export interface MeterAttributes {
  kind: number;
  region: number;
  feeder: number;
  site: string | null;
}

/** Ids of the simulated form belong to the simulator whatever METER_COUNT is, so a real meter never shadows one. */
export function isSimulatedId(meterId: string): boolean {
  return simulatedSlotOf(meterId) >= 0;
}

export function assertRealMeterId(meterId: string): void {
  if (!METER_ID_PATTERN.test(meterId)) {
    throw new AppError(TelemetryErrors.TELEMETRY_METER_INVALID, 'meterId must match ^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$.');
  }
  if (isSimulatedId(meterId)) {
    throw new AppError(TelemetryErrors.TELEMETRY_METER_SIMULATED, `${meterId} is a simulated meter id (MTR- and seven digits); real meters use ids of their own.`);
  }
}

/** Checks a PUT body, listing every problem in one 400. */
export function parseMeterAttributes(body: unknown): MeterAttributes {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError(TelemetryErrors.TELEMETRY_METER_INVALID, 'The body must be a JSON object with kind, region and feeder.');
  }
  const input = body as Record<string, unknown>;
  const problems: string[] = [];
  const kind = typeof input.kind === 'string' ? KIND_INDEX[input.kind] : undefined;
  if (kind === undefined) problems.push(`kind must be one of ${METER_KINDS.join(', ')}`);
  const region = typeof input.region === 'string' ? REGION_INDEX[input.region] : undefined;
  if (region === undefined) problems.push(`region must be one of ${REGIONS.join(', ')}`);
  const feeder = region === undefined ? undefined : feederIndex(input.feeder, region);
  if (region !== undefined && feeder === undefined) problems.push(`feeder must be ${feederName(region, 0)} to ${feederName(region, FEEDERS_PER_REGION - 1)}`);
  const site = input.site ?? null;
  if (site !== null && (typeof site !== 'string' || site.trim().length === 0 || site.length > SITE_MAX || CONTROL.test(site))) {
    problems.push(`site must be 1 to ${SITE_MAX} characters without control characters, or null`);
  }
  const unknown = Object.keys(input).filter((key) => !['kind', 'region', 'feeder', 'site'].includes(key));
  if (unknown.length > 0) problems.push(`unknown field(s): ${unknown.slice(0, 5).join(', ')}`);
  if (problems.length > 0) throw new AppError(TelemetryErrors.TELEMETRY_METER_INVALID, `The meter is not valid: ${problems.join('; ')}.`);
  return { kind: kind as number, region: region as number, feeder: feeder as number, site: site === null ? null : (site as string).trim() };
}

function feederIndex(value: unknown, region: number): number | undefined {
  if (typeof value !== 'string') return undefined;
  for (let feeder = 0; feeder < FEEDERS_PER_REGION; feeder++) if (feederName(region, feeder) === value) return feeder;
  return undefined;
}

export function toRegistration(meterId: string, attributes: MeterAttributes): { meterId: string; kind: (typeof METER_KINDS)[number]; region: string; feeder: string; site?: string } {
  const registration = { meterId, kind: METER_KINDS[attributes.kind], region: REGIONS[attributes.region], feeder: feederName(attributes.region, attributes.feeder) };
  return attributes.site === null ? registration : { ...registration, site: attributes.site };
}
