import { splitSentences } from '../corpus/legal-chunker.js';
import { contentTerms } from '../embeddings/text-terms.js';
import { articleMentions } from './article-mentions.js';
import { intentOf, isSummaryRequest, restatesTitle, type Intent } from './answer-intent.js';
import { announcesList, cleanSentence, isDerogation, isFragment, isListPoint, isMetaSentence, leansOnPrevious } from './answer-sentences.js';
import { toCitation } from './citations.js';
import { expandQuery } from './query-expansion.js';
import type { AskResult, RetrievedChunk } from './rag-types.js';

export type TermWeight = (term: string) => number;

export const MAX_ANSWER_CHARS = 1200;
const MAX_PICKS = 4;
const SOURCES = ['official', 'bundled', 'uploaded'] as const;

interface Sentence {
  chunk: RetrievedChunk;
  order: number;
  position: number;
  raw: string;
  text: string;
  score: number;
}

const DATE = /\b(\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\b/;
const YEAR = /\b(19|20)\d{2}\b/;
const AMOUNT = /\d\s?(%|per ?cent|TJ|GWh|MWh|kWh|MWe|kWe|MW|kW|Mtoe|ktoe|m2|m\^2|grams|g\/kWh|inhabitants|hours)|\bEUR\s?\d|\b\d+([.,]\d+)?\b/i;
const FREQUENCY = /\b(every (two|three|four|five|ten|\d+) years|every year|annual(ly)?|each year|on an annual basis|at least (once|twice|every)|per year|a year|monthly|quarterly|twice a year|once a year)\b/i;

function scoreOf(text: string, queryTerms: ReadonlySet<string>, weight: TermWeight, intent: Intent): number {
  if (isFragment(text)) return 0;
  const terms = contentTerms(text);
  let matched = 0;
  for (const term of new Set(terms)) if (queryTerms.has(term)) matched += weight(term) * (/^\d/.test(term) ? 2 : 1);
  if (matched === 0) return 0;
  let boost = /\b(shall|must)\b/i.test(text) ? 1.15 : 1;
  if (intent.date && DATE.test(text)) boost *= 1.8;
  else if (intent.date && YEAR.test(text)) boost *= 1.3;
  if (intent.amount && AMOUNT.test(text)) boost *= 1.6;
  if (intent.frequency && FREQUENCY.test(text)) boost *= 1.8;
  if (intent.allowed && /\b(may|shall not|exempt|not apply|unless|allowed|permitted)\b/i.test(text)) boost *= 1.3;
  if (intent.who && /\b(member states|operators?|enterprises|authorit|suppliers|commission|bodies|owners)\b/i.test(text)) boost *= 1.2;
  if (isMetaSentence(text)) boost *= 0.2;
  if (!intent.derogation && isDerogation(text)) boost *= 0.3;
  return (matched / Math.sqrt(Math.log(2 + terms.length))) * boost;
}

function sentencesOf(chunks: readonly RetrievedChunk[], score: (text: string) => number): Sentence[] {
  const ordered = [...chunks].sort((a, b) => a.metadata.chunkIndex - b.metadata.chunkIndex);
  return ordered.flatMap((chunk, order) =>
    splitSentences(chunk.text).map((raw, position) => {
      const text = cleanSentence(raw);
      return { chunk, order, position, raw, text, score: score(text) };
    }),
  );
}

/** The best sentences, then what they need to stand: the sentence they lean on, a list's lead-in, a lead-in's points. */
function compose(all: Sentence[], intent: Intent): Sentence[] {
  const ranked = all.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  if (ranked.length === 0) return [];
  const picked = new Set<Sentence>();
  const sameChunk = (s: Sentence) => all.filter((o) => o.chunk === s.chunk);
  const withContext = (s: Sentence): Sentence[] => {
    const siblings = sameChunk(s);
    const index = siblings.indexOf(s);
    const extra: Sentence[] = [];
    if (isListPoint(s.raw)) {
      for (let i = index - 1; i >= 0; i--) {
        if (announcesList(siblings[i].raw)) extra.unshift(siblings[i]);
        if (!isListPoint(siblings[i].raw)) break;
      }
    } else if (leansOnPrevious(s.text) && index > 0) extra.push(siblings[index - 1]);
    if (announcesList(s.raw)) {
      for (const next of siblings.slice(index + 1)) {
        if (!isListPoint(next.raw) && !(next.position === index + 1)) break;
        if (next.score > 0 || intent.list || extra.length < 6) extra.push(next);
      }
    }
    return [...extra, s];
  };
  let length = 0;
  for (const sentence of ranked) {
    if (picked.size > 0 && (sentence.score < ranked[0].score * 0.35 || [...picked].filter((s) => s.score > 0).length >= MAX_PICKS)) break;
    const group = withContext(sentence).filter((s) => !picked.has(s) && !isFragment(s.text) || s === sentence);
    const added = group.reduce((sum, s) => sum + s.text.length + 5, 0);
    if (picked.size > 0 && length + added > MAX_ANSWER_CHARS) continue;
    for (const s of group) picked.add(s);
    length += added;
  }
  return [...picked].sort((a, b) => a.order - b.order || a.position - b.position);
}

/** Retrieval's order of articles is a prior; the sentence that states the asked fact decides among the leaders. */
const ARTICLE_PRIOR = [1, 0.8, 0.7, 0.6];

function groupKey(chunk: RetrievedChunk): string {
  return chunk.metadata.article ?? `${chunk.metadata.documentId}#${chunk.metadata.chunkIndex}`;
}

/** The passages of the best article, from the most authoritative source that answers: official text, notes, uploads. */
function answerPool(question: string, chunks: readonly RetrievedChunk[], weight: TermWeight, intent: Intent): Sentence[] {
  const queryTerms = new Set(contentTerms(expandQuery(question)));
  const score = (text: string) => scoreOf(text, queryTerms, weight, intent);
  let best: { value: number; pool: Sentence[] } | undefined;
  [...new Set(chunks.map(groupKey))].slice(0, ARTICLE_PRIOR.length).forEach((article, rank) => {
    const ofArticle = chunks.filter((c) => groupKey(c) === article);
    for (const source of SOURCES) {
      const pool = sentencesOf(ofArticle.filter((c) => (c.metadata.source ?? 'uploaded') === source), score);
      const top = Math.max(0, ...pool.map((s) => s.score));
      if (top === 0) continue;
      if (!best || top * ARTICLE_PRIOR[rank] > best.value) best = { value: top * ARTICLE_PRIOR[rank], pool };
      return;
    }
  });
  return best ? compose(best.pool, intent) : [];
}

/**
 * "What is Article 11?": the opening sentence of each paragraph, in order, from the most authoritative source;
 * the first paragraph's list (the savings rates of Article 8, the criteria of Article 26) comes with its lead-in.
 */
function summaryOf(article: string, chunks: readonly RetrievedChunk[]): Sentence[] {
  const ofArticle = chunks.filter((c) => c.metadata.article === article);
  const source = SOURCES.find((s) => ofArticle.some((c) => (c.metadata.source ?? 'uploaded') === s));
  const pool = sentencesOf(ofArticle.filter((c) => (c.metadata.source ?? 'uploaded') === source), (text) => (isFragment(text) ? 0 : 1));
  const picked: Sentence[] = [];
  let length = 0;
  const take = (s: Sentence): boolean => {
    if (length + s.text.length > MAX_ANSWER_CHARS - 100) return false;
    picked.push(s);
    length += s.text.length + 5;
    return true;
  };
  for (const chunk of new Set(pool.map((s) => s.chunk))) {
    const sentences = pool.filter((s) => s.chunk === chunk);
    const first = sentences.find((s) => s.score > 0 && !isListPoint(s.raw) && !(source === 'bundled' && isMetaSentence(s.text) && picked.length > 0));
    if (!first || !take(first)) continue;
    if (picked.length === 1 && announcesList(first.raw)) {
      for (const point of sentences.slice(sentences.indexOf(first) + 1)) if (!isListPoint(point.raw) || !take(point)) break;
    }
  }
  return picked;
}

function leadOf(chunk: RetrievedChunk): string {
  const { article, articleTitle } = chunk.metadata;
  if (!article) return '';
  const title = articleTitle?.replace(/\s+/g, ' ');
  return title ? `${article} (${title.length > 90 ? `${title.slice(0, 87).trimEnd()}…` : title}): ` : `${article}: `;
}

/**
 * Composes the answer from the passages without a model: the copilot's out-of-the-box mode and the fallback
 * when a model fails. States the asked fact first, keeps sentences in document order with the condition that
 * governs them, and marks each run of sentences with the [n] of its citation.
 */
export function extractiveAnswer(question: string, chunks: readonly RetrievedChunk[], weight: TermWeight = () => 1): AskResult {
  const intent = intentOf(question);
  const mentions = articleMentions(question);
  const top = chunks[0]?.metadata;
  let chosen: Sentence[] = [];
  if (isSummaryRequest(question) && mentions.length > 0) chosen = summaryOf(mentions[0], chunks);
  else if (top?.article && mentions.length === 0 && restatesTitle(question, top.articleTitle, intent)) chosen = summaryOf(top.article, chunks);
  if (chosen.length === 0) chosen = answerPool(question, chunks, weight, intent);
  if (chosen.length === 0 && chunks.length > 0) chosen = sentencesOf([chunks[0]], (t) => (isFragment(t) ? 0 : 1)).filter((s) => s.score > 0).slice(0, 2);
  const citationOf = new Map<RetrievedChunk, number>();
  const parts: string[] = [];
  chosen.forEach((sentence, i) => {
    if (!citationOf.has(sentence.chunk)) citationOf.set(sentence.chunk, citationOf.size + 1);
    const text = /[.!?:;]$/.test(sentence.text) ? sentence.text.replace(/[;,]$/, '.') : `${sentence.text}.`;
    const next = chosen[i + 1];
    parts.push(next?.chunk === sentence.chunk || (next && announcesList(text)) ? text : `${text} [${citationOf.get(sentence.chunk)}]`);
  });
  const lead = chosen.length > 0 ? leadOf(chosen[0].chunk) : '';
  const citations = [...citationOf.keys()].map((chunk) => toCitation(chunk, chosen.find((s) => s.chunk === chunk)?.raw));
  return { answer: `${lead}${parts.join(' ')}`.trim(), refused: false, citations, mode: 'extractive' };
}
