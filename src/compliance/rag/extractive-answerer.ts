import { splitSentences } from '../corpus/legal-chunker.js';
import { contentTerms } from '../embeddings/text-terms.js';
import { articleMentions } from './article-mentions.js';
import { asksForDefinition, intentOf, isSummaryRequest, restatesTitle, type Intent } from './answer-intent.js';
import { announcesList, cleanSentence, isDerogation, isFragment, isListPoint, isMetaSentence, leansOnPrevious, refersForward } from './answer-sentences.js';
import { toCitation } from './citations.js';
import { expandQuery } from './query-expansion.js';
import type { AskResult, RetrievedChunk } from './rag-types.js';

export type TermWeight = (term: string) => number;

export const MAX_ANSWER_CHARS = 1200;
const MAX_PICKS = 5;
const SOURCES = ['official', 'bundled', 'uploaded'] as const;
const SOURCE_WEIGHT = { official: 1.2, bundled: 1, uploaded: 0.5 } as const;

interface Sentence {
  chunk: RetrievedChunk;
  order: number;
  position: number;
  raw: string;
  text: string;
  terms: ReadonlySet<string>;
  score: number;
}

/** The question as the scorer sees it: its terms, their weights, what kind of fact it asks for. */
interface Query {
  terms: ReadonlySet<string>;
  weight: TermWeight;
  intent: Intent;
}

type Kind = 'date' | 'amount' | 'frequency';

const DATE = /\b(\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\b/;
const YEAR = /\b(19|20)\d{2}\b/;
const AMOUNT = /\d\s?(%|per ?cent|TJ|GWh|MWh|kWh|MWe|kWe|MW|kW|Mtoe|ktoe|m2|m\^2|grams|g\/kWh|inhabitants|hours|operating hours)\b|%|\bEUR\s?\d|\b\d+[.,]\d+\b|\b\d{1,3}( \d{3})+\b/i;
const FREQUENCY = /\b(every (two|three|four|five|ten|\d+) years|every year|annually|each year|on an annual basis|at least (once|twice|every)|per year|a year|monthly|quarterly|twice a year|once a year)\b/i;

/** Numbers that are names, not facts: "Article 14(2)", "Annex VI", "Regulation (EU) 2018/1999", "Directive 2010/31/EU". */
const REFERENCE = /\b(Articles?|Annex(es)?|paragraphs?|points?)\s+[\dIVX]+[a-z]?(\(\d+\))*|\b(Regulation|Directive|Decision)\s*(\((EU|EC|EEC)\)\s*)?(No\s*)?\d{2,4}\/\d{1,4}(\/(EU|EC|EEC))?|\b\d{4}\/\d{1,4}\b/g;

function kindsOf(raw: string): Set<Kind> {
  const text = raw.replace(REFERENCE, '');
  const kinds = new Set<Kind>();
  if (DATE.test(text)) kinds.add('date');
  if (AMOUNT.test(text)) kinds.add('amount');
  if (FREQUENCY.test(text)) kinds.add('frequency');
  return kinds;
}

/**
 * Weighted share of the question's terms a sentence carries, boosted when it holds the kind of fact asked
 * (a date, an amount, a frequency) and damped for framing, derogations and fragments. Terms and kinds already
 * covered by chosen sentences count less, so a two-part question ("do we need an audit, and how often?") gets
 * both parts answered.
 */
function scoreOf(sentence: Pick<Sentence, 'text' | 'terms'>, query: Query, covered: ReadonlySet<string> = new Set(), satisfied: ReadonlySet<Kind> = new Set()): number {
  const { text, terms } = sentence;
  if (isFragment(text)) return 0;
  let matched = 0;
  for (const term of terms) if (query.terms.has(term)) matched += query.weight(term) * (/^\d/.test(term) ? 2 : 1) * (covered.has(term) ? 0.5 : 1);
  if (matched === 0) return 0;
  const { intent } = query;
  const kinds = kindsOf(text);
  let boost = /\b(shall|must)\b/i.test(text) ? 1.15 : 1;
  if (intent.date && !satisfied.has('date')) boost *= kinds.has('date') ? 1.8 : YEAR.test(text) ? 1.3 : 1;
  if (intent.amount && !satisfied.has('amount') && kinds.has('amount')) boost *= 1.6;
  if (intent.percent && !satisfied.has('amount') && /\d\s?(%|per ?cent)/.test(text)) boost *= 1.5;
  if (intent.frequency && !satisfied.has('frequency') && kinds.has('frequency')) boost *= 1.8;
  if (intent.allowed && /\b(may|shall not|exempt|not apply|unless|allowed|permitted)\b/i.test(text)) boost *= 1.3;
  if (intent.who && /\b(member states|operators?|enterprises|authorit|suppliers|commission|bodies|owners)\b/i.test(text)) boost *= 1.2;
  // "Which companies must ...": the threshold that defines who is the answer.
  if (intent.who && kinds.has('amount')) boost *= 1.4;
  if (isMetaSentence(text)) boost *= 0.2;
  if (!intent.derogation && isDerogation(text)) boost *= 0.3;
  return (matched / Math.sqrt(Math.log(2 + terms.size))) * boost;
}

function sentencesOf(chunks: readonly RetrievedChunk[], score: (s: Pick<Sentence, 'text' | 'terms'>) => number): Sentence[] {
  const ordered = [...chunks].sort((a, b) => a.metadata.chunkIndex - b.metadata.chunkIndex);
  return ordered.flatMap((chunk, order) => {
    let leadTerms: string[] = [];
    return splitSentences(chunk.text).map((raw, position) => {
      const text = cleanSentence(raw);
      const own = contentTerms(text);
      // A point is read with its lead-in: "(iv) 1,9 % ... from 2028" answers "what savings rate" through "new savings each year of:".
      const terms = new Set(isListPoint(raw) ? [...own, ...leadTerms] : own);
      if (announcesList(raw)) leadTerms = isListPoint(raw) ? [...leadTerms, ...own] : own;
      else if (!isListPoint(raw)) leadTerms = [];
      return { chunk, order, position, raw, text, terms, score: score({ text, terms }) };
    });
  });
}

/** What a chosen sentence needs to stand: the sentence it leans on, its list's lead-in, or the points it announces. */
function contextOf(s: Sentence, all: readonly Sentence[], intent: Intent): Sentence[] {
  const siblings = all.filter((o) => o.chunk === s.chunk);
  const index = siblings.indexOf(s);
  const before: Sentence[] = [];
  const after: Sentence[] = [];
  if (isListPoint(s.raw)) {
    for (let i = index - 1; i >= 0; i--) {
      if (announcesList(siblings[i].raw)) before.unshift(siblings[i]);
      if (!isListPoint(siblings[i].raw) && !(i > 0 && isListPoint(siblings[i - 1].raw))) break;
    }
    // "What are the rates?": the whole list under the outermost lead-in, not one point of it.
    if (intent.list && before.length > 0) {
      const lead = before[0];
      const list = pointsAfter(all, all.indexOf(lead), 10);
      return [lead, ...list.filter((p) => p !== s && !before.includes(p) && p.order * 1000 + p.position < s.order * 1000 + s.position), ...before.slice(1), s, ...list.filter((p) => p.order * 1000 + p.position > s.order * 1000 + s.position)];
    }
  } else if (leansOnPrevious(s.text) && index > 0) before.push(siblings[index - 1]);
  if (announcesList(s.raw)) after.push(...pointsAfter(all, all.indexOf(s), intent.list ? 8 : 6));
  else if (refersForward(s.text)) {
    // The list it points at, with its lead-in, from a later passage of the same article.
    const lead = all.find((o) => (o.order > s.order || (o.order === s.order && o.position > s.position)) && announcesList(o.raw) && !isDerogation(o.text));
    if (lead) {
      after.push(lead, ...pointsAfter(all, all.indexOf(lead), 6));
    }
  }
  return [...before.sort((a, b) => a.order - b.order || a.position - b.position), s, ...after];
}

/**
 * The points that follow a lead-in, nested ones included ("(b) ... of:" then "(i)" to "(iv)"), also where a long
 * paragraph continues in its next passage.
 */
function pointsAfter(sequence: readonly Sentence[], index: number, max: number): Sentence[] {
  const points: Sentence[] = [];
  const lead = sequence[index];
  const sameParagraph = (next: Sentence) => next.chunk === lead.chunk || (lead.chunk.metadata.paragraph !== undefined && next.chunk.metadata.paragraph === lead.chunk.metadata.paragraph && next.chunk.metadata.documentId === lead.chunk.metadata.documentId);
  const rest = sequence.slice(index + 1);
  for (const [i, next] of rest.entries()) {
    if (!sameParagraph(next) || points.length >= max) break;
    // A point may run on in a sentence of its own ("Sales of energy ... may be excluded."); the list goes on after it.
    if (!isListPoint(next.raw) && !(rest[i + 1] && isListPoint(rest[i + 1].raw) && sameParagraph(rest[i + 1]))) break;
    points.push(next);
  }
  return points;
}

/** The asked kind of fact must be in the answer when a passage holds it: "how often" wants the frequency. */
function addAskedKinds(all: Sentence[], query: Query, picked: Set<Sentence>, satisfied: Set<Kind>, length: number): number {
  const asked: Kind[] = (['date', 'amount', 'frequency'] as const).filter((kind) => query.intent[kind] && !satisfied.has(kind));
  for (const kind of asked) {
    const carrier = all.filter((s) => !picked.has(s) && kindsOf(s.text).has(kind) && scoreOf(s, query) > 0).sort((a, b) => scoreOf(b, query) - scoreOf(a, query))[0];
    if (!carrier) continue;
    const group = contextOf(carrier, all, query.intent).filter((s) => !picked.has(s));
    const added = group.reduce((sum, s) => sum + s.text.length + 5, 0);
    if (length + added > MAX_ANSWER_CHARS) continue;
    for (const s of group) {
      picked.add(s);
      for (const k of kindsOf(s.text)) satisfied.add(k);
    }
    length += added;
  }
  return length;
}

/** Greedy choice by marginal score, then the context each choice needs, in document order. */
function compose(all: Sentence[], query: Query): Sentence[] {
  const picked = new Set<Sentence>();
  const covered = new Set<string>();
  const satisfied = new Set<Kind>();
  const skipped = new Set<Sentence>();
  let first = 0;
  let length = 0;
  for (let round = 0; round < MAX_PICKS + skipped.size; round++) {
    let best: { sentence: Sentence; score: number } | undefined;
    for (const sentence of all) {
      if (picked.has(sentence) || skipped.has(sentence)) continue;
      const score = scoreOf(sentence, query, covered, satisfied);
      if (score > 0 && (!best || score > best.score)) best = { sentence, score };
    }
    if (!best || (round > 0 && best.score < first * 0.2)) break;
    const group = contextOf(best.sentence, all, query.intent).filter((s) => !picked.has(s));
    const added = group.reduce((sum, s) => sum + s.text.length + 5, 0);
    if (round > 0 && length + added > MAX_ANSWER_CHARS) {
      skipped.add(best.sentence);
      continue;
    }
    if (round === 0) first = best.score;
    for (const s of group) {
      picked.add(s);
      for (const term of s.terms) covered.add(term);
      for (const kind of kindsOf(s.text)) satisfied.add(kind);
    }
    length += added;
    // Right after the best sentence: the asked kind of fact comes before anything merely related.
    if (round === 0) length = addAskedKinds(all, query, picked, satisfied, length);
  }
  return [...picked].sort((a, b) => a.order - b.order || a.position - b.position);
}

/** Retrieval's order of articles is a prior; the sentence that states the asked fact decides among the leaders. */
const ARTICLE_PRIOR = [1, 0.8, 0.7, 0.6];
/** How close (share of the best article's score) another article must come to be shown as well. */
const RUNNER_UP_SHARE = 0.85;

function groupKey(chunk: RetrievedChunk): string {
  return chunk.metadata.article ?? `${chunk.metadata.documentId}#${chunk.metadata.chunkIndex}`;
}

/** The passages of the best article, from the most authoritative source that answers: official text, notes, uploads. */
function answerPool(question: string, chunks: readonly RetrievedChunk[], weight: TermWeight, intent: Intent): Sentence[] {
  const query: Query = { terms: new Set(contentTerms(expandQuery(question))), weight, intent };
  const score = (s: Pick<Sentence, 'text' | 'terms'>) => scoreOf(s, query);
  let best: { value: number; pool: Sentence[] } | undefined;
  let runnerUp: { value: number; pool: Sentence[] } | undefined;
  // An article the question names is the one to answer from; the others only when it holds nothing relevant.
  const named = new Set(articleMentions(question));
  // "How does the directive define X?": the definitions article, where it is among the leaders.
  if (named.size === 0 && asksForDefinition(question)) named.add('Article 2');
  const groups = [...new Set(chunks.map(groupKey))];
  const candidates = groups.some((g) => named.has(g)) ? [...groups.filter((g) => named.has(g)), ...groups.filter((g) => !named.has(g))] : groups;
  candidates.slice(0, ARTICLE_PRIOR.length).forEach((article, rank) => {
    if (best && named.size > 0 && !named.has(article) && named.has(candidates[0])) return;
    const ofArticle = chunks.filter((c) => groupKey(c) === article);
    // The source that answers best, the law's own words favoured and an upload handicapped: an upload answers
    // only what the official text and the notes do not ("the Rotterdam warehouses"), never against them.
    let answer: { value: number; pool: Sentence[] } | undefined;
    for (const source of SOURCES) {
      const pool = sentencesOf(ofArticle.filter((c) => (c.metadata.source ?? 'uploaded') === source), score);
      const value = Math.max(0, ...pool.map((s) => s.score)) * SOURCE_WEIGHT[source];
      if (value > 0 && (!answer || value > answer.value)) answer = { value, pool };
    }
    if (!answer) return;
    // Recitals explain why; an article states the rule. They answer only when no article does.
    const value = answer.value * ARTICLE_PRIOR[rank] * (ofArticle[0].metadata.article ? 1 : 0.4);
    if (!best || value > best.value) {
      if (best) runnerUp = best;
      best = { value, pool: answer.pool };
    } else if (!runnerUp || value > runnerUp.value) runnerUp = { value, pool: answer.pool };
  });
  if (!best) return [];
  const chosen = compose(best.pool, query);
  // A close runner-up from another article is shown too (its best sentence, cited): the question may be about either.
  if (runnerUp && runnerUp.value >= best.value * RUNNER_UP_SHARE) {
    const length = chosen.reduce((sum, s) => sum + s.text.length + 5, 0);
    const top = [...runnerUp.pool].sort((a, b) => b.score - a.score)[0];
    if (top && length + top.text.length < MAX_ANSWER_CHARS) return [...chosen, top];
  }
  return chosen;
}

/**
 * "What is Article 11?": the opening sentence of each paragraph, in order, from the most authoritative source;
 * the first paragraph's list (the savings rates of Article 8, the criteria of Article 26) comes with its lead-in.
 */
function summaryOf(article: string, chunks: readonly RetrievedChunk[]): Sentence[] {
  const ofArticle = chunks.filter((c) => c.metadata.article === article);
  const source = SOURCES.find((s) => ofArticle.some((c) => (c.metadata.source ?? 'uploaded') === s));
  const pool = sentencesOf(ofArticle.filter((c) => (c.metadata.source ?? 'uploaded') === source), ({ text }) => (isFragment(text) ? 0 : 1));
  const picked: Sentence[] = [];
  let length = 0;
  const take = (s: Sentence): boolean => {
    if (length + s.text.length > MAX_ANSWER_CHARS) return false;
    picked.push(s);
    length += s.text.length + 5;
    return true;
  };
  for (const chunk of new Set(pool.map((s) => s.chunk))) {
    const sentences = pool.filter((s) => s.chunk === chunk && s.score > 0);
    const opening = picked.length === 0 ? sentences.slice(0, 3).find((s) => (announcesList(s.raw) || refersForward(s.text)) && !isListPoint(s.raw)) : undefined;
    const first = opening ?? sentences.find((s) => !isListPoint(s.raw) && !announcesList(s.raw) && !isDerogation(s.text) && !(source === 'bundled' && isMetaSentence(s.text) && picked.length > 0));
    if (!first || !take(first)) continue;
    if (announcesList(first.raw) || refersForward(first.text)) {
      for (const extra of contextOf(first, pool, { ...intentOf(''), list: true }).slice(1)) if (!picked.includes(extra) && !take(extra)) break;
    }
  }
  return picked.sort((a, b) => a.order - b.order || a.position - b.position);
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
  if (chosen.length === 0 && chunks.length > 0) chosen = sentencesOf([chunks[0]], ({ text }) => (isFragment(text) ? 0 : 1)).filter((s) => s.score > 0).slice(0, 2);
  const citationOf = new Map<RetrievedChunk, number>();
  const parts: string[] = [];
  chosen.forEach((sentence, i) => {
    if (!citationOf.has(sentence.chunk)) citationOf.set(sentence.chunk, citationOf.size + 1);
    const ended = /[.!?:;]$/.test(sentence.text) ? sentence.text.replace(/[;,]$/, '.') : `${sentence.text}.`;
    const other = sentence.chunk.metadata.article && sentence.chunk.metadata.article !== chosen[0].chunk.metadata.article;
    const text = other ? `See also ${sentence.chunk.metadata.article}: ${ended}` : ended;
    const next = chosen[i + 1];
    parts.push(next?.chunk === sentence.chunk || (next && announcesList(text)) ? text : `${text} [${citationOf.get(sentence.chunk)}]`);
  });
  const lead = chosen.length > 0 ? leadOf(chosen[0].chunk) : '';
  const citations = [...citationOf.keys()].map((chunk) => toCitation(chunk, chosen.find((s) => s.chunk === chunk)?.raw));
  return { answer: `${lead}${parts.join(' ')}`.trim(), refused: false, citations, mode: 'extractive' };
}
