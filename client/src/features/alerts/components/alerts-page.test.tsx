import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { alertAt, summaryAt } from '@/test/fixtures';
import { eventStream, json, mockFetch, path } from '@/test/fetch-mock';
import { AlertsPage } from './alerts-page';

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

describe('AlertsPage', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('lists alerts newest first with links, sends the filters from the URL and pages by nextLink', async () => {
    window.history.replaceState(null, '', '/alerts?state=active&kind=meter-fault');
    const stream = eventStream();
    const calls = mockFetch(
      (call) => (path(call) === '/api/alerts/stream' ? stream.response : undefined),
      (call) => (path(call) === '/api/energy/summary' ? json(200, summaryAt(1, 100)) : undefined),
      (call) => {
        if (path(call) !== '/api/alerts') return undefined;
        const url = new URL(call.url, 'http://localhost');
        if (url.searchParams.get('skipToken') === '3') return json(200, { value: [alertAt(1)], activeCount: 3 });
        return json(200, { value: [alertAt(3), alertAt(2)], nextLink: 'http://localhost/api/alerts?state=active&kind=meter-fault&top=25&skipToken=3', activeCount: 3 });
      },
    );
    render(<AlertsPage />);
    await flush();
    const first = calls.find((call) => path(call) === '/api/alerts')!;
    expect(new URL(first.url, 'http://localhost').searchParams.toString()).toBe('state=active&kind=meter-fault&top=25');
    expect(screen.getAllByTestId('alert-row').map((row) => row.querySelector('a')?.getAttribute('href'))).toEqual(['/meters/MTR-0000003', '/meters/MTR-0000002']);
    expect(screen.getByLabelText('Kind')).toHaveValue('meter-fault');
    fireEvent.click(screen.getByRole('button', { name: 'Older' }));
    await flush();
    expect(screen.getAllByTestId('alert-row')).toHaveLength(1);

    fireEvent.change(screen.getByLabelText('Severity'), { target: { value: 'critical' } });
    await flush();
    expect(window.location.search).toBe('?state=active&kind=meter-fault&severity=critical');
  });

  it('reloads the first page when the stream reports a change', async () => {
    window.history.replaceState(null, '', '/alerts');
    const stream = eventStream();
    let listed = 0;
    const calls = mockFetch(
      (call) => (path(call) === '/api/alerts/stream' ? stream.response : undefined),
      (call) => (path(call) === '/api/energy/summary' ? json(200, summaryAt(1, 100)) : undefined),
      (call) => (path(call) === '/api/alerts' ? json(200, { value: Array.from({ length: ++listed }, (_, i) => alertAt(i + 1)), activeCount: listed }) : undefined),
    );
    render(<AlertsPage />);
    await flush();
    expect(screen.getAllByTestId('alert-row')).toHaveLength(1);
    stream.send('raised', alertAt(2));
    await flush();
    await flush();
    expect(calls.filter((call) => path(call) === '/api/alerts')).toHaveLength(2);
    expect(screen.getAllByTestId('alert-row')).toHaveLength(2);
  });
});
