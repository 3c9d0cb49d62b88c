import type { MeterDirectory } from './meter-directory.js';

const PREFIX = 'mtr-';
const DIGITS = 7;
const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000];

/**
 * A predicate "the meter id in this slot contains `search` (lower case)" that does not build the id string
 * of simulated meters: at a million meters, formatting every id would block the HTTP thread for a tenth of
 * a second per search. Simulated ids are MTR- plus 7 digits, so a match is a digit-window or prefix test.
 */
export function meterIdMatcher(search: string, directory: MeterDirectory): (slot: number) => boolean {
  const simulated = simulatedMatcher(search);
  const simulatedCount = directory.simulatedCount;
  return (slot) => (slot < simulatedCount ? simulated(slot + 1) : directory.idOf(slot).toLowerCase().includes(search));
}

function simulatedMatcher(search: string): (number: number) => boolean {
  if (PREFIX.includes(search)) return () => true;
  if (/^\d+$/.test(search)) {
    if (search.length > DIGITS) return () => false;
    return digitWindow(Number(search), search.length);
  }
  const dash = search.indexOf('-');
  const head = search.slice(0, dash + 1);
  const tail = search.slice(dash + 1);
  if (dash < 0 || !PREFIX.endsWith(head) || !/^\d*$/.test(tail) || tail.length > DIGITS) return () => false;
  // "tr-00012" matches the numbers whose 7 digits start with 00012: one contiguous range.
  const scale = POW10[DIGITS - tail.length];
  const low = Number(tail || '0') * scale;
  const high = low + scale;
  return (number) => number >= low && number < high;
}

function digitWindow(value: number, length: number): (number: number) => boolean {
  const modulus = POW10[length];
  return (number) => {
    for (let shift = 0; shift <= DIGITS - length; shift++) {
      if (Math.floor(number / POW10[shift]) % modulus === value) return true;
    }
    return false;
  };
}
