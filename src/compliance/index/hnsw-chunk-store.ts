import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { VectorStore } from '@langchain/core/vectorstores';
import hnswlib from 'hnswlib-node';
import type { ChunkMetadata } from '../corpus/legal-chunker.js';
import { decodeVector, type JournalEntry } from './index-journal.js';

export interface StoredChunk {
  pageContent: string;
  metadata: ChunkMetadata;
}

const INITIAL_CAPACITY = 1024;
/** Vectors inserted between two yields to the event loop: a large document's passages do not block it in one go. */
const INSERT_BATCH = 64;

/**
 * A small VectorStore over hnswlib-node. Unlike @langchain/community's HNSWLib it deletes single
 * documents (markDelete, no re-embedding of the rest), keeps the label -> chunk map in our own JSON
 * format, and lets the index manager write everything into a temp directory that is then renamed.
 */
export class HnswChunkStore extends VectorStore {
  declare FilterType: (chunk: StoredChunk) => boolean;
  private readonly chunks = new Map<number, StoredChunk>();
  private nextLabel = 0;
  private changes = 0;

  private constructor(
    embeddings: EmbeddingsInterface,
    readonly dimensions: number,
    private readonly index: hnswlib.HierarchicalNSW,
  ) {
    super(embeddings, {});
  }

  static empty(embeddings: EmbeddingsInterface, dimensions: number): HnswChunkStore {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    index.initIndex({ maxElements: INITIAL_CAPACITY, m: 16, efConstruction: 200, allowReplaceDeleted: true });
    index.setEf(64);
    return new HnswChunkStore(embeddings, dimensions, index);
  }

  static async read(embeddings: EmbeddingsInterface, dimensions: number, indexPath: string, chunks: [number, StoredChunk][]): Promise<HnswChunkStore> {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    await index.readIndex(indexPath, true);
    // A readable file of another build (restored from an old backup, copied from another node) would return
    // labels with no chunk; refuse it so the caller rebuilds.
    // (Labels of deleted chunks stay in the file, so the index may hold more labels than there are chunks.)
    const labels = new Set(index.getIdsList());
    const missing = chunks.filter(([label]) => !labels.has(label)).length;
    if (missing > 0) throw new Error(`${indexPath} lacks the vectors of ${missing} of the ${chunks.length} stored chunks`);
    index.setEf(64);
    const store = new HnswChunkStore(embeddings, dimensions, index);
    for (const [label, chunk] of chunks) store.chunks.set(label, chunk);
    store.nextLabel = chunks.reduce((max, [label]) => Math.max(max, label + 1), 0);
    return store;
  }

  _vectorstoreType(): string {
    return 'hnsw-chunks';
  }

  /** Counts changes to the chunks, so what is derived from them (the BM25 side, a vocabulary) knows when to catch up. */
  get revision(): number {
    return this.changes;
  }

  get size(): number {
    return this.chunks.size;
  }

  entries(): [number, StoredChunk][] {
    return [...this.chunks.entries()];
  }

  async write(indexPath: string): Promise<void> {
    await this.index.writeIndex(indexPath);
  }

  async addDocuments(documents: Document[]): Promise<string[]> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent));
    return this.addVectors(vectors, documents);
  }

  /**
   * Inserts the vectors in batches with a yield to the event loop between them, then makes all their chunks
   * visible at once (a search meanwhile skips labels it has no chunk for). Returns the labels. `stop` ends it
   * between batches (a store being built in a worker that is asked to stop; the store is then thrown away).
   */
  async addVectors(vectors: number[][], documents: Document[], stop?: AbortSignal): Promise<string[]> {
    for (const vector of vectors) if (vector.length !== this.dimensions) throw new Error(`Vector has ${vector.length} dimensions; the index has ${this.dimensions}.`);
    this.reserve(vectors.length);
    const labels: number[] = [];
    for (let i = 0; i < vectors.length; i++) {
      if (i > 0 && i % INSERT_BATCH === 0) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        stop?.throwIfAborted();
      }
      const label = this.nextLabel++;
      this.index.addPoint(vectors[i], label);
      labels.push(label);
    }
    labels.forEach((label, i) => this.chunks.set(label, { pageContent: documents[i].pageContent, metadata: documents[i].metadata as ChunkMetadata }));
    this.changes++;
    return labels.map(String);
  }

  /** Applies journal lines written after hnsw.bin: their vectors under their own labels, and removals. */
  replay(entries: readonly JournalEntry[]): void {
    for (const entry of entries) {
      if (entry.op === 'remove') {
        this.removeDocument(entry.documentId);
        continue;
      }
      this.reserve(entry.chunks.length);
      for (const [label, chunk, vector] of entry.chunks) {
        this.index.addPoint(decodeVector(vector), label);
        this.chunks.set(label, chunk);
        this.nextLabel = Math.max(this.nextLabel, label + 1);
      }
    }
    this.changes++;
  }

  private reserve(count: number): void {
    const needed = this.index.getCurrentCount() + count;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(Math.max(needed, this.index.getMaxElements() * 2));
  }

  /** Stored (normalised) vectors of the chunks a predicate selects: the keyword side of hybrid retrieval. */
  vectorsWhere(predicate: (chunk: StoredChunk) => boolean): { chunk: StoredChunk; vector: number[] }[] {
    const found: { chunk: StoredChunk; vector: number[] }[] = [];
    for (const [label, chunk] of this.chunks) if (predicate(chunk)) found.push({ chunk, vector: this.index.getPoint(label) });
    return found;
  }

  /**
   * Frees the native index now: hnswlib's memory (megabytes per index) is invisible to V8, so a replaced store
   * would otherwise hold it until a major collection happens to finalize its small wrapper. The store is
   * empty afterwards.
   */
  release(): void {
    this.chunks.clear();
    this.index.initIndex({ maxElements: 1, m: 16, efConstruction: 200, allowReplaceDeleted: true });
    this.changes++;
  }

  /** Removes every chunk of a document; returns how many went. */
  removeDocument(documentId: string): number {
    let removed = 0;
    for (const [label, chunk] of this.chunks) {
      if (chunk.metadata.documentId !== documentId) continue;
      this.index.markDelete(label);
      this.chunks.delete(label);
      removed++;
    }
    if (removed > 0) this.changes++;
    return removed;
  }

  /** Scores are cosine similarities (1 - hnswlib's cosine distance): higher is closer. */
  async similaritySearchVectorWithScore(query: number[], k: number, filter?: this['FilterType']): Promise<[Document, number][]> {
    const count = Math.min(k, this.chunks.size);
    if (count === 0 || !query.some((x) => x !== 0)) return [];
    const accept = filter ? (label: number) => { const c = this.chunks.get(label); return c !== undefined && filter(c); } : undefined;
    const result = this.index.searchKnn(query, count, accept);
    const found: [Document, number][] = [];
    result.neighbors.forEach((label, i) => {
      const chunk = this.chunks.get(label);
      if (chunk) found.push([new Document({ pageContent: chunk.pageContent, metadata: chunk.metadata }), 1 - result.distances[i]]);
    });
    return found;
  }
}
