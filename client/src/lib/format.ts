const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function formatCount(value: number): string {
  return integer.format(value);
}

/** Loads span watts to gigawatts across one meter and a million; pick the unit that keeps 4 digits. */
export function formatPower(kw: number): string {
  const abs = Math.abs(kw);
  if (abs >= 1_000_000) return `${oneDecimal.format(kw / 1_000_000)} GW`;
  if (abs >= 1_000) return `${oneDecimal.format(kw / 1_000)} MW`;
  return `${oneDecimal.format(kw)} kW`;
}

const twoDecimals = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

export function formatNumber(value: number, unit: string): string {
  return `${oneDecimal.format(value)} ${unit}`;
}

/** A household meter draws a fraction of a kilowatt: keep two decimals below 10 kW. */
export function formatMeterPower(kw: number): string {
  return Math.abs(kw) < 10 ? `${twoDecimals.format(kw)} kW` : formatNumber(kw, 'kW');
}

/** For optional readings: an em dash when the meter never reported the value. */
export function formatOptional(value: number | undefined, unit: string): string {
  return value === undefined ? '—' : formatNumber(value, unit);
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString('en-GB');
}

export function toEpochSeconds(iso: string): number {
  return Date.parse(iso) / 1000;
}

/**
 * Cumulative energy from a few watt-hours (a household meter that started minutes ago) to gigawatt-hours:
 * the unit keeps three or four significant digits, so a residential meter never shows "0.0 kWh".
 */
export function formatEnergy(kwh: number): string {
  const abs = Math.abs(kwh);
  if (abs >= 1_000_000) return `${oneDecimal.format(kwh / 1_000_000)} GWh`;
  if (abs >= 10_000) return `${oneDecimal.format(kwh / 1_000)} MWh`;
  if (abs >= 10) return `${oneDecimal.format(kwh)} kWh`;
  if (abs >= 1) return `${twoDecimals.format(kwh)} kWh`;
  if (abs >= 0.01) return `${integer.format(kwh * 1000)} Wh`;
  return `${oneDecimal.format(kwh * 1000)} Wh`;
}
