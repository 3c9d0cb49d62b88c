import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { FakeOpenAiServer } from '../support/fake-openai-server.js';
import { waitFor } from '../support/wait-for.js';

const QUESTION = { question: 'Which enterprises must carry out an energy audit?' };

describe('fault: the embedding service is down at boot (audit finding 2)', () => {
  let fake: FakeOpenAiServer;
  let app: TestApp;
  beforeAll(async () => {
    fake = await new FakeOpenAiServer().start();
    fake.embeddingsMode = 'down';
    app = await startTestApp({
      OPENAI_API_KEY: 'sk-test-key',
      OPENAI_BASE_URL: fake.baseUrl,
      OPENAI_MODEL: 'fake-chat',
      OPENAI_EMBEDDING_MODEL: 'fake-embed',
      COMPLIANCE_NOTES_DIR: 'test/fixtures/compliance-notes',
      COMPLIANCE_INDEX_RETRY_MS: '200',
    });
  });
  afterAll(async () => {
    await app?.close();
    await fake?.stop();
  });

  it('stays live and ready for telemetry, answers a clear 503 meanwhile, and builds the index once the service is back', async () => {
    const health = await request(app.server).get('/api/health').expect(200);
    expect(health.body.ready).toBe(true);
    expect(health.body.status).toBe('degraded');
    expect(health.body.components.compliance).toMatchObject({ status: 'down', optional: true, ready: false, detail: expect.stringContaining('HTTP 503') });
    await request(app.server).get('/api/health/live').expect(200);
    await request(app.server).get('/api/energy/summary').expect(200);

    const refused = await request(app.server).post('/api/compliance/ask').send(QUESTION).expect(503);
    expect(refused.body.code).toBe('COMPLIANCE_EMBEDDINGS_UNAVAILABLE');
    expect(refused.body.message).toMatch(/embedding service \(openai\) could not be reached .*HTTP 503.* next is in \d+ s/);
    expect(refused.body.message).not.toMatch(/still being built/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    const before = fake.seen.filter((r) => r.url === '/v1/embeddings').length;
    fake.embeddingsMode = 'ok';
    await waitFor('the index to be built', async () => ((await request(app.server).get('/api/health')).body.components.compliance.status === 'up' ? true : undefined), 20_000);
    expect(fake.seen.filter((r) => r.url === '/v1/embeddings').length).toBeGreaterThan(before);
    const answer = await request(app.server).post('/api/compliance/ask').send(QUESTION).expect(200);
    expect(answer.body.refused).toBe(false);
  }, 60_000);
});
