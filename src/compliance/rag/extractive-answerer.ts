import { splitSentences } from '../corpus/legal-chunker.js';
import { contentTerms } from '../embeddings/text-terms.js';
import { toCitation } from './citations.js';
import { expandQuery } from './query-expansion.js';
import type { AskResult, RetrievedChunk } from './rag-types.js';

export type TermWeight = (term: string) => number;

const MAX_SENTENCES = 4;
const MAX_ANSWER_CHARS = 1100;
const CHUNKS_CONSIDERED = 5;
const RANK_WEIGHT = [1, 0.85, 0.75, 0.65, 0.55];

interface Candidate {
  chunk: number;
  position: number;
  sentence: string;
  score: number;
}

interface Intent {
  date: boolean;
  amount: boolean;
  frequency: boolean;
  list: boolean;
}

/** What kind of fact the question wants: the sentence that carries it should win over one that only shares words. */
function intentOf(question: string): Intent {
  return {
    date: /\b(when|deadline|by when|date|until|since|which year|what year|how long)\b/i.test(question),
    amount: /\b(how (much|many|large|big|far|high|low)|percentage|per ?cent|share|rate|threshold|limit|minimum|maximum|level|target|weight|value|factor|coefficient|size|cap)\b|%/i.test(question),
    frequency: /\b(how often|frequency|how regularly|periodic|every)\b/i.test(question),
    list: /\b(which|what) (methods|criteria|items|elements|information|data|services|measures|conditions|requirements|factors|steps|types|options)\b/i.test(question),
  };
}

const DATE = /\b(\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|(19|20)\d{2})\b/;
const AMOUNT = /\d\s?(%|per ?cent|TJ|GWh|MWh|kWh|MW|kW|Mtoe|ktoe|m2|m\^2|EUR|euro)|\b\d+([.,]\d+)?\b/i;
const FREQUENCY = /\b(every (two|three|four|five|\d+) years|every year|annually|each year|at least every|per year|a year)\b/i;

function scoreSentence(sentence: string, queryTerms: ReadonlySet<string>, weight: TermWeight, intent: Intent): number {
  const terms = contentTerms(sentence);
  // Short labels such as "Energy audit above 10 TJ." restate a heading; they answer nothing on their own.
  if (terms.length < 4 || sentence.split(/\s+/).length < 7) return 0;
  let matched = 0;
  for (const term of new Set(terms)) if (queryTerms.has(term)) matched += weight(term) * (/^\d/.test(term) ? 2 : 1);
  if (matched === 0) return 0;
  const text = sentence.replace(/\(\d+\)|\b\d{1,2}\.\s|Article \d+|Annex [IVX]+/g, '');
  let boost = /\bshall\b|\bmust\b/i.test(sentence) ? 1.1 : 1;
  if (intent.date && DATE.test(text)) boost *= 1.6;
  if (intent.amount && AMOUNT.test(text)) boost *= 1.5;
  if (intent.frequency && FREQUENCY.test(text)) boost *= 1.6;
  if (!intent.date && !intent.amount && /\d/.test(text)) boost *= 1.1;
  return (matched / Math.sqrt(Math.log(2 + terms.length))) * boost;
}

function candidatesOf(question: string, chunks: readonly RetrievedChunk[], weight: TermWeight): Candidate[] {
  const queryTerms = new Set(contentTerms(expandQuery(question)));
  const intent = intentOf(question);
  const candidates: Candidate[] = [];
  chunks.slice(0, CHUNKS_CONSIDERED).forEach((chunk, index) => {
    const heading = `${chunk.metadata.article ?? ''} ${chunk.metadata.articleTitle ?? ''}`;
    const headingBonus = contentTerms(heading).some((t) => queryTerms.has(t)) ? 1.1 : 1;
    splitSentences(chunk.text).forEach((numbered, position) => {
      // Without its paragraph number, so that "1. Energy audit above 10 TJ." counts as the short label it is.
      const sentence = numbered.replace(/^\s*(\d{1,2}\.|\([a-z0-9]+\))\s+/, '');
      const score = scoreSentence(sentence, queryTerms, weight, intent) * RANK_WEIGHT[index] * headingBonus;
      if (score > 0) candidates.push({ chunk: index, position, sentence, score });
    });
  });
  return candidates;
}

function pick(candidates: Candidate[], list: boolean): Candidate[] {
  const chosen: Candidate[] = [];
  let length = 0;
  const limit = list ? MAX_SENTENCES + 2 : MAX_SENTENCES;
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= limit) break;
    if (chosen.some((c) => c.sentence === candidate.sentence)) continue;
    if (chosen.length > 0 && length + candidate.sentence.length > MAX_ANSWER_CHARS) continue;
    if (chosen.length > 0 && candidate.score < chosen[0].score * 0.25) break;
    chosen.push(candidate);
    length += candidate.sentence.length;
  }
  return chosen;
}

/**
 * Composes a short answer from the sentences of the retrieved passages that best match the question,
 * each followed by the [n] marker of its citation. No model involved: the copilot's out-of-the-box mode
 * and the fallback when a model fails.
 */
export function extractiveAnswer(question: string, chunks: readonly RetrievedChunk[], weight: TermWeight = () => 1): AskResult {
  const chosen = pick(candidatesOf(question, chunks, weight), intentOf(question).list);
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
  // Name the article up front only when every sentence comes from it; mixed answers rely on their markers.
  const articles = new Set(chosen.map((c) => chunks[c.chunk].metadata.article));
  const lead = chosen.length > 0 && articles.size === 1 ? leadOf(chunks[chosen[0].chunk]) : '';
  const citations = [...citationOf.keys()].map((index) => toCitation(chunks[index], chosen.find((c) => c.chunk === index)?.sentence));
  return { answer: `${lead}${parts.join(' ')}`, refused: false, citations, mode: 'extractive' };
}

function leadOf(chunk: RetrievedChunk): string {
  const { article, articleTitle } = chunk.metadata;
  if (!article) return '';
  return articleTitle ? `${article} (${articleTitle.replace(/\s+/g, ' ')}): ` : `${article}: `;
}
