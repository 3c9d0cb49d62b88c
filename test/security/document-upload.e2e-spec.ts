import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { minimalPdf } from '../support/minimal-pdf.js';

const NOTES = 'test/fixtures/compliance-notes';
const upload = (app: TestApp, content: Buffer, filename: string, contentType: string) =>
  request(app.server).post('/api/compliance/documents').attach('file', content, { filename, contentType });

describe('uploaded documents: size limits, content sniffing, HTML stripped on ingest', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ COMPLIANCE_NOTES_DIR: NOTES });
  });
  afterAll(async () => app?.close());

  const stored = () => (existsSync(join(app.dataDir, 'documents')) ? readdirSync(join(app.dataDir, 'documents')).length : 0);

  it.each([
    ['HTML sent as a PDF', () => upload(app, Buffer.from('<html><script>alert(1)</script><p>Audits</p></html>'), 'memo.pdf', 'application/pdf'), 400, 'COMPLIANCE_PDF_INVALID'],
    ['a PDF header followed by script', () => upload(app, Buffer.from('%PDF-1.4\n<script>alert(1)</script>\n%%EOF'), 'x.pdf', 'application/pdf'), 400, 'COMPLIANCE_PDF_INVALID'],
    ['a real PDF declared as text', () => upload(app, minimalPdf(['Article 3 - Grid policy']), 'policy.txt', 'text/plain'), 415, 'COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED'],
    ['a PNG declared as Markdown', () => upload(app, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'chart.md', 'text/markdown'), 415, 'COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED'],
    ['an executable named .txt, typed octet-stream', () => upload(app, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'notes.txt', 'application/octet-stream'), 415, 'COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED'],
    ['JSON content with NUL bytes (UTF-16)', () => request(app.server).post('/api/compliance/documents').send({ title: 't', content: Buffer.from('Energy audit', 'utf16le').toString('latin1'), contentType: 'text/plain' }), 415, 'COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED'],
    ['a 5 MB + 1 byte file', () => upload(app, Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'big.txt', 'text/plain'), 413, 'COMPLIANCE_DOCUMENT_TOO_LARGE'],
  ])('refuses %s and stores nothing', async (_label, send, status, code) => {
    const before = stored();
    const res = await send();
    expect(res.body).toEqual({ statusCode: status, code, message: expect.any(String) });
    expect(stored()).toBe(before);
  });

  it('takes a file of exactly 5 MB', async () => {
    // Mostly blank, so the limit is tested without spending seconds indexing 5 MB of prose.
    const content = Buffer.alloc(5 * 1024 * 1024, ' ');
    content.write('Every feeder upgrade needs a flexibility study.');
    const res = await upload(app, content, 'exact.txt', 'text/plain').expect(201);
    expect(res.body.sizeBytes).toBe(5 * 1024 * 1024);
    await request(app.server).delete(`/api/compliance/documents/${res.body.documentId}`).expect(204);
  }, 60_000);

  it('strips scripts, handlers, frames and styles from HTML before indexing, so citations carry none', async () => {
    const html = [
      '<html><head><title>x</title><style>body{background:url(javascript:alert(1))}</style><script>steal()</script></head><body>',
      '<h1 onclick="steal()">Article 9 - Heat pump grants</h1>',
      '<p>Heat pump grants cover 40 % of the installation cost <img src=x onerror="steal()"> for every household.</p>',
      '<iframe src="javascript:steal()"></iframe><svg onload="steal()"></svg><noscript><img src=y></noscript>',
      '<p>Apply before &lt;b&gt;March&lt;/b&gt; 2027.</p></body></html>',
    ].join('');
    const added = await request(app.server).post('/api/compliance/documents').send({ title: 'Grant memo', content: html, contentType: 'text/html' }).expect(201);
    const answer = await request(app.server).post('/api/compliance/ask').send({ question: 'How much of a heat pump installation do the grants cover?' }).expect(200);
    const cited = answer.body.citations.filter((c: { documentId: string }) => c.documentId === added.body.documentId);
    expect(cited.length).toBeGreaterThan(0);
    const text = cited.map((c: { excerpt: string; title: string }) => `${c.title} ${c.excerpt}`).join(' ') + answer.body.answer;
    expect(text).toContain('40 %');
    for (const needle of ['<script', 'steal()', 'onerror', '<img', '<iframe', '<svg', 'javascript:', '<style', '<h1', '<p>']) expect(text).not.toContain(needle);
    await request(app.server).delete(`/api/compliance/documents/${added.body.documentId}`).expect(204);
  });
});
