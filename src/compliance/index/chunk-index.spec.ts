import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeEmbeddings } from '@langchain/core/utils/testing';
import type { CorpusDocument } from '../corpus/corpus-document.js';
import { LexicalEmbeddings } from '../embeddings/lexical-embeddings.js';
import type { Embedder } from '../embeddings/embedder.js';
import { ChunkIndex } from './chunk-index.js';

function doc(documentId: string, text: string): CorpusDocument {
  return { documentId, title: documentId, contentType: 'text/markdown', source: 'uploaded', sizeBytes: text.length, createdAt: '2026-01-01T00:00:00.000Z', text };
}

const NOTES = [doc('a', '# Article 11 — Audits\n\nEnterprises above 10 TJ are audited.'), doc('b', '# Article 6 — Buildings\n\nPublic bodies renovate 3 % a year.')];

function lexical(): Embedder {
  const embeddings = new LexicalEmbeddings(undefined, 256);
  return { identity: { name: embeddings.name, model: embeddings.model }, embeddings, lexical: embeddings };
}

function remote(model = 'fake-1'): Embedder {
  return { identity: { name: 'openai', model }, embeddings: new FakeEmbeddings() };
}

describe(ChunkIndex.name, () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'chunk-index-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('builds once, then loads the saved index while corpus and embedder are unchanged', async () => {
    expect(await new ChunkIndex(dataDir, lexical()).open(NOTES)).toBe('built');
    const reopened = new ChunkIndex(dataDir, lexical());
    expect(await reopened.open(NOTES)).toBe('loaded');
    expect(reopened.store?.size).toBe(2);
    const manifest = JSON.parse(readFileSync(join(dataDir, 'index', 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ embedder: { name: 'lexical-hash-idf' }, dimensions: 256, chunkCount: 2 });
  });

  it('rebuilds when the corpus, the embedder or the files change', async () => {
    await new ChunkIndex(dataDir, lexical()).open(NOTES);
    expect(await new ChunkIndex(dataDir, lexical()).open([...NOTES, doc('c', 'More text.')])).toBe('built');
    expect(await new ChunkIndex(dataDir, remote()).open(NOTES)).toBe('built');
    expect(await new ChunkIndex(dataDir, remote('fake-2')).open(NOTES)).toBe('built');
    writeFileSync(join(dataDir, 'index', 'chunks.json'), '[[0, {"truncated"');
    expect(await new ChunkIndex(dataDir, remote('fake-2')).open(NOTES)).toBe('built');
  });

  it('adds and removes documents incrementally with a remote embedder and persists each change', async () => {
    const index = new ChunkIndex(dataDir, remote());
    await index.open(NOTES);
    const added = doc('c', '# Annex VI — Audit criteria\n\nAudits use measured data.');
    expect(await index.add(added)).toBe(1);
    expect(index.chunkCounts().get('c')).toBe(1);
    expect(await new ChunkIndex(dataDir, remote()).open([...NOTES, added])).toBe('loaded');
    await index.remove('c');
    expect(index.chunkCounts().has('c')).toBe(false);
    const results = await index.store!.similaritySearch('audit', 5);
    expect(results.map((d) => d.metadata.documentId).sort()).toEqual(['a', 'b']);
    expect(await new ChunkIndex(dataDir, remote()).open(NOTES)).toBe('loaded');
  });

  it('leaves no temp or old directories behind after writing', async () => {
    const index = new ChunkIndex(dataDir, lexical(), { documents: () => NOTES });
    await index.open(NOTES);
    await index.add(doc('c', 'Text.'));
    expect(readdirSync(dataDir)).toEqual(['index']);
    expect(existsSync(join(dataDir, 'index', 'hnsw.bin'))).toBe(true);
  });

  it('adds a document to the offline index by embedding only its chunks, and refits the IDF in a worker afterwards (audit finding 5)', async () => {
    const embedder = lexical();
    // Twenty documents: one more is a small share of the corpus, so its upload does not wait for the refit.
    const corpus = [...NOTES, ...Array.from({ length: 18 }, (_, i) => doc(`n${i}`, `# Article ${i + 20} — Topic ${i}\n\nMember States report topic ${i} yearly.`))];
    const index = new ChunkIndex(dataDir, embedder, { documents: () => corpus, refitDelayMs: 10 });
    await index.open(corpus);
    const embedded: number[] = [];
    const embed = embedder.embeddings.embedDocuments.bind(embedder.embeddings);
    embedder.embeddings.embedDocuments = async (texts: string[]) => {
      embedded.push(texts.length);
      return embed(texts);
    };
    const added = doc('c', '# Annex VI — Audit criteria\n\nHeliostat audits use measured data.');
    corpus.push(added);
    expect(await index.add(added)).toBe(1);
    expect(embedded).toEqual([1]);
    expect(embedder.lexical!.idfTable.frequencies.heliostat).toBeUndefined();

    await index.settled();
    expect(embedder.lexical!.idfTable.documentCount).toBe(21);
    expect(embedder.lexical!.idfTable.frequencies.heliostat).toBe(1);
    expect(index.store?.size).toBe(21);
    expect(index.refitError).toBeUndefined();
    const [best] = await index.store!.similaritySearch('heliostat audits', 1);
    expect(best.metadata.documentId).toBe('c');
    expect(readdirSync(dataDir)).toEqual(['index']);
    expect(await new ChunkIndex(dataDir, lexical()).open(corpus)).toBe('loaded');
  }, 60_000);

  // The eval removed its data directory after app.close() while a refit worker was still writing into it
  // (ENOTEMPTY), and the process then aborted when the worker was torn down inside an hnswlib call.
  it('close() stops a running refit and waits for it: nothing is written afterwards and later changes are refused', async () => {
    const corpus = [...NOTES, ...Array.from({ length: 40 }, (_, i) => doc(`n${i}`, `# Article ${i + 20} — Topic ${i}\n\n${Array.from({ length: 60 }, (_, j) => `${j + 1}. Member States report topic ${i} item ${j} yearly.`).join('\n\n')}`))];
    const index = new ChunkIndex(dataDir, lexical(), { documents: () => corpus, refitDelayMs: 0 });
    await index.open(corpus);
    const added = doc('c', 'Heliostat audits use measured data.');
    corpus.push(added);
    await index.add(added);
    while (!index.refitInProgress) await new Promise((resolve) => setTimeout(resolve, 5));

    await index.close();
    expect(index.refitInProgress).toBe(false);
    expect(index.refitError).toContain('index-refit.worker was asked to stop');
    expect(readdirSync(dataDir)).toEqual(['index']);
    await expect(index.add(doc('d', 'Too late.'))).rejects.toThrow('the index is closed');
    expect(await new ChunkIndex(dataDir, lexical()).open(corpus)).toBe('loaded');
  }, 60_000);
});
