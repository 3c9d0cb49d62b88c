import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { apiGet, toApiPath } from './api-client';
import { ApiError } from './api-error';
import { saveApiKey } from './api-key-store';

describe('apiGet', () => {
  it('sends the saved key and drops empty query values', async () => {
    saveApiKey('session-key-1');
    const calls = mockFetch(() => json(200, { ok: true }));
    await expect(apiGet('/api/energy/telemetry', { query: { status: 'peak', region: '', top: 50, kind: undefined } })).resolves.toEqual({ ok: true });
    expect(calls[0]?.url).toBe('/api/energy/telemetry?status=peak&top=50');
    expect(calls[0]?.headers['x-api-key']).toBe('session-key-1');
  });

  it('turns the error shape into an ApiError with the stable code', async () => {
    mockFetch(() => json(404, { statusCode: 404, code: 'TELEMETRY_METER_NOT_FOUND', message: 'No meter X.' }));
    const error = await apiGet('/api/energy/meters/X').catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'TELEMETRY_METER_NOT_FOUND', message: 'No meter X.' });
  });

  it('reports a non-JSON failure and an unreachable server with typed errors', async () => {
    mockFetch(() => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(apiGet('/api/x')).rejects.toMatchObject({ status: 502, code: 'HTTP_502' });
    mockFetch(() => Promise.reject(new TypeError('fetch failed')));
    await expect(apiGet('/api/x')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});

describe('toApiPath', () => {
  it('keeps only the path and query of an absolute paging link', () => {
    expect(toApiPath('http://10.0.0.5:8080/api/energy/telemetry?top=50&skipToken=abc')).toBe('/api/energy/telemetry?top=50&skipToken=abc');
  });
});
