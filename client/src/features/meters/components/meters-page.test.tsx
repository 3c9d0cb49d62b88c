import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, mockFetch, path, type RecordedCall } from '@/test/fetch-mock';
import { summaryAt, telemetryPage } from '@/test/fixtures';
import { MetersPage } from './meters-page';

const NEXT = 'http://server.example:8080/api/energy/telemetry?top=50&skipToken=tok-2';

function telemetryRoute(call: RecordedCall) {
  if (path(call) === '/api/energy/summary') return json(200, summaryAt(1, 100));
  if (path(call) !== '/api/energy/telemetry') return undefined;
  const query = new URL(call.url, 'http://localhost').searchParams;
  if (query.get('search') === 'nothing') return json(200, { value: [], count: 0, tick: 1, timestamp: '2026-11-27T10:00:00Z' });
  return query.get('skipToken') === 'tok-2' ? json(200, telemetryPage(51, 50, 120, 'http://server.example:8080/api/energy/telemetry?skipToken=tok-3'))
    : json(200, telemetryPage(1, 50, 120, NEXT));
}

const firstMeter = () => within(screen.getByTestId('meter-table')).getAllByRole('rowheader')[0]?.textContent;

describe('MetersPage', () => {
  beforeEach(() => window.history.replaceState(null, '', '/meters'));

  it('pages forward by the server nextLink and back from the remembered links', async () => {
    const calls = mockFetch(telemetryRoute);
    render(<MetersPage />);
    expect(await screen.findByTestId('page-status')).toHaveTextContent('Page 1: meters 1–50 of 120');
    expect(firstMeter()).toBe('MTR-0000001');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByTestId('page-status')).toHaveTextContent('Page 2: meters 51–100 of 120'));
    expect(firstMeter()).toBe('MTR-0000051');
    expect(calls.at(-1)?.url).toBe('/api/energy/telemetry?top=50&skipToken=tok-2');

    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(screen.getByTestId('page-status')).toHaveTextContent('Page 1'));
    expect(firstMeter()).toBe('MTR-0000001');
  });

  it("says the next page is loading while the previous page's rows are still shown, never claiming their range", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    mockFetch((call) => {
      if (path(call) === '/api/energy/telemetry' && call.url.includes('skipToken=tok-2')) return held.then(() => telemetryRoute(call) ?? json(404, {}));
      return telemetryRoute(call);
    });
    render(<MetersPage />);
    expect(await screen.findByTestId('page-status')).toHaveTextContent('Page 1: meters 1–50 of 120');

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByTestId('page-status')).toHaveTextContent('Loading page 2…'));
    expect(firstMeter()).toBe('MTR-0000001');

    release();
    await waitFor(() => expect(screen.getByTestId('page-status')).toHaveTextContent('Page 2: meters 51–100 of 120'));
    expect(firstMeter()).toBe('MTR-0000051');
  });

  it('sends filters to the server, keeps them in the URL and restarts from page 1', async () => {
    const calls = mockFetch(telemetryRoute);
    render(<MetersPage />);
    await screen.findByTestId('meter-table');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByTestId('page-status')).toHaveTextContent('Page 2'));

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'peak' } });
    await waitFor(() => expect(screen.getByTestId('page-status')).toHaveTextContent('Page 1'));
    expect(window.location.search).toBe('?status=peak');
    const telemetryCalls = calls.filter((call) => path(call) === '/api/energy/telemetry');
    expect(telemetryCalls.at(-1)?.url).toBe('/api/energy/telemetry?status=peak&top=50');
  });

  it('debounces the id search and shows an empty state', async () => {
    mockFetch(telemetryRoute);
    render(<MetersPage />);
    await screen.findByTestId('meter-table');
    fireEvent.change(screen.getByLabelText('Meter id contains'), { target: { value: 'nothing' } });
    expect(await screen.findByText('No meters match these filters.')).toBeInTheDocument();
    expect(window.location.search).toBe('?search=nothing');
  });

  it('shows the server error with its code', async () => {
    mockFetch(() => json(400, { statusCode: 400, code: 'REQUEST_VALIDATION_FAILED', message: 'top must be at most 1000.' }));
    render(<MetersPage />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('top must be at most 1000.');
    expect(alert).toHaveTextContent('REQUEST_VALIDATION_FAILED');
  });
});
