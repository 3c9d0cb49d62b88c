import { stem, words } from '../embeddings/text-terms.js';
import type { RetrievedChunk } from './rag-types.js';

export interface GateSettings {
  /** Minimum cosine similarity of the best chunk. */
  minSimilarity: number;
  /** Minimum share of the question's IDF mass that the corpus vocabulary knows (offline embedder only). */
  minKnownShare: number;
  /** A question without any energy-efficiency term must reach this similarity to pass. */
  strongSimilarity: number;
}

/**
 * Calibrated on test/fixtures/compliance-calibration.json with the offline embedder: in-scope questions
 * had a best similarity of 0.109-0.46 and a known share of 0.53-1; off-topic ones reached 0.21 (a tax
 * question whose words all occur in the directive), which the domain-term rule catches.
 */
export const OFFLINE_GATE: GateSettings = { minSimilarity: 0.1, minKnownShare: 0.5, strongSimilarity: 0.25 };
/** Dense embeddings put unrelated texts around 0.1-0.2 cosine; grounded questions score well above. */
export const DENSE_GATE: GateSettings = { minSimilarity: 0.3, minKnownShare: 0, strongSimilarity: 0.5 };

/** Stems of the directive's subject matter; one of them must appear unless retrieval is very confident. */
const DOMAIN_STEMS = new Set(
  `energy efficien efficiency heat heating cool cooling audit consumption consum building renovat renovation cogeneration
cogenerat chp meter metering bill billing grid network tariff transmission distribution saving obligation procurement poverty
vulnerable contract esco directive transpos transposition penalty penalti eed electricity electric gas fuel power data centre
center waste insulation thermal boiler pump renewable demand response storage kwh mwh gwh tj ktoe mtoe household tenant landlord utility operator supplier retailer enterprise sme
fund financing finance incentive label ecodesign appliance lighting`.split(/\s+/),
);

export function hasDomainTerm(question: string): boolean {
  return words(question).some((word) => DOMAIN_STEMS.has(word) || DOMAIN_STEMS.has(stem(word)));
}

export interface GateEvidence {
  best: number;
  knownShare: number;
  domain: boolean;
}

export function gateEvidence(chunks: readonly RetrievedChunk[], knownShare: number, question: string): GateEvidence {
  return { best: chunks.reduce((max, chunk) => Math.max(max, chunk.similarity), 0), knownShare, domain: hasDomainTerm(question) };
}

export function passesGate(evidence: GateEvidence, settings: GateSettings): boolean {
  if (evidence.best < settings.minSimilarity || evidence.knownShare < settings.minKnownShare) return false;
  return evidence.domain || evidence.best >= settings.strongSimilarity;
}
