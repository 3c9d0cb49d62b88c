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
 * embedder hashes), so both sides of the hybrid retrieval agree on what a word is. Our own ~60 lines rather than
 * a library: the npm BM25 packages either bundle their own English pipeline (wink-bm25-text-search needs
 * wink-nlp) or are unmaintained, and ours indexes the directive's ~900 paragraphs in a few milliseconds.
 */
export class Bm25Index<K> {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private readonly keys: K[] = [];
  private averageLength = 0;

  constructor(documents: Iterable<{ key: K; text: string }>) {
    for (const { key, text } of documents) {
      const doc = this.keys.length;
      const terms = contentTerms(text);
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, tf] of counts) {
        const list = this.postings.get(term);
        if (list) list.push({ doc, tf });
        else this.postings.set(term, [{ doc, tf }]);
      }
      this.keys.push(key);
      this.lengths.push(terms.length);
    }
    this.averageLength = this.lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, this.lengths.length);
  }

  get size(): number {
    return this.keys.length;
  }

  /** Robertson-Sparck Jones IDF, floored at a small positive value so very common terms never subtract. */
  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    return Math.max(0.01, Math.log(1 + (this.keys.length - df + 0.5) / (df + 0.5)));
  }

  search(query: string, limit: number): Bm25Hit<K>[] {
    const scores = new Map<number, number>();
    for (const term of new Set(contentTerms(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { doc, tf } of list) {
        const norm = tf + K1 * (1 - B + (B * this.lengths[doc]) / (this.averageLength || 1));
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([doc, score]) => ({ key: this.keys[doc], score }));
  }
}
