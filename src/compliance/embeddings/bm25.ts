import { contentTerms } from './text-terms.js';

/** Okapi BM25 parameters; the usual values, which suit paragraphs of 50-300 words. */
const K1 = 1.2;
const B = 0.75;

export interface Bm25Hit<K> {
  key: K;
  score: number;
}

/**
 * Okapi BM25 over our own tokenisation (the stems and stop words of text-terms.ts, the same terms the offline
 * embedder hashes), so both sides of the hybrid retrieval agree on what a word is. Passages are added and removed
 * one at a time, so an upload costs its own passages, not a rebuild. Our own ~100 lines rather than a library: the npm BM25 packages either bundle their own English pipeline (wink-bm25-text-search needs
 * wink-nlp) or are unmaintained, and ours indexes the directive's ~900 paragraphs in a few milliseconds.
 */
export class Bm25Index<K> {
  /** term -> document key -> term frequency; a key's position in each map is the order it was added in. */
  private readonly postings = new Map<string, Map<K, number>>();
  private readonly documents = new Map<K, { length: number; terms: string[] }>();
  private totalLength = 0;

  constructor(documents: Iterable<{ key: K; text: string }> = []) {
    for (const { key, text } of documents) this.add(key, text);
  }

  get size(): number {
    return this.documents.size;
  }

  has(key: K): boolean {
    return this.documents.has(key);
  }

  /** Indexes one passage (replacing a passage with the same key): the cost is that passage's, not the corpus's. */
  add(key: K, text: string): void {
    if (this.documents.has(key)) this.remove(key);
    const terms = contentTerms(text);
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      const list = this.postings.get(term);
      if (list) list.set(key, tf);
      else this.postings.set(term, new Map([[key, tf]]));
    }
    this.documents.set(key, { length: terms.length, terms: [...counts.keys()] });
    this.totalLength += terms.length;
  }

  remove(key: K): boolean {
    const document = this.documents.get(key);
    if (!document) return false;
    for (const term of document.terms) {
      const list = this.postings.get(term);
      list?.delete(key);
      if (list?.size === 0) this.postings.delete(term);
    }
    this.documents.delete(key);
    this.totalLength -= document.length;
    return true;
  }

  /** Robertson-Sparck Jones IDF, floored at a small positive value so very common terms never subtract. */
  idf(term: string): number {
    const df = this.postings.get(term)?.size ?? 0;
    return Math.max(0.01, Math.log(1 + (this.documents.size - df + 0.5) / (df + 0.5)));
  }

  search(query: string, limit: number): Bm25Hit<K>[] {
    const averageLength = this.totalLength / Math.max(1, this.documents.size);
    const scores = new Map<K, number>();
    for (const term of new Set(contentTerms(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const [key, tf] of list) {
        const length = this.documents.get(key)?.length ?? 0;
        const norm = tf + K1 * (1 - B + (B * length) / (averageLength || 1));
        scores.set(key, (scores.get(key) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([key, score]) => ({ key, score }));
  }
}
