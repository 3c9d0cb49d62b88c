import { Document } from '@langchain/core/documents';
import { join } from 'node:path';
import { chunkLegalText, embeddingText, type LegalChunk } from '../corpus/legal-chunker.js';
import type { CorpusDocument } from '../corpus/corpus-document.js';
import type { Embedder } from '../embeddings/embedder.js';
import { corpusFingerprint } from './corpus-fingerprint.js';
import { isStorageFailure } from '../../common/storage/storage-failure.js';
import { HnswChunkStore } from './hnsw-chunk-store.js';
import { INDEX_FORMAT, readIndexFiles, writeIndexDir, type IndexManifest } from './index-files.js';

export type IndexOrigin = 'loaded' | 'built';

function toDocuments(chunks: readonly LegalChunk[]): Document[] {
  return chunks.map((chunk) => new Document({ pageContent: chunk.text, metadata: { ...chunk.metadata } }));
}

/**
 * The HNSW index of the whole corpus under DATA_DIR/index: loaded when its manifest matches the corpus
 * fingerprint and the embedder, rebuilt otherwise, and kept current as documents come and go.
 */
export class ChunkIndex {
  readonly dir: string;
  private current?: HnswChunkStore;
  private manifest?: IndexManifest;
  /** Why the index in memory is not on disk (a read-only or full disk at boot); undefined when it is. */
  unsaved?: string;

  constructor(
    dataDir: string,
    private readonly embedder: Embedder,
  ) {
    this.dir = join(dataDir, 'index');
  }

  get store(): HnswChunkStore | undefined {
    return this.current;
  }

  get info(): IndexManifest | undefined {
    return this.manifest;
  }

  async open(documents: readonly CorpusDocument[]): Promise<IndexOrigin> {
    const fingerprint = corpusFingerprint(documents);
    const files = readIndexFiles(this.dir);
    const { identity } = this.embedder;
    if (files && files.manifest.fingerprint === fingerprint && files.manifest.embedder.name === identity.name && files.manifest.embedder.model === identity.model) {
      try {
        if (this.embedder.lexical && files.idf) this.embedder.lexical.refitFrom(files.idf);
        this.current = await HnswChunkStore.read(this.embedder.embeddings, files.manifest.dimensions, files.hnswPath, files.chunks);
        this.manifest = files.manifest;
        return 'loaded';
      } catch {
        // An unreadable hnsw.bin falls through to a rebuild.
      }
    }
    await this.rebuild(documents, { serveUnsaved: true });
    return 'built';
  }

  /** Chunks and embeds everything again; the offline embedder also refits its IDF on the new corpus. */
  async rebuild(documents: readonly CorpusDocument[], options: { serveUnsaved?: boolean } = {}): Promise<void> {
    const previousIdf = this.embedder.lexical?.idfTable;
    const chunks = documents.flatMap((d) => chunkLegalText(d));
    const texts = chunks.map(embeddingText);
    this.embedder.lexical?.refit(texts);
    const vectors = texts.length > 0 ? await this.embedder.embeddings.embedDocuments(texts) : [];
    const dimensions = vectors[0]?.length ?? this.embedder.lexical?.dimensions ?? 1536;
    const store = HnswChunkStore.empty(this.embedder.embeddings, dimensions);
    await store.addVectors(vectors, toDocuments(chunks));
    try {
      await this.persist(store, corpusFingerprint(documents));
    } catch (error) {
      // At boot a disk that cannot be written must not stop the copilot: serve the index from memory.
      if (options.serveUnsaved && isStorageFailure(error)) {
        this.current = store;
        this.manifest = this.manifestOf(store, corpusFingerprint(documents));
        this.unsaved = `the index could not be saved (${error.code}); it is served from memory and rebuilt at the next boot`;
        return;
      }
      // The index in use was embedded with the previous IDF; queries must keep using it.
      if (previousIdf) this.embedder.lexical?.refitFrom(previousIdf);
      throw error;
    }
  }

  /**
   * Adds one document. With the offline embedder a full rebuild is cheap (the whole directive takes well
   * under a second) and keeps IDF right; remote embedders only embed the new chunks.
   */
  async add(document: CorpusDocument, all: readonly CorpusDocument[]): Promise<number> {
    if (this.embedder.lexical || !this.current) {
      await this.rebuild(all);
      return this.current?.entries().filter(([, c]) => c.metadata.documentId === document.documentId).length ?? 0;
    }
    const chunks = chunkLegalText(document);
    const vectors = await this.embedder.embeddings.embedDocuments(chunks.map(embeddingText));
    await this.current.addVectors(vectors, toDocuments(chunks));
    try {
      await this.persist(this.current, corpusFingerprint(all));
    } catch (error) {
      this.current.removeDocument(document.documentId);
      throw error;
    }
    return chunks.length;
  }

  async remove(documentId: string, all: readonly CorpusDocument[]): Promise<void> {
    if (this.embedder.lexical || !this.current) return this.rebuild(all);
    this.current.removeDocument(documentId);
    await this.persist(this.current, corpusFingerprint(all));
  }

  chunkCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [, chunk] of this.current?.entries() ?? []) counts.set(chunk.metadata.documentId, (counts.get(chunk.metadata.documentId) ?? 0) + 1);
    return counts;
  }

  private manifestOf(store: HnswChunkStore, fingerprint: string): IndexManifest {
    return {
      format: INDEX_FORMAT,
      embedder: this.embedder.identity,
      dimensions: store.dimensions,
      fingerprint,
      chunkCount: store.size,
      builtAt: new Date().toISOString(),
    };
  }

  private async persist(store: HnswChunkStore, fingerprint: string): Promise<void> {
    const manifest = this.manifestOf(store, fingerprint);
    await writeIndexDir(this.dir, { manifest, chunks: store.entries(), idf: this.embedder.lexical?.idfTable }, (path) => store.write(path));
    this.current = store;
    this.manifest = manifest;
    this.unsaved = undefined;
  }
}
