import request from 'supertest';
import { startTestApp, type TestApp } from './support/app.js';
import { NOTES_FIXTURE_DIR } from './support/compliance-fixtures.js';

interface Operation {
  method: string;
  path: string;
  declared: string[];
  responses: Record<string, unknown>;
}

/** Bodies that would pass validation if their media type were accepted, so only the type can refuse them. */
const VALID_JSON: Record<string, unknown> = {
  // A loopback callback (allowed below) that no alert reaches: ticks are 100 s apart, and region-load needs minutes of history.
  '/api/alerts/subscriptions': { callbackUrl: 'http://127.0.0.1:9/hook', kind: 'region-load' },
  '/api/compliance/ask': { question: 'Which enterprises must carry out an energy audit?' },
  '/api/compliance/ask/stream': { question: 'Which enterprises must carry out an energy audit?' },
  '/api/compliance/documents': { title: 'Memo', content: 'Heat pumps get a subsidy.', contentType: 'text/plain' },
  '/api/energy/meters/{meterId}': { kind: 'commercial', region: 'harbour', feeder: 'harbour-F03', site: 'Pier 4 cold store' },
  '/api/energy/readings': { readings: [{ meterId: 'SM-MEDIA-1', timestamp: new Date().toISOString(), powerKw: 1.5, voltageV: 230.1, status: 'normal' }] },
};

/** The same body in the undeclared encodings a client might pick by mistake. */
const UNDECLARED: Record<string, (json: unknown) => string> = {
  'text/plain': (json) => JSON.stringify(json),
  'text/plain; charset=utf-8': (json) => JSON.stringify(json),
  'application/x-www-form-urlencoded': (json) => new URLSearchParams(flat(json)).toString(),
  'application/xml': () => '<ask><question>energy audit</question></ask>',
  'application/octet-stream': (json) => JSON.stringify(json),
  'application/merge-patch+json': (json) => JSON.stringify(json),
  'multipart/form-data; boundary=x': () => '--x\r\nContent-Disposition: form-data; name="question"\r\n\r\nenergy audit\r\n--x--\r\n',
};

/** The path with its parameters filled in, so that only the media type can be refused. */
const PATH_VALUES: Record<string, string> = { meterId: 'SM-MEDIA-1' };
function urlOf(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => PATH_VALUES[name] ?? name);
}

function flat(json: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(json as Record<string, unknown>).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]));
}

describe('one rule for media types: every route with a body answers 415 to a content type its spec entry does not declare', () => {
  let app: TestApp;
  let operations: Operation[];

  beforeAll(async () => {
    app = await startTestApp({ COMPLIANCE_NOTES_DIR: NOTES_FIXTURE_DIR, ALERT_WEBHOOK_ALLOW_PRIVATE: 'true' });
    const spec = (await request(app.server).get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> }; responses: Record<string, unknown> }>>;
    };
    operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => operation.requestBody !== undefined)
        .map(([method, operation]) => ({ method, path, declared: Object.keys(operation.requestBody!.content), responses: operation.responses })),
    );
  });

  afterAll(async () => {
    await app?.close();
  });

  it('knows a valid JSON body for every operation that takes a body (a new route must be added here)', () => {
    expect(operations.map((op) => op.path).sort()).toEqual(Object.keys(VALID_JSON).sort());
    for (const op of operations) expect(op.declared).toContain('application/json');
    for (const op of operations) expect({ path: op.path, has415: '415' in op.responses }).toEqual({ path: op.path, has415: true });
  });

  it('refuses each undeclared type with 415 REQUEST_MEDIA_TYPE_UNSUPPORTED, before validation or rate limits', async () => {
    const answers: string[] = [];
    for (const op of operations) {
      for (const [type, encode] of Object.entries(UNDECLARED)) {
        if (op.declared.includes(type.split(';')[0])) continue;
        const res = await request(app.server)[op.method as 'post'](urlOf(op.path)).set('content-type', type).send(encode(VALID_JSON[op.path]));
        answers.push(`${op.method.toUpperCase()} ${op.path} ${type}: ${res.status} ${res.body.code}`);
        expect(res.body).toEqual({ statusCode: 415, code: 'REQUEST_MEDIA_TYPE_UNSUPPORTED', message: expect.any(String) });
      }
    }
    expect(answers.length).toBeGreaterThanOrEqual(4 * 6);
  });

  it('refuses a body without a content type the same way', async () => {
    for (const op of operations) {
      const res = await request(app.server)[op.method as 'post'](urlOf(op.path)).unset('content-type').send(Buffer.from(JSON.stringify(VALID_JSON[op.path])));
      expect({ route: op.path, status: res.status, code: res.body.code }).toEqual({ route: op.path, status: 415, code: 'REQUEST_MEDIA_TYPE_UNSUPPORTED' });
    }
  });

  it('still accepts the declared types, JSON with a charset included, and multipart on the document upload', async () => {
    for (const op of operations) {
      const res = await request(app.server)[op.method as 'post'](urlOf(op.path)).set('content-type', 'application/json; charset=utf-8').send(JSON.stringify(VALID_JSON[op.path]));
      expect({ route: op.path, status: res.status }).toEqual({ route: op.path, status: expect.any(Number) });
      expect(res.status).toBeLessThan(300);
    }
    const upload = await request(app.server).post('/api/compliance/documents').attach('file', Buffer.from('# Memo\n\nHeat pumps get a subsidy.'), { filename: 'memo.md', contentType: 'text/markdown' });
    expect(upload.status).toBe(201);
  });
});
