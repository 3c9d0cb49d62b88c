import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';

// The product's promise with no key, no network and no uploaded document: the bundled notes alone answer.
describe('compliance copilot out of the box (bundled notes, offline)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('bundles a note for every article of the directive', async () => {
    const res = await request(app.server).get('/api/compliance/documents').expect(200);
    const bundled = res.body.value.filter((d: { source: string }) => d.source === 'bundled');
    expect(bundled.length).toBeGreaterThanOrEqual(40);
    expect(bundled.every((d: { chunkCount: number }) => d.chunkCount > 0)).toBe(true);
  });

  it('answers a question on energy audit obligations citing Article 11', async () => {
    const res = await request(app.server).post('/api/compliance/ask').send({ question: 'Which companies have to carry out energy audits, and how often?' }).expect(200);
    expect(res.body).toMatchObject({ refused: false, mode: 'extractive' });
    expect(res.body.citations.map((c: { article?: string }) => c.article)).toContain('Article 11');
    expect(res.body.answer).toMatch(/10 TJ/);
  });

  it('refuses "How do I bake a cake?"', async () => {
    const res = await request(app.server).post('/api/compliance/ask').send({ question: 'How do I bake a cake?' }).expect(200);
    expect(res.body).toMatchObject({ refused: true, citations: [] });
  });
});
