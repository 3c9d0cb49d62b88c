import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';

interface Reading {
  meterId: string;
  kind: string;
  region: string;
  status: string;
  powerKw: number;
  timestamp: string;
}

describe('telemetry API', () => {
  let testApp: TestApp;
  const get = (path: string) => request(testApp.server).get(path).set('host', 'grid.example.test');

  beforeAll(async () => {
    testApp = await startTestApp({ METER_COUNT: '500', REAL_METER_SLOTS: '3' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function pageAll(query: string): Promise<{ ids: string[]; counts: number[]; items: Reading[] }> {
    const items: Reading[] = [];
    const counts: number[] = [];
    let link: string | undefined = `/api/energy/telemetry?${query}`;
    while (link) {
      const response: request.Response = await get(link).expect(200);
      items.push(...(response.body.value as Reading[]));
      counts.push(response.body.count);
      if (response.body.nextLink) {
        const next: URL = new URL(response.body.nextLink as string);
        expect(next.origin).toBe('http://grid.example.test');
        link = next.pathname + next.search;
      } else {
        link = undefined;
      }
    }
    return { ids: items.map((item) => item.meterId), counts, items };
  }

  it('lists 100 meters by default in an OData-style envelope with an absolute nextLink', async () => {
    const response = await get('/api/energy/telemetry').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.value).toHaveLength(100);
    expect(response.body).toMatchObject({ count: 500, tick: expect.any(Number), timestamp: expect.any(String) });
    expect(response.body.nextLink).toBe('http://grid.example.test/api/energy/telemetry?top=100&skipToken=100');
    expect(Object.keys(response.body.value[0]).sort()).toEqual(
      ['energyKwh', 'feeder', 'kind', 'meterId', 'powerKw', 'region', 'status', 'timestamp', 'voltageV'].sort(),
    );
  });

  it('pages through every meter exactly once, in id order, by following nextLink', async () => {
    const { ids, counts } = await pageAll('top=37');
    expect(ids).toHaveLength(500);
    expect(new Set(ids).size).toBe(500);
    expect(ids[0]).toBe('MTR-0000001');
    expect(ids[499]).toBe('MTR-0000500');
    expect(counts.every((count) => count === 500)).toBe(true);
  });

  it('filters by status, kind and region, carrying the filters into nextLink, with a matching count', async () => {
    for (const query of ['kind=commercial', 'region=harbour&kind=residential', 'status=normal&region=old-town']) {
      const params = new URLSearchParams(query);
      const { items, counts } = await pageAll(`${query}&top=20`);
      expect(items.length).toBeGreaterThan(0);
      expect(counts[0]).toBe(items.length);
      for (const item of items) for (const [name, value] of params) expect(item[name as keyof Reading]).toBe(value);
    }
  });

  it('pages through a search combined with filters by following nextLink, matching a filter over every meter', async () => {
    const everyone = (await pageAll('top=1000')).items;
    for (const query of ['search=1&kind=residential', 'search=mtr-00002&status=normal', 'search=0&region=harbour&kind=commercial', 'search=-']) {
      const params = new URLSearchParams(query);
      const search = (params.get('search') as string).toLowerCase();
      params.delete('search');
      const expected = everyone
        .filter((item) => item.meterId.toLowerCase().includes(search) && [...params].every(([name, value]) => item[name as keyof Reading] === value))
        .map((item) => item.meterId);
      const { ids, counts } = await pageAll(`${query}&top=13`);
      expect([query, ids]).toEqual([query, expected]);
      expect(expected.length).toBeGreaterThan(0);
      expect(new Set(counts)).toEqual(new Set([expected.length]));
    }
  });

  it('finds meters by part of their id', async () => {
    const response = await get('/api/energy/telemetry?search=mtr-000012').expect(200);
    expect(response.body.value.map((r: Reading) => r.meterId)).toEqual(Array.from({ length: 10 }, (_, i) => `MTR-000012${i}`));
    expect(response.body.count).toBe(10);
    const tail = await get('/api/energy/telemetry?search=499').expect(200);
    expect(tail.body.value.map((r: Reading) => r.meterId)).toEqual(['MTR-0000499']);
  });

  it.each([
    'top=0',
    'top=1001',
    'top=ten',
    'status=sleeping',
    'kind=nuclear',
    'region=atlantis',
    'skipToken=-4',
    'skipToken=99999999',
    'search=a%20b',
    'status=peak&status=normal',
  ])('rejects ?%s with TELEMETRY_QUERY_INVALID', async (query) => {
    const response = await get(`/api/energy/telemetry?${query}`).expect(400);
    expect(response.body).toEqual({ statusCode: 400, code: 'TELEMETRY_QUERY_INVALID', message: expect.any(String) });
  });

  it('returns one meter with its attributes, latest reading and history, or 404', async () => {
    const response = await get('/api/energy/meters/MTR-0000042').expect(200);
    expect(response.body).toMatchObject({ meterId: 'MTR-0000042', source: 'simulated', latest: { meterId: 'MTR-0000042' } });
    expect(response.body.history.length).toBeGreaterThanOrEqual(1);
    expect(response.body.history[0]).toEqual({ timestamp: expect.any(String), powerKw: expect.any(Number), voltageV: expect.any(Number), status: expect.any(String) });
    for (const id of ['MTR-0000501', 'MTR-0000000', 'nobody']) {
      const missing = await get(`/api/energy/meters/${id}`).expect(404);
      expect(missing.body.code).toBe('TELEMETRY_METER_NOT_FOUND');
    }
  });

  it('summarises the grid: totals, status counts and regions that add up', async () => {
    const response = await get('/api/energy/summary').expect(200);
    const summary = response.body;
    expect(summary.meterCount).toBe(500);
    expect(Object.values(summary.byStatus as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(500);
    expect(summary.regions).toHaveLength(8);
    expect(summary.regions.reduce((sum: number, r: { meterCount: number }) => sum + r.meterCount, 0)).toBe(500);
    const regionLoad = summary.regions.reduce((sum: number, r: { loadKw: number }) => sum + r.loadKw, 0);
    expect(regionLoad).toBeCloseTo(summary.totalLoadKw, 0);
    expect(summary.history.at(-1)).toEqual({ tick: summary.tick, timestamp: summary.timestamp, totalLoadKw: summary.totalLoadKw });
    await get('/api/energy/summary?historyPoints=3601').expect(400);
    expect((await get('/api/energy/summary?historyPoints=0').expect(200)).body.history).toEqual([]);
  });

  it('documents every operation and marks the stream internal for the connector', async () => {
    const response = await get('/api/openapi.json').expect(200);
    const paths = response.body.paths;
    expect(paths['/api/energy/telemetry'].get.operationId).toBe('ListTelemetry');
    expect(paths['/api/energy/meters/{meterId}'].get.operationId).toBe('GetMeter');
    expect(paths['/api/energy/summary'].get.operationId).toBe('GetGridSummary');
    expect(paths['/api/energy/stream'].get.operationId).toBe('StreamGridSummary');
    expect(paths['/api/energy/stream'].get['x-ms-visibility']).toBe('internal');
    expect(paths['/api/energy/readings'].post.operationId).toBe('PostReadings');
    expect(response.body.components.schemas.TelemetryPageDto.properties.nextLink).toBeDefined();
  });

  it('reports the simulator in health and its tick and status figures in metrics', async () => {
    const health = await get('/api/health').expect(200);
    expect(health.body.components.simulator.status).toBe('up');
    const metrics = await get('/metrics').expect(200);
    expect(metrics.text).toMatch(/powergrid_simulator_tick_duration_seconds_count [1-9]/);
    expect(metrics.text).toMatch(/powergrid_meters_by_status\{status="normal"\} [1-9]/);
  });
});
