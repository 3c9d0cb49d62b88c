import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { eventStream, json, mockFetch, path } from '@/test/fetch-mock';
import { summaryAt } from '@/test/fixtures';
import { GridOverviewPage } from './grid-overview-page';

vi.mock('@/components/ui/line-chart', () => import('@/test/line-chart-stub'));

describe('GridOverviewPage', () => {
  it('shows the snapshot, then follows the stream tick by tick', async () => {
    const stream = eventStream();
    const calls = mockFetch((call) => {
      if (path(call) === '/api/energy/summary') return json(200, summaryAt(10, 5000, 10));
      if (path(call) === '/api/energy/stream') return stream.response;
      return undefined;
    });
    render(<GridOverviewPage />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the grid summary');
    expect(await screen.findByTestId('total-load')).toHaveTextContent('5.0 MW');
    expect(screen.getByTestId('status-peak')).toHaveTextContent('10');
    expect(within(screen.getByRole('table')).getByRole('rowheader', { name: 'north' })).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('data-points')).toBe('10');
    expect(calls.find((call) => path(call) === '/api/energy/summary')?.url).toContain('historyPoints=3600');
    expect(calls.find((call) => path(call) === '/api/energy/stream')?.headers.accept).toBe('text/event-stream');

    await act(async () => {
      stream.send('summary', summaryAt(11, 6200));
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(screen.getByTestId('tick')).toHaveTextContent('11');
    expect(screen.getByTestId('total-load')).toHaveTextContent('6.2 MW');
    expect(screen.getByRole('img').getAttribute('data-points')).toBe('11');
    expect(screen.getByTestId('stream-state')).toHaveTextContent('Live');
  });

  it('reconnects when the stream ends (server restart) and reloads the history from the new process', async () => {
    const first = eventStream();
    const second = eventStream();
    const streams = [first, second];
    const restartedAt = '2026-11-27T11:00:00Z';
    const snapshots = [summaryAt(900, 5000, 5), summaryAt(3, 4000, 3, restartedAt)];
    const calls = mockFetch((call) => {
      if (path(call) === '/api/energy/summary') return json(200, snapshots.shift() ?? summaryAt(3, 4000, 3, restartedAt));
      if (path(call) === '/api/energy/stream') return streams.shift()?.response;
      return undefined;
    });
    render(<GridOverviewPage />);
    expect(await screen.findByTestId('tick')).toHaveTextContent('900');

    await act(async () => first.close());
    await waitFor(() => expect(calls.filter((call) => path(call) === '/api/energy/stream')).toHaveLength(2), { timeout: 3000 });
    await waitFor(() => expect(calls.filter((call) => path(call) === '/api/energy/summary')).toHaveLength(2));
    await act(async () => {
      second.send('summary', summaryAt(4, 4100, 1, restartedAt));
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(screen.getByTestId('tick')).toHaveTextContent('4');
    expect(screen.getByRole('img').getAttribute('data-points')).toBe('4');
  });

  it('shows an error with a retry when the summary cannot be loaded and the stream is down', async () => {
    mockFetch(() => json(503, { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'The service is not ready yet.' }));
    render(<GridOverviewPage />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The grid summary could not be loaded.');
    expect(alert).toHaveTextContent('SERVICE_UNAVAILABLE');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
