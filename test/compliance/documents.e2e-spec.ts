import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { minimalPdf, multiPagePdf } from '../support/minimal-pdf.js';

const NOTES = 'test/fixtures/compliance-notes';
const OFFICIAL_TEXT = join(process.cwd(), '..', 'shared', 'corpus', 'eed-2023-1791.txt');

describe('compliance documents', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ COMPLIANCE_NOTES_DIR: NOTES });
  });
  afterAll(() => app?.close());

  it('lists the bundled notes with their chunk counts', async () => {
    const res = await request(app.server).get('/api/compliance/documents').expect(200);
    expect(res.body.count).toBe(4);
    expect(res.body.value.map((d: { documentId: string }) => d.documentId)).toEqual(['note-article-06', 'note-article-08', 'note-article-11', 'note-annex-06']);
    expect(res.body.value[2]).toMatchObject({ source: 'bundled', contentType: 'text/markdown', title: 'Article 11 — Energy management systems and energy audits' });
    expect(res.body.value[2].chunkCount).toBeGreaterThan(0);
  });

  it('indexes the whole official text in seconds and then cites its articles', async () => {
    const started = Date.now();
    const added = await request(app.server)
      .post('/api/compliance/documents')
      .send({ title: 'Directive (EU) 2023/1791', content: readFileSync(OFFICIAL_TEXT, 'utf8'), contentType: 'text/plain' })
      .expect(201);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(added.body).toMatchObject({ source: 'uploaded', contentType: 'text/plain', title: 'Directive (EU) 2023/1791' });
    expect(added.body.chunkCount).toBeGreaterThan(300);
    const res = await request(app.server).post('/api/compliance/ask').send({ question: 'What data must data centres with an IT power demand of at least 500 kW publish?' }).expect(200);
    const fromOfficial = res.body.citations.filter((c: { documentId: string }) => c.documentId === added.body.documentId);
    expect(fromOfficial.length).toBeGreaterThan(0);
    expect(res.body.citations.map((c: { article?: string }) => c.article)).toEqual(expect.arrayContaining(['Article 12']));
    await request(app.server).delete(`/api/compliance/documents/${added.body.documentId}`).expect(204);
  });

  it('adds HTML without its scripts, keeps it across a restart, then deletes it', async () => {
    const html = '<html><head><script>alert("x")</script></head><body><h1>Heat pump subsidy</h1><p>Our heat pump subsidy covers 40 % of the cost of a heat pump installation.</p></body></html>';
    const added = await request(app.server).post('/api/compliance/documents').send({ title: 'Subsidy memo', content: html, contentType: 'text/html' }).expect(201);
    const id = added.body.documentId as string;
    const stored = readFileSync(join(app.dataDir, 'documents', `${id}.json`), 'utf8');
    expect(stored).not.toContain('alert');

    await app.close({ keepData: true });
    app = await startTestApp({ COMPLIANCE_NOTES_DIR: NOTES, DATA_DIR: app.dataDir });
    const listed = await request(app.server).get('/api/compliance/documents').expect(200);
    expect(listed.body.value.find((d: { documentId: string }) => d.documentId === id)).toMatchObject({ title: 'Subsidy memo', chunkCount: 1 });
    const answer = await request(app.server).post('/api/compliance/ask').send({ question: 'What share of a heat pump installation does the subsidy cover?' }).expect(200);
    expect(answer.body.citations[0].documentId).toBe(id);

    await request(app.server).delete(`/api/compliance/documents/${id}`).expect(204);
    await request(app.server).delete(`/api/compliance/documents/${id}`).expect(404);
    const after = await request(app.server).post('/api/compliance/ask').send({ question: 'What share of a heat pump installation does the subsidy cover?' }).expect(200);
    expect(after.body.citations.every((c: { documentId: string }) => c.documentId !== id)).toBe(true);
  });

  it('takes a PDF upload as multipart/form-data and reads its text', async () => {
    const pdf = minimalPdf(['Article 3 - Grid connection policy', 'Every feeder upgrade needs a flexibility study before 2027.']);
    const res = await request(app.server).post('/api/compliance/documents').attach('file', pdf, { filename: 'policy.pdf', contentType: 'application/pdf' }).field('title', 'Grid policy').expect(201);
    expect(res.body).toMatchObject({ title: 'Grid policy', contentType: 'application/pdf', sizeBytes: pdf.length, chunkCount: 1 });
    const answer = await request(app.server).post('/api/compliance/ask').send({ question: 'When does a feeder upgrade need a flexibility study?' }).expect(200);
    expect(answer.body.citations[0]).toMatchObject({ documentId: res.body.documentId, article: 'Article 3' });
    expect(answer.body.answer).toContain('before 2027');
    await request(app.server).delete(`/api/compliance/documents/${res.body.documentId}`).expect(204);
  });

  it('reads every page of a PDF and finds an Official Journal article heading on page 2', async () => {
    const pdf = multiPagePdf([
      ['Internal guidance on the Directive', 'This memo summarises the audit duties of our subsidiaries.'],
      ['Article 11', 'Energy management systems and energy audits', 'Our subsidiaries audit the cold-storage warehouses at Rotterdam every 18 months.'],
    ]);
    const res = await request(app.server).post('/api/compliance/documents').attach('file', pdf, { filename: 'memo.pdf', contentType: 'application/pdf' }).field('title', 'Audit memo').expect(201);
    const answer = await request(app.server).post('/api/compliance/ask').send({ question: 'How often are the cold-storage warehouses at Rotterdam audited?' }).expect(200);
    expect(answer.body.citations[0]).toMatchObject({ documentId: res.body.documentId, article: 'Article 11' });
    expect(answer.body.answer).toContain('18 months');
    await request(app.server).delete(`/api/compliance/documents/${res.body.documentId}`).expect(204);
  });

  it.each([
    ['a password-protected PDF', () => request(app.server).post('/api/compliance/documents').attach('file', multiPagePdf([['Secret']], { encrypted: true }), { filename: 'locked.pdf', contentType: 'application/pdf' }), 400, 'COMPLIANCE_PDF_ENCRYPTED'],
    ['a fake PDF', () => request(app.server).post('/api/compliance/documents').attach('file', Buffer.from('just text, not a pdf'), { filename: 'a.pdf', contentType: 'application/pdf' }), 400, 'COMPLIANCE_PDF_INVALID'],
    ['a truncated PDF', () => request(app.server).post('/api/compliance/documents').attach('file', minimalPdf(['x']).subarray(0, 60), { filename: 'b.pdf', contentType: 'application/pdf' }), 400, 'COMPLIANCE_PDF_INVALID'],
    ['an image', () => request(app.server).post('/api/compliance/documents').attach('file', Buffer.from([0x89, 0x50, 0x4e, 0x47]), { filename: 'c.png', contentType: 'image/png' }), 415, 'COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED'],
    ['an unsupported JSON type', () => request(app.server).post('/api/compliance/documents').send({ title: 't', content: 'x', contentType: 'application/msword' }), 415, 'COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED'],
    ['empty content', () => request(app.server).post('/api/compliance/documents').send({ title: 't', content: '  \n ', contentType: 'text/plain' }), 400, 'COMPLIANCE_DOCUMENT_EMPTY'],
    ['HTML with no text', () => request(app.server).post('/api/compliance/documents').send({ title: 't', content: '<script>x()</script>', contentType: 'text/html' }), 400, 'COMPLIANCE_DOCUMENT_EMPTY'],
    ['content of the wrong type', () => request(app.server).post('/api/compliance/documents').send({ title: 't', content: 42, contentType: 'text/plain' }), 400, 'COMPLIANCE_DOCUMENT_INVALID'],
    ['a multipart body without a file', () => request(app.server).post('/api/compliance/documents').field('title', 'no file'), 400, 'COMPLIANCE_DOCUMENT_INVALID'],
    ['a file over 5 MB', () => request(app.server).post('/api/compliance/documents').attach('file', Buffer.alloc(5 * 1024 * 1024 + 10, 'a'), { filename: 'big.txt', contentType: 'text/plain' }), 413, 'COMPLIANCE_DOCUMENT_TOO_LARGE'],
    ['JSON content over 5 MB', () => request(app.server).post('/api/compliance/documents').send({ title: 't', content: 'a'.repeat(5 * 1024 * 1024 + 10), contentType: 'text/plain' }), 413, 'COMPLIANCE_DOCUMENT_TOO_LARGE'],
  ])('refuses %s', async (_label, send, status, code) => {
    const before = readdirSync(join(app.dataDir, 'documents')).length;
    const res = await send().expect(status);
    expect(res.body.code).toBe(code);
    expect(readdirSync(join(app.dataDir, 'documents'))).toHaveLength(before);
  });

  it('refuses multipart bodies on routes that did not opt in', async () => {
    const res = await request(app.server).post('/api/compliance/ask').field('question', 'What is an energy audit?').expect(415);
    expect(res.body.code).toBe('REQUEST_MEDIA_TYPE_UNSUPPORTED');
  });

  it('refuses to delete bundled notes and ids that are not ids', async () => {
    expect((await request(app.server).delete('/api/compliance/documents/note-article-11').expect(409)).body.code).toBe('COMPLIANCE_DOCUMENT_BUNDLED');
    expect((await request(app.server).delete('/api/compliance/documents/..%2F..%2Fetc%2Fpasswd').expect(400)).body.code).toBe('COMPLIANCE_DOCUMENT_ID_INVALID');
    expect((await request(app.server).delete('/api/compliance/documents/Not_An_Id').expect(400)).body.code).toBe('COMPLIANCE_DOCUMENT_ID_INVALID');
    expect((await request(app.server).delete('/api/compliance/documents/0b0e2a8c-1111-4222-8333-944455556666').expect(404)).body.code).toBe('COMPLIANCE_DOCUMENT_NOT_FOUND');
  });

  it('rebuilds a corrupt index at boot instead of failing', async () => {
    await app.close({ keepData: true });
    writeFileSync(join(app.dataDir, 'index', 'hnsw.bin'), 'garbage');
    app = await startTestApp({ COMPLIANCE_NOTES_DIR: NOTES, DATA_DIR: app.dataDir });
    const res = await request(app.server).post('/api/compliance/ask').send({ question: 'By when is the first energy audit due?' }).expect(200);
    expect(res.body.citations[0].article).toBe('Article 11');
    const manifest = JSON.parse(readFileSync(join(app.dataDir, 'index', 'manifest.json'), 'utf8'));
    expect(manifest.embedder.name).toBe('lexical-hash-idf');
  });
});
