import fc from 'fast-check';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { sharedStreamPdf } from '../support/minimal-pdf.js';

/** CI runs a fixed, seeded number of cases; `npm run fuzz` raises FUZZ_RUNS (and may change FUZZ_SEED). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const HTML_RUNS = Math.max(10, Math.round(RUNS / 10));
const PDF_RUNS = Math.max(2, Math.round(RUNS / 100));
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
/**
 * What an HTML upload of up to 512 KB may take end to end; the quadratic parser took 19.6 s for 256 KB. The
 * text limit is lowered, over the full bundled notes, so that what is measured is reading the HTML, not
 * indexing a document large enough to wait for the IDF refit.
 */
const HTML_BOUND_MS = 5000;
const MAX_DOCUMENT_CHARS = 20_000;
/** A PDF is stopped by its worker's limit (set low here) plus the worker's start. */
const PDF_TIMEOUT_MS = 2000;

/** Pieces a hostile page is made of: unclosed constructs, references that name nothing, deep nesting. */
const htmlPiece = fc.constantFrom(
  '<!--', '-->', '<script', '<script>', '</script>', '<a', '<a href="', '<style>', '<![CDATA[', '<?xml', '<!DOCTYPE',
  '&#99999999;', '&#x110000;', '&#xD800;', '&amp;', '&nbsp', '&#1', '<div>', '</div>', '<p>Energy audits every four years.</p>',
  '<', '>', '"', "'", '=', ' ', '\n', 'Article 11',
);
const hostileHtml = fc.tuple(fc.array(htmlPiece, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 20_000 })).map(([pieces, repeat]) => {
  const unit = pieces.join('');
  return unit.repeat(Math.max(1, Math.min(repeat, Math.floor((512 * 1024) / Math.max(1, unit.length)))));
});

function expectStandardAnswer(res: request.Response): void {
  expect([201, 400, 409, 413, 415, 422]).toContain(res.status);
  if (res.status !== 201) expect(res.body).toEqual({ statusCode: res.status, code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) });
}

describe(`fuzz: crafted HTML and PDF uploads are answered within a time bound (seed ${SEED})`, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ SIMULATOR: 'off', COMPLIANCE_PDF_TIMEOUT_MS: String(PDF_TIMEOUT_MS), COMPLIANCE_MAX_DOCUMENTS: '100000', COMPLIANCE_MAX_DOCUMENT_CHARS: String(MAX_DOCUMENT_CHARS) });
  });
  afterAll(async () => app?.close());

  it(`answers ${HTML_RUNS} hostile HTML pages of up to 512 KB with 201 or a standard 4xx, each within ${HTML_BOUND_MS} ms`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.noShrink(hostileHtml), async (html) => {
        const started = Date.now();
        const res = await request(app.server).post('/api/compliance/documents').send({ title: 'Crafted', content: html, contentType: 'text/html' });
        expect(Date.now() - started).toBeLessThan(HTML_BOUND_MS);
        expectStandardAnswer(res);
        if (res.status === 201) await request(app.server).delete(`/api/compliance/documents/${res.body.documentId}`).expect(204);
      }),
      { numRuns: HTML_RUNS, seed: SEED },
    );
  }, 300_000);

  it(`answers ${PDF_RUNS} shared-stream and damaged PDFs with 201 or a standard 4xx, within the worker's limit`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 300 }), fc.nat(), fc.boolean(), async (pages, lines, cut, damage) => {
        let pdf = sharedStreamPdf(pages, lines);
        if (damage) pdf = pdf.subarray(0, Math.max(16, cut % pdf.length));
        const res = await request(app.server).post('/api/compliance/documents').attach('file', pdf, { filename: 'crafted.pdf', contentType: 'application/pdf' });
        expectStandardAnswer(res);
        if (res.status === 201) await request(app.server).delete(`/api/compliance/documents/${res.body.documentId}`).expect(204);
        await request(app.server).get('/api/health/live').expect(200);
      }),
      { numRuns: PDF_RUNS, seed: SEED },
    );
  }, 600_000);
});
