import request from 'supertest';
import { startTestApp, type TestApp } from './support/app.js';
import { ConnectorFixtureModule } from './connector/fixture/connector-fixture.module.js';

const KEY = 'k1-test-key-0001';
const OTHER_KEY = 'k2-test-key-0002';
const fixture = { extraModules: [ConnectorFixtureModule] };

describe('API-key security', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ API_KEYS: `${KEY},${OTHER_KEY}` }, fixture);
  });
  afterAll(async () => app.close());

  it('refuses a protected route without a key, with a wrong key, and accepts either right key', async () => {
    const none = await request(app.server).get('/api/fixture/widgets').expect(401);
    expect(none.body).toEqual({ statusCode: 401, code: 'AUTH_API_KEY_INVALID', message: expect.any(String) });
    await request(app.server).get('/api/fixture/widgets').set('x-api-key', `${KEY}x`).expect(401);
    await request(app.server).get('/api/fixture/widgets').set('x-api-key', KEY.slice(0, -1)).expect(401);
    await request(app.server).get('/api/fixture/widgets').set('x-api-key', KEY).expect(200);
    await request(app.server).get('/api/fixture/widgets').set('x-api-key', OTHER_KEY).expect(200);
  });

  it('answers 401 on every operation of the spec except GetHealth and GetLiveness, before parsing any body', async () => {
    const spec = (await request(app.server).get('/api/openapi.json').expect(200)).body as { paths: Record<string, Record<string, { operationId: string }>> };
    const results: string[] = [];
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const url = path.replace(/\{[^}]+\}/g, 'any-id');
        const call = (request(app.server) as unknown as Record<string, (url: string) => request.Test>)[method](url);
        const response = await call.set('content-type', 'application/json').send('{not json');
        results.push(`${operation.operationId} ${response.status} ${response.body.code ?? ''}`.trim());
      }
    }
    expect(results.filter((line) => !line.startsWith('GetHealth') && !line.startsWith('GetLiveness'))).toEqual(
      results.filter((line) => !line.startsWith('GetHealth') && !line.startsWith('GetLiveness')).map((line) => `${line.split(' ')[0]} 401 AUTH_API_KEY_INVALID`),
    );
    expect(results.length).toBeGreaterThan(5);
  });

  it('leaves health, the spec, Swagger UI and its assets open, and protects /metrics', async () => {
    await request(app.server).get('/api/health').expect(200);
    await request(app.server).get('/api/openapi.json').expect(200);
    await request(app.server).get('/docs').expect(200);
    await request(app.server).get('/docs/swagger-ui.css').expect(200);
    await request(app.server).get('/metrics').expect(401);
    await request(app.server).get('/metrics').set('x-api-key', KEY).expect(200);
  });

  it('does not reveal which /api routes exist to a caller without a key', async () => {
    await request(app.server).get('/api/no-such-route').expect(401);
    await request(app.server).get('/api/no-such-route').set('x-api-key', KEY).expect(404);
  });

  it('sends security headers, also on refusals', async () => {
    for (const response of [await request(app.server).get('/api/health'), await request(app.server).get('/api/fixture/widgets')]) {
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});

describe('body limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ API_KEYS: KEY }, fixture);
  });
  afterAll(async () => app.close());

  it('answers 413 REQUEST_BODY_TOO_LARGE past the 1 MiB default and past a route limit', async () => {
    const big = JSON.stringify({ title: 't', content: 'x'.repeat(1024 * 1024) });
    const global = await request(app.server).post('/api/fixture/notes').set('x-api-key', KEY).set('content-type', 'application/json').send(big);
    expect([global.status, global.body.code]).toEqual([413, 'REQUEST_BODY_TOO_LARGE']);
    const route = await request(app.server)
      .post('/api/fixture/widgets')
      .set('x-api-key', KEY)
      .send({ name: 'n'.repeat(5000), color: 'red', dimensions: { widthMm: 1, heightMm: 1 } });
    expect([route.status, route.body.code]).toEqual([413, 'REQUEST_BODY_TOO_LARGE']);
  });

  it('answers 413 REQUEST_BODY_TOO_LARGE for an oversize upload', async () => {
    const response = await request(app.server)
      .post('/api/fixture/uploads')
      .set('x-api-key', KEY)
      .field('label', 'big')
      // Past both the fixture's own 64 KiB file limit and the 5 MB one the compliance module sets when it
      // registers the multipart parser for the whole app.
      .attach('file', Buffer.alloc(6 * 1024 * 1024, 1), 'big.bin');
    expect([response.status, response.body.code]).toEqual([413, 'REQUEST_BODY_TOO_LARGE']);
  });

  it('refuses an oversize body without a key with 401, without reading it', async () => {
    const response = await request(app.server).post('/api/fixture/notes').set('content-type', 'application/json').send('x'.repeat(2 * 1024 * 1024));
    expect(response.status).toBe(401);
  });
});

describe('rate limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ API_KEYS: `${KEY},${OTHER_KEY}`, RATE_LIMIT_PER_MINUTE: '3' }, fixture);
  });
  afterAll(async () => app.close());

  it('answers 429 RATE_LIMITED with Retry-After past the per-key limit; other keys and health are unaffected', async () => {
    for (let i = 0; i < 3; i += 1) await request(app.server).get('/api/fixture/widgets').set('x-api-key', KEY).expect(200);
    const limited = await request(app.server).get('/api/fixture/widgets').set('x-api-key', KEY).expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    await request(app.server).get('/api/fixture/widgets').set('x-api-key', OTHER_KEY).expect(200);
    for (let i = 0; i < 5; i += 1) await request(app.server).get('/api/health').expect(200);
  });

  it('counts wrong keys against the caller address, so guessing cannot mint fresh windows', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await request(app.server).get('/api/fixture/widgets').set('x-api-key', `guess-${i}-xxxxxx`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});

describe('CORS', () => {
  it('allows only the configured origins, preflight included', async () => {
    const app = await startTestApp({ API_KEYS: KEY, CORS_ORIGINS: 'https://apps.contoso.com' }, fixture);
    try {
      const allowed = await request(app.server).get('/api/fixture/widgets').set('origin', 'https://apps.contoso.com').set('x-api-key', KEY).expect(200);
      expect(allowed.headers['access-control-allow-origin']).toBe('https://apps.contoso.com');
      const refused = await request(app.server).get('/api/fixture/widgets').set('origin', 'https://evil.example').set('x-api-key', KEY);
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await request(app.server)
        .options('/api/fixture/widgets')
        .set('origin', 'https://apps.contoso.com')
        .set('access-control-request-method', 'GET')
        .set('access-control-request-headers', 'x-api-key');
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-headers']).toContain('x-api-key');
    } finally {
      await app.close();
    }
  });
});

describe('API keys in logs', () => {
  it('never appear in anything the server writes, even at verbose level and on errors', async () => {
    const written: string[] = [];
    const originals = { out: process.stdout.write, err: process.stderr.write };
    const capture = (chunk: unknown): boolean => {
      written.push(String(chunk));
      return true;
    };
    process.stdout.write = capture;
    process.stderr.write = capture;
    try {
      const app = await startTestApp({ API_KEYS: KEY, LOG_LEVEL: 'verbose' }, fixture);
      await request(app.server).get('/api/fixture/widgets').set('x-api-key', KEY).expect(200);
      await request(app.server).get('/api/fixture/widgets').set('x-api-key', 'wrong-key-secret-9').expect(401);
      await request(app.server).get('/api/fixture/widgets/nope').set('x-api-key', KEY).expect(404);
      await request(app.server).post('/api/fixture/widgets').set('x-api-key', KEY).set('content-type', 'application/json').send('{bad').expect(400);
      await app.close();
    } finally {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
    }
    const log = written.join('');
    expect(log).toContain('Mapped {/api/fixture/widgets, GET} route');
    expect(log).not.toContain(KEY);
    expect(log).not.toContain('wrong-key-secret-9');
  });

  it('warns at boot when API_KEYS is unset', async () => {
    const written: string[] = [];
    const original = process.stdout.write;
    process.stdout.write = (chunk: unknown) => written.push(String(chunk)) > 0;
    try {
      const app = await startTestApp({ LOG_LEVEL: 'warn' });
      await app.close();
    } finally {
      process.stdout.write = original;
    }
    expect(written.join('')).toContain('API_KEYS is not set');
  });
});
