import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { readIndexFiles } from '../../src/compliance/index/index-files.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { sharedStreamPdf } from '../support/minimal-pdf.js';

const NOTES = 'test/fixtures/compliance-notes';

/** Everything an upload may leave in DATA_DIR: stored documents, indexed passages, stray folders. */
function footprint(app: TestApp): { documents: number; chunks: number; entries: string[] } {
  const dir = join(app.dataDir, 'documents');
  return {
    documents: existsSync(dir) ? readdirSync(dir).length : 0,
    chunks: readIndexFiles(join(app.dataDir, 'index'))?.manifest.chunkCount ?? -1,
    entries: readdirSync(app.dataDir).filter((name) => !name.startsWith('telemetry') && !name.startsWith('readings')).sort(),
  };
}

const uploadPdf = (app: TestApp, pdf: Buffer) => request(app.server).post('/api/compliance/documents').attach('file', pdf, { filename: 'bomb.pdf', contentType: 'application/pdf' });
const memo = { title: 'Depot memo', content: 'Our depots are audited every two years.', contentType: 'text/plain' };

describe('uploads are bounded: extracted text, passages, documents and corpus size (audit findings 3 and 5)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      COMPLIANCE_NOTES_DIR: NOTES,
      SIMULATOR: 'off',
      COMPLIANCE_MAX_DOCUMENT_CHARS: '100000',
      COMPLIANCE_MAX_DOCUMENT_PASSAGES: '20',
      COMPLIANCE_MAX_DOCUMENTS: '2',
      COMPLIANCE_MAX_CORPUS_CHARS: '150000',
    });
  });
  afterAll(async () => app?.close());

  it('refuses a small PDF whose one shared compressed stream expands past the text limit, in a worker, leaving nothing behind', async () => {
    // 300 pages sharing one stream of 100 lines: about 2.2 million characters from a file under 64 KB.
    const pdf = sharedStreamPdf(300, 100);
    expect(pdf.length).toBeLessThan(64 * 1024);
    const before = footprint(app);
    // Liveness answered while the PDF is read: the parsing must not hold the event loop.
    const health: number[] = [];
    let uploading = true;
    const probing = (async () => {
      while (uploading) {
        const started = Date.now();
        await request(app.server).get('/api/health/live').expect(200);
        health.push(Date.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const res = await uploadPdf(app, pdf);
    uploading = false;
    await probing;
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ statusCode: 413, code: 'COMPLIANCE_DOCUMENT_TEXT_TOO_LONG', message: expect.stringContaining('100,000 characters') });
    expect(footprint(app)).toEqual(before);
    expect(Math.max(...health)).toBeLessThan(1000);
    const started = Date.now();
    await request(app.server).post('/api/compliance/documents').send(memo).expect(201);
    expect(Date.now() - started).toBeLessThan(5000);
  }, 240_000);

  it('refuses a document of too many passages with 413, and a full corpus with 409 COMPLIANCE_CORPUS_FULL', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `## Section ${i}\n\n${'Feeder losses are measured at every depot each quarter. '.repeat(20)}`).join('\n\n');
    const passages = await request(app.server).post('/api/compliance/documents').send({ title: 'Long', content: long, contentType: 'text/markdown' }).expect(413);
    expect(passages.body.code).toBe('COMPLIANCE_DOCUMENT_TOO_MANY_PASSAGES');

    const listed = () => request(app.server).get('/api/compliance/documents').expect(200);
    const uploaded = async () => ((await listed()).body.value as { source: string }[]).filter((d) => d.source === 'uploaded').length;
    while ((await uploaded()) < 2) await request(app.server).post('/api/compliance/documents').send(memo).expect(201);
    const full = await request(app.server).post('/api/compliance/documents').send(memo).expect(409);
    expect(full.body).toEqual({ statusCode: 409, code: 'COMPLIANCE_CORPUS_FULL', message: expect.stringContaining('COMPLIANCE_MAX_DOCUMENTS') });
    expect(await uploaded()).toBe(2);
  });
});

describe('a PDF that takes too long to read is stopped by its worker time limit (audit finding 3)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ COMPLIANCE_NOTES_DIR: NOTES, SIMULATOR: 'off', COMPLIANCE_PDF_TIMEOUT_MS: '300' });
  });
  afterAll(async () => app?.close());

  it('answers 422 COMPLIANCE_PDF_TOO_COMPLEX and stores nothing', async () => {
    const before = footprint(app);
    const res = await uploadPdf(app, sharedStreamPdf(2000, 200));
    expect(res.body).toEqual({ statusCode: 422, code: 'COMPLIANCE_PDF_TOO_COMPLEX', message: expect.stringContaining('300 ms') });
    expect(footprint(app)).toEqual(before);
  }, 240_000);
});
