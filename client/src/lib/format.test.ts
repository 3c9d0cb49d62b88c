import { describe, expect, it } from 'vitest';
import { timeTickLabels, valueTickLabels } from '@/components/ui/chart-labels';
import { formatEnergy } from './format';

describe('formatEnergy', () => {
  it('shows something for a household meter a few minutes old, and large totals compactly', () => {
    expect(formatEnergy(0.0004)).toBe('0.4 Wh');
    expect(formatEnergy(0.0421)).toBe('42 Wh');
    expect(formatEnergy(0.61)).toBe('610 Wh');
    expect(formatEnergy(3.456)).toBe('3.46 kWh');
    expect(formatEnergy(1523.117)).toBe('1,523.1 kWh');
    expect(formatEnergy(52_300)).toBe('52.3 MWh');
    expect(formatEnergy(3_200_000)).toBe('3.2 GWh');
  });
});

describe('chart tick labels', () => {
  it('label times as clock times, with seconds only over a few minutes', () => {
    const t = Date.UTC(2026, 11, 1, 13, 5, 30) / 1000;
    const hourLabels = timeTickLabels([t], 3600);
    expect(hourLabels[0]).toMatch(/^\d{2}:\d{2}$/);
    expect(timeTickLabels([t], 120)[0]).toMatch(/^\d{2}:\d{2}:30$/);
  });

  it('label values with the unit and at most one decimal', () => {
    expect(valueTickLabels([1263.6, 1250, 63.25], 'MW')).toEqual(['1,263.6 MW', '1,250 MW', '63.3 MW']);
  });
});
