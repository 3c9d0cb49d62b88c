import { sourceOf } from '../corpus/legal-chunker.js';
import type { HnswChunkStore, StoredChunk } from '../index/hnsw-chunk-store.js';
import { asksBareTerm, asksDefinitionItself, asksFor, asksForDefinition, intentOf, type Asks, isSummaryRequest, referralRoute, restatesTitle } from './answer-intent.js';
import { ROUTED_PLACES, routeByReferral, routeByStatedKind } from './annex-referrals.js';
import { kindsOf } from './answer-scoring.js';
import { isListPoint } from './answer-sentences.js';
import { paragraphMention, placeKey, placesAsked, recitalNumber } from './article-mentions.js';
import { asksRecitalByTopic, recitalPassages, withoutRecitalWords } from './recital-passages.js';
import { chunkKey, type LexicalSide } from './lexical-side.js';
import { asksMoreThanPlace, CORRELATION_TABLE, oldPlacesAsked } from './correlation-answer.js';
import { askedDefinition, defines, DEFINITIONS_ARTICLE } from './definition-pointers.js';
import { topicRoute } from './topic-routes.js';
import type { RetrievedChunk } from './rag-types.js';
import { topicOf, withoutDegreeWords, withoutDirectiveName } from './topic-query.js';
import { outlinePlaces, type OutlineAsked } from './act-outline.js';

/**
 * Reciprocal rank fusion constant. Cormack et al. (2009) use 60 for long result lists; over the directive's few
 * hundred paragraphs the first ranks carry the signal, and 6 did best on the dev split (hit@1 0.88 notes only vs
 * 0.76 with 60).
 */
const RRF_K = 6;
const CANDIDATES = 40;
/** A named article outranks anything fusion can give (the most is 2 / (RRF_K + 1) ~ 0.033). */
const MENTION_BONUS = 1;
/** Above MENTION_BONUS, for the passages of the numbered paragraph the question names: they lead their article's. */
const NAMED_PARAGRAPH_BONUS = MENTION_BONUS / 2;
/** Text outside any article (recitals, prefaces) explains but does not oblige; articles should rank first. */
const UNSTRUCTURED_FACTOR = 0.85;
/** Above what fusion gives (at most ~0.33), below a named article: the question names no place, its framing points to one. */
const ROUTE_BONUS = MENTION_BONUS / 2;
/**
 * An annex details an article (criteria, formulas, templates); the article holds the rule. Unless the question
 * names the annex, a tie goes to the article; a question on who must act by when leans further to the article,
 * one on a method or a report's content to the annex (answer-intent's asksFor).
 */
const ANNEX_FACTOR: Readonly<Record<Asks, number>> = { method: 1, obligation: 0.85, other: 0.9 };
/** Paragraphs of one article handed on: enough for the answer to take neighbouring paragraphs. */
const PER_ARTICLE = 10;
/** Other articles keep their best passages, so the answer can still choose among the leading articles. */
const PER_OTHER_ARTICLE = 3;
const MAX_RESULTS = 24;
/** Recitals brought for a question that asks which recital is on a topic: the best, and two more to choose among. */
const RECITALS_BY_TOPIC = 3;
/**
 * The article router's first guess (article-router.ts) counts when it is at least this likely, and then raises every
 * passage of its place by ROUTER_BONUS times that likelihood: about what a passage gains from ranking first in one of
 * fusion's lists, so it decides between places retrieval found close, and cannot outvote a named article or a topic route.
 */
export const ROUTER_CONFIDENCE = 0.8;
const ROUTER_BONUS = 0.2;
const SOURCE_ORDER = { official: 0, bundled: 1, uploaded: 2 } as const;

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

interface Candidate {
  chunk: StoredChunk;
  similarity?: number;
  fused: number;
  /** The piece this one precedes and is brought for (withListHeads): it travels with that piece, never alone. */
  leadFor?: string;
  /** The pieces of a list this one lies between (withListMiddles): it travels with them both, and answers as they do. */
  between?: readonly [string, string];
  /** In the paragraph the router guessed (withGuessedParagraph). */
  guessed?: boolean;
  /** In the numbered paragraph the question names ("Article 4(1)", "Annex XII point 2"). */
  named?: boolean;
}

export interface RouterGuess {
  /** Places ("Article 8", "Annex IV") with their likelihood. */
  odds: readonly (readonly [string, number])[];
  /** A place's numbered paragraphs ("8(3)") with their likelihood; empty where the router knows none. */
  paragraphOdds: (place: string) => readonly (readonly [string, number])[];
}

export interface RetrievalInput {
  store: HnswChunkStore;
  lexical: LexicalSide;
  queryVector: number[];
  /** The question with everyday words mapped to the directive's (query expansion). */
  question: string;
  /** The article router's guesses for the question as asked (article-router.ts), most likely first. */
  guess?: RouterGuess;
  topK: number;
  /** The directive's make-up asked for as such (act-outline.ts), read from the question as asked. */
  outline?: OutlineAsked;
}

/**
 * Hybrid retrieval: HNSW dense neighbours and BM25 hits fused by reciprocal rank; an article the question
 * names ("Article 11", "Art. 26(6)", "Annex VI", an old 2012/27/EU number) goes straight to the top. Results
 * are grouped by article (best article first) and, within an article, the verified official text comes before
 * our notes and both before uploaded documents: the law's words lead, a document cannot outrank it on its
 * own article. `similarity` stays the plain cosine for the gate.
 */
export async function retrieveChunks(input: RetrievalInput): Promise<RetrievedChunk[]> {
  const { store, lexical, queryVector, question } = input;
  if (input.outline) return outlinePassages(input, input.outline);
  const candidates = new Map<string, Candidate>();
  const vote = (key: string, chunk: StoredChunk, rank: number, similarity?: number): void => {
    if (lexical.isQuarantined(key)) return;
    const existing = candidates.get(key);
    if (existing) {
      existing.fused += 1 / (RRF_K + rank);
      existing.similarity ??= similarity;
    } else candidates.set(key, { chunk, similarity, fused: 1 / (RRF_K + rank) });
  };
  const dense = await store.similaritySearchVectorWithScore(queryVector, CANDIDATES);
  dense.forEach(([document, similarity], rank) => {
    const chunk = { pageContent: document.pageContent, metadata: document.metadata as StoredChunk['metadata'] };
    vote(chunkKey(chunk), chunk, rank + 1, similarity);
  });
  // "How large a part", "how long": the degree asked about is no topic word; BM25 matched it to "large buildings" and
  // "long-term". The dense side keeps the whole question (dropping them there too lost 2 dev questions in each setting).
  const mentions = new Set(placesAsked(question));
  // A question on which recital is on a topic is answered from the recitals: no article's route or guess leads it, and the
  // word "recital" is not its topic (our notes mention "the recitals" beside unrelated rules).
  const recitalTopic = mentions.size === 0 && asksRecitalByTopic(question);
  // No place named or asked for: the router's guess, topic routes and the annex-or-article orderings may lead.
  const unplaced = mentions.size === 0 && !recitalTopic;
  const asked = withoutDirectiveName(withoutDegreeWords(recitalTopic ? withoutRecitalWords(question) : question));
  lexical.search(asked, CANDIDATES).forEach((hit, rank) => vote(hit.key, hit.chunk, rank + 1));
  // The question's topic without the addressee words expansion appended votes once more: "a town hall" or "our
  // print shop" says who asks, the energy performance contract or the advice is what the question is about.
  const topic = topicOf(asked);
  if (topic !== asked) lexical.search(topic, CANDIDATES).forEach((hit, rank) => vote(hit.key, hit.chunk, rank + 1));
  /** Every passage of the places a question points to, raised by `bonus` above whatever fusion gave it. */
  const boost = (chunks: readonly StoredChunk[], bonus: number): void => {
    for (const chunk of chunks) {
      const key = chunkKey(chunk);
      const existing = candidates.get(key);
      if (existing) existing.fused += bonus;
      else candidates.set(key, { chunk, fused: bonus });
    }
  };
  const [guess, likelihood = 0] = input.guess?.odds[0] ?? [];
  const routed = unplaced && guess !== undefined && likelihood >= ROUTER_CONFIDENCE;
  const asksDefinition = mentions.size === 0 && asksForDefinition(question);
  const askedTerm = asksDefinition ? askedDefinition(question, lexical.definitions()) : undefined;
  const definition =
    asksDefinition &&
    (asksDefinitionItself(question) || !(routed && guess !== DEFINITIONS_ARTICLE && statesFigures(question))) &&
    (!asksBareTerm(question) || askedTerm !== undefined);
  // A definition question brings the definitions that fusion found, not all 56 of them; one on a term whose definition
  // hands its substance elsewhere ("meeting the criteria laid down in Article 26") goes to that place.
  if (definition) {
    if (askedTerm?.place) boost(lexical.chunksWhere((c) => c.metadata.article === askedTerm.place), MENTION_BONUS);
    else {
      for (const candidate of candidates.values()) if (candidate.chunk.metadata.article === DEFINITIONS_ARTICLE) candidate.fused += MENTION_BONUS;
      // "Does a city-owned utility count as a 'public body'?": the passage holding that definition, which fusion may miss
      // among the glossary's long passages of many terms, comes first.
      if (askedTerm) boost(lexical.chunksWhere((c) => c.metadata.article === DEFINITIONS_ARTICLE && defines(c.pageContent, askedTerm.term)), MENTION_BONUS);
    }
  }
  // Paying into the fund instead of acting, penalties for a breach: the article the framing points to leads, ahead of the duty's.
  const framed = unplaced ? topicRoute(question) : undefined;
  if (framed) boost(lexical.chunksWhere((c) => c.metadata.article === framed.article && (framed.answers?.(c.pageContent) ?? true)), ROUTE_BONUS);
  if (routed) boost(lexical.chunksWhere((c) => c.metadata.article === guess), ROUTER_BONUS * likelihood);
  boost(lexical.chunksWhere((c) => c.metadata.article !== undefined && mentions.has(c.metadata.article)), MENTION_BONUS);
  // The paragraph the question names leads its article's passages: "What is in Article 5(3)?" and "What does Article 4(1) actually commit
  // the EU to?" (fresh batch W4) had their article's opening paragraphs fill its places and the named one left out.
  const namedParagraph = paragraphMention(question);
  if (namedParagraph) {
    const inIt = lexical.chunksWhere((c) => c.metadata.paragraph === namedParagraph && c.metadata.article !== undefined && mentions.has(c.metadata.article));
    boost(inIt, NAMED_PARAGRAPH_BONUS);
    for (const chunk of inIt) (candidates.get(chunkKey(chunk)) as Candidate).named = true;
  }
  // "Where is old Article 7a now?": the correlation table answers, ahead of the article it points to; "..., and what does it
  // require now?" is the new article's to answer, the table's rows following it.
  if (oldPlacesAsked(question).length > 0) boost(lexical.chunksWhere((c) => c.metadata.article === CORRELATION_TABLE), asksMoreThanPlace(question) ? MENTION_BONUS / 2 : 2 * MENTION_BONUS);
  const recitals = [...mentions].map(recitalNumber).filter((n) => n !== undefined);
  if (recitals.length > 0) {
    const preamble = lexical.preamble();
    for (const number of recitals) for (const chunk of recitalPassages(preamble, number)) candidates.set(`${chunkKey(chunk)}#recital`, { chunk, fused: MENTION_BONUS });
  } else if (recitalTopic) {
    // "Which recital explains the energy efficiency first principle?": the recitals that match the topic best lead, in that order.
    lexical.searchRecitals(asked, RECITALS_BY_TOPIC).forEach((chunk, rank) => {
      candidates.set(`${chunkKey(chunk)}#${chunk.metadata.paragraph}`, { chunk, fused: MENTION_BONUS * (1 - rank / (2 * RECITALS_BY_TOPIC)) });
    });
  }
  const missing = new Set([...candidates].filter(([, c]) => c.similarity === undefined).map(([key]) => key));
  for (const [key, similarity] of similaritiesOf(store, queryVector, missing)) {
    const candidate = candidates.get(key);
    if (candidate) candidate.similarity = similarity;
  }
  const asks = asksFor(question);
  const groups = grouped([...candidates.values()], ANNEX_FACTOR[asks], REVIEW_WORDS.test(question));
  const route = unplaced ? referralRoute(question, asks) : undefined;
  if (route) routeByReferral(groups, lexical.annexReferrals(), route);
  const intent = intentOf(question);
  const kind = intent.frequency ? 'frequency' : intent.period ? 'period' : undefined;
  if (kind && unplaced) routeByStatedKind(groups, lexical.annexReferrals(), (group) => group.members.some((m) => kindsOf(m.chunk.pageContent).has(kind)));
  // After the hand-written orderings, the router's sure guess leads among the places retrieval found close; a topic
  // route that points elsewhere, or a definition question, keeps the place its framing points to. Where the route and the
  // router agree ("what must our local heat plan cover?": Article 25 both), the annex-or-article ordering no longer
  // overrides them both (ten dev folds: 6 questions gained, none lost; fresh batch Q: 1 gained).
  if (routed && (!framed || framed.article === guess) && !definition) leadWithGuess(groups, guess);
  const routerLeads = routed && groups[0]?.key === guess;
  if (routerLeads && input.guess) withGuessedParagraph(groups[0], lexical, input.guess);
  // The leading articles' opening paragraphs travel with them: a general question or a summary starts there.
  for (const group of groups.slice(0, 3)) {
    withOpening(group, lexical);
    // Before the lead-ins: a list's middle is found among the members retrieval chose, never among pieces brought as context.
    withListMiddles(group, lexical);
    withListHeads(group, lexical);
  }
  const leading = groups[0]?.members[0]?.chunk.metadata;
  const summary = isSummaryRequest(question) || (mentions.size === 0 && restatesTitle(question, leading?.articleTitle, intent));
  return ordered(groups, Math.max(input.topK, MAX_RESULTS), summary, routerLeads);
}

/**
 * Whether a question states figures of its own ("60 % from gas CHP", "from 2028", "about 12 MW"), article numbers aside.
 * "Will our network, 60 % high-efficiency CHP, still count as 'efficient' from 2028?" asks a term of a situation it
 * describes in figures: the criteria answer it, and where the router is sure they are another place's than the
 * definitions', that place leads, not the glossary, unless the definition itself is asked ("which definition of SME does it
 * rely on?"). On ten dev folds the router was sure of another place for 43 definition questions, rightly for 34; of the
 * 9 it had wrong, one stated figures, and it asked for the definition itself.
 */
function statesFigures(question: string): boolean {
  return /\d/.test(question.replace(/\b(Articles?|Art\.|Annex(es)?|points?|paragraphs?)\s*\d+\w*(\(\d+\))*/gi, ' ').replace(/\b\d{4}\/\d{1,4}\b/g, ' '));
}

/**
 * The router's sure guess (ROUTER_CONFIDENCE), found among the leading places the answer chooses from (ROUTED_PLACES), goes first. Its bonus alone decides
 * between places fusion found close; after it, the annex-or-article orderings (annex-referrals.ts) and the stated-kind
 * check reorder pairs by hand-written cues, and they sent questions the router had right to an annex or a neighbour
 * ("Can another EU country refuse our CHP certificates?" to Annex XII, not Article 26(13)). Measured with routers that
 * never saw the question (ten folds of the dev split, and a fresh batch against a router trained without it): official
 * hit@1 0.950 -> 0.958 and 0.908 -> 0.928, key-fact recall 0.891 -> 0.896 and 0.843 -> 0.862. At 0.95 instead of 0.8
 * it gained less; over topic routes too it gained nothing more on the batch and lost on dev.
 */
function leadWithGuess(groups: Group[], guess: string): void {
  const at = groups.slice(0, ROUTED_PLACES).findIndex((g) => g.key === guess);
  if (at <= 0) return;
  const [group] = groups.splice(at, 1);
  groups.unshift(group);
}

/**
 * The paragraph of the leading place the router is sure the question asks about, where the router is sure of the place
 * too: its passages join the place's, ahead of its others, and are marked so the answerer weighs their sentences more
 * (answer-scoring's GUESSED_PARAGRAPH_BOOST). The places keep their order: this chooses within the place the answer
 * comes from, never for the places after it, nor for a place retrieval put first against the router's guess.
 */
function withGuessedParagraph(group: Group, lexical: LexicalSide, guess: RouterGuess): void {
  const place = group.members[0]?.chunk.metadata.article;
  if (!place) return;
  const [paragraph, likelihood = 0] = guess.paragraphOdds(place)[0] ?? [];
  if (paragraph === undefined || likelihood < ROUTER_CONFIDENCE) return;
  const have = new Set(group.members.map((m) => chunkKey(m.chunk)));
  for (const chunk of lexical.chunksWhere((c) => c.metadata.article === place && c.metadata.paragraph === paragraph)) {
    if (!have.has(chunkKey(chunk))) group.members.push({ chunk, fused: 0 });
  }
  for (const member of group.members) {
    if (member.chunk.metadata.paragraph !== paragraph || member.leadFor !== undefined) continue;
    member.fused += ROUTER_BONUS * likelihood;
    member.guessed = true;
  }
}

function withOpening(group: Group, lexical: LexicalSide): void {
  const article = group.members[0]?.chunk.metadata.article;
  if (!article) return;
  const have = new Set(group.members.map((m) => chunkKey(m.chunk)));
  const rest = lexical.chunksWhere((c) => c.metadata.article === article && !have.has(chunkKey(c)));
  const firstIndex = new Map<string, number>();
  for (const chunk of rest) firstIndex.set(chunk.metadata.documentId, Math.min(firstIndex.get(chunk.metadata.documentId) ?? Infinity, chunk.metadata.chunkIndex));
  for (const chunk of rest) {
    const paragraph = chunk.metadata.paragraph;
    if (chunk.metadata.chunkIndex === firstIndex.get(chunk.metadata.documentId) || (paragraph !== undefined && /^\d+\(1\)$/.test(paragraph))) group.members.push({ chunk, fused: 0 });
  }
}

/**
 * A long paragraph is cut into pieces; a piece that opens with a point ("(e) whether Member States are to continue to
 * ensure that at least 3 % ...") continues a list whose lead-in and opening sentence ("By 28 February 2027 and every
 * five years thereafter, the Commission shall evaluate ...") are in the piece before. That piece travels with it, as
 * context only: it takes no place of the article's own passages.
 */
function withListHeads(group: Group, lexical: LexicalSide): void {
  const have = new Set(group.members.map((m) => chunkKey(m.chunk)));
  for (const member of [...group.members]) {
    const { metadata } = member.chunk;
    if (metadata.paragraph === undefined || !isListPoint(member.chunk.pageContent)) continue;
    const before = lexical.chunk(chunkKey({ metadata: { ...metadata, chunkIndex: metadata.chunkIndex - 1 } }));
    if (!before || before.metadata.paragraph !== metadata.paragraph || have.has(chunkKey(before))) continue;
    have.add(chunkKey(before));
    group.members.push({ chunk: before, fused: 0, leadFor: chunkKey(member.chunk) });
  }
}

/**
 * A list cut into three pieces or more: where retrieval found the pieces before and after one that continues the list ("(a) deemed
 * savings ... (b) metered savings" and "(d) ... (e) surveyed savings" of Annex V(1), without "(c) scaled savings", fresh batch W9),
 * the middle piece travels with them, taking no place of the article's passages, so an answer that lists the points skips none.
 */
function withListMiddles(group: Group, lexical: LexicalSide): void {
  const byKey = new Map(group.members.map((m) => [chunkKey(m.chunk), m]));
  for (const member of [...group.members]) {
    const { metadata } = member.chunk;
    if (metadata.paragraph === undefined) continue;
    const middle = lexical.chunk(chunkKey({ metadata: { ...metadata, chunkIndex: metadata.chunkIndex + 1 } }));
    const after = byKey.get(chunkKey({ metadata: { ...metadata, chunkIndex: metadata.chunkIndex + 2 } }));
    if (!middle || !after) continue;
    if (middle.metadata.paragraph !== metadata.paragraph || after.chunk.metadata.paragraph !== metadata.paragraph || !isListPoint(middle.pageContent)) continue;
    // Already among the members (an article's passages all are, where it is named), it travels with its neighbours unless it ranks with them.
    const present = byKey.get(chunkKey(middle));
    const fused = Math.min(member.fused, after.fused);
    if (present && present.fused >= fused) continue;
    const between = [chunkKey(member.chunk), chunkKey(after.chunk)] as const;
    if (present) Object.assign(present, { fused, between });
    else {
      const added: Candidate = { chunk: middle, fused, between };
      byKey.set(chunkKey(middle), added);
      group.members.push(added);
    }
  }
}

interface Group {
  key: string;
  best: number;
  members: Candidate[];
}

/**
 * The review clause lists what the Commission will evaluate, so it shares words with questions on nearly every rule
 * ("whether Member States are to continue to achieve new annual savings ... after 2030"); it answers only a question
 * about a review, an evaluation, a report, statistics sent or a proposal. 0.6 to 0.8 did alike on the dev split and a fresh batch.
 */
const REVIEW_ARTICLE = 'Article 35';
const REVIEW_FACTOR = 0.7;
const REVIEW_WORDS = /\b(review\w*|revisit\w*|reconsider\w*|evaluat\w*|assess\w*|reports?|reported|reporting|revis\w*|monitor\w*|propos\w*|statistic\w*|submit\w*|Commission)\b/i;

function grouped(candidates: Candidate[], annexFactor: number, asksAboutReview = true): Group[] {
  const groups = new Map<string, Group>();
  for (const candidate of candidates) {
    const key = placeKey(candidate.chunk);
    const group = groups.get(key) ?? { key, best: 0, members: [] };
    group.members.push(candidate);
    groups.set(key, group);
  }
  for (const [key, group] of groups) {
    // An article that several passages (its official paragraphs and our note) point to beats one lucky passage.
    const [first = 0, second = 0] = group.members.map((m) => m.fused).sort((a, b) => b - a);
    const factor = (key.startsWith('Annex ') ? annexFactor : key.startsWith('Article ') ? 1 : UNSTRUCTURED_FACTOR) * (key === REVIEW_ARTICLE && !asksAboutReview ? REVIEW_FACTOR : 1);
    group.best = (first + 0.5 * second) * factor;
  }
  return [...groups.values()].sort((a, b) => b.best - a.best);
}

/** The pieces brought for the lead-in of a picked member's list, and those of a list between two picked members. */
function leadInsOf(picked: readonly Candidate[], members: readonly Candidate[]): Candidate[] {
  const keys = new Set(picked.map((m) => chunkKey(m.chunk)));
  return members.filter((m) => (m.leadFor !== undefined && keys.has(m.leadFor)) || (m.between !== undefined && m.between.every((key) => keys.has(key))));
}

/** Best article first; within it official text, notes, uploads; by relevance, or in document order for a summary. */
function ordered(groups: Group[], limit: number, documentOrder: boolean, routerLeads = false): RetrievedChunk[] {
  const source = (c: Candidate) => SOURCE_ORDER[sourceOf(c.chunk.metadata)];
  // In document order the named paragraph's passages still come first, so a long article's opening ones do not crowd them out.
  const named = (c: Candidate) => (c.named ? 0 : 1);
  const result: RetrievedChunk[] = [];
  let taken = 0;
  for (const [rank, group] of groups.entries()) {
    const sorted = group.members.sort((a, b) => source(a) - source(b) || (documentOrder ? named(a) - named(b) || a.chunk.metadata.chunkIndex - b.chunk.metadata.chunkIndex : b.fused - a.fused));
    // A summary takes the article's opening passages from each source: the answer summarises from the notes where the
    // official passages are a table, and a long table must not crowd them out.
    const own = sorted.filter((m) => m.leadFor === undefined && m.between === undefined);
    const picked = documentOrder && rank === 0 ? Object.values(SOURCE_ORDER).flatMap((s) => own.filter((m) => source(m) === s).slice(0, PER_ARTICLE + 2)) : own.slice(0, rank === 0 ? PER_ARTICLE + 2 : PER_OTHER_ARTICLE + 2);
    const kept = picked.slice(0, limit - taken);
    taken += kept.length;
    // Lead-in pieces come with the passages they complete and take no place of the limit.
    for (const member of [...kept, ...leadInsOf(kept, sorted)]) {
      result.push({ text: member.chunk.pageContent, metadata: member.chunk.metadata, similarity: member.similarity ?? 0, score: member.fused, ...(member.leadFor ? { leadInOnly: true } : {}), ...(member.guessed ? { guessedParagraph: true } : {}), ...(routerLeads && rank === 0 ? { routerPlace: true } : {}) });
    }
    if (taken >= limit) break;
  }
  return result;
}

/**
 * The opening passage of every place an outline answer lists (act-outline.ts), in the act's order: the official text's where
 * the corpus holds it, else the notes'. Each keeps its cosine for the gate.
 */
function outlinePassages({ store, lexical, queryVector }: RetrievalInput, asked: OutlineAsked): RetrievedChunk[] {
  const verified = lexical.chunksWhere((c) => c.metadata.article !== undefined && sourceOf(c.metadata) !== 'uploaded');
  // A place's first passage in reading order: the official text before the notes, then the document's own order.
  const before = (a: StoredChunk, b: StoredChunk): number => SOURCE_ORDER[sourceOf(a.metadata)] - SOURCE_ORDER[sourceOf(b.metadata)] || a.metadata.chunkIndex - b.metadata.chunkIndex;
  const opening = new Map<string, StoredChunk>();
  for (const chunk of verified) {
    const place = chunk.metadata.article as string;
    const held = opening.get(place);
    if (!held || before(chunk, held) < 0) opening.set(place, chunk);
  }
  const places = outlinePlaces(asked, [...opening.keys()].filter((place) => place.startsWith('Annex ')));
  // A place the official text gives no title in its own passage (its last annexes open on "Part A") takes the notes' title for it.
  const titled = new Map(verified.filter((c) => c.metadata.articleTitle).map((c) => [c.metadata.article as string, c.metadata.articleTitle]));
  const chunks = places
    .map((place) => opening.get(place))
    .filter((chunk) => chunk !== undefined)
    .map((chunk) => (chunk.metadata.articleTitle ? chunk : { ...chunk, metadata: { ...chunk.metadata, articleTitle: titled.get(chunk.metadata.article as string) } }));
  const similarity = similaritiesOf(store, queryVector, new Set(chunks.map(chunkKey)));
  return chunks.map((chunk) => ({ text: chunk.pageContent, metadata: chunk.metadata, similarity: similarity.get(chunkKey(chunk)) ?? 0, score: MENTION_BONUS }));
}

/** The question's cosine with each stored passage whose key (`chunkKey`) is among `keys`. */
function similaritiesOf(store: HnswChunkStore, queryVector: readonly number[], keys: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (keys.size === 0) return found;
  for (const { chunk, vector } of store.vectorsWhere((c) => keys.has(chunkKey(c)))) found.set(chunkKey(chunk), cosine(queryVector, vector));
  return found;
}
