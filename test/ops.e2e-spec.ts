import request from 'supertest';
import { startTestApp, type TestApp } from './support/app.js';

describe('operations endpoints', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('reports liveness and readiness on /api/health', async () => {
    const response = await request(testApp.server).get('/api/health').expect(200);
    expect(response.body).toMatchObject({ live: true, ready: true });
    expect(['ok', 'degraded']).toContain(response.body.status);
  });

  it('serves Prometheus text on /metrics, outside the /api prefix', async () => {
    await request(testApp.server).get('/api/health');
    const response = await request(testApp.server).get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toMatch(/powergrid_http_request_duration_seconds_bucket\{[^}]*route="\/api\/health"/);
  });

  it('answers unknown routes with the standard error shape', async () => {
    const response = await request(testApp.server).get('/api/no-such-route').expect(404);
    expect(response.body).toEqual({ statusCode: 404, code: 'ROUTE_NOT_FOUND', message: expect.any(String) });
  });

  it('answers malformed JSON with REQUEST_BODY_INVALID', async () => {
    const response = await request(testApp.server)
      .post('/api/no-such-route')
      .set('content-type', 'application/json')
      .send('{"broken"');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('REQUEST_BODY_INVALID');
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const spec = await request(testApp.server).get('/api/openapi.json').expect(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(spec.body.paths['/api/health'].get.operationId).toBe('GetHealth');
    const docs = await request(testApp.server).get('/docs').expect(200);
    expect(docs.text).toContain('swagger-ui');
  });
});
