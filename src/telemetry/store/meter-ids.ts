/** Simulated meters are named from their slot, so the HTTP thread resolves them without a lookup table. */
const SIMULATED_PREFIX = 'MTR-';
const SIMULATED_DIGITS = 7;

/** Ids real meters may use: short, URL-safe, no JSON escaping needed. */
export const METER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function simulatedMeterId(slot: number): string {
  return SIMULATED_PREFIX + String(slot + 1).padStart(SIMULATED_DIGITS, '0');
}

/** The slot a simulated id names, or -1 when the id is not of the simulated form. */
export function simulatedSlotOf(meterId: string): number {
  // Hand-rolled: this runs for every reading of every batch.
  if (meterId.length !== SIMULATED_PREFIX.length + SIMULATED_DIGITS || !meterId.startsWith(SIMULATED_PREFIX)) return -1;
  let number = 0;
  for (let i = SIMULATED_PREFIX.length; i < meterId.length; i++) {
    const digit = meterId.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number >= 1 ? number - 1 : -1;
}
