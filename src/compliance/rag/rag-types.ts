import type { ChunkMetadata, PassageSource } from '../corpus/legal-chunker.js';

export interface RetrievedChunk {
  text: string;
  metadata: ChunkMetadata;
  /** Cosine similarity of the question and the chunk (the gate's evidence). */
  similarity: number;
  /** Reciprocal-rank-fused score of the dense and BM25 rankings, plus the bonus for a named article (the ranking). */
  score: number;
  /** Brought only as the piece of its paragraph that holds the lead-in of a list a retrieved piece continues. */
  leadInOnly?: boolean;
  /** In the numbered paragraph the article router guessed the question asks about (hybrid-retriever's withGuessedParagraph). */
  guessedParagraph?: boolean;
  /** Of the place retrieval leads with because the article router was sure of it (hybrid-retriever's leadWithGuess). */
  routerPlace?: boolean;
}

export interface Citation {
  documentId: string;
  title: string;
  article?: string;
  /** Numbered paragraph, "11(2)", "Annex VI(1)", when the passage is one. */
  paragraph?: string;
  /** Bundled notes, the verified official text, or an uploaded document (whose title is the uploader's). */
  source: PassageSource;
  excerpt: string;
  score: number;
  /** True for a passage the answer quotes (its [n] markers); false for a further relevant passage retrieval found. */
  used: boolean;
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
