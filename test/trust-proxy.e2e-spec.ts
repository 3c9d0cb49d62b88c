import request from 'supertest';
import { startTestApp, type TestApp } from './support/app.js';

describe('forwarded headers', () => {
  describe('with no trusted proxy (the default)', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await startTestApp({ RATE_LIMIT_PER_MINUTE: '2' });
    });
    afterAll(() => testApp.close());

    it('does not let a forged X-Forwarded-For open a fresh rate-limit window', async () => {
      const statuses: number[] = [];
      for (const forged of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
        const response = await request(testApp.server).get('/api/energy/summary').set('x-forwarded-for', forged);
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
    });
  });

  describe('behind a trusted proxy', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await startTestApp({ TRUSTED_PROXIES: 'loopback' });
    });
    afterAll(() => testApp.close());

    it('builds nextLink from the host and scheme the proxy saw', async () => {
      const response = await request(testApp.server)
        .get('/api/energy/telemetry?top=1')
        .set('x-forwarded-proto', 'https')
        .set('x-forwarded-host', 'grid.example.org')
        .expect(200);
      expect(response.body.nextLink).toMatch(/^https:\/\/grid\.example\.org\/api\/energy\/telemetry\?/);
    });
  });
});
