import type { HnswChunkStore } from '../index/hnsw-chunk-store.js';
import { articleMentions } from './article-mentions.js';
import type { RetrievedChunk } from './rag-types.js';

/** A question that names an article ("what does Article 8 require") should see that article first. */
const MENTION_BOOST = 0.3;
const CANDIDATE_FACTOR = 4;
/** Text outside any article (recitals, prefaces) explains but does not oblige; articles should rank first. */
const UNSTRUCTURED_FACTOR = 0.85;

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function keyOf(chunk: Pick<RetrievedChunk, 'metadata'>): string {
  return `${chunk.metadata.documentId}#${chunk.metadata.chunkIndex}`;
}

/**
 * Vector search over HNSW plus a keyword side for article and annex numbers: chunks of a named article
 * join the candidates and get a boost. `similarity` stays the plain cosine, so the gate is not fooled by
 * "Article 5 of the GDPR".
 */
export async function retrieveChunks(store: HnswChunkStore, queryVector: number[], question: string, topK: number): Promise<RetrievedChunk[]> {
  const byKey = new Map<string, RetrievedChunk>();
  for (const [document, similarity] of await store.similaritySearchVectorWithScore(queryVector, topK * CANDIDATE_FACTOR)) {
    const metadata = document.metadata as RetrievedChunk['metadata'];
    const score = metadata.article ? similarity : similarity * UNSTRUCTURED_FACTOR;
    const chunk: RetrievedChunk = { text: document.pageContent, metadata, similarity, score };
    byKey.set(keyOf(chunk), chunk);
  }
  const mentions = new Set(articleMentions(question));
  if (mentions.size > 0) {
    for (const { chunk, vector } of store.vectorsWhere((c) => c.metadata.article !== undefined && mentions.has(c.metadata.article))) {
      const similarity = cosine(queryVector, vector);
      byKey.set(keyOf(chunk), { text: chunk.pageContent, metadata: chunk.metadata, similarity, score: similarity + MENTION_BOOST });
    }
  }
  return [...byKey.values()].sort((a, b) => b.score - a.score).slice(0, topK);
}
