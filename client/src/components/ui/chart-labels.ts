const tickNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Clock labels that say what they are: 13:05 over minutes and hours, 13:05:30 when the span is a few minutes. */
export function timeTickLabels(ticks: readonly number[], spanSeconds: number): string[] {
  const withSeconds = spanSeconds < 10 * 60;
  return ticks.map((t) =>
    new Date(t * 1000).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', ...(withSeconds ? { second: '2-digit' } : {}), hour12: false }),
  );
}

export function valueTickLabels(ticks: readonly number[], unit: string): string[] {
  return ticks.map((v) => `${tickNumber.format(v)} ${unit}`);
}
