import type { HnswChunkStore } from '../index/hnsw-chunk-store.js';
import { contentTerms } from '../embeddings/text-terms.js';
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

/** Keyword side for titles: a question worded like an article's title ("minimum criteria for energy audits"). */
const TITLE_BOOST = 0.12;

function titleCoverage(queryTerms: readonly string[], title: string | undefined, weight: (term: string) => number): number {
  if (!title || queryTerms.length === 0) return 0;
  const titleTerms = new Set(contentTerms(title));
  let covered = 0;
  let total = 0;
  for (const term of new Set(queryTerms)) {
    total += weight(term);
    if (titleTerms.has(term)) covered += weight(term);
  }
  return total === 0 ? 0 : covered / total;
}

function keyOf(chunk: Pick<RetrievedChunk, 'metadata'>): string {
  return `${chunk.metadata.documentId}#${chunk.metadata.chunkIndex}`;
}

/**
 * Vector search over HNSW plus a keyword side for article and annex numbers: chunks of a named article
 * join the candidates and get a boost. `similarity` stays the plain cosine, so the gate is not fooled by
 * "Article 5 of the GDPR".
 */
export async function retrieveChunks(
  store: HnswChunkStore,
  queryVector: number[],
  question: string,
  topK: number,
  weight: (term: string) => number = () => 1,
): Promise<RetrievedChunk[]> {
  const byKey = new Map<string, RetrievedChunk>();
  const queryTerms = contentTerms(question);
  for (const [document, similarity] of await store.similaritySearchVectorWithScore(queryVector, topK * CANDIDATE_FACTOR)) {
    const metadata = document.metadata as RetrievedChunk['metadata'];
    const score = metadata.article
      ? similarity + TITLE_BOOST * titleCoverage(queryTerms, metadata.articleTitle, weight)
      : similarity * UNSTRUCTURED_FACTOR;
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
