import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';
import request from 'supertest';
import { HNSW_FILE, readIndexFiles } from '../../src/compliance/index/index-files.js';
import { startTestApp, type TestApp } from '../support/app.js';

const NOTES = 'test/fixtures/compliance-notes';
const MEMO = 'Our heat pump subsidy covers 40 % of the cost of a heat pump installation at a substation depot.';
const QUESTION = { question: 'What share of a heat pump installation does the subsidy cover?' };

/** A well-formed hnswlib file of another corpus: same dimensions, labels no stored chunk has. */
async function foreignIndex(path: string, dimensions: number): Promise<void> {
  const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
  index.initIndex({ maxElements: 10 });
  for (let label = 0; label < 5; label++) index.addPoint(Array.from({ length: dimensions }, (_, i) => (i === label ? 1 : 0.01)), 100_000 + label);
  await index.writeIndex(path);
}

describe('fault: the HNSW index files are deleted or corrupted', () => {
  let dataDir: string;
  let documentId: string;
  let app: TestApp | undefined;
  const indexDir = () => join(dataDir, 'index');

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pg-indexfault-'));
    app = await startTestApp({ COMPLIANCE_NOTES_DIR: NOTES, DATA_DIR: dataDir });
    const added = await request(app.server).post('/api/compliance/documents').send({ title: 'Depot subsidy memo', content: MEMO, contentType: 'text/plain' }).expect(201);
    documentId = added.body.documentId;
    await app.close({ keepData: true });
    app = undefined;
  });
  afterEach(async () => {
    await app?.close({ keepData: true });
    app = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each<[string, () => void | Promise<void>]>([
    ['the index folder is deleted', () => rmSync(indexDir(), { recursive: true })],
    ['hnsw.bin is deleted', () => rmSync(join(indexDir(), HNSW_FILE))],
    ['hnsw.bin is truncated', () => truncateSync(join(indexDir(), HNSW_FILE), 100)],
    ['hnsw.bin is emptied', () => truncateSync(join(indexDir(), HNSW_FILE), 0)],
    ['hnsw.bin is a valid index of another corpus', () => foreignIndex(join(indexDir(), HNSW_FILE), readIndexFiles(indexDir())!.manifest.dimensions)],
    ['the manifest is garbage', () => writeFileSync(join(indexDir(), 'manifest.json'), '{"format": 1, "embedder": ')],
    ['the manifest is of another format', () => writeFileSync(join(indexDir(), 'manifest.json'), JSON.stringify({ format: 99 }))],
    ['chunks.json is garbage', () => writeFileSync(join(indexDir(), 'chunks.json'), '\u0000\u0001 not json')],
  ])('rebuilds from the stored documents at boot when %s; the uploaded document is still answered', async (_fault, damage) => {
    const before = readIndexFiles(indexDir())?.manifest.builtAt;
    expect(before).toBeDefined();
    await damage();
    app = await startTestApp({ COMPLIANCE_NOTES_DIR: NOTES, DATA_DIR: dataDir });
    const health = (await request(app.server).get('/api/health').expect(200)).body;
    expect(health.components.compliance.status).toBe('up');
    const rebuilt = readIndexFiles(indexDir());
    expect(rebuilt?.manifest.builtAt).not.toBe(before);
    expect(existsSync(join(indexDir(), HNSW_FILE))).toBe(true);
    const listed = (await request(app.server).get('/api/compliance/documents').expect(200)).body.value;
    expect(listed.find((d: { documentId: string }) => d.documentId === documentId)).toMatchObject({ chunkCount: 1 });
    const answer = (await request(app.server).post('/api/compliance/ask').send(QUESTION).expect(200)).body;
    expect(answer.refused).toBe(false);
    expect(answer.citations[0].documentId).toBe(documentId);
    expect(answer.answer).toContain('40 %');
    // No temp or old index folders are left beside the new one.
    expect(readdirSync(dataDir).filter((name) => name.startsWith('index.'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dataDir, 'documents', `${documentId}.json`), 'utf8')).text).toContain('heat pump subsidy');
  });
});
