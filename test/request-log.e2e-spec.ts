import request from 'supertest';
import { startTestApp, type TestApp } from './support/app.js';
import { AUDIT_QUESTION, NOTES_FIXTURE_DIR } from './support/compliance-fixtures.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface LogLine {
  level: string;
  context?: string;
  message: unknown;
  requestId?: string;
  method?: string;
  route?: string;
  status?: number;
  durationMs?: number;
}

describe('structured logs: one JSON line per request, with the id the answer carries in x-request-id', () => {
  let app: TestApp;
  const written: string[] = [];
  const originalWrite = process.stdout.write.bind(process.stdout);

  /** Every line the app wrote to stdout since the last call, each of which must be one JSON object. */
  function lines(): LogLine[] {
    const text = written.splice(0).join('');
    return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogLine);
  }

  function requestLine(requestId: string): LogLine | undefined {
    return lines().find((line) => line.context === 'HTTP' && line.requestId === requestId);
  }

  beforeAll(async () => {
    process.stdout.write = (chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    };
    app = await startTestApp({ LOG_LEVEL: 'log', LOG_FORMAT: 'json', COMPLIANCE_NOTES_DIR: NOTES_FIXTURE_DIR });
  });

  afterAll(async () => {
    await app?.close();
    process.stdout.write = originalWrite;
  });

  it('writes Nest bootstrap lines as JSON too', () => {
    const boot = lines();
    expect(boot.length).toBeGreaterThan(3);
    expect(boot).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'log', context: 'RouterExplorer', message: expect.stringContaining('Mapped {') })]));
  });

  it('logs method, route pattern, status and duration under a new UUID it returns in x-request-id', async () => {
    const res = await request(app.server).get('/api/energy/meters/MTR-0000007').expect(200);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(UUID);
    const line = requestLine(id);
    expect(line).toEqual({
      level: 'log',
      pid: process.pid,
      timestamp: expect.any(Number),
      message: 'request completed',
      context: 'HTTP',
      requestId: id,
      method: 'GET',
      route: '/api/energy/meters/:meterId',
      status: 200,
      durationMs: expect.any(Number),
    });
    // The route pattern, not the URL: meter ids and query strings stay out of the logs.
    expect(JSON.stringify(line)).not.toContain('MTR-0000007');
  });

  it('keeps a sane incoming id and replaces one that is too long or not a plain token', async () => {
    const kept = await request(app.server).get('/api/health').set('x-request-id', 'edge-7f3a:42/retry=1').expect(200);
    expect(kept.headers['x-request-id']).toBe('edge-7f3a:42/retry=1');
    expect(requestLine('edge-7f3a:42/retry=1')).toMatchObject({ route: '/api/health', status: 200 });
    for (const bad of ['a'.repeat(129), 'two words', '"quoted"', '-starts-with-dash']) {
      const res = await request(app.server).get('/api/health').set('x-request-id', bad).expect(200);
      expect(res.headers['x-request-id']).toMatch(UUID);
    }
  });

  it('logs errors and unmatched routes with their status, and the error answer carries the id', async () => {
    const missing = await request(app.server).get('/api/no-such-route').expect(404);
    expect(requestLine(missing.headers['x-request-id'])).toMatchObject({ method: 'GET', route: '(unmatched)', status: 404 });
    const invalid = await request(app.server).post('/api/energy/readings').set('content-type', 'application/json').send('{"readings": [').expect(400);
    expect(requestLine(invalid.headers['x-request-id'])).toMatchObject({ method: 'POST', route: '/api/energy/readings', status: 400 });
  });

  it('covers hijacked server-sent event streams: header on the stream, line when it ends', async () => {
    const res = await request(app.server).post('/api/compliance/ask/stream').send(AUDIT_QUESTION).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(requestLine(res.headers['x-request-id'])).toMatchObject({ method: 'POST', route: '/api/compliance/ask/stream', status: 200 });
  });
});
