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
