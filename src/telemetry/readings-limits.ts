/**
 * The readings contract's limits, in one place: the validator enforces them and the DTOs (OpenAPI) and error
 * messages are built from them, so the three cannot drift apart.
 */
export const MAX_READINGS_PER_BATCH = 10_000;
export const POWER_LIMIT_KW = 100_000;
export const VOLTAGE_LIMIT_V = 1000;
export const ENERGY_LIMIT_KWH = 1e12;

/** How a limit reads in messages: 100000, 1000, 1e12. */
export function limitText(value: number): string {
  return value >= 1e9 ? value.toExponential().replace('e+', 'e') : String(value);
}

/**
 * What the store keeps of each value, as the API documents it. Power and voltage columns are float32 (a million
 * meters times 61 history rows); below 2^14 kW a float32 still tells every watt apart, above it the step is at most
 * 2^-7 kW, so a served value is within 4 W of the one sent. Energy is float64 and kept to the Wh.
 */
export const POWER_PRECISION = 'exact to the watt (3 decimals) up to ±16384 kW, within 4 W above';
export const VOLTAGE_PRECISION = 'to the millivolt (3 decimals) in the latest reading, to 0.1 V in history';
export const ENERGY_PRECISION = 'to the watt-hour (3 decimals)';
