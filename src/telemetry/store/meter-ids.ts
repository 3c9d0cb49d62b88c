/** Simulated meters are named from their slot, so the HTTP thread resolves them without a lookup table. */
const SIMULATED_PREFIX = 'MTR-';
const SIMULATED_DIGITS = 7;
const SIMULATED_ID = /^MTR-(\d{7})$/;

/** Ids real meters may use: short, URL-safe, no JSON escaping needed. */
export const METER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function simulatedMeterId(slot: number): string {
  return SIMULATED_PREFIX + String(slot + 1).padStart(SIMULATED_DIGITS, '0');
}

/** The slot a simulated id names, or -1 when the id is not of the simulated form. */
export function simulatedSlotOf(meterId: string): number {
  const match = SIMULATED_ID.exec(meterId);
  if (!match) return -1;
  const number = Number(match[1]);
  return number >= 1 ? number - 1 : -1;
}
