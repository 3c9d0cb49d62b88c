import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '@/app/app';
import { json, mockFetch, path } from '@/test/fetch-mock';
import { telemetryPage } from '@/test/fixtures';

vi.mock('@/components/ui/line-chart', () => import('@/test/line-chart-stub'));

const KEY = 'correct-key-123';

describe('ApiKeyPrompt', () => {
  it('appears on a 401, rejects a wrong key, then keeps the right one in sessionStorage and reloads', async () => {
    window.history.replaceState(null, '', '/meters');
    const calls = mockFetch((call) => {
      if (call.headers['x-api-key'] !== KEY) return json(401, { statusCode: 401, code: 'AUTH_API_KEY_INVALID', message: 'A valid x-api-key header is required.' });
      if (path(call) === '/api/energy/telemetry') return json(200, telemetryPage(1, 3, 3));
      return json(200, { regions: [] });
    });
    render(<App />);
    const field = await screen.findByLabelText('API key');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('type', 'password');

    fireEvent.change(field, { target: { value: 'wrong-key' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use key' }));
    expect(await screen.findByText('The server rejected this key.')).toBeInTheDocument();
    expect(sessionStorage.getItem('powergrid.apiKey')).toBeNull();

    fireEvent.change(field, { target: { value: KEY } });
    fireEvent.click(screen.getByRole('button', { name: 'Use key' }));
    await waitFor(() => expect(screen.queryByTestId('api-key-prompt')).toBeNull());
    expect(await screen.findByTestId('meter-table')).toBeInTheDocument();
    expect(sessionStorage.getItem('powergrid.apiKey')).toBe(KEY);
    expect(localStorage.length).toBe(0);
    expect(calls.filter((call) => path(call) === '/api/energy/telemetry').at(-1)?.headers['x-api-key']).toBe(KEY);

    fireEvent.click(screen.getByRole('button', { name: 'Forget API key' }));
    expect(await screen.findByTestId('api-key-prompt')).toBeInTheDocument();
    expect(sessionStorage.getItem('powergrid.apiKey')).toBeNull();
  });
});
