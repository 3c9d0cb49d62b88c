import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { reading } from '@/test/fixtures';
import { MeterDetailPage } from './meter-detail-page';

vi.mock('@/components/ui/line-chart', () => import('@/test/line-chart-stub'));

describe('MeterDetailPage', () => {
  it('shows the attributes, a chart and the latest readings', async () => {
    const latest = reading(7);
    const history = Array.from({ length: 30 }, (_, index) => ({
      timestamp: new Date(Date.UTC(2026, 10, 27, 10, 0, index)).toISOString(), powerKw: index, voltageV: 230, status: 'normal' as const,
    }));
    const calls = mockFetch(() => json(200, { meterId: latest.meterId, kind: 'residential', region: 'north', feeder: 'F-1', source: 'real', latest, history }));
    render(<MeterDetailPage meterId="MTR-0000007" />);
    expect(await screen.findByTestId('meter-attributes')).toHaveTextContent('real');
    expect(screen.getByRole('img', { name: /Power of meter MTR-0000007 over its last 30 readings/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Latest 10 readings, newest first' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('29.0 kW');
    expect(calls[0]?.url).toBe('/api/energy/meters/MTR-0000007');
  });

  it('says so when the meter does not exist', async () => {
    mockFetch(() => json(404, { statusCode: 404, code: 'TELEMETRY_METER_NOT_FOUND', message: 'No meter.' }));
    render(<MeterDetailPage meterId="nope/../x" />);
    expect(await screen.findByText(/No meter has the id “nope\/..\/x”/)).toBeInTheDocument();
  });
});
