import type { RetrievedChunk } from './rag-types.js';

export interface GateSettings {
  /** Minimum cosine similarity of the best chunk. */
  minSimilarity: number;
  /** Minimum share of the question's IDF mass that the corpus vocabulary knows (offline embedder only). */
  minKnownShare: number;
}

/** Calibrated on test/fixtures/compliance-calibration.json with the offline embedder (see the spec). */
export const OFFLINE_GATE: GateSettings = { minSimilarity: 0.12, minKnownShare: 0.55 };
/** Dense embeddings put unrelated texts around 0.1-0.2 cosine; grounded questions score well above. */
export const DENSE_GATE: GateSettings = { minSimilarity: 0.3, minKnownShare: 0 };

export interface GateEvidence {
  best: number;
  knownShare: number;
}

export function passesGate(evidence: GateEvidence, settings: GateSettings): boolean {
  return evidence.best >= settings.minSimilarity && evidence.knownShare >= settings.minKnownShare;
}

export function gateEvidence(chunks: readonly RetrievedChunk[], knownShare: number): GateEvidence {
  return { best: chunks.reduce((max, chunk) => Math.max(max, chunk.similarity), 0), knownShare };
}
