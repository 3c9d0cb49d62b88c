import type { ChunkMetadata } from '../corpus/legal-chunker.js';

export interface RetrievedChunk {
  text: string;
  metadata: ChunkMetadata;
  /** Cosine similarity of the question and the chunk (the gate's evidence). */
  similarity: number;
  /** Similarity plus the boost for an article the question names (the ranking). */
  score: number;
}

export interface Citation {
  documentId: string;
  title: string;
  article?: string;
  excerpt: string;
  score: number;
}

export type RefusalReason = 'not_in_corpus' | 'prompt_injection' | 'insufficient_context';

export interface AskResult {
  answer: string;
  refused: boolean;
  reason?: RefusalReason;
  citations: Citation[];
  mode: 'llm' | 'extractive';
  degraded?: boolean;
}

export interface GatedRetrieval {
  question: string;
  chunks: RetrievedChunk[];
  refusal?: AskResult;
}
