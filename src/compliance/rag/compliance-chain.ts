import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { StringOutputParser } from '@langchain/core/output_parsers';
import { RunnableBranch, RunnableLambda, RunnableSequence, type Runnable } from '@langchain/core/runnables';
import { citedOnly, withFurtherCitations } from './citations.js';
import { extractiveAnswer, type TermWeight } from './extractive-answerer.js';
import { articleMentions, heldPlace, withBareParagraphsNamed } from './article-mentions.js';
import { looksLikeInjection, neutralise } from './injection-guard.js';
import { withoutMailWrapping } from './mail-wrapping.js';
import { askedUnderTheDirective, withoutAnswerFraming } from './answer-framing.js';
import { unshouted } from './shouted-text.js';
import { withTyposRepaired } from './typo-repair.js';
import { inDirectiveCategories } from './entity-vocabulary.js';
import { outlineAsked } from './act-outline.js';
import { inDirectiveWords, vocabularyTerms } from './practitioner-vocabulary.js';
import { ANSWER_PROMPT, INSUFFICIENT_CONTEXT } from './prompts.js';
import { gateEvidence, namesUnknownInstrument, passesGate, quotesNameInOwnLanguage, type GateEvidence, type GateSettings } from './relevance-gate.js';
import type { AskResult, GatedRetrieval, RetrievedChunk } from './rag-types.js';
import { judgedOffTopic, vouchedInScope, type ScopeModel } from './scope-model.js';
import { placeJudgedOffTopic } from './place-scope-model.js';
import { askedOfItsOwn, asksOfThisDirective, asksOwnDutyTowardsAnotherAct, directiveRuleAskedAfterScene, outOfScope, withoutAskersSetting, withoutOtherActSetAside, type OutOfScope } from './scope-rules.js';
import { askedRuleAfterScene, askedSentences } from './question-framing.js';
import { stem, words } from '../embeddings/text-terms.js';

export interface ChainDependencies {
  retrieve: (question: string) => Promise<RetrievedChunk[]>;
  /** Share of the question the corpus vocabulary knows; 1 when the embedder cannot tell. */
  knownShare: (question: string) => number;
  /** Whether the corpus vocabulary contains a word (for names of other laws); all words when absent. */
  knowsWord?: (word: string) => boolean;
  /** Whether the corpus writes a word in exactly this form, more than once (typo-repair.ts); no slip is repaired when absent. */
  hasWordForm?: (word: string) => boolean;
  gate: GateSettings;
  model?: BaseChatModel;
  /**
   * Deadline of the whole model call, body included: the client's own timeout stops at the response headers,
   * so a model that starts answering and then stalls would otherwise hold the request forever.
   */
  modelTimeoutMs?: number;
  weight?: TermWeight;
  /** The learned second opinion of the gate (scope-model.ts); without it only the rules and the evidence decide. */
  scopeModel?: ScopeModel;
  /** The same for questions that name the directive or a place of it (place-scope-model.ts), which the first is never asked about. */
  placeModel?: ScopeModel;
}

/** Passages a model sees: the leading article's paragraphs and the best of the next ones. */
const MODEL_PASSAGES = 10;

export const REFUSAL_MESSAGES = {
  not_in_corpus: 'I can only answer questions about the Energy Efficiency Directive (EU) 2023/1791 and the documents in the corpus, and I found nothing relevant to this question.',
  prompt_injection: 'This request tries to change how the assistant works. I only answer questions about the Energy Efficiency Directive from the corpus.',
  insufficient_context: 'The passages found do not answer this question, so I will not guess.',
} as const;

const OUT_OF_SCOPE_MESSAGES: Record<OutOfScope, string> = {
  other_act: 'I can only answer questions about the Energy Efficiency Directive (EU) 2023/1791 and the documents in the corpus; this question is about another act, which the corpus does not hold. Ask what the Energy Efficiency Directive says about it instead.',
  repealed_act: 'Directive 2012/27/EU was repealed by the Energy Efficiency Directive (EU) 2023/1791, whose rules apply instead; I answer what the current directive requires. Ask which of its articles replaced the old provision.',
  other_jurisdiction: 'I can only answer questions about the Energy Efficiency Directive (EU) 2023/1791; national schemes and the law of other jurisdictions are not in the corpus.',
  live_data: 'I answer from the text of the Energy Efficiency Directive and the documents in the corpus; I have no live market, grid or transposition data.',
  advice: 'I can explain what the Energy Efficiency Directive requires, but I do not give personal, legal, financial or investment advice.',
  unrelated: 'I can only answer questions about the Energy Efficiency Directive (EU) 2023/1791 and the documents in the corpus; device set-up and software questions are not in it.',
};

export function refusal(reason: keyof typeof REFUSAL_MESSAGES, mode: AskResult['mode'], scope?: OutOfScope): AskResult {
  return { answer: scope ? OUT_OF_SCOPE_MESSAGES[scope] : REFUSAL_MESSAGES[reason], refused: true, reason, citations: [], mode };
}

/**
 * A lead-in that only says who asks: before a colon or a dash ("quick q - ...", "Our company (Acme GmbH) asks: ..."), or a
 * first sentence introducing the asker ("I'm a lawyer at a Brussels firm. ...", "We're a Greek utility. ...").
 */
const PREAMBLE = /^(?!\s*(what|how|which|who|whom|when|where|why|does|do|can|is|are|must|may|should|could|will|would)\b)\s*[^?:]{1,70}?(:|\s[-–]{1,2})\s+(?=[^?]*\S[^?]*\?\s*$)/i;
const INTRODUCTION = /^\s*(I['’]m|I am|we['’]re|we are|this is|hello|hi)\b[^.?!:]{0,80}?[.!,:]\s+(?=[^?]*\S[^?]*\?\s*$)/i;
/**
 * The asker's role or purpose before what is asked ("Consultant here, advising a mid-size manufacturer. At what level ...?", "For an
 * explainer piece: what is the EU-wide 2030 target ...?", fresh batch K2): who asks and what for, which the scope model read as the
 * question's subject.
 */
const ROLE_OR_PURPOSE =
  /^\s*((journalist|student|consultant|lawyer|researcher|reporter|auditor|engineer|analyst|teacher|[\w-]+ officer|[\w-]+ manager)s? here\b[^?.!:]{0,80}[.,:!–-]\s+|for (an?|my|our|the|a short) ([\w-]+ ){0,3}(piece|article|explainer|thesis|essay|dissertation|report|briefing|memo|presentation|newsletter|blog( post)?|podcast|class|course|lecture|story|paper|seminar|assignment)\b[^?:]{0,40}?[:,–-]\s+)(?=[^?]*\S[^?]*\?\s*$)/i;

/** The directive as what is asked about: "what does the directive require", "does the EU law oblige". */
const DIRECTIVE_ASKED = /\b(does|do|will|would) (the|this) ((EU|new|recast) )?((energy )?efficiency )?(directive|EED|law|rules)\b/i;

/** The question without what only says who asks and where: its preamble and an aside naming the asker's country. */
function unwrapped(question: string): string {
  return withoutPreamble(withoutAskersSetting(question));
}

/**
 * The question without an introduction of the asker or an aside on where they are, which the scope model learned nothing
 * from; a lead-in before a colon stays, since it may name the topic ("Micro-CHP definition: what capacity limit?").
 */
function withoutAsides(question: string): string {
  return leftOrWhole(withoutIntroduction(withoutAskersSetting(question)).replace(ROLE_OR_PURPOSE, ''), question);
}

/** A noun the question points back to: "the plan", "this network". */
const POINTED_BACK = /\b(?:the|this|that|such) ([a-z][a-z-]{2,})\b/gi;

/**
 * The question without an introduction of the asker, unless the question points back to a noun of it: in "We're helping the City of
 * Ghent draft its local heat plan. Which kinds of efficiency potential does the plan have to estimate and map?" (fresh batch T1) the
 * introduction names what "the plan" is, and the question alone read to the scope model as another subject.
 */
function withoutIntroduction(question: string): string {
  const introduction = INTRODUCTION.exec(question);
  if (!introduction) return question;
  const rest = question.slice(introduction[0].length);
  const introduced = new Set(words(introduction[0]).map(stem));
  return [...rest.matchAll(POINTED_BACK)].some((match) => introduced.has(stem(match[1]))) ? question : rest;
}

export function withoutPreamble(question: string): string {
  return leftOrWhole(question.replace(PREAMBLE, '').replace(INTRODUCTION, ''), question);
}

/** The fewest characters a stripped question must keep to be judged on its own ("is it?" is not a question to judge). */
const MIN_LEFT_CHARS = 15;

/** What stripping left of a question, or the whole question when too little is left. */
function leftOrWhole(rest: string, question: string): string {
  return rest.length >= MIN_LEFT_CHARS ? rest : question;
}

/** The question names an article or annex that retrieval found in the corpus: always in scope. */
function namesHeldArticle(question: string, chunks: readonly RetrievedChunk[]): boolean {
  const mentions = new Set(articleMentions(question));
  return chunks.some((chunk) => mentions.has(heldPlace(chunk.metadata) ?? ''));
}

/** A user's own uploaded document leads retrieval: the learned models know the directive's subject, not the upload's. */
function uploadLeads(chunks: readonly RetrievedChunk[]): boolean {
  return chunks[0]?.metadata.source === 'uploaded';
}

/**
 * None of the domain's words and no rule asked ("world cup 2026 host cities"): a short request matches a passage on its one shared
 * word or year, so however well it matches, the scope model judges it.
 */
function asksNothingOfTheDomain(evidence: GateEvidence): boolean {
  return !evidence.domain && !evidence.aboutARule;
}

/**
 * The scope model judges only questions that no passage matches strongly (GateSettings.scopeModelBelow) and that no
 * user's own uploaded document leads: it learned the directive's subject, not the subject of whatever a user uploads.
 */
function learnedOffTopic(model: ScopeModel, question: string, chunks: readonly RetrievedChunk[], best: number, gate: GateSettings): boolean {
  if (best >= gate.scopeModelBelow || uploadLeads(chunks)) return false;
  return judgedOffTopic(model, question);
}

/**
 * A question naming the directive or one of its places is judged by the place model whatever its passages: the near misses
 * that cite an article borrow that article's words, so their passages match well. Never where the user's own upload leads.
 */
function learnedOffTopicOfPlace(model: ScopeModel, question: string, chunks: readonly RetrievedChunk[]): boolean {
  return !uploadLeads(chunks) && placeJudgedOffTopic(model, question);
}

/**
 * Passages too weak for the gate's rules still answer where the scope model is sure the question is the directive's
 * (scope-model.ts VOUCHED_IN_SCOPE_PROBABILITY) and the best of them matches as well as a domain question needs; never
 * where the user's own upload leads, whose subject the model did not learn.
 */
function vouchedOnWeakPassages(model: ScopeModel | undefined, question: string, chunks: readonly RetrievedChunk[], best: number, gate: GateSettings): boolean {
  if (!model || best < gate.domainSimilarity || uploadLeads(chunks)) return false;
  return vouchedInScope(model, question);
}

/** "11(2)" -> "Article 11, paragraph 2": no brackets inside the passage label, which is itself in brackets. */
function paragraphInWords(paragraph: string): string {
  return paragraph.replace(/^(\d+)\((\d+)\)$/, 'Article $1, paragraph $2').replace(/^(\d+)$/, 'Article $1').replace(/^(Annex [IVXLC]+)\((\d+)\)$/, '$1, paragraph $2');
}

export function formatContext(chunks: readonly RetrievedChunk[]): string {
  return chunks
    .map((chunk, i) => {
      const { source, title, article, paragraph, articleTitle } = chunk.metadata;
      const origin = source === 'official' ? 'official text' : source === 'bundled' ? 'bundled notes' : `uploaded document "${title}", not verified as the law`;
      const where = paragraph ? paragraphInWords(paragraph) : article;
      const label = [origin, where, articleTitle].filter(Boolean).join(' | ');
      return `[${i + 1}] (${neutralise(label)})\n${neutralise(chunk.text)}`;
    })
    .join('\n\n');
}

/**
 * retrieve -> relevance gate -> (refusal | extractive | prompt -> chat model -> cited answer), as one
 * RunnableSequence. The model branch falls back to the extractive answer, flagged degraded, on any error
 * or timeout; the gate and the injection check run before any model is called.
 */
export function buildComplianceChain(deps: ChainDependencies): Runnable<string, AskResult> {
  const mode: AskResult['mode'] = deps.model ? 'llm' : 'extractive';
  // What is asked is the message without its e-mail wrapping and its answer framing (answer-framing.ts), in lower case if it was
  // typed in capitals, with a paragraph typed without its article's word named as one ("26(6)?"), and with a long word's slip of the
  // keyboard repaired (typo-repair.ts); the injection check reads it as it was written.
  const retrieve = RunnableLambda.from(async (written: string) => {
    const unwrappedQuestion = withBareParagraphsNamed(unshouted(withoutAnswerFraming(withoutMailWrapping(written))));
    const question = deps.knowsWord && deps.hasWordForm ? withTyposRepaired(unwrappedQuestion, { knows: deps.knowsWord, hasForm: deps.hasWordForm }) : unwrappedQuestion;
    return { question, written, chunks: await deps.retrieve(question) };
  }).withConfig({ runName: 'retrieve' });
  const gate = RunnableLambda.from(async (input: { question: string; written: string; chunks: RetrievedChunk[] }): Promise<GatedRetrieval> => {
    if (looksLikeInjection(input.written)) return { ...input, refusal: refusal('prompt_injection', mode) };
    // Another act is judged with this directive named where the asker closed the question ("The recast buildings directive talks about
    // whole-life carbon. For a new town hall tender, can we ask bidders to disclose embodied-carbon style information under the EED?", fresh
    // batch U1): cut, the framing leaves the other act alone in the question, though it says which act is asked.
    const scope = outOfScope(input.question);
    const underIt = scope === 'other_act' ? askedUnderTheDirective(unshouted(withoutMailWrapping(input.written)).trim()) : undefined;
    if (scope && (underIt === undefined || outOfScope(underIt) !== undefined)) {
      return { ...input, refusal: refusal('not_in_corpus', mode, scope) };
    }
    // The directive's make-up asked for as such ("What are the annexes of the directive?"), its places retrieved: the corpus holds it.
    if (outlineAsked(input.question) && input.chunks.length > 0) return input;
    // What the learned judges and the checks below read: without another act the asker sets aside ("Leaving the EPBD's renovation
    // obligations aside, does a municipality ... have to look at energy performance contracting?", fresh batch V2), whose name the models
    // learned as off-topic and the corpus does not know, as the scope rules read it. The judges' reading is worked out once for the three of them.
    const unsetAside = withoutOtherActSetAside(input.question).trim();
    const judgedByModels = withoutAsides(unsetAside);
    if (deps.placeModel && learnedOffTopicOfPlace(deps.placeModel, judgedByModels, input.chunks)) return { ...input, refusal: refusal('not_in_corpus', mode) };
    if (namesHeldArticle(input.question, input.chunks)) return input;
    // Judged in the directive's words: "the DSO's grid losses" is not a question about an unknown act called "DSO",
    // and "must our bakery with 3 staff have an audit?" asks about SMEs (entity-vocabulary).
    const plain = inDirectiveWords(inDirectiveCategories(unsetAside));
    // An unknown acronym in a question on what this directive requires ("does the EED force municipalities to put measures
    // into their SECAP?") is the asker's word for their own plan or tool; other acts named as such the scope rules refused.
    // An acronym named only in the scene the asker sets ("We already have a SECAP (Covenant of Mayors). Are we obliged to
    // draw up a local heat plan?") is theirs: what is asked, where it asks one of this directive's rules, is judged alone.
    // So is one in the asker's introduction of themselves ("I'm researching for an MEP: what is the EU's 2030 ceiling ...?"),
    // and one in the statements before a question sentence that asks a rule ("... the pipeline from our BMS and DCIM to the
    // national platform. Which indicators does the directive list that must be monitored?").
    const judged = askedOfItsOwn(plain) ?? askedRuleAfterScene(plain) ?? withoutPreamble(plain);
    // Nor is another act's short name ("RED Article 15(7)") in a question whether one of this directive's instruments must take
    // that act into account ("Does our comprehensive heating and cooling assessment have to come with ...?").
    // This directive named only in the scene ("The EED says support for cogeneration is subject to State aid rules. What does the CEEAG
    // require ...?") does not make an unknown act asked after it the asker's own word.
    // Nor is one named only in statements before the question sentences, which name none ("VEKA, the Flemish energy agency, says our regional
    // portfolio hit 4.6 % renovated floor area in 2025. ... Can we bank the extra for later years?", fresh batch T10): the asker's agency or tool.
    const { knowsWord } = deps;
    const unknownAsked =
      knowsWord !== undefined &&
      !asksOfThisDirective(judged) &&
      !asksOwnDutyTowardsAnotherAct(input.question) &&
      [judged, askedSentences(judged)].every((part) => namesUnknownInstrument(part, knowsWord));
    if (unknownAsked) return { ...input, refusal: refusal('not_in_corpus', mode) };
    // A national scheme's name quoted in its own language is refused, unless a question sentence after it asks what the directive
    // itself requires: 'Transformationsplan' heard at a meeting, before "What exactly does the directive require from an existing
    // network?", is the asker's rumour; "Which thresholds trigger it, and does an audit done for the EED count?" asks of the scheme.
    const ofTheDirective = askedRuleAfterScene(input.question);
    const quotedJudged = ofTheDirective !== undefined && DIRECTIVE_ASKED.test(ofTheDirective) ? ofTheDirective : input.question;
    if (deps.knowsWord && quotesNameInOwnLanguage(quotedJudged, deps.knowsWord)) return { ...input, refusal: refusal('not_in_corpus', mode) };
    // Practitioners' jargon is itself evidence of the domain: its other words ("our warehouse", "the kit") may be unknown.
    // Judged without a preamble that only says who asks ("My colleague asked me this:", "Our company (Acme GmbH) asks:")
    // or an aside that says where ("..., here in the Netherlands?").
    // The question sentences are judged alone too: a scene's names and tools ("an economist at the Latvian economy ministry replicating the
    // formula in a Python notebook. Which factors set the national ambition level?", fresh batch S8) are the asker's words, not the corpus's.
    const asked = unwrapped(plain);
    const sentences = askedSentences(asked);
    const knownShare = Math.max(deps.knownShare(plain), asked === plain ? 0 : deps.knownShare(asked), sentences === asked ? 0 : deps.knownShare(sentences), vocabularyTerms(input.question).length > 0 ? deps.gate.minKnownShare : 0);
    let gated: GatedRetrieval = input;
    let evidence = gateEvidence(input.chunks, knownShare, plain);
    // The wrapper's words also dilute what retrieval matched: a question that fails with them is retrieved again without.
    if (!passesGate(evidence, deps.gate)) {
      const question = unwrapped(input.question);
      if (question !== input.question) {
        gated = { ...input, chunks: await deps.retrieve(question) };
        evidence = gateEvidence(gated.chunks, knownShare, plain);
      }
    }
    if (!passesGate(evidence, deps.gate) && !vouchedOnWeakPassages(deps.scopeModel, judgedByModels, gated.chunks, evidence.best, deps.gate)) {
      return { ...input, refusal: refusal('not_in_corpus', mode) };
    }
    // A passage matching well vouches for a question by itself, unless the match may rest on one shared word or year.
    const vouchedByPassage = asksNothingOfTheDomain(evidence) ? 0 : evidence.best;
    // A rule of this directive asked after a scene ("Vattenfall's Berlin network blends gas CHP ... The planning team is testing scenarios in
    // energyPRO. From 2028 onwards, which combinations qualify a system as efficient district heating under the EED?", fresh batch T7) is
    // off-topic only if the question sentences alone read so too: the scene's firms and tools are the asker's.
    // Read as written: the answer framing cut from what is asked may be the very name ("..., under the EED?").
    const { scopeModel } = deps;
    if (scopeModel && learnedOffTopic(scopeModel, judgedByModels, gated.chunks, vouchedByPassage, deps.gate)) {
      const askedOfIt = directiveRuleAskedAfterScene(input.written);
      if (askedOfIt === undefined || learnedOffTopic(scopeModel, askedOfIt, gated.chunks, vouchedByPassage, deps.gate)) {
        return { ...input, refusal: refusal('not_in_corpus', mode) };
      }
    }
    return gated;
  }).withConfig({ runName: 'relevance_gate' });
  const extractive = RunnableLambda.from((g: GatedRetrieval) => extractiveAnswer(g.question, g.chunks, deps.weight)).withConfig({ runName: 'extractive_answer' });
  const refused = RunnableLambda.from((g: GatedRetrieval) => g.refusal as AskResult);
  const answer = deps.model ? modelAnswer(deps.model, deps.weight, deps.modelTimeoutMs) : extractive;
  return RunnableSequence.from<string, AskResult>([
    retrieve,
    gate,
    RunnableBranch.from<GatedRetrieval, AskResult>([[(g: GatedRetrieval) => g.refusal !== undefined, refused], answer]),
  ]).withConfig({ runName: 'compliance_chain' });
}

function modelAnswer(model: BaseChatModel, weight?: TermWeight, timeoutMs?: number): Runnable<GatedRetrieval, AskResult> {
  const generate = RunnableSequence.from([
    RunnableLambda.from((g: GatedRetrieval) => ({ context: formatContext(g.chunks.slice(0, MODEL_PASSAGES)), question: neutralise(g.question) })),
    ANSWER_PROMPT,
    model,
    new StringOutputParser(),
  ]);
  const cite = RunnableLambda.from(async (g: GatedRetrieval, config): Promise<AskResult> => {
    const text = (await generate.invoke(g, timeoutMs === undefined ? config : { ...config, timeout: timeoutMs })).trim();
    if (text.length === 0) throw new Error('The model returned an empty answer.');
    if (text.includes(INSUFFICIENT_CONTEXT)) return refusal('insufficient_context', 'llm');
    const { answer, citations } = citedOnly(text, g.chunks.slice(0, MODEL_PASSAGES));
    // An answer that cites nothing is not grounded in the passages; the extractive answer is.
    if (citations.length === 0) throw new Error('The model answer cites no passage.');
    return { answer, refused: false, citations: withFurtherCitations(citations, g.chunks), mode: 'llm' };
  }).withConfig({ runName: 'llm_answer' });
  const degraded = RunnableLambda.from((g: GatedRetrieval): AskResult => ({ ...extractiveAnswer(g.question, g.chunks, weight), degraded: true })).withConfig({ runName: 'degraded_answer' });
  return cite.withFallbacks([degraded]);
}
