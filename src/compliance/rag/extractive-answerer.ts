import { sourceOf } from '../corpus/legal-chunker.js';
import { contentTerms } from '../embeddings/text-terms.js';
import { asksWhatTheDirectiveIsFor, heldPlace, paragraphMention, placeKey, placesAsked, placeNumbers } from './article-mentions.js';
import { askedQuantities, choosesAmongThresholds } from './threshold-fit.js';
import { askedFocus, askedIntent, asksContents, asksForDefinition, intentOf, isPutToAPlace, isSummaryRequest, referralRoute, restatesTitle, type Intent } from './answer-intent.js';
import { annexesNamed } from './annex-referrals.js';
import { charsOf, compose, contextOf, MAX_ANSWER_CHARS } from './answer-composition.js';
import { kindsOf, scoreOf, sentencesOf, statedFigures, type Query, type Sentence, type TermWeight } from './answer-scoring.js';
import { announcesList, hasVerb, isDerogation, isFragment, isListPoint, isMetaSentence, refersForward, withoutRunInHeading } from './answer-sentences.js';
import { toCitation, withFurtherCitations } from './citations.js';
import { outlineAnswer, outlineAsked } from './act-outline.js';
import { readableTitle } from './readable-title.js';
import { asksMoreThanPlace, asksWholeOfNewPlace, CORRELATION_TABLE, correlationLines, oldPlacesAsked, withNewTitle, type CorrelationLine } from './correlation-answer.js';
import { expandEveryday } from './query-expansion.js';
import { topicRoute } from './topic-routes.js';
import { askedDefinitions, DEFINITIONS_ARTICLE, definitionsIn, namesTerm } from './definition-pointers.js';
import { passagePrior } from './passage-prior.js';
import { questionParts } from './question-parts.js';
import { askedSentences } from './question-framing.js';
import { asksRecitalByTopic } from './recital-passages.js';
import type { AskResult, RetrievedChunk } from './rag-types.js';

export { MAX_ANSWER_CHARS } from './answer-composition.js';
export type { TermWeight } from './answer-scoring.js';

const SOURCES = ['official', 'bundled', 'uploaded'] as const;
/** How an article's best sentence counts against other articles', by the source it comes from. */
const SOURCE_WEIGHT = { official: 1.2, bundled: 1, uploaded: 0.5 } as const;
/**
 * Which source of the chosen article answers: the law's own words, unless its best sentence scores under a third of
 * the notes' best. The notes paraphrase ("an effective price signal"); a question written from the law asks in its
 * words ("the effectiveness of the price signal"), and the issue wants the law quoted first where the corpus holds it.
 */
const SOURCE_PREFERENCE = { official: 3, bundled: 1, uploaded: 0.5 } as const;

/** Retrieval's order of articles is a prior; the sentence that states the asked fact decides among the leaders. */
const ARTICLE_PRIOR = [1, 0.8, 0.7, 0.6];
/**
 * How much more the place retrieval leads with counts when the article router was sure of it (RetrievedChunk.routerPlace):
 * the router learned which place practitioners' words point to, and a neighbour's sentence that merely shares more of
 * them ("bank the surplus" in Article 8's cumulative savings, not Article 9's banking rule) should not outvote it. With
 * routers that never saw the question (ten folds of the dev split): notes hit@1 0.949 -> 0.962, recall 0.817 -> 0.825;
 * official 0.957 -> 0.966, 0.895 -> 0.899; fresh batch P 0.928 -> 0.941 (official). Raised from 1.5 to 2 once the dev split
 * had grown to 4,803 questions: on its ten folds official hit@1 +14 -3 questions and key facts +23 -3, notes hit@1 +17 -7;
 * on fresh batches Q and R together +2 -1 ("we're publishing the decree that implements the rules: must it mention the
 * directive?" went to Article 11's published action plans, not Article 36).
 */
const ROUTER_PLACE_PRIOR = 2;
/**
 * How close (share of the best article's score) another article must come to be shown as well, where the answer has
 * room for its best sentence. Unseen questions find the right article among the first five far more often than first
 * (fresh batches: hit@5 0.95-0.98, hit@1 0.80), and the runner-up's sentence is then the asked fact. At 0.85 it was
 * rarely shown; at half, dev key facts rose by 24 (notes) and 29 (official text), none lost, answers 2 % longer.
 */
const RUNNER_UP_SHARE = 0.5;
/** How many other articles may be shown so (the second and third: dev +3 notes, +12 official facts over the second alone). */
const MAX_OTHER_ARTICLES = 2;
/**
 * A method or contents question ("which technologies must the cost-benefit analysis assess?") whose best article sentence
 * only says where the detail is ("a cost-benefit analysis in accordance with Annex XI") is answered from that annex, when
 * the annex is among the leaders and scores at least this share of the article.
 */
const POINTED_ANNEX_SHARE = 0.5;
/** Whether a duty applies at all ("We plan a refurbishment. Do we need to assess running it as CHP?"): the article's. */
const ASKS_WHETHER_BOUND = /(^|[.!?:]\s+)(do|does|must|is|are)\s+(we|i|they|it|our|the|an?)\b[^?]*\b(need|must|have to|required|obliged)\b/i;
/**
 * A figure asked for ("how far above the Annex I formula result", "from what size"), or where the detail is ("which annex
 * sets the criteria for network tariffs?"): the article that sets the figure or names the annex answers.
 */
const ASKS_FIGURE_OR_PLACE = /\b(how (much|many|far|high|low|large|big)|(from|above|below|at) what|higher|lower|more than|less than|(which|what) (annex|article|part)|where in)\b/i;

/** A figure asked relative to what an annex gives ("how far above the formula result", "how much higher than"). */
const ASKS_AGAINST_ANNEX = /\b(how (much|far) (above|below|higher|lower|more|less|beyond)|above|below|higher than|lower than|deviat\w*|depart\w* from|headroom|margin)\b/i;

/**
 * "Which criteria / methods / elements...": a source that enumerates them (a lead-in and its points, as the
 * official annexes do) answers better than one that paraphrases them in separate sentences.
 */
const LIST_PREFERENCE = 10;
const MIN_LIST_POINTS = 3;
/**
 * Between articles, a list question leans to the one whose passages hold the list ("What must the data centre's annual
 * publication contain?": Annex VII's points, not Article 12's sentence that names the publication): a fifth more.
 */
const LIST_ARTICLE_PREFERENCE = 1.2;

/** Whether a pool holds a lead-in followed by at least three points, one of them relevant to the question. */
export function holdsAskedList(pool: readonly Sentence[]): boolean {
  for (const [i, lead] of pool.entries()) {
    if (!announcesList(lead.raw) || isDerogation(lead.text)) continue;
    const points: Sentence[] = [];
    for (const next of pool.slice(i + 1)) {
      if (next.chunk !== lead.chunk || !isListPoint(next.raw)) break;
      points.push(next);
    }
    if (points.length >= MIN_LIST_POINTS && [lead, ...points].some((s) => s.score > 0)) return true;
  }
  return false;
}

/** The asks of a question that makes more than one, each as the scorer reads it; none for a single ask. */
function partsOf(question: string): Query['parts'] {
  const parts = questionParts(question);
  if (parts.length < 2) return undefined;
  return parts.map((part) => ({ terms: new Set(contentTerms(expandEveryday(part))), intent: intentOf(part) }));
}

/**
 * "Article 12 applies the publication duty, from 15 May 2024 ..." in the note on Annex VII, "Related grid provisions are
 * Article 27(9), allowing producers to tender ..." in the one on Annex XIV: a note's sentence that opens on another place,
 * or names other places and not its own, states their rules. It counts for less when articles are compared (the place it
 * names answers with its own passages); within the chosen article it is read as it is. The official text is left as it
 * is: its "referred to in Article 8" belongs to the rule it states.
 */
const OTHER_PLACE_SHARE = 0.5;
const OPENS_ON_PLACE = /^(?:(?:Under|In|By|Per|Through|With)\s+)?(Article\s+\d{1,2}|Annex\s+[IVXL]+)\b/;
/** "Article 27(9)", "Annex XIV"; not "Article 7 of Directive 2010/31/EU", another act's. */
const NAMED_PLACE = /\b(Article\s+\d{1,2}|Annex\s+[IVXL]+)\b(?!\s+of\b)/g;

function statesOtherPlace(sentence: Sentence, place: string): boolean {
  if (sourceOf(sentence.chunk.metadata) !== 'bundled') return false;
  const label = (text: string) => text.replace(/\s+/, ' ');
  const opening = OPENS_ON_PLACE.exec(sentence.text)?.[1];
  if (opening !== undefined) return label(opening) !== place;
  const named = [...sentence.text.matchAll(NAMED_PLACE)].map((match) => label(match[1]));
  return named.length > 0 && !named.includes(place);
}

/** The passages of the best article, from the most authoritative source that answers: official text, notes, uploads. */
/** What a word only the setting sentences use counts, beside the question sentence's words (askedSentences). */
const SETTING_SHARE = 0.7;

/** The question's term weights, a word of the setting alone ("our four hospitals", "a 2009 gas engine block") counting less. */
function askedWeight(question: string, terms: ReadonlySet<string>, weight: TermWeight): TermWeight {
  const asked = askedSentences(question);
  if (asked === question) return weight;
  const askedTerms = new Set(contentTerms(expandEveryday(asked)));
  return (term) => weight(term) * (askedTerms.has(term) || !terms.has(term) ? 1 : SETTING_SHARE);
}

/**
 * The words that frame a definition question ("where is energy poverty defined?", "what is meant by ..."): every glossary entry
 * that borrows another act's definition ("as defined in Article 2 of Directive 2018/2001") says them too, so they do not
 * tell the asked entry from the rest.
 */
const DEFINITION_FRAME: ReadonlySet<string> = new Set(contentTerms('defined definition meaning meant means'));

function answerPool(question: string, chunks: readonly RetrievedChunk[], weight: TermWeight, intent: Intent): Sentence[] {
  const focus = askedFocus(question);
  const asksDefinition = asksForDefinition(question);
  const terms = new Set(contentTerms(expandEveryday(question)).filter((term) => !(asksDefinition && DEFINITION_FRAME.has(term))));
  const query: Query = {
    terms,
    weight: askedWeight(question, terms, weight),
    intent,
    focus: focus?.map((clause) => new Set(contentTerms(clause))),
    asksContents: asksContents(question),
    parts: partsOf(question),
    paragraph: paragraphMention(question),
    placeNumbers: placeNumbers(question),
  };
  const score = (s: Pick<Sentence, 'text' | 'terms' | 'chunk'>) => scoreOf(s, query);
  const scored: Scored[] = [];
  // An article the question names is the one to answer from; the others only when it holds nothing relevant.
  const named = new Set(placesAsked(question));
  const groups = [...new Set(chunks.map(placeKey))];
  // "How does the directive define X?": the definitions article, where retrieval put it first (it hands a term whose
  // definition points elsewhere, "the criteria laid down in Article 26", to that place).
  if (named.size === 0 && asksDefinition && groups[0] === DEFINITIONS_ARTICLE) named.add(DEFINITIONS_ARTICLE);
  // "Which recital explains the energy efficiency first principle?": the recitals retrieval found on the topic answer, not an article.
  if (named.size === 0 && asksRecitalByTopic(question)) for (const group of groups.filter((g) => g.startsWith('Recital '))) named.add(group);
  // "Could we pay into the fund instead?", "what fines apply?": the article the framing routes to, where retrieval put it
  // first (topic-routes), answers, not the duty's.
  const routed = named.size === 0 ? topicRoute(question)?.article : undefined;
  if (routed && groups[0] === routed) named.add(routed);
  // "Allowed methods for calculating savings under Article 8?": a method or contents question on a named article is
  // answered by the annex that article hands its method to (Annex V), which competes with it as a named place does.
  const route = referralRoute(question);
  if (named.size > 0 && route === 'annex') {
    const handedTo = chunks.filter((c) => named.has(placeKey(c)) && sourceOf(c.metadata) !== 'uploaded').flatMap((c) => annexesNamed(c.text));
    for (const annex of handedTo.filter((a) => groups.includes(a))) named.add(annex);
  }
  // "How far above the Annex I formula result may our contribution be?": a figure asked against a named annex is set by
  // the article that refers to the annex ("not more than 2,5 % above the result of the formula set out in Annex I"),
  // which competes with it as a named place does.
  if (named.size > 0 && [...named].every((place) => place.startsWith('Annex ')) && ASKS_AGAINST_ANNEX.test(question)) {
    const referring = chunks.filter((c) => sourceOf(c.metadata) !== 'uploaded' && c.metadata.article?.startsWith('Article ') && annexesNamed(c.text).some((a) => named.has(a)));
    for (const chunk of referring) named.add(placeKey(chunk));
  }
  const candidates = groups.some((g) => named.has(g)) ? [...groups.filter((g) => named.has(g)), ...groups.filter((g) => !named.has(g))] : groups;
  candidates.slice(0, ARTICLE_PRIOR.length).forEach((article, rank) => {
    if (scored.length > 0 && named.size > 0 && !named.has(article) && named.has(candidates[0])) return;
    const ofArticle = chunks.filter((c) => placeKey(c) === article);
    // The source that answers best, the law's own words favoured and an upload handicapped: an upload answers
    // only what the official text and the notes do not ("the Rotterdam warehouses"), never against them.
    let answer: { value: number; preference: number; pool: Sentence[]; list: boolean } | undefined;
    for (const source of SOURCES) {
      const pool = sentencesOf(ofArticle.filter((c) => sourceOf(c.metadata) === source), score);
      const raw = Math.max(0, ...pool.map((s) => s.score * (statesOtherPlace(s, article) ? OTHER_PLACE_SHARE : 1)));
      const value = raw * SOURCE_WEIGHT[source];
      const list = intent.list && holdsAskedList(pool);
      // Decides which source of this article answers; the article is compared with the others on its best source's value.
      const preference = raw * SOURCE_PREFERENCE[source] * (list ? LIST_PREFERENCE : 1);
      if (value > 0 && (!answer || preference > answer.preference)) answer = { value: Math.max(value, answer?.value ?? 0), preference, pool, list };
      else if (answer && value > answer.value) answer.value = value;
    }
    if (!answer) return;
    // Recitals explain why; an article states the rule. They answer only when no article does.
    const routerPrior = named.size === 0 && ofArticle[0].routerPlace ? ROUTER_PLACE_PRIOR : 1;
    const value = answer.value * ARTICLE_PRIOR[rank] * routerPrior * (ofArticle[0].metadata.article ? 1 : 0.4) * (answer.list ? LIST_ARTICLE_PREFERENCE : 1);
    scored.push({ article, value, pool: answer.pool });
  });
  scored.sort((a, b) => b.value - a.value);
  if (route === 'annex' && !ASKS_FIGURE_OR_PLACE.test(question) && !ASKS_WHETHER_BOUND.test(question)) handToPointedAnnex(scored);
  else handToAnnexStatingPeriod(scored, intent, chunks);
  const [best] = scored;
  if (!best) return [];
  // Within the chosen article, the asker's own figure picks the duty whose threshold it meets (threshold-fit.ts).
  // Within it, the figure the question already states ("the 3 % rule") is not what the answer must add (statedFigures).
  const quantities = askedQuantities(question);
  const defined = asksDefinition ? definedTerms(question, best.pool) : undefined;
  const entryAsked = defined !== undefined && namesTerm(question, defined[0]);
  const within = { ...query, stated: statedFigures(question), prior: passagePrior(chunks), defined, entryAsked, figures: quantities };
  const chosen = compose(best.pool, choosesAmongThresholds(best.pool, quantities, query) ? { ...within, quantities } : within);
  // Close runners-up from other articles are shown too (each one's best sentence, cited): the question may be about either.
  const shown = [...chosen];
  for (const other of scored.slice(1, 1 + MAX_OTHER_ARTICLES)) {
    if (other.value < best.value * RUNNER_UP_SHARE) break;
    const top = topSentence(other.pool);
    if (top && charsOf(shown) + top.text.length < MAX_ANSWER_CHARS) shown.push(top);
  }
  return shown;
}

/** The terms whose definitions a definition question asks for, the likeliest first, where the chosen passages give them. */
function definedTerms(question: string, pool: readonly Sentence[]): string[] | undefined {
  const terms = askedDefinitions(question, definitionsIn([...new Set(pool.map((s) => s.chunk.text))])).map((d) => d.term);
  return terms.length > 0 ? terms : undefined;
}

/** The pool's best-scoring sentence (the first of equals). */
function topSentence(pool: readonly Sentence[]): Sentence | undefined {
  return pool.reduce<Sentence | undefined>((a, s) => (!a || s.score > a.score ? s : a), undefined);
}

interface Scored {
  article: string;
  value: number;
  pool: Sentence[];
}

/**
 * Puts first (in place) the first annex among `names` that scores at least POINTED_ANNEX_SHARE of the leading article
 * and passes `answers`.
 */
function handToAnnex(scored: Scored[], names: ReadonlySet<string>, answers: (s: Scored) => boolean = () => true): void {
  const [best] = scored;
  const annex = scored.findIndex((s) => names.has(s.article) && s.value >= best.value * POINTED_ANNEX_SHARE && answers(s));
  if (annex > 0) scored.unshift(...scored.splice(annex, 1));
}

/** Whether a pool holds a sentence that states a time limit ("no longer than 24 months") and shares the question's words. */
const statesPeriod = (pool: readonly Sentence[]): boolean => pool.some((s) => s.score > 0 && kindsOf(s.text).has('period'));

/**
 * "How long should the connection process take at most?": when the leading article states no time limit and an annex it
 * names does ("shall comply with Annex XIV": "no longer than 24 months"), that annex answers, where it scores at least
 * POINTED_ANNEX_SHARE of the article (in place). Only a time limit: tried for dates, figures and frequencies too, it
 * sent "how far back must gas customers see their consumption?" away from Article 17 (dev: notes hit@1 -0.006).
 */
function handToAnnexStatingPeriod(scored: Scored[], intent: Intent, chunks: readonly RetrievedChunk[]): void {
  const [best] = scored;
  if (!intent.period || !best?.article.startsWith('Article ') || statesPeriod(best.pool)) return;
  // The annexes the article's passages name, in the official text and the notes (an upload may be another act's).
  const named = new Set(chunks.filter((c) => placeKey(c) === best.article && sourceOf(c.metadata) !== 'uploaded').flatMap((c) => annexesNamed(c.text)));
  handToAnnex(scored, named, (s) => statesPeriod(s.pool));
}

/** Puts first the annex that the leading article's best sentence points to, where it answers nearly as well (in place). */
function handToPointedAnnex(scored: Scored[]): void {
  const [best] = scored;
  if (!best?.article.startsWith('Article ')) return;
  const top = topSentence(best.pool);
  if (!top) return;
  // A list point reads with its lead-in ("... a cost-benefit analysis in accordance with Annex XI is carried out where the
  // following installations are planned: (b) an industrial installation ... to assess the utilisation of waste heat").
  const before = best.pool.slice(0, best.pool.indexOf(top)).reverse();
  const leadIn = isListPoint(top.raw) ? before.find((s) => s.chunk === top.chunk && !isListPoint(s.raw)) : undefined;
  handToAnnex(scored, new Set([top, leadIn].flatMap((s) => (s ? annexesNamed(s.raw) : []))));
}

/** How many rounds a summary makes over the article's paragraphs (each round adds one sentence or point to each). */
const SUMMARY_ROUNDS = 6;

/**
 * "What is Article 11?": breadth first over the article's paragraphs, from the most authoritative source: each
 * paragraph's opening sentence, in order, then each one's next sentence or next point, and so on while the answer
 * has room. A short framing opening ("Article 3 turns the principle into a duty.") is so followed by the duty itself,
 * and a paragraph that is a list brings its lead-in with its first points rather than being skipped. The first
 * paragraph's list (the savings rates of Article 8, the criteria of Article 26) comes whole with its lead-in.
 */
function summaryOf(article: string, chunks: readonly RetrievedChunk[], paragraph?: string): Sentence[] {
  const wholeArticle = chunks.filter((c) => heldPlace(c.metadata) === article);
  // "What does Article 24(4) require?": that paragraph, where the passages hold it.
  const ofParagraph = paragraph ? wholeArticle.filter((c) => c.metadata.paragraph === paragraph) : [];
  const ofArticle = ofParagraph.length > 0 ? ofParagraph : wholeArticle;
  const of = (source: string) => ofArticle.filter((c) => sourceOf(c.metadata) === source);
  // A table (the correlation table, the list of repealed acts) reads as cells run together, not as sentences: the
  // next source summarises it, where one holds the place.
  const held = SOURCES.filter((s) => of(s).length > 0);
  const source = held.find((s) => s !== 'official' || held.length === 1 || readsAsProse(of(s))) ?? held[0];
  const pool = sentencesOf(of(source), ({ text }) => (isFragment(text) ? 0 : 1));
  // One paragraph reads in its own order, its opening duty first, as far as the room goes.
  if (ofParagraph.length > 0) return inOrderWithinRoom(pool.filter((s) => s.score > 0));
  const picked = new Set<Sentence>();
  let length = 0;
  const take = (group: readonly Sentence[]): boolean => {
    const fresh = group.filter((s) => !picked.has(s));
    const added = charsOf(fresh);
    if (fresh.length === 0 || length + added > MAX_ANSWER_CHARS) return false;
    for (const s of fresh) picked.add(s);
    length += added;
    return true;
  };
  const paragraphs = [...new Set(pool.map((s) => s.chunk))].map((chunk) =>
    pool.filter((s) => s.chunk === chunk && s.score > 0 && !(source === 'bundled' && isMetaSentence(s.text))),
  );
  // The opening paragraph's list, when its first sentences announce one, comes whole.
  const first = paragraphs[0]?.slice(0, 3).find((s) => (announcesList(s.raw) || refersForward(s.text)) && !isListPoint(s.raw));
  if (first) take(contextOf(first, pool, { ...intentOf(''), list: true }));
  // Set aside for good: a lead-in without a point after it, and a sentence that did not fit (the paragraph's next,
  // shorter ones may still fit in later rounds).
  const setAside = new Set<Sentence>();
  for (let round = 0; round < SUMMARY_ROUNDS; round++) {
    for (const sentences of paragraphs) {
      const remaining = sentences.filter((s) => !setAside.has(s));
      const next = remaining.find((s) => !picked.has(s));
      if (!next) continue;
      // In the first round a derogation waits while its paragraph still has a general sentence to give.
      if (round === 0 && isDerogation(next.text) && remaining.some((s) => !picked.has(s) && !isDerogation(s.text) && !isListPoint(s.raw))) continue;
      // A point never comes without its lead-in ("(b) implemented and supervised by independent authorities" alone).
      if (isListPoint(next.raw) && !leadInPicked(next, sentences, picked)) {
        setAside.add(next);
        continue;
      }
      // A lead-in comes with its first point, never alone.
      const point = remaining[remaining.indexOf(next) + 1];
      const group = !announcesList(next.raw) ? [next] : point && isListPoint(point.raw) ? [next, point] : [];
      if (group.length === 0 || !take(group)) setAside.add(next);
    }
  }
  // An annex that is one long list of nested points ("Member States shall take measures to ensure that: (a) the guarantee
  // of origin ...: (i) ...") gives the rounds little: its room goes on its passages in document order.
  if (length < MAX_ANSWER_CHARS * SUMMARY_FILL_BELOW) {
    for (const sentences of paragraphs) {
      // A passage that opens with points (Annex XV's dash list) has the annex's title for their lead-in.
      let opensWithPoints = true;
      for (const [i, s] of sentences.entries()) {
        opensWithPoints &&= isListPoint(s.raw);
        if (picked.has(s) || (isListPoint(s.raw) && !opensWithPoints && !leadInPicked(s, sentences, picked))) continue;
        const point = sentences[i + 1];
        if (announcesList(s.raw) && !(point && isListPoint(point.raw))) continue;
        if (!take([s])) break;
      }
    }
  }
  return [...picked].sort((a, b) => a.order - b.order || a.position - b.position);
}

/** Below this share of the room after its rounds, a summary goes on in document order. */
const SUMMARY_FILL_BELOW = 0.5;

/** Sentences in document order while they fit the answer's room; a lead-in is kept only with a point after it. */
function inOrderWithinRoom(sentences: readonly Sentence[]): Sentence[] {
  const taken: Sentence[] = [];
  for (const s of sentences) {
    if (charsOf([...taken, s]) > MAX_ANSWER_CHARS) break;
    taken.push(s);
  }
  while (taken.length > 1 && announcesList(taken[taken.length - 1].raw)) taken.pop();
  return taken;
}

/**
 * Whether the lead-in a list point belongs to ("Such energy audits shall be either:") is already in the answer. A
 * numbered passage that opens its passage ("(30) The need for the Union ...", a recital) has none to wait for.
 */
function leadInPicked(point: Sentence, paragraph: readonly Sentence[], picked: ReadonlySet<Sentence>): boolean {
  for (let i = paragraph.indexOf(point) - 1; i >= 0; i--) {
    if (!isListPoint(paragraph[i].raw)) return !announcesList(paragraph[i].raw) || picked.has(paragraph[i]);
  }
  // A lettered point that opens its passage continues a list whose lead-in is in the passage before.
  return /^\s*\(\d{1,3}\)\s/.test(point.raw);
}

/**
 * Whether at least half of the passages' sentences state something or are points of a list (a table's run-together cells
 * have no verb; Annex XV's "— Guaranteed savings to be achieved ..." is an item of a list, which reads as it stands).
 */
function readsAsProse(chunks: readonly RetrievedChunk[]): boolean {
  const sentences = sentencesOf(chunks, () => 1);
  return sentences.filter((s) => hasVerb(s.text) || isListPoint(s.raw)).length * 2 >= sentences.length;
}

function leadOf(chunk: RetrievedChunk): string {
  const { articleTitle } = chunk.metadata;
  const article = heldPlace(chunk.metadata);
  if (!article) return '';
  const title = articleTitle && readableTitle(articleTitle.replace(/\s+/g, ' '));
  return title ? `${article} (${title.length > 90 ? `${title.slice(0, 87).trimEnd()}…` : title}): ` : `${article}: `;
}

/**
 * Composes the answer from the passages without a model: the copilot's out-of-the-box mode and the fallback
 * when a model fails. States the asked fact first, keeps sentences in document order with the condition that
 * governs them, and marks each run of sentences with the [n] of its citation.
 */
export function extractiveAnswer(question: string, chunks: readonly RetrievedChunk[], weight: TermWeight = () => 1): AskResult {
  const outline = outlineAsked(question);
  const listed = outline ? outlineAnswer(outline, chunks) : undefined;
  if (listed) return listed;
  const intent = askedIntent(question);
  const mentions = placesAsked(question);
  const top = chunks[0]?.metadata;
  const correlation = correlationLines(oldPlacesAsked(question), chunks);
  const named = paragraphMention(question);
  let chosen: Sentence[] = [];
  if (correlation.length > 0) chosen = movedProvisionAnswer(question, chunks, correlation, mentions, weight, intent);
  else if ((isSummaryRequest(question) || asksWhatTheDirectiveIsFor(question)) && mentions.length > 0) chosen = summaryOf(mentions[0], chunks, named);
  else if (top?.article && mentions.length === 0 && restatesTitle(question, top.articleTitle, intent)) chosen = summaryOf(top.article, chunks);
  if (chosen.length === 0) chosen = answerPool(question, chunks, weight, intent);
  // A paragraph the question asks of ("What does Article 4(1) actually commit the EU to?", answered from 4(2), fresh batch W4): where the
  // answer took nothing from it, that paragraph, in its own order, answers. Not one named only as what something counts towards ("Could the
  // savings count towards the Article 8(1)(b) obligation?"): the rule that says so may be another's.
  if (named && mentions.length > 0 && chosen.length > 0 && isPutToAPlace(question) && !chosen.some((s) => s.chunk.metadata.paragraph === named)) {
    const ofIt = summaryOf(mentions[0], chunks, named);
    if (ofIt.some((s) => s.chunk.metadata.paragraph === named)) chosen = ofIt;
  }
  if (chosen.length === 0 && chunks.length > 0) chosen = sentencesOf([chunks[0]], ({ text }) => (isFragment(text) ? 0 : 1)).filter((s) => s.score > 0).slice(0, 2);
  const citationOf = new Map<RetrievedChunk, number>();
  const parts: string[] = [];
  chosen.forEach((sentence, i) => {
    if (!citationOf.has(sentence.chunk)) citationOf.set(sentence.chunk, citationOf.size + 1);
    const shown = withoutRunInHeading(sentence.text);
    const ended = /[.!?:;…]$/.test(shown) ? shown.replace(/[;,]$/, '.') : `${shown}.`;
    // "See also Annex XVII:" once before a run of sentences from another place, not before each of them.
    const { article } = sentence.chunk.metadata;
    const other = article && article !== chosen[0].chunk.metadata.article && article !== chosen[i - 1]?.chunk.metadata.article;
    const text = other ? `See also ${article}: ${ended}` : ended;
    const next = chosen[i + 1];
    parts.push(next?.chunk === sentence.chunk || (next && announcesList(text)) ? text : `${text} [${citationOf.get(sentence.chunk)}]`);
  });
  const lead = chosen.length > 0 ? leadOf(chosen[0].chunk) : '';
  const used = [...citationOf.keys()].map((chunk) => toCitation(chunk, chosen.find((s) => s.chunk === chunk)?.raw));
  const citations = withFurtherCitations(used, chunks);
  return { answer: `${lead}${parts.join(' ')}`.trim(), refused: false, citations, mode: 'extractive' };
}

/**
 * "Where is old Article 8 now?": the correlation table's rows. "Where has old Article 14 gone, and may we still exempt
 * installations?": the new article answers what else is asked (its summary for "and what does it require?"), the rows
 * follow it (withTableLines).
 */
function movedProvisionAnswer(question: string, chunks: readonly RetrievedChunk[], correlation: readonly CorrelationLine[], mentions: readonly string[], weight: TermWeight, intent: Intent): Sentence[] {
  // Where the table's rows are the whole answer, each names the new place's title; an answer that leads with the new article has it.
  if (!asksMoreThanPlace(question)) return correlationSentences(correlation.map((line) => ({ ...line, text: withNewTitle(line.text, chunks) })));
  const lines = correlationSentences(correlation);
  const rule = asksWholeOfNewPlace(question) && mentions.length > 0 ? summaryOf(mentions[0], chunks) : answerPool(question, chunks.filter((c) => c.metadata.article !== CORRELATION_TABLE), weight, intent);
  return withTableLines(rule, lines);
}

/**
 * The new article's answer leads, which names the new place in its lead; the table's lines follow as far as the room
 * allows, the answer's last sentences giving way to the first line where it does not.
 */
function withTableLines(rule: Sentence[], lines: readonly Sentence[]): Sentence[] {
  if (rule.length === 0) return [...lines];
  const answer = [...rule];
  const room = MAX_ANSWER_CHARS - leadOf(answer[0].chunk).length;
  while (answer.length > 1 && lines.length > 0 && charsOf([...answer, lines[0]]) > room) answer.pop();
  for (const line of lines) if (charsOf([...answer, line]) <= room) answer.push(line);
  return answer;
}

/**
 * "Our procedures cite Article 8 of the old directive: where is that now?": the correlation table's entries for it, as
 * many as fit beside the lead, answered as any chosen sentences are; the new articles follow among the further citations.
 */
function correlationSentences(lines: readonly CorrelationLine[]): Sentence[] {
  const room = MAX_ANSWER_CHARS - leadOf(lines[0].chunk).length;
  const sentences: Sentence[] = [];
  for (const [position, line] of lines.entries()) {
    const sentence: Sentence = { chunk: line.chunk, order: 0, position, raw: line.quote, text: line.text, terms: new Set(), score: 1 };
    if (charsOf([...sentences, sentence]) > room) break;
    sentences.push(sentence);
  }
  return sentences;
}
