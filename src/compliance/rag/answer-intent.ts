/** What a question asks for; the sentence that carries it should win over one that only shares words. */
export interface Intent {
  date: boolean;
  amount: boolean;
  /** A share or rate is asked: a percentage answers it, a floor area does not. */
  percent: boolean;
  frequency: boolean;
  /** A time limit is asked ("how long", "how much notice", "the maximum time"): a period answers it, a calendar date does not. */
  period: boolean;
  /** Where something is reported or published is asked ("where do they report it?"): the strategy, report or platform answers it. */
  place: boolean;
  /** Which guide, guidelines, standard or decision the directive relies on is asked ("which Commission guidelines do we follow?"). */
  source: boolean;
  who: boolean;
  allowed: boolean;
  list: boolean;
  /** The question itself is about a derogation or an exemption: keep such sentences in play. */
  derogation: boolean;
}

/**
 * What a document or plan must hold ("What does the contract have to spell out?", "What must a heat plan cover at a
 * minimum?"), which national circumstances or instruments count, who else may be chosen: the answer is a list.
 */
const CONTENTS_LIST = /\bwhat (exactly )?(does|do|must|should|shall|has|have)\b[^?]*\b(contain|include|cover|spell out|specify|set out|list)\b|\bwhat (the |a |an |our |their |its |each |every )?(?!(do|does|did|we|they|i)\b)([\w-]+ ){0,3}(must|should|shall|has to|have to|needs? to) (contain|include|cover|spell out|specify|set out|list)\b|\bcheck-?lists?\b|\b(which|what) (\w+ )?(indicators|instruments|circumstances|sources|tools|sectors|details|points|tariffs|incentives|items|elements)\b|\b(who|what) else\b|\b(which|what) other\b/i;

/** "Where do they report it?", "where must we publish the impact?", "in which report do we notify it?". */
const WHERE_REPORTED = /\b(where|in which|in what|on which|on what)\b[^?]{0,80}\b(report|publish|notif|submit|post|disclos)\w*|\b(report|publish|notif|submit|post)\w*\b[^?]{0,60}\b(where|in which|on which)\b/i;

/**
 * "Which Commission guidelines do we have to follow?", "which Eurostat guide does the directive mention?", "whose standards does
 * it mean?", "does the directive make that standard mandatory, or what must the criteria rest on?": the document it names.
 */
const SOURCE_ASKED =
  /\b(which|what|whose) ([\w-]+ ){0,2}(guides?|guidelines|guidance|standards|decisions?|methodolog(y|ies)|manuals?)\b(?! (must|shall|should|do|does)\b[^?]{0,30}\b(meet|reach|achieve|comply))|\b(rest|based|rely|relies) on\b[^?]{0,40}\b(standards?|guidelines|guides?)\b|\b(standards?|guidelines|guides?)\b[^?]{0,40}\b(rest|based|rely|relies) on\b|\bmake (that|the|this|those|these) (standard|guidelines?|guide)s? (mandatory|binding|compulsory)\b/i;

export function intentOf(question: string): Intent {
  return {
    date: /\b(when|deadlines?|by when|dates?|until|since|which year|what year|how long|from when|how soon)\b/i.test(question),
    // Practitioners' shorthand asks for a figure too: "Audit trigger for firms without an EnMS?", "min primary energy
    // savings?", "PEF for electricity savings?" (the primary energy factor), "cut-off for small plants?".
    amount: /\b(how (much|many|large|big|far|high|low)|percentages?|per ?cent|shares?|rates?|thresholds?|limits?|triggers?|cut-?offs?|min|max|PEFs?|(minimum|maximum)(?! (clauses|items|elements|contents?|criteria|requirements|information|conditions|provisions)\b)|levels?|targets?|weights?|values?|factors?|coefficients?|sizes?|caps?|above what|from what|what (capacity|power|output|consumption))\b|%/i.test(question),
    percent: /\b(shares?|percentages?|per ?cent|proportions?|rates?|how much of)\b|%/i.test(question),
    period: /\b(how long|how early|how much (time|notice)|how many (days|weeks|months|years)|(maximum|minimum) (time|period|notice|duration)s?|time limits?|notice periods?|within what (time|period)|how far (ahead|out|into the future|forward)|(time )?horizons?|time[- ]?frames?|over what (period|span|years))\b/i.test(question),
    place: WHERE_REPORTED.test(question),
    source: SOURCE_ASKED.test(question),
    frequency: /\b(how often|how frequently|frequency|how regularly|(on|in) what (cycle|rhythm|cadence|schedule|interval)|at what intervals?|cycle|cadence|how many times (a|per|each) (year|month)|periodic|every (\w+ )?(years?|months?|weeks?|days?|time)|each year|annual(ly)?|repeat)\b/i.test(question),
    // "Which of our lecture halls count?", "which plants are covered?": who falls under the rule, which its threshold decides.
    who: /^\s*(who|which (bodies|authorit|compan|enterprises|operators|undertakings|parties|professions|data centres))|\bwho (must|shall|has to|is responsible)\b|\bwhich (of (our|the|their|these|those) )?(?!savings|measures|costs|expenses|methods|actions|data|information)[\w-]+( [\w-]+)? (count|counts|are covered|is covered|fall under|falls under|qualify|qualifies|are included|is included)\b/i.test(question),
    allowed: /^\s*(can|may|could|is it (allowed|possible)|are (we|they|firms|companies|enterprises)? ?(allowed|exempt|permitted)|do(es)? .* (apply|count|need|have to)|must)\b|\b(exempt|left out|excluded|not covered|leave out|apply to)\b/i.test(question),
    // Asked for in the imperative too ("List the annual new savings rates ...", "Give me the thresholds for ..."), or as "which
    // rates apply" (fresh batch D4: both were answered with Cyprus and Malta's derogation, whose sentence says "savings rates").
    list: /^\s*what are the\b[^?]*\b(rates|thresholds|criteria|deadlines|limits|targets|options|steps)\b|^\s*(please,? )?(list|enumerate|(give|tell|show) me (all )?(of )?the ([\w-]+ ){0,3}(rates|thresholds|criteria|deadlines|limits|targets|options|steps|dates))\b|\b(which|what) ([\w-]+ ){0,3}(rates|thresholds|deadlines|limits|targets) (apply|applies|are there|are set|hold)\b|\b(which|what) ((are|is) the (?=minimum|main|key|other))?((minimum|main|key|other) )?(methods|criteria|items|elements|information|data|services|measures|conditions|requirements|factors|steps|types|options|professions|kinds|categories|clauses|technologies|forms|contents|ways|approaches|routes)\b|\b(allowed|permitted|eligible|accepted|acceptable|possible) (methods|ways|approaches|options|routes)\b|\bwhat must .* (contain|include|specify|state)\b/i.test(question) || CONTENTS_LIST.test(question),
    derogation: /\b(derogat|exempt|exception|escape clause|skip|spared|waive|let off|off the hook|get out of|opt out|carve-?out|cyprus|cypriot|malta|maltese|less stringent|exclud|not apply|leave .* out|left out|not covered|small (municipalit|towns?|villages?)|still (count|be counted|qualify|be eligible|be allowed|be used|be claimed))/i.test(question),
  };
}

import { contentTerms, stem } from '../embeddings/text-terms.js';
import { asksWhetherCommissionMayChange } from './article-mentions.js';
import { askedSentences } from './question-framing.js';

/**
 * The kinds of fact the question sentences ask for, not the scene before them: "We renovated 4.2 % of our public floor
 * area in 2025. Can we bank the extra, and for how long?" asks for a period; the share is the asker's own. Who, whether
 * and which list are read as before, from the whole question, and so is a derogation its setting names ("We are in
 * Cyprus."). Dev split: +15 key facts with the notes alone, +4 with the official text, none lost on the test split.
 */
export function askedIntent(question: string): Intent {
  const whole = intentOf(question);
  const asked = askedSentences(question);
  if (asked === question) return whole;
  const own = intentOf(asked);
  return { ...whole, date: own.date, amount: own.amount, percent: own.percent, frequency: own.frequency, period: own.period, place: own.place, source: own.source };
}

const GENERIC = new Set(['requirement', 'requirements', 'rule', 'rules', 'obligation', 'obligations', 'duty', 'duties', 'main', 'key', 'overview', 'summary'].map(stem));

/**
 * "What are the energy savings obligations of member states?": a question that restates an article's title and
 * asks for nothing narrower wants the article's main obligations, as a summary would give them.
 */
export function restatesTitle(question: string, title: string | undefined, intent: Intent): boolean {
  if (!title || intent.date || intent.amount || intent.frequency) return false;
  const asked = [...new Set(contentTerms(question))].filter((t) => !GENERIC.has(t));
  if (asked.length === 0 || asked.length > 4) return false;
  const titleTerms = new Set(contentTerms(title));
  return asked.filter((t) => titleTerms.has(t)).length / asked.length >= 0.75;
}

/**
 * A question put to a place, not only one asking for its summary: it opens on the place ("Article 26(2) in plain English"), or asks what
 * the place does, says or is ("What does Article 4(1) actually commit the EU to?").
 */
export function isPutToAPlace(question: string): boolean {
  return /^\W*(?:(?:the )?(?:Article|Art\.?|Annex)\s*[\dIVXLC]+|(?:what|how|which|who|when|where)\b[^?,]{0,25}\b(?:does|do|did|is|are|will|would|can|could|must)\s+(?:the\s+)?(?:EED['’]s\s+)?(?:Article|Art\.?|Annex)\s*[\dIVXLC]+)/i.test(question);
}

/** "What is Article 11?", "What does Annex VI say?", "Explain Article 26.", "Summarise Article 12 of Directive 2023/1791". */
export function isSummaryRequest(question: string): boolean {
  return /^\s*(what\s+(exactly\s+)?(is|does|do)\s+(in\s+)?|what\s+is\s+(covered|said|set out)\s+(in|by)\s+|explain\s+|summari[sz]e\s+|describe\s+|(give\s+(me\s+)?)?(an?\s+)?(overview|summary)\s+of\s+|tell\s+me\s+about\s+)(the\s+)?(article|art\.|annex|recital)\s*[0-9ivxlc]+[a-c]?(\s*\(\d+\))?(\s+(of|in)\s+[^?]{0,60})?\s*(\b(say|says|cover|covers|about|require|requires|mean|contain|set out|do)\b[^?]{0,30})?\s*[?.!]?\s*$/i.test(question);
}

/**
 * "Is our utility one of the 'public bodies'?", "At what cost is that treated as a 'substantial refurbishment'?", "when does
 * the directive treat it as 'substantial'?", "Is a municipally owned utility company a 'public body'?": a term quoted after
 * "as (a)", "one of the" or a question's "is ... a" asks whether something falls under its definition.
 */
const QUOTED_TERM_ASKED =
  /\b(as( an?)?|one of the|is (it|that|this|ours?|we) an?|are (we|they|these|those) an?)\s+['‘"“][^'’"”]{3,60}['’"”]|(^|[.?!]\s+)is (an? |the |my |our )?([\w-]+ ){1,5}an? ['‘"“][^'’"”]{3,60}['’"”]/i;
/**
 * "When we define 'vulnerable customers'", "we're drafting our national definition of ...", "who defines the indicators?":
 * the asker (or some body) defines; the directive's rule on how, or on who, is asked, not its glossary.
 */
const ASKER_DEFINES =
  /\b(we|they|states?|countries|governments?|ministr\w+|regulators?|authorit\w+|schemes?|ratings?|systems?|methodolog\w+|standards?|codes?|labels?|tools?)('d|( (would|will|want|wants|plan|plans|prefer|prefers|intend|intends|like|rather|also|instead|now|to|may|might|could|can|choose|chooses|actually|exactly|really|then)){1,4})? (define|defines|defined|defining)\b|\b(use|apply|adopt|take|choose)\b[^?.]{0,60}\bto define\b|\b(our|national|their) (own )?definitions?\b|\b(draft\w*|revis\w*|updat\w*|rewrit\w*)\b[^?]{0,40}\bdefinitions?\b|\bwho (defines|sets)\b/i;

/**
 * "How the Social Climate Fund Regulation defines energy poverty", "which definition does Regulation (EU) 2023/955 rely
 * on": another act's definition, which this directive changes (Article 37), not its own glossary.
 */
const OTHER_ACT_DEFINES = /\b(regulation|fund|act)\b[^?]{0,30}\b(define[sd]?|definition)\b|\bdefin\w*\b[^?]{0,60}\b(in|under|of|does) (the )?[\w()/ ’'-]{0,40}\b(regulation|social climate fund)\b/i;

/**
 * "Where is its content defined?", "where are the criteria defined?", "which annex defines the criteria": the place that sets the
 * detail, not a glossary entry. "Where is energy poverty defined?" asks for the term's entry.
 */
const WHERE_DEFINED =
  /\bwhere (is|are) (its|their|the|this|that|these|those) (content|contents|criteria|requirements?|methods?|methodology|calculations?|details|scope|format|conditions)\b[^?]*\bdefined?\b|\bwhere (is|are) (it|they|this|that|these|those) defined\b|\bwhere (do|does)\b[^?]*\bdefined?\b|\b(which|what) (annex|article|part|provision)s? (defines?|sets?)\b/i;

/** Asked as a definition, or as a term "in the directive's sense" ("does that qualify as a major refit in the directive's sense?"). */
const DEFINITION_ASKED =
  /\b(define[sd]?|definition of|what is meant by|the meaning of|(notion|concept) of (an? )?|within the meaning of|in the (sense of the )?(directive|EED|law)'?s? sense|as (the|this) (directive|EED|law) (defines|means|understands) it|(does|do) (the |this )?(directive|EED|law|it|they) mean by)\b|\bwhat( is| are|'s|’s) (an? |the )?['‘"“][^'’"”?]{3,60}['’"”](?!\w)|\bwhat (does|do) (the (term|phrase|word|expression) )?['‘"“][^'’"”?]{3,60}['’"”] (actually |exactly )?mean\b/i;

/** "Which definition of SME does it rely on?", "how is energy poverty defined?": the definition itself is what is asked, in so many words. */
const DEFINITION_ITSELF = /\b(which|what)\s+(is\s+the\s+)?(definitions?|meaning)\b|\bhow\s+(does|do|is|are)\b[^?]{0,60}\bdefined?\b|\bwhat is meant by\b/i;

/** Whether a definition question asks for the definition in so many words, not whether its situation counts as the term. */
export function asksDefinitionItself(question: string): boolean {
  return asksForDefinition(question) && DEFINITION_ITSELF.test(question);
}

/**
 * A newcomer's bare "What is X?" ("What is an energy audit?", "What is energy poverty?", "what's cogeneration"): the whole question is
 * a term, which the glossary defines if it holds it. Retrieval takes it as a definition question only where a definition's term is
 * what is asked (hybrid-retriever); the directive, its places and its figures are asked otherwise.
 */
const BARE_TERM_ASKED =
  /^\s*(what|who)(['’]s| is| are) (?!(an? |the |this |that )?(EED|directive|recast|law|Article|Annex|Recital|purpose|point|aim|goal|deadline|target|threshold|rate|difference|date|cost|price)s?\b)(an? |the )?([\w'’-]+ ?){1,5}\??\s*$/i;

export function asksBareTerm(question: string): boolean {
  return BARE_TERM_ASKED.test(question);
}

/** "How does the directive define X?", "What is the definition of Y?": Article 2's business. */
export function asksForDefinition(question: string): boolean {
  if (ASKER_DEFINES.test(question) || OTHER_ACT_DEFINES.test(question) || WHERE_DEFINED.test(question)) return false;
  return DEFINITION_ASKED.test(question) || QUOTED_TERM_ASKED.test(question) || BARE_TERM_ASKED.test(question);
}

/**
 * Whether a question asks how something is done (a method, a formula, criteria, what a report or contract must
 * contain, what counts) or who must do what by when. Annexes hold the first kind, articles the second: "which
 * methods may be used to calculate savings" is Annex V's business, "which plants need a cost-benefit analysis"
 * Article 26's, although both share most of their words.
 */
export type Asks = 'method' | 'obligation' | 'other';

const METHOD = /\b(how (is|are|do|does|should|must|can) [^?]*\b(calculat|determin|measur|assess|comput|estimat|carried out|done)\w*|methods?|methodolog\w*|formulae?|weights?|criteria|minimum (information|content|requirements|facts|data|clauses)|(contain|include|state|show|cover|look at|assess)(?=[^?]{0,20}\?)|which (technologies|information|items|elements|indicators|clauses|data(?! cent))|KPIs?|key performance indicators|templates?|(count|claim)(s|ed|ing)? (towards?|for)|eligib\w*|positive (outcome|result)|(at|as) (a|the) minimum|which ([\w-]+ ){1,2}(sources|options|technologies)|(deemed|metered|scaled|surveyed) savings)\b/i;

/**
 * What a document must say: "what must it explain?", "must our bill tell us where to complain?", "what must an ESCO
 * contract say about the savings?", "what facts must our data centre report?", "which standard do we take as the
 * basis?". A bill's, contract's or report's contents are listed in an annex, as its criteria and methods are.
 */
const CONTENTS = /\bwhat\b[^?,;]*\b(must|should|shall|has to|have to|needs? to)\b[^?,;]*\b(say|tell|explain|mention|list|report)\b|\b(bills?|invoices?|contracts?|reports?|statements?|certificates?|guarantees? of origin)\s+(say|tell|explain|mention|show|state|list)\b|\bwhat (kinds? of |sorts? of |types? of )?([\w-]+ (and |or )?){0,3}(facts|information|figures|details|items|elements|indicators|data(?! cent))\b|\b(which|what) (\w+ )?standards?\b(?! of living)/i;

/** "What must the certificate carry?", "which data fields", "what must a bill show?": what a document holds is asked. */
export function asksContents(question: string): boolean {
  return CONTENTS.test(question) || /\b(what|which)\b[^?]*\b(contain|include|carry|hold|show|list|spell out)\b|\b(fields|particulars|contents)\b/i.test(question);
}

export function asksFor(question: string): Asks {
  if (METHOD.test(question) || CONTENTS.test(question)) return 'method';
  const intent = intentOf(question);
  return intent.who || intent.date || intent.amount || intent.frequency || /^\s*(which|who|do(es)?|must|is|are)\b[^?]*\b(need|must|have to|required|obliged|apply)\b/i.test(question) ? 'obligation' : 'other';
}

/** Words that put a duty on someone: "must", "have to", "is required", "are obliged", "shall". */
const DUTY = /\b(must|ha(ve|s) to|needs? to|need (an?|the)|required|obliged|shall)\b/i;

/**
 * Where a question goes when an annex and the article that refers to it both lead: a method, criteria or contents
 * question to the annex; a question on what someone must do (a duty word, not only a figure or a date: "what is the
 * maximum time a connection should take" is Annex XIV's figure) to the article; otherwise fusion decides.
 */
export function referralRoute(question: string, asks: Asks = asksFor(question)): 'annex' | 'article' | undefined {
  // The Commission's power to change the annexes (Article 33) is no method question, though it names the methods it may change.
  if (asksWhetherCommissionMayChange(question)) return undefined;
  if (asks === 'method') return 'annex';
  return asks === 'obligation' && DUTY.test(question) ? 'article' : undefined;
}

/**
 * What a tacked-on "..., and by when?" or "and how often?" asks about: the clause before it ("do we need an energy
 * audit"), and the tacked-on clause's own words when it has some ("and how often is it updated?" asks about the
 * updating, not the publishing before it). A date or figure from another provision of the same article (the
 * management system's deadline) does not answer it.
 */
export function askedFocus(question: string): string[] | undefined {
  const match = /^(.*?)[,;]?\s+and\s+(by when|when|from when|until when|how often|how much|how many|from what size|how large|how big)\b([^?]*)\??\s*$/i.exec(question);
  if (!match) return undefined;
  const head = match[1].replace(/^.*[.:;]\s+/, '');
  const tail = match[3].trim();
  return tail ? [head, tail] : [head];
}
