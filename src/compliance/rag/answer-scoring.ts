import { sourceOf, splitSentences } from '../corpus/legal-chunker.js';
import { placeNumbers } from './article-mentions.js';
import { contentTerms } from '../embeddings/text-terms.js';
import type { Intent } from './answer-intent.js';
import { defines } from './definition-pointers.js';
import { announcesList, cleanSentence, isDashPoint, isDerogation, isFragment, isListPoint, isMetaSentence, leansOnPrevious, takesCaseFromPrevious } from './answer-sentences.js';
import type { RetrievedChunk } from './rag-types.js';
import { meetsOwnThreshold, thresholdFit, type Quantity } from './threshold-fit.js';

export type TermWeight = (term: string) => number;

export interface Sentence {
  chunk: RetrievedChunk;
  order: number;
  position: number;
  raw: string;
  text: string;
  terms: ReadonlySet<string>;
  score: number;
}

/** The question as the scorer sees it: its terms, their weights, what kind of fact it asks for. */
export interface Query {
  terms: ReadonlySet<string>;
  weight: TermWeight;
  intent: Intent;
  /** Terms of the clauses a tacked-on "and by when?" asks about (answer-intent's askedFocus); a sentence answers it when it speaks of either. */
  focus?: readonly ReadonlySet<string>[];
  /** The figures the asker states of their own situation ("about 40 TJ a year"): they pick the threshold that applies. */
  quantities?: readonly Quantity[];
  /** The same figures whether or not they choose among thresholds: a derogation whose threshold they meet is the asker's own. */
  figures?: readonly Quantity[];
  /** The figures the question itself states ("the 3 % renovation rule"), with their units (statedFigures). */
  stated?: RegExp;
  /** The question asks what a document holds ("What data fields must each certificate carry?"): asksContents in answer-intent. */
  asksContents?: boolean;
  /** The numbers of this directive's places the question names (article-mentions' placeNumbers): they match only those places named. */
  placeNumbers?: ReadonlySet<string>;
  /** The one paragraph the question names ("Article 24(4)" -> "24(4)"): its sentences answer before the article's others. */
  paragraph?: string;
  /** Each separate ask of a question that makes more than one (question-parts.ts), with its own terms and kind of fact. */
  parts?: readonly Pick<Query, 'terms' | 'intent'>[];
  /** The terms whose definitions the question asks for, the likeliest first ("does a city-owned utility count as a 'public body'?"). */
  defined?: readonly string[];
  /** The question names the likeliest of those terms as written (namesTerm): its glossary entry is the answer. */
  entryAsked?: boolean;
  /** Within the chosen article, how retrieval ranked a sentence's passage (passage-prior.ts); articles are compared without it. */
  prior?: (chunk: RetrievedChunk) => number;
}

/**
 * How much more the definition of the term a question asks about counts: it shares only the term's own words with the
 * question ("public", "body"), and the glossary's other entries the asker's everyday words ("utility", "energy").
 */
const ASKED_DEFINITION_BOOST = 3;

/** How much more a sentence of the paragraph the question names counts ("What exactly does Article 7(1) require ...?"). */
const NAMED_PARAGRAPH_BOOST = 2;

/**
 * How much more a sentence of the paragraph the article router guessed counts, where the question names none: the
 * router's paragraph is right for about 0.95 of dev questions it never saw, and 1.5 did as well as 2 on dev (official
 * recall 0.867 -> 0.892, ten-fold routers) and better on a fresh batch and the test split. With the dev split at 5,083
 * questions, 2 for the official text's passages, which are the numbered paragraphs themselves, gained 70 key facts and lost
 * 19 on its ten folds (official recall 0.902 -> 0.908), while for our notes, whose passages are labelled with the
 * paragraph they mostly discuss, it lost 24 and gained 15: the notes keep 1.5.
 */
const GUESSED_PARAGRAPH_BOOST = { official: 2, other: 1.5 };

/** The kinds of fact a question may ask for and a sentence may carry. */
export const KINDS = ['date', 'amount', 'frequency', 'period', 'place', 'source'] as const;
export type Kind = (typeof KINDS)[number];

/** A calendar date ("11 October 2026"), or a day that recurs ("before 30 April each year"): both answer "by what date". */
const DATE = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4}|(of )?(each|every) year)\b/;
/**
 * A time limit or horizon ("no longer than 24 months", "within one year of receipt", "two weeks before", "the next 30
 * years", "ten-year periods"): answers "how long", "how early", "how far ahead".
 */
const PERIOD = /\b(\d{1,3}|one|two|three|four|six|twelve|eighteen)\s+(calendar\s+)?(days|weeks|months|day|week|month)\b|\b(within|no later than|no longer than|not later than|not exceeding)\s+(\d{1,2}|one|two|three|four|five)\s+years?\b|\b(next|following|coming)\s+(\d{1,2}|two|three|four|five|ten|twenty|thirty)\s+years\b|\b(\d{1,2}|five|ten)-year periods?\b/i;
const YEAR = /\b(19|20)\d{2}\b/;
/**
 * Where something is reported or published: a reporting or publishing verb and the document, framework or platform it
 * goes in ("report ... in its long-term renovation strategy", "reporting ... in the framework of the existing reporting
 * requirements", "publishing that information in the respective notices on Tenders Electronic Daily").
 */
const PLACE = /\b(report|publish|notif|submit|made publicly available|make publicly available)\w*\b[^.;:]{0,100}\b(in|on|within|through|via) (its|their|the|a|an)\b[^.;:]{0,60}\b(strateg(y|ies)|plans?|reports?|notices|platforms?|databases?|websites?|registers?|Tenders Electronic Daily|framework)\b/i;
/**
 * A document the directive relies on, by its title or number: "the detailed Guidelines established by Commission Decision
 * 2008/952/EC", "the guide to the statistical treatment of energy performance contracts", "relevant European or international
 * standards", "the European Committee for Standardization".
 */
const SOURCE =
  /\b(guidelines? (established|laid down|set out|adopted) (by|in)|guide to the|Commission (Decision|Recommendation|Delegated Regulation|Implementing Regulation)|Decision \d{4}\/\d+|(European|international) standards?|(EN|ISO|IEC) \d{3,5}|European Committee for (Electrotechnical )?Standardi[sz]ation|International Organi[sz]ation for Standardi[sz]ation)\b/i;
// "m²" ends in a non-word character, so it is matched on its own: \b would not end it (the bundled notes write it so).
const AMOUNT = /\d\s?(%|per ?cent|TJ|GWh|MWh|kWh|MWe|kWe|MW|kW|Mtoe|ktoe|m2|m\^2|grams|g\/kWh|inhabitants|hours|operating hours)\b|\d\s?m²|%|\bEUR\s?\d|\b\d+[.,]\d+\b|\b\d{1,3}( \d{3})+\b/i;
const FREQUENCY = /\b(every (two|three|four|five|ten|\d+) years|every year|annually|each year|on an annual basis|at least (once|twice|every)|per year|a year|monthly|quarterly|twice a year|once a year)\b/i;

/** Numbers that are names, not facts: "Article 14(2)", "Annex VI", "Regulation (EU) 2018/1999", "Directive 2010/31/EU". */
const REFERENCE = /\b(Articles?|Annex(es)?|paragraphs?|points?)\s+[\dIVX]+[a-z]?(\(\d+\))*|\b(Regulation|Directive|Decision)\s*(\((EU|EC|EEC)\)\s*)?(No\s*)?\d{2,4}\/\d{1,4}(\/(EU|EC|EEC))?|\b\d{4}\/\d{1,4}\b/g;

export function kindsOf(raw: string): Set<Kind> {
  const text = raw.replace(REFERENCE, '');
  const kinds = new Set<Kind>();
  if (DATE.test(text)) kinds.add('date');
  if (PERIOD.test(text)) kinds.add('period');
  if (AMOUNT.test(text)) kinds.add('amount');
  if (FREQUENCY.test(text)) kinds.add('frequency');
  if (PLACE.test(raw)) kinds.add('place');
  if (SOURCE.test(raw)) kinds.add('source');
  return kinds;
}

/**
 * The figures a question states ("Is there a minimum size for the 3 % renovation rule?", "is the 1.9 % target binding?"),
 * as a pattern over a sentence's text, each with the unit after it; undefined when it states none. Years are not figures.
 */
export function statedFigures(question: string): RegExp | undefined {
  const numbers = [...new Set(question.replace(REFERENCE, ' ').match(/(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])/g) ?? [])].filter((n) => !/^(19|20)\d{2}$/.test(n));
  if (numbers.length === 0) return undefined;
  const alternatives = numbers.map((n) => n.replace(/[.,]/, '[.,]'));
  return new RegExp(`(?<![\\d.,])(${alternatives.join('|')})(?![\\d]|[.,]\\d)(\\s?(%|per ?cent|m²|[A-Za-z]+(\\/[A-Za-z]+)?))?`, 'g');
}

/** The kinds of fact a sentence gives the asker: its own, less the figures the question already states. */
export function answeredKinds(text: string, stated?: RegExp): Set<Kind> {
  return kindsOf(stated ? text.replace(stated, ' ') : text);
}

/**
 * The places a sentence's passage names (placeNumbers), read once per passage: scoreOf asks them of each of its sentences, and again
 * for every pick the composer makes. A sentence without its passage reads its own text.
 */
const PLACES_OF_PASSAGE = new WeakMap<RetrievedChunk, ReadonlySet<string>>();

function placesNamedIn(sentence: Pick<Sentence, 'text'> & { chunk?: RetrievedChunk }): ReadonlySet<string> {
  const { chunk } = sentence;
  if (!chunk) return placeNumbers(sentence.text);
  let places = PLACES_OF_PASSAGE.get(chunk);
  if (!places) {
    places = placeNumbers(chunk.text);
    PLACES_OF_PASSAGE.set(chunk, places);
  }
  return places;
}

/**
 * Weighted share of the question's terms a sentence carries, boosted when it holds the kind of fact asked
 * (a date, an amount, a frequency) and damped for framing, derogations and fragments. Terms and kinds already
 * covered by chosen sentences count less, so a two-part question ("do we need an audit, and how often?") gets
 * both parts answered.
 */
export function scoreOf(sentence: Pick<Sentence, 'text' | 'terms'> & { chunk?: RetrievedChunk }, query: Query, covered: ReadonlySet<string> = new Set(), satisfied: ReadonlySet<Kind> = new Set()): number {
  const { text, terms } = sentence;
  if (isFragment(text)) return 0;
  let matched = 0;
  let places: ReadonlySet<string> | undefined;
  for (const term of terms) {
    if (!query.terms.has(term)) continue;
    // The number of a place the question names matches a passage that names that place (a list point reads it in its lead-in),
    // not a figure or a paragraph of that number.
    if (query.placeNumbers?.has(term) && !(places ??= placesNamedIn(sentence)).has(term)) continue;
    matched += query.weight(term) * (/^\d/.test(term) ? 2 : 1) * (covered.has(term) ? 0.5 : 1);
  }
  if (matched === 0) return 0;
  const { intent } = query;
  const kinds = kindsOf(text);
  let boost = /\b(shall|must)\b/i.test(text) ? 1.15 : 1;
  if (intent.date && !satisfied.has('date')) boost *= kinds.has('date') ? 1.8 : YEAR.test(text) ? 1.3 : 1;
  if (intent.amount && !satisfied.has('amount') && kinds.has('amount')) boost *= 1.6;
  if (intent.percent && !satisfied.has('amount') && /\d\s?(%|per ?cent)/.test(text)) boost *= 1.5;
  if (intent.frequency && !satisfied.has('frequency') && kinds.has('frequency')) boost *= 1.8;
  if (intent.period && !satisfied.has('period') && kinds.has('period')) boost *= 1.8;
  if (intent.place && !satisfied.has('place') && kinds.has('place')) boost *= 1.6;
  if (intent.source && !satisfied.has('source') && kinds.has('source')) boost *= 1.6;
  if (intent.allowed && /\b(may|shall not|exempt|not apply|unless|allowed|permitted)\b/i.test(text)) boost *= 1.3;
  if (intent.who && /\b(member states|operators?|enterprises|authorit|suppliers|commission|bodies|owners)\b/i.test(text)) boost *= 1.2;
  // "Which companies must ...": the threshold that defines who is the answer.
  if (intent.who && kinds.has('amount')) boost *= 1.4;
  if (query.quantities) boost *= thresholdFit(text, query.quantities, sentence.chunk?.text);
  if (query.paragraph && sentence.chunk?.metadata.paragraph === query.paragraph) boost *= NAMED_PARAGRAPH_BOOST;
  else if (!query.paragraph && sentence.chunk?.guessedParagraph) boost *= sourceOf(sentence.chunk.metadata) === 'official' ? GUESSED_PARAGRAPH_BOOST.official : GUESSED_PARAGRAPH_BOOST.other;
  if (query.prior && sentence.chunk) boost *= query.prior(sentence.chunk);
  if (query.defined?.[0] !== undefined && defines(text, query.defined[0])) boost *= ASKED_DEFINITION_BOOST;
  if (isMetaSentence(text)) boost *= 0.2;
  if (!intent.derogation && isDerogation(text) && !(query.figures && meetsOwnThreshold(text, query.figures))) boost *= 0.3;
  return (matched / Math.sqrt(Math.log(2 + terms.size))) * boost;
}

export function sentencesOf(chunks: readonly RetrievedChunk[], score: (s: Pick<Sentence, 'text' | 'terms' | 'chunk'>) => number): Sentence[] {
  const ordered = [...chunks].sort((a, b) => a.metadata.chunkIndex - b.metadata.chunkIndex);
  return ordered.flatMap((chunk, order) => {
    const sentences = splitSentences(chunk.text);
    // Dash points that open a passage list what their section's title announces ("Minimum items to be included in
    // energy performance contracts"): the title is their lead-in.
    let leadTerms: string[] = sentences[0] !== undefined && isDashPoint(sentences[0]) ? contentTerms(chunk.metadata.articleTitle ?? '') : [];
    let previous: string[] = [];
    return sentences.map((raw, position) => {
      const text = cleanSentence(raw);
      const own = contentTerms(text);
      // A point is read with its lead-in: "(iv) 1,9 % ... from 2028" answers "what savings rate" through "new savings each year of:".
      // "In those cases the Member State shall submit a reasoned decision within three months" is read with the sentence that
      // states the case ("Member States may exempt individual installations ..."): its deadline is that exemption's.
      const terms = new Set(isListPoint(raw) ? [...own, ...leadTerms] : takesCaseFromPrevious(text) ? [...own, ...previous] : own);
      // "Those facilities shall:" reads with the sentence before it, which names the facilities.
      if (announcesList(raw)) leadTerms = isListPoint(raw) ? [...leadTerms, ...own] : leansOnPrevious(text) ? [...previous, ...own] : own;
      else if (!isListPoint(raw)) leadTerms = [];
      previous = own;
      // A piece brought for its list's lead-in gives context to the piece it precedes; it is not an answer of its own.
      return { chunk, order, position, raw, text, terms, score: chunk.leadInOnly ? 0 : score({ text, terms, chunk }) };
    });
  });
}
