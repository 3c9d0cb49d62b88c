import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { FakeOpenAiServer, type FakeChatMode } from '../support/fake-openai-server.js';
import { AUDIT_QUESTION, NOTES_FIXTURE_DIR, sseEvents } from '../support/compliance-fixtures.js';

const TIMEOUT_MS = 600;

/**
 * The chat model fails in every way seen in production; both the JSON and the streaming endpoint must
 * answer with the extractive answer, flagged degraded, well within a few timeouts.
 */
describe('fault: the chat model fails', () => {
  let fake: FakeOpenAiServer;
  let app: TestApp;

  beforeAll(async () => {
    fake = await new FakeOpenAiServer().start();
    fake.hangMs = 20_000;
    app = await startTestApp({
      COMPLIANCE_NOTES_DIR: NOTES_FIXTURE_DIR,
      OPENAI_API_KEY: 'sk-test-key',
      OPENAI_BASE_URL: fake.baseUrl,
      OPENAI_MODEL: 'fake-chat',
      OPENAI_EMBEDDING_MODEL: 'fake-embed',
      LLM_TIMEOUT_MS: String(TIMEOUT_MS),
      ASK_RATE_LIMIT_PER_MINUTE: '1000',
    });
  });
  afterAll(async () => {
    await app?.close();
    await fake?.stop();
  });

  const modes: FakeChatMode[] = ['error500', 'rate429', 'garbage', 'empty', 'hang', 'midstreamDrop', 'midstreamStall'];

  it.each(modes)('POST /ask degrades to the extractive answer when the model %s', async (mode) => {
    fake.chatMode = mode;
    const started = Date.now();
    const res = await request(app.server).post('/api/compliance/ask').send(AUDIT_QUESTION).expect(200);
    expect(res.body).toMatchObject({ refused: false, mode: 'extractive', degraded: true });
    expect(res.body.citations[0].article).toBe('Article 11');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 5);
  });

  it.each(modes)('POST /ask/stream ends with the degraded extractive answer when the model %s', async (mode) => {
    fake.chatMode = mode;
    const started = Date.now();
    const res = await request(app.server).post('/api/compliance/ask/stream').send(AUDIT_QUESTION).expect(200);
    const events = sseEvents(res.text);
    const done = events.at(-1);
    expect(done?.event).toBe('done');
    expect(done?.data).toMatchObject({ refused: false, mode: 'extractive', degraded: true });
    expect((done?.data.citations as { article: string }[])[0].article).toBe('Article 11');
    expect(events.some((e) => e.event === 'error')).toBe(false);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 5);
  });

  it('answers from the model again once it recovers', async () => {
    fake.chatMode = 'ok';
    const res = await request(app.server).post('/api/compliance/ask').send(AUDIT_QUESTION).expect(200);
    expect(res.body).toMatchObject({ mode: 'llm', refused: false });
    expect(res.body.degraded).toBeUndefined();
  });
});
