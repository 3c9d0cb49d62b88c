import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';

const NOTES = 'test/fixtures/compliance-notes';
const QUESTION = { question: 'Which enterprises must carry out an energy audit?' };
const MEMO = { title: 'Depot memo', content: 'Our depots are audited every two years.', contentType: 'text/plain' };

describe('ask rate limit without API_KEYS: a made-up x-api-key is not an identity (audit finding 7)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ COMPLIANCE_NOTES_DIR: NOTES, ASK_RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(async () => app?.close());

  it('counts questions per address whatever header value each one carries', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await request(app.server).post('/api/compliance/ask').set('x-api-key', `invented-key-${i}`).send(QUESTION);
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 429, 429, 429, 429]);
  });
});

describe('ADMIN_API_KEYS: who may change the corpus is separate from who may ask (audit finding 8)', () => {
  let app: TestApp;
  const ask = { 'x-api-key': 'ask-key-12345' };
  const admin = { 'x-api-key': 'admin-key-12345' };
  beforeAll(async () => {
    app = await startTestApp({ COMPLIANCE_NOTES_DIR: NOTES, API_KEYS: ask['x-api-key'], ADMIN_API_KEYS: admin['x-api-key'] });
  });
  afterAll(async () => app?.close());

  it('refuses uploads and deletions with an ask key (403), takes them with an admin key, and lets both ask', async () => {
    const refused = await request(app.server).post('/api/compliance/documents').set(ask).send(MEMO).expect(403);
    expect(refused.body).toEqual({ statusCode: 403, code: 'AUTH_ADMIN_KEY_REQUIRED', message: expect.stringContaining('ADMIN_API_KEYS') });
    await request(app.server).post('/api/compliance/documents').send(MEMO).expect(401);
    const added = await request(app.server).post('/api/compliance/documents').set(admin).send(MEMO).expect(201);
    await request(app.server).delete(`/api/compliance/documents/${added.body.documentId}`).set(ask).expect(403);
    await request(app.server).get('/api/compliance/documents').set(ask).expect(200);
    await request(app.server).post('/api/compliance/ask').set(ask).send(QUESTION).expect(200);
    await request(app.server).post('/api/compliance/ask').set(admin).send(QUESTION).expect(200);
    await request(app.server).delete(`/api/compliance/documents/${added.body.documentId}`).set(admin).expect(204);
  });
});
