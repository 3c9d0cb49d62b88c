import { embeddingText, sourceOf } from '../corpus/legal-chunker.js';
import { Bm25Index } from '../embeddings/bm25.js';
import type { HnswChunkStore, StoredChunk } from '../index/hnsw-chunk-store.js';
import { annexReferrals } from './annex-referrals.js';
import { DEFINITIONS_ARTICLE, definitionsIn, type Definition } from './definition-pointers.js';
import { looksLikeInjection } from './injection-guard.js';
import { everyRecital } from './recital-passages.js';

export function chunkKey(chunk: Pick<StoredChunk, 'metadata'>): string {
  return `${chunk.metadata.documentId}#${chunk.metadata.chunkIndex}`;
}

/**
 * The BM25 side of retrieval over the chunks the HNSW store holds, kept equal to the store passage by passage:
 * an upload or a deletion indexes or drops only its own passages, on the first question after it. Passages
 * that carry instructions for the assistant ("ignore all previous instructions...") are left out here, so
 * they never reach an answer or a prompt, whichever side would have found them.
 */
export class LexicalSide {
  private readonly bm25 = new Bm25Index<string>();
  private readonly chunks = new Map<string, StoredChunk>();
  private readonly quarantined = new Map<string, StoredChunk>();
  private synced?: { store: HnswChunkStore; revision: number };
  /** Which articles refer to which annex, over the passages held now: built on the first question that needs it. */
  private referrals?: Map<string, Set<string>>;
  /** Article 2's definitions in the official text and our notes, read on the first definition question after a change. */
  private glossary?: Definition[];
  /** The recitals of the official text's and uploads' preambles, one passage each, indexed on the first question that asks for one. */
  private recitalIndex?: { bm25: Bm25Index<string>; recitals: Map<string, StoredChunk> };

  of(store: HnswChunkStore): LexicalSide {
    if (this.synced?.store === store && this.synced.revision === store.revision) return this;
    this.referrals = undefined;
    this.glossary = undefined;
    this.recitalIndex = undefined;
    const current = new Map<string, StoredChunk>();
    for (const [, chunk] of store.entries()) current.set(chunkKey(chunk), chunk);
    for (const [key, chunk] of [...this.chunks, ...this.quarantined]) {
      const now = current.get(key);
      if (now === undefined || now.pageContent !== chunk.pageContent) this.drop(key);
    }
    for (const [key, chunk] of current) {
      if (this.chunks.has(key) || this.quarantined.has(key)) continue;
      if (looksLikeInjection(chunk.pageContent)) this.quarantined.set(key, chunk);
      else {
        this.chunks.set(key, chunk);
        this.bm25.add(key, embeddingText({ text: chunk.pageContent, metadata: chunk.metadata }));
      }
    }
    this.synced = { store, revision: store.revision };
    return this;
  }

  search(query: string, limit: number): { key: string; chunk: StoredChunk; score: number }[] {
    return this.bm25.search(query, limit).map((hit) => ({ key: hit.key, chunk: this.chunks.get(hit.key) as StoredChunk, score: hit.score }));
  }

  isQuarantined(key: string): boolean {
    return this.quarantined.has(key);
  }

  /** The corpus's article-to-annex references (annex-referrals), read once per corpus change rather than per question. */
  annexReferrals(): ReadonlyMap<string, ReadonlySet<string>> {
    this.referrals ??= annexReferrals(this.chunks.values());
    return this.referrals;
  }

  /** The definitions of Article 2 (definition-pointers), from the official text and our notes, read once per corpus change. */
  definitions(): readonly Definition[] {
    this.glossary ??= definitionsIn(this.chunksWhere((c) => c.metadata.article === DEFINITIONS_ARTICLE && (c.metadata.source === 'official' || c.metadata.source === 'bundled')).map((c) => c.pageContent));
    return this.glossary;
  }

  /** The passages outside any article of the official text and of uploads: their preambles, where the recitals are. */
  preamble(): StoredChunk[] {
    return this.chunksWhere((c) => c.metadata.article === undefined && sourceOf(c.metadata) !== 'bundled');
  }

  /** The recitals that best match a topic (recital-passages' everyRecital), each a passage labelled "Recital N". */
  searchRecitals(query: string, limit: number): StoredChunk[] {
    if (!this.recitalIndex) {
      const recitals = new Map<string, StoredChunk>();
      for (const recital of everyRecital(this.preamble())) {
        recitals.set(`${recital.metadata.documentId}#${recital.metadata.paragraph}`, recital);
      }
      this.recitalIndex = { recitals, bm25: new Bm25Index([...recitals].map(([key, recital]) => ({ key, text: recital.pageContent }))) };
    }
    const { bm25, recitals } = this.recitalIndex;
    return bm25.search(query, limit).map((hit) => recitals.get(hit.key) as StoredChunk);
  }

  /** The passage with this key (`chunkKey`), unless it is quarantined or gone. */
  chunk(key: string): StoredChunk | undefined {
    return this.chunks.get(key);
  }

  chunksWhere(predicate: (chunk: StoredChunk) => boolean): StoredChunk[] {
    return [...this.chunks.values()].filter(predicate);
  }

  private drop(key: string): void {
    this.chunks.delete(key);
    this.quarantined.delete(key);
    this.bm25.remove(key);
  }
}
