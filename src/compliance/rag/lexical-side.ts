import { embeddingText } from '../corpus/legal-chunker.js';
import { Bm25Index } from '../embeddings/bm25.js';
import type { HnswChunkStore, StoredChunk } from '../index/hnsw-chunk-store.js';
import { looksLikeInjection } from './injection-guard.js';

export function chunkKey(chunk: Pick<StoredChunk, 'metadata'>): string {
  return `${chunk.metadata.documentId}#${chunk.metadata.chunkIndex}`;
}

/**
 * The BM25 side of retrieval over the chunks the HNSW store holds, rebuilt when the store changes. Passages
 * that carry instructions for the assistant ("ignore all previous instructions...") are left out here, so
 * they never reach an answer or a prompt, whichever side would have found them.
 */
export class LexicalSide {
  private built?: { store: HnswChunkStore; size: number; stamp?: string; bm25: Bm25Index<string>; chunks: Map<string, StoredChunk>; quarantined: Set<string> };

  of(store: HnswChunkStore, stamp?: string): LexicalSide {
    if (this.built?.store !== store || this.built.size !== store.size || this.built.stamp !== stamp) {
      const chunks = new Map<string, StoredChunk>();
      const quarantined = new Set<string>();
      for (const [, chunk] of store.entries()) {
        const key = chunkKey(chunk);
        if (looksLikeInjection(chunk.pageContent)) quarantined.add(key);
        else chunks.set(key, chunk);
      }
      const bm25 = new Bm25Index([...chunks].map(([key, chunk]) => ({ key, text: embeddingText({ text: chunk.pageContent, metadata: chunk.metadata }) })));
      this.built = { store, size: store.size, stamp, bm25, chunks, quarantined };
    }
    return this;
  }

  search(query: string, limit: number): { key: string; chunk: StoredChunk; score: number }[] {
    if (!this.built) return [];
    const { bm25, chunks } = this.built;
    return bm25.search(query, limit).map((hit) => ({ key: hit.key, chunk: chunks.get(hit.key) as StoredChunk, score: hit.score }));
  }

  isQuarantined(key: string): boolean {
    return this.built?.quarantined.has(key) ?? false;
  }

  chunksWhere(predicate: (chunk: StoredChunk) => boolean): StoredChunk[] {
    return [...(this.built?.chunks.values() ?? [])].filter(predicate);
  }
}
