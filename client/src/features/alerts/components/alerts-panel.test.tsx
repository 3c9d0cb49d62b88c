import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { alertAt } from '@/test/fixtures';
import { eventStream, mockFetch, path } from '@/test/fetch-mock';
import { AlertsPanel } from './alerts-panel';

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('AlertsPanel', () => {
  it('shows the active alerts from the stream, newest first, counted by kind and severity, and follows raises and resolves', async () => {
    const stream = eventStream();
    const calls = mockFetch((call) => (path(call) === '/api/alerts/stream' ? stream.response : undefined));
    render(<AlertsPanel />);
    const outage = alertAt(5, { alertId: 'fo-harbour-F03-x', kind: 'feeder-outage', severity: 'critical', subjectType: 'feeder', subject: 'harbour-F03', meterId: undefined, feeder: 'harbour-F03' });
    stream.send('active', { value: [alertAt(1), outage] });
    await flush();
    expect(calls[0]?.headers.accept).toBe('text/event-stream');
    expect(screen.getByTestId('active-alert-count')).toHaveTextContent('2');
    let items = screen.getAllByTestId('alert-item');
    expect(items[0]).toHaveTextContent('Feeder outage: feeder harbour-F03');
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/meters?region=harbour&status=outage');
    expect(within(items[1]!).getByRole('link')).toHaveAttribute('href', '/meters/MTR-0000001');
    expect(screen.getByLabelText('By kind')).toHaveTextContent('Feeder outage 1Meter fault 1Silent meter 0Region load 0');

    stream.send('raised', alertAt(9));
    await flush();
    items = screen.getAllByTestId('alert-item');
    expect(items[0]).toHaveTextContent('MTR-0000009');
    expect(screen.getByTestId('active-alert-count')).toHaveTextContent('3');

    stream.send('resolved', { ...outage, resolvedAt: '2026-12-01T10:10:00.000Z' });
    await flush();
    expect(screen.getByTestId('active-alert-count')).toHaveTextContent('2');
    expect(screen.queryByText(/harbour-F03/)).toBeNull();
  });

  it('says so when nothing is active', async () => {
    const stream = eventStream();
    mockFetch(() => stream.response);
    render(<AlertsPanel />);
    stream.send('active', { value: [] });
    await flush();
    expect(screen.getByText(/No active alerts/)).toBeInTheDocument();
  });
});
