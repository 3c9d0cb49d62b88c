import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { VectorStore } from '@langchain/core/vectorstores';
import hnswlib from 'hnswlib-node';
import type { ChunkMetadata } from '../corpus/legal-chunker.js';

export interface StoredChunk {
  pageContent: string;
  metadata: ChunkMetadata;
}

const INITIAL_CAPACITY = 1024;

/**
 * A small VectorStore over hnswlib-node. Unlike @langchain/community's HNSWLib it deletes single
 * documents (markDelete, no re-embedding of the rest), keeps the label -> chunk map in our own JSON
 * format, and lets the index manager write everything into a temp directory that is then renamed.
 */
export class HnswChunkStore extends VectorStore {
  declare FilterType: (chunk: StoredChunk) => boolean;
  private readonly chunks = new Map<number, StoredChunk>();
  private nextLabel = 0;

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

  async addVectors(vectors: number[][], documents: Document[]): Promise<string[]> {
    const needed = this.index.getCurrentCount() + vectors.length;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(Math.max(needed, this.index.getMaxElements() * 2));
    return vectors.map((vector, i) => {
      if (vector.length !== this.dimensions) throw new Error(`Vector has ${vector.length} dimensions; the index has ${this.dimensions}.`);
      const label = this.nextLabel++;
      this.index.addPoint(vector, label);
      this.chunks.set(label, { pageContent: documents[i].pageContent, metadata: documents[i].metadata as ChunkMetadata });
      return String(label);
    });
  }

  /** Stored (normalised) vectors of the chunks a predicate selects: the keyword side of hybrid retrieval. */
  vectorsWhere(predicate: (chunk: StoredChunk) => boolean): { chunk: StoredChunk; vector: number[] }[] {
    const found: { chunk: StoredChunk; vector: number[] }[] = [];
    for (const [label, chunk] of this.chunks) if (predicate(chunk)) found.push({ chunk, vector: this.index.getPoint(label) });
    return found;
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
