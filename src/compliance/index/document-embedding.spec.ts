import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { ComplianceEngine } from '../compliance-engine.js';
import { chunkLegalText, embeddingText } from '../corpus/legal-chunker.js';
import { LexicalEmbeddings } from '../embeddings/lexical-embeddings.js';
import type { Embedder } from '../embeddings/embedder.js';
import { embedDocumentChunks, INLINE_EMBEDDING_CHARS } from './document-embedding.js';
import { JOURNAL_FILE } from './index-journal.js';

const NOTES = 'test/fixtures/compliance-notes';
/** Numbered paragraphs about made-up depots, longer than what is chunked and embedded on the calling thread. */
const LONG_TEXT = `# Depot audit report\n\n${Array.from({ length: 240 }, (_, i) => `${(i % 40) + 1}. The depot zq${i}x was audited for feeder losses, heat pump efficiency and transformer load in month ${i}.`).join('\n\n')}`;

function lexical(): Embedder {
  const embeddings = new LexicalEmbeddings({ documentCount: 3, frequencies: { depot: 1, audit: 2 } }, 128);
  return { identity: { name: embeddings.name, model: embeddings.model }, embeddings, lexical: embeddings };
}

describe('embedding a large upload in a worker', () => {
  it('gives the passages and vectors the calling thread would', async () => {
    expect(LONG_TEXT.length).toBeGreaterThan(INLINE_EMBEDDING_CHARS);
    const document = { documentId: 'big', title: 'Depot audit report', text: LONG_TEXT, source: 'uploaded' as const };
    const embedder = lexical();
    const { chunks, vectors } = await embedDocumentChunks(document, embedder);
    expect(chunks).toEqual(chunkLegalText(document));
    expect(vectors).toHaveLength(chunks.length);
    const expected = embedder.lexical!.embedText(embeddingText(chunks[7]));
    vectors[7].forEach((x, i) => expect(x).toBeCloseTo(expected[i], 5));
  }, 200_000);

  it('answers 503 COMPLIANCE_INDEXING_FAILED when the worker fails, and stores nothing of the document', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'embed-worker-'));
    const config = loadConfig({ DATA_DIR: dataDir, COMPLIANCE_NOTES_DIR: NOTES });
    // 1 ms for a document of more than 20,000 characters: the worker is stopped, as one stuck on a crafted
    // document would be. (A tiny heap is no way to fail it: see MIN_WORKER_OLD_SPACE_MB.)
    const engine = new ComplianceEngine({ dataDir, compliance: config.compliance, notesDir: NOTES, refitDelayMs: 60_000, indexWorker: { timeoutMs: 1 } });
    try {
      await engine.open();
      const chunksBefore = engine.index.store?.size;
      await expect(engine.addDocument({ title: 'Depot audit report', content: Buffer.from(LONG_TEXT), contentType: 'text/markdown' })).rejects.toMatchObject({
        code: 'COMPLIANCE_INDEXING_FAILED',
        status: 503,
        message: expect.stringContaining('nothing was stored'),
      });
      expect(engine.listDocuments().filter((d) => d.source === 'uploaded')).toEqual([]);
      expect(engine.index.store?.size).toBe(chunksBefore);
      expect(existsSync(join(dataDir, 'documents')) ? readdirSync(join(dataDir, 'documents')) : []).toEqual([]);
      expect(existsSync(join(dataDir, 'index', JOURNAL_FILE))).toBe(false);
      // A small document still goes in on the calling thread.
      await expect(engine.addDocument({ title: 'Memo', content: Buffer.from('The depot zq1x is audited yearly.'), contentType: 'text/plain' })).resolves.toMatchObject({ chunkCount: 1 });
    } finally {
      await engine.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 200_000);
});
