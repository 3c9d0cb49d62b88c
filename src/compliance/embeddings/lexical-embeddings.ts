import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { features } from './text-terms.js';

export const LEXICAL_EMBEDDER_NAME = 'lexical-hash-idf';
/**
 * v3: a figure and its unit are one term (text-terms' contentTerms). v4: a doubled consonant before -ed or -ing is
 * undoubled ("capped" -> "cap"). Indexes built before are rebuilt.
 */
export const LEXICAL_VERSION = 'v4';

/** Document frequencies fitted on a corpus; saved beside the index so queries use the same weights. */
export interface IdfTable {
  readonly documentCount: number;
  readonly frequencies: Readonly<Record<string, number>>;
}

export function fitIdf(texts: readonly string[]): IdfTable {
  const frequencies: Record<string, number> = {};
  for (const text of texts) {
    for (const feature of new Set(features(text))) frequencies[feature] = (frequencies[feature] ?? 0) + 1;
  }
  return { documentCount: texts.length, frequencies };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Deterministic offline embedding: hashed unigram and bigram features weighted by sublinear TF times IDF,
 * L2-normalised, so cosine similarity behaves like TF-IDF cosine. Terms the corpus never saw get the
 * highest IDF, which pulls off-topic questions away from every chunk (what the relevance gate relies on).
 */
export class LexicalEmbeddings extends Embeddings {
  readonly name = LEXICAL_EMBEDDER_NAME;
  readonly model = `${LEXICAL_EMBEDDER_NAME}-${LEXICAL_VERSION}`;

  constructor(
    private idf: IdfTable = { documentCount: 0, frequencies: {} },
    readonly dimensions = 2048,
    params: EmbeddingsParams = {},
  ) {
    super(params);
  }

  get idfTable(): IdfTable {
    return this.idf;
  }

  refit(texts: readonly string[]): void {
    this.idf = fitIdf(texts);
  }

  refitFrom(table: IdfTable): void {
    this.idf = table;
  }

  /** IDF of a feature; unseen features count as if they occurred in less than one document. */
  weightOf(feature: string): number {
    const df = this.idf.frequencies[feature] ?? 0;
    return Math.log((this.idf.documentCount + 1) / (df + 0.5)) + 1;
  }

  /** Share of a text's IDF mass the corpus knows: near 0 for "how do I bake a cake". */
  knownShare(text: string): number {
    let known = 0;
    let total = 0;
    for (const feature of new Set(features(text).filter((f) => !f.includes(' ')))) {
      const weight = this.weightOf(feature);
      total += weight;
      if (this.idf.frequencies[feature]) known += weight;
    }
    return total === 0 ? 0 : known / total;
  }

  embedText(text: string): number[] {
    const counts = new Map<string, number>();
    for (const feature of features(text)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    const vector = new Array<number>(this.dimensions).fill(0);
    for (const [feature, count] of counts) {
      const hash = fnv1a(feature);
      const sign = hash & 0x80000000 ? -1 : 1;
      const bigramWeight = feature.includes(' ') ? 0.7 : 1;
      vector[hash % this.dimensions] += sign * (1 + Math.log(count)) * this.weightOf(feature) * bigramWeight;
    }
    const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
    return norm === 0 ? vector : vector.map((x) => x / norm);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.embedText(text));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embedText(text);
  }
}
