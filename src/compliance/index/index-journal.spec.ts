import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeEmbeddings } from '@langchain/core/utils/testing';
import type { CorpusDocument } from '../corpus/corpus-document.js';
import { LexicalEmbeddings } from '../embeddings/lexical-embeddings.js';
import type { Embedder } from '../embeddings/embedder.js';
import { ChunkIndex } from './chunk-index.js';
import { readIndexFiles } from './index-files.js';
import { decodeVector, encodeVector, JOURNAL_FILE, parseJournal } from './index-journal.js';

function doc(documentId: string, text: string): CorpusDocument {
  return { documentId, title: documentId, contentType: 'text/markdown', source: 'uploaded', sizeBytes: text.length, createdAt: '2026-01-01T00:00:00.000Z', text };
}

const NOTES = [doc('a', '# Article 11 — Audits\n\nEnterprises above 10 TJ are audited.'), doc('b', '# Article 6 — Buildings\n\nPublic bodies renovate 3 % a year.')];
const memo = (n: number): CorpusDocument => doc(`m${n}`, `# Depot memo ${n}\n\nThe depot zq${n}x is audited every ${n + 2} months for feeder losses.`);

function lexical(): Embedder {
  const embeddings = new LexicalEmbeddings(undefined, 64);
  return { identity: { name: embeddings.name, model: embeddings.model }, embeddings, lexical: embeddings };
}

function remote(): Embedder {
  return { identity: { name: 'openai', model: 'fake-1' }, embeddings: new FakeEmbeddings() };
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 100_000) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('index journal', () => {
  let dataDir: string;
  const indexDir = () => join(dataDir, 'index');
  const journal = () => join(indexDir(), JOURNAL_FILE);
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'index-journal-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('round-trips a vector through its float32 base64 form', () => {
    expect(decodeVector(encodeVector([0.5, -1, 0.25]))).toEqual([0.5, -1, 0.25]);
  });

  it('appends an upload to the journal instead of rewriting chunks.json and hnsw.bin, and loads base plus journal at boot', async () => {
    // Thirty notes: a memo is a small share of the corpus, so its upload does not wait for a refit (which rewrites the base).
    const corpus = [...NOTES, ...Array.from({ length: 28 }, (_, i) => doc(`n${i}`, `# Article ${i + 20} — Topic ${i}\n\nMember States report topic ${i} yearly.`))];
    const index = new ChunkIndex(dataDir, lexical(), { documents: () => corpus, refitDelayMs: 60_000 });
    await index.open(corpus);
    const chunksBefore = readFileSync(join(indexDir(), 'chunks.json'));
    const hnswBefore = statSync(join(indexDir(), 'hnsw.bin')).mtimeMs;
    for (const n of [1, 2, 3]) {
      corpus.push(memo(n));
      await index.add(memo(n));
    }
    corpus.splice(corpus.findIndex((d) => d.documentId === 'm2'), 1);
    await index.remove('m2');
    await index.close();
    expect(readFileSync(join(indexDir(), 'chunks.json'))).toEqual(chunksBefore);
    expect(statSync(join(indexDir(), 'hnsw.bin')).mtimeMs).toBe(hnswBefore);
    expect(parseJournal(readFileSync(journal()))?.entries.map((e) => `${e.op} ${e.documentId}`)).toEqual(['add m1', 'add m2', 'add m3', 'remove m2']);

    const reopened = new ChunkIndex(dataDir, lexical(), { documents: () => corpus, refitDelayMs: 60_000 });
    expect(await reopened.open(corpus)).toBe('loaded');
    expect([...reopened.chunkCounts().keys()].filter((id) => id.startsWith('m')).sort()).toEqual(['m1', 'm3']);
    expect(reopened.store?.size).toBe(32);
    const [best] = await reopened.store!.similaritySearch('zq3x depot memo', 1);
    expect(best.metadata.documentId).toBe('m3');
    await reopened.close();
  });

  it('recovers from an append torn by a crash: the torn line is cut off, and a document it lost is indexed again at boot', async () => {
    const corpus = [...NOTES, memo(1)];
    const index = new ChunkIndex(dataDir, remote(), { documents: () => corpus });
    await index.open(NOTES);
    await index.add(memo(1));
    const whole = readFileSync(journal()).length;
    // A crash while the next upload's line was being written: half a line, no newline.
    const line = readFileSync(journal(), 'utf8');
    appendFileSync(journal(), line.slice(0, Math.floor(line.length / 2)).replaceAll('m1', 'm2'));

    // The document whose line was torn is not on disk either: the journal is cut back and used as it is.
    const same = new ChunkIndex(dataDir, remote(), { documents: () => corpus });
    expect(await same.open(corpus)).toBe('loaded');
    expect(readFileSync(journal()).length).toBe(whole);
    await same.add(memo(3));
    expect(await new ChunkIndex(dataDir, remote()).open([...corpus, memo(3)])).toBe('loaded');

    // The document was stored before the crash: the corpus no longer matches the journal, so the index is rebuilt with it.
    appendFileSync(journal(), '{"op":"add","documentId":"m4","chun');
    const withLost = [...corpus, memo(3), memo(4)];
    const rebuilt = new ChunkIndex(dataDir, remote(), { documents: () => withLost });
    expect(await rebuilt.open(withLost)).toBe('built');
    expect(rebuilt.chunkCounts().get('m4')).toBe(1);
    expect(existsSync(journal())).toBe(false);
  });

  it('rebuilds when a whole line in the middle of the journal is damaged', async () => {
    const corpus = [...NOTES, memo(1), memo(2)];
    const index = new ChunkIndex(dataDir, remote(), { documents: () => corpus });
    await index.open(NOTES);
    await index.add(memo(1));
    await index.add(memo(2));
    const lines = readFileSync(journal(), 'utf8').split('\n');
    writeFileSync(journal(), [lines[0].slice(0, 40), lines[1], ''].join('\n'));
    expect(readIndexFiles(indexDir())).toBeUndefined();
    expect(await new ChunkIndex(dataDir, remote()).open(corpus)).toBe('built');
  });

  it('takes a refit in although a document was added while its worker ran: the document is indexed with the new weights and journalled', async () => {
    const embedder = lexical();
    const corpus = [...NOTES, ...Array.from({ length: 18 }, (_, i) => doc(`n${i}`, `# Article ${i + 20} — Topic ${i}\n\nMember States report topic ${i} yearly.`))];
    const index = new ChunkIndex(dataDir, embedder, { documents: () => corpus, refitDelayMs: 10 });
    await index.open(corpus);
    corpus.push(memo(1));
    await index.add(memo(1));
    await until(() => index.refitInProgress);
    // Uploaded after the refit read the corpus: the old code threw that refit away and started another.
    corpus.push(memo(2));
    await index.add(memo(2));
    await until(() => embedder.lexical!.idfTable.documentCount !== 20);
    expect(index.refitError).toBeUndefined();
    expect(embedder.lexical!.idfTable.documentCount).toBe(21);
    expect(embedder.lexical!.idfTable.frequencies.depot).toBe(1);
    expect(index.chunkCounts().get('m2')).toBe(1);
    expect(parseJournal(readFileSync(journal()))?.entries.map((e) => `${e.op} ${e.documentId}`)).toEqual(['add m2']);
    const [best] = await index.store!.similaritySearch('zq2x depot', 1);
    expect(best.metadata.documentId).toBe('m2');
    await index.close();
    expect(readdirSync(dataDir)).toEqual(['index']);
    expect(await new ChunkIndex(dataDir, lexical(), { documents: () => corpus, refitDelayMs: 60_000 }).open(corpus)).toBe('loaded');
  }, 120_000);

  it('frees a replaced store: release empties it and its native index', async () => {
    const index = new ChunkIndex(dataDir, remote());
    await index.open(NOTES);
    const store = index.store!;
    expect(await store.similaritySearch('audit', 2)).toHaveLength(2);
    store.release();
    expect(store.size).toBe(0);
    expect(await store.similaritySearch('audit', 2)).toEqual([]);
  });

  it('folds a long journal into the base files in a worker; the folded index loads with the same passages', async () => {
    const corpus = [...NOTES];
    const index = new ChunkIndex(dataDir, remote(), { documents: () => corpus, compactJournalBytes: 1 });
    await index.open(corpus);
    for (const n of [1, 2]) {
      corpus.push(memo(n));
      await index.add(memo(n));
      await index.settled();
    }
    expect(index.refitError).toBeUndefined();
    expect(existsSync(journal())).toBe(false);
    expect(readIndexFiles(indexDir())?.baseChunks.map(([, c]) => c.metadata.documentId).sort()).toEqual(['a', 'b', 'm1', 'm2']);
    expect(readdirSync(dataDir)).toEqual(['index']);
    const reopened = new ChunkIndex(dataDir, remote());
    expect(await reopened.open(corpus)).toBe('loaded');
    expect(reopened.store?.size).toBe(4);
  }, 120_000);
});
