import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { FakeOpenAiServer, type FakeChatMode } from '../support/fake-openai-server.js';

// Distinctive values: any of these (or a long piece of one) found anywhere outside the app's memory is a leak.
const API_KEY = 'pgk-SECRET-4f9c1e7a2b-api';
const OTHER_API_KEY = 'pgk-SECRET-88d0b3c6f1-other';
const OPENAI_KEY = 'sk-SECRET-0a1b2c3d4e5f6789-openai';
const ADMIN_KEY = 'pgk-SECRET-5e1f7a2b90-admin';
const SECRETS = [API_KEY, OTHER_API_KEY, ADMIN_KEY, OPENAI_KEY];
/** The middle of each secret: a masked or truncated echo ("sk-SECR...nai") would not contain it, a real leak would. */
const FRAGMENTS = SECRETS.map((secret) => secret.slice(4, -4));

function leaksIn(text: string): string[] {
  return FRAGMENTS.filter((fragment) => text.includes(fragment));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Sits between the app and the fake OpenAI server: while `unauthorized` is set it answers like OpenAI does to
 * a wrong key (401 quoting the key, masked), otherwise it forwards. The fake's own modes cover 500/429/garbage.
 */
async function startAuthProxy(target: string): Promise<{ server: Server; baseUrl: string; unauthorized: boolean }> {
  const state = { unauthorized: false } as { server: Server; baseUrl: string; unauthorized: boolean };
  state.server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void (async () => {
      if (state.unauthorized) {
        const masked = `${OPENAI_KEY.slice(0, 7)}${'*'.repeat(20)}${OPENAI_KEY.slice(-4)}`;
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${masked}.`, type: 'invalid_request_error', code: 'invalid_api_key' } }));
        return;
      }
      try {
        const upstream = await fetch(`${target}${req.url?.replace(/^\/v1/, '')}`, {
          method: req.method,
          headers: { 'content-type': 'application/json', authorization: String(req.headers.authorization ?? '') },
          body: chunks.length ? Buffer.concat(chunks) : undefined,
        });
        res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
        res.end(Buffer.from(await upstream.arrayBuffer()));
      } catch {
        res.destroy(); // the fake was stopped while holding a 'hang' answer
      }
    })());
  });
  await new Promise<void>((resolve) => state.server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}/v1`;
  return state;
}

describe('no secret in logs, errors, the spec, the connector or the client bundle', () => {
  let fake: FakeOpenAiServer;
  let proxy: Awaited<ReturnType<typeof startAuthProxy>>;
  let app: TestApp;
  const output: string[] = [];
  const bodies: string[] = [];
  const writes = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

  function capture(stream: NodeJS.WriteStream, original: typeof process.stdout.write): void {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      output.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    });
  }

  async function record(test: request.Test): Promise<request.Response> {
    const response = await test;
    bodies.push(`${response.status} ${JSON.stringify(response.headers)} ${response.text ?? ''}`);
    return response;
  }

  beforeAll(async () => {
    capture(process.stdout, writes.out);
    capture(process.stderr, writes.err);
    fake = await new FakeOpenAiServer().start();
    proxy = await startAuthProxy(fake.baseUrl);
    // The most verbose level, in the production format: whatever the app would ever log is in the capture.
    app = await startTestApp({
      LOG_LEVEL: 'verbose',
      LOG_FORMAT: 'json',
      API_KEYS: `${API_KEY},${OTHER_API_KEY}`,
      ADMIN_API_KEYS: ADMIN_KEY,
      OPENAI_API_KEY: OPENAI_KEY,
      OPENAI_BASE_URL: proxy.baseUrl,
      OPENAI_MODEL: 'fake-chat',
      OPENAI_EMBEDDING_MODEL: 'fake-embed',
      LLM_TIMEOUT_MS: '400',
      COMPLIANCE_NOTES_DIR: 'test/fixtures/compliance-notes',
    });
  });

  afterAll(async () => {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    await app?.close();
    await fake?.stop();
    await new Promise((resolve) => proxy?.server.close(resolve));
  });

  it('keeps the keys out of every answer, success or failure, and out of all log output', async () => {
    const key = { 'x-api-key': API_KEY };
    const admin = { 'x-api-key': ADMIN_KEY };
    const question = { question: 'Which enterprises must carry out an energy audit?' };
    await record(request(app.server).get('/api/health'));
    await record(request(app.server).get('/api/openapi.json'));
    await record(request(app.server).get('/metrics').set(key));
    await record(request(app.server).get('/api/energy/telemetry?top=5').set('x-api-key', `${API_KEY}x`));
    await record(request(app.server).get('/api/energy/telemetry?top=5').set('x-api-key', API_KEY.slice(0, -1)));
    await record(request(app.server).get('/api/energy/telemetry?top=5').set('x-api-key', OPENAI_KEY));
    await record(request(app.server).get('/api/energy/telemetry?top=abc').set(key));
    // A secret pasted into a query string or a request id: the request line logs the route pattern, and a
    // request id that is not a plain token is replaced, so neither reaches the logs.
    await record(request(app.server).get(`/api/energy/telemetry?search=${OPENAI_KEY}`).set(key));
    await record(request(app.server).get('/api/health').set('x-request-id', `Bearer ${OPENAI_KEY}`));
    await record(request(app.server).get('/api/energy/meters/MTR-9999999').set(key));
    await record(request(app.server).post('/api/energy/readings').set(key).set('content-type', 'application/json').send('{"readings": ['));
    await record(request(app.server).post('/api/compliance/documents').set(admin).send({ title: 'x', content: 'x', contentType: 'application/msword' }));
    for (const mode of ['ok', 'error500', 'rate429', 'garbage', 'hang'] as FakeChatMode[]) {
      fake.chatMode = mode;
      const answer = await record(request(app.server).post('/api/compliance/ask').set(key).send(question));
      expect(answer.status).toBe(200);
      await record(request(app.server).post('/api/compliance/ask/stream').set(key).send(question));
    }
    fake.chatMode = 'ok';
    proxy.unauthorized = true;
    // A wrong OpenAI key fails the question's embedding: a 503 with its own code, not a 500.
    const refused = await record(request(app.server).post('/api/compliance/ask').set(key).send(question));
    expect(refused.body).toEqual({ statusCode: 503, code: 'COMPLIANCE_EMBEDDINGS_UNAVAILABLE', message: expect.stringContaining('HTTP 401') });
    await record(request(app.server).post('/api/compliance/ask/stream').set(key).send(question));
    await record(request(app.server).post('/api/compliance/documents').set(admin).send({ title: 'Grid memo', content: 'Heat pumps get a subsidy of 40 %.', contentType: 'text/plain' }));
    proxy.unauthorized = false;

    expect(fake.chatRequests().some((r) => r.authorization === `Bearer ${OPENAI_KEY}`)).toBe(true);
    expect(output.join('')).toContain('Mapped {'); // the capture really holds the app's log lines
    const lines = output.join('').split('\n').filter((line) => line.startsWith('{'));
    const requestLines = lines.map((line) => JSON.parse(line) as { context?: string; status?: number }).filter((line) => line.context === 'HTTP');
    expect(requestLines.map((line) => line.status)).toEqual(expect.arrayContaining([200, 401, 503]));
    expect(leaksIn(output.join(''))).toEqual([]);
    expect(bodies.length).toBeGreaterThan(20);
    expect(bodies.filter((body) => leaksIn(body).length > 0)).toEqual([]);
  });

  it('keeps them out of openapi.json and the Power Apps connector', () => {
    for (const path of ['openapi.json', ...filesUnder('connector').filter((p) => !p.endsWith('.png'))]) {
      expect({ path, leaks: leaksIn(readFileSync(path, 'utf8')) }).toEqual({ path, leaks: [] });
    }
  });

  it('keeps them out of a client bundle built with the secrets in its environment, and out of client/dist', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'pg-client-'));
    try {
      execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', 'client', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
        env: { ...process.env, API_KEYS: `${API_KEY},${OTHER_API_KEY}`, OPENAI_API_KEY: OPENAI_KEY, VITE_API_KEY: API_KEY, VITE_OPENAI_API_KEY: OPENAI_KEY },
        stdio: 'pipe',
      });
      const built = filesUnder(outDir);
      expect(built.some((p) => p.endsWith('.js'))).toBe(true);
      const dist = existsSync('client/dist') ? filesUnder('client/dist') : [];
      for (const path of [...built, ...dist]) expect({ path, leaks: leaksIn(readFileSync(path, 'latin1')) }).toEqual({ path, leaks: [] });
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
