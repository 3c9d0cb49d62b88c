import { splitSentences } from '../corpus/legal-chunker.js';
import { contentTerms } from '../embeddings/text-terms.js';
import { toCitation } from './citations.js';
import type { AskResult, RetrievedChunk } from './rag-types.js';

export type TermWeight = (term: string) => number;

const MAX_SENTENCES = 4;
const MAX_ANSWER_CHARS = 1000;
const CHUNKS_CONSIDERED = 5;
const RANK_WEIGHT = [1, 0.85, 0.75, 0.65, 0.55];

interface Candidate {
  chunk: number;
  position: number;
  sentence: string;
  score: number;
}

/** Questions about amounts and deadlines are answered by sentences that carry figures and dates. */
function asksForFigure(question: string): boolean {
  return /\b(how (much|many|often|long)|when|what (share|percentage|threshold|level|date|deadline)|rate|by when|deadline|threshold|percent|%|target|minimum|maximum|limit)\b/i.test(question);
}

function scoreSentence(sentence: string, queryTerms: ReadonlySet<string>, weight: TermWeight, figureWanted: boolean): number {
  const terms = contentTerms(sentence);
  if (terms.length < 4) return 0;
  let matched = 0;
  for (const term of new Set(terms)) if (queryTerms.has(term)) matched += weight(term) * (/^\d/.test(term) ? 2 : 1);
  if (matched === 0) return 0;
  const sharedFigure = [...queryTerms].some((term) => /^\d/.test(term) && terms.includes(term)) ? 1.5 : 1;
  const hasFigure = /\d|\b(two|three|four|five|six|ten|twelve|every|annually)\b/i.test(sentence.replace(/\(\d+\)|\b\d{1,2}\.\s/g, ''));
  const obligation = /\bshall\b|\bmust\b/i.test(sentence) ? 1.1 : 1;
  const figure = hasFigure ? (figureWanted ? 1.5 : 1.15) : 1;
  return (matched / Math.sqrt(Math.log(2 + terms.length))) * obligation * figure * sharedFigure;
}

function candidatesOf(question: string, chunks: readonly RetrievedChunk[], weight: TermWeight): Candidate[] {
  const queryTerms = new Set(contentTerms(question));
  const figureWanted = asksForFigure(question);
  const candidates: Candidate[] = [];
  chunks.slice(0, CHUNKS_CONSIDERED).forEach((chunk, index) => {
    const heading = `${chunk.metadata.article ?? ''} ${chunk.metadata.articleTitle ?? ''}`;
    const headingBonus = contentTerms(heading).some((t) => queryTerms.has(t)) ? 1.1 : 1;
    splitSentences(chunk.text).forEach((sentence, position) => {
      const score = scoreSentence(sentence, queryTerms, weight, figureWanted) * RANK_WEIGHT[index] * headingBonus;
      if (score > 0) candidates.push({ chunk: index, position, sentence: sentence.replace(/^\s*(\d{1,2}\.|\([a-z0-9]+\))\s+/, ''), score });
    });
  });
  return candidates;
}

function pick(candidates: Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  let length = 0;
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= MAX_SENTENCES) break;
    if (chosen.some((c) => c.sentence === candidate.sentence)) continue;
    if (chosen.length > 0 && length + candidate.sentence.length > MAX_ANSWER_CHARS) continue;
    if (chosen.length > 0 && candidate.score < chosen[0].score * 0.25) break;
    chosen.push(candidate);
    length += candidate.sentence.length;
  }
  return chosen.sort((a, b) => a.chunk - b.chunk || a.position - b.position);
}

/**
 * Composes a short answer from the sentences of the retrieved passages that best match the question,
 * each followed by the [n] marker of its citation. No model involved: the copilot's out-of-the-box mode
 * and the fallback when a model fails.
 */
export function extractiveAnswer(question: string, chunks: readonly RetrievedChunk[], weight: TermWeight = () => 1): AskResult {
  const chosen = pick(candidatesOf(question, chunks, weight));
  if (chosen.length === 0 && chunks.length > 0) {
    chosen.push({ chunk: 0, position: 0, sentence: splitSentences(chunks[0].text)[0] ?? chunks[0].text, score: 0 });
  }
  const citationOf = new Map<number, number>();
  const parts: string[] = [];
  for (const candidate of chosen) {
    if (!citationOf.has(candidate.chunk)) citationOf.set(candidate.chunk, citationOf.size + 1);
    const sentence = candidate.sentence.replace(/[;:,]\s*$/, '.');
    parts.push(`${/[.!?]$/.test(sentence) ? sentence : `${sentence}.`} [${citationOf.get(candidate.chunk)}]`);
  }
  const lead = chosen.length > 0 ? leadOf(chunks[chosen[0].chunk]) : '';
  const citations = [...citationOf.keys()].map((index) => toCitation(chunks[index], chosen.find((c) => c.chunk === index)?.sentence));
  return { answer: `${lead}${parts.join(' ')}`, refused: false, citations, mode: 'extractive' };
}

function leadOf(chunk: RetrievedChunk): string {
  const { article, articleTitle } = chunk.metadata;
  if (!article) return '';
  return articleTitle ? `${article} (${articleTitle.replace(/\s+/g, ' ')}): ` : `${article}: `;
}
