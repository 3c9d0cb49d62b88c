import { withoutMarkdown } from '../corpus/legal-text-clean.js';

/**
 * A sentence fit to stand in an answer: without the paragraph number or point letter it started with, without
 * a note's short run-in label ("Savings rates. ..."), without Markdown, footnote markers or OJ references.
 */
export function cleanSentence(raw: string): string {
  let text = withoutMarkdown(raw).replace(/\s+/g, ' ').trim();
  // An annex's numbered point is often a noun phrase ("6. a forecast of trends in the demand ..."): without its number it
  // starts a sentence of its own, capitalised, rather than reading as the tail of a broken one.
  text = text.replace(/^(\d{1,2}\.|\(\d{1,2}\)(?=\s+[A-Z]))\s+([a-z])?/, (_number, _label, first?: string) => first?.toUpperCase() ?? '');
  // A note paragraph's run-in label: "Savings rates. For the first period..." (2-6 capitalised words then a full stop).
  text = text.replace(/^([A-Z][\w'’-]*(?:\s+[\w'’()-]+){0,5})\.\s+(?=[A-Z])/, (label, words: string) => (/\b(shall|must|may|is|are)\b/.test(words) ? label : ''));
  // An annex's part heading run into the lead-in before it ("... based on the following: Part I OVERVIEW OF HEATING AND COOLING").
  text = text.replace(/\s+Part [IVX]+\s+[A-Z][A-Z ,'’-]{5,}$/, '');
  text = text.replace(/\s*\(OJ [LC][^)]*\)\.?/g, '').replace(/(?<=[a-z%)])\(\d{1,3}\)(?=[\s,.;:])/g, '');
  return text.trim();
}

/**
 * A heading the official text runs into the sentence it heads ("Billing based on actual consumption In order to ...",
 * "(b) Costs and benefits The costs ..."): two to ten words, capitalised noun first (not "During", "Provided", "The"), then
 * a capitalised word that opens the sentence. It is kept when it has a verb or ends in a word that needs the next.
 */
const RUN_IN_HEADING =
  /^(?:\([a-z]\)\s+)?((?!(?:During|Regardless|Provided|Subject|In|By|For|Where|When|Until|From|After|Before|Without|With|Under|If|Unless|Once|Since|As|At|On|The|A|An|It|They|Such|This|That|Those|These|Each|All|Any|No|Only|Both|Either)\b)[A-Z][a-z]+(?:\s+(?:[a-z][\w-]*|CO2|GHG)){1,9})\s+(?=(?:Member States|The|Where|Until|From|In order|Final|Heat|Energy|Billing|Information|Such|This|That|Those|These|For)\b)/;

/**
 * A sentence as an answer shows it, without an annex heading run into it ("Minimum information contained in the bill
 * Member States shall ..."). Only the shown text loses it: the heading's words still tell the scorer what the sentence
 * is about.
 */
export function withoutRunInHeading(text: string): string {
  return text.replace(RUN_IN_HEADING, (heading: string, words: string) => (hasVerb(words) || /\b(the|of|and|or|in|to|for|on)$/i.test(words) ? heading : ''));
}

/** Whether a sentence has one of the verbs a rule is stated with (a heading, a label or a table's cells have none). */
export function hasVerb(sentence: string): boolean {
  return /\b(shall|must|may|is|are|was|were|has|have|be|been|can|will|does|do|appl(y|ies)|means?|requires?|includes?|covers?|gets?|needs?)\b/i.test(sentence);
}

/** Headings, stubs and tails: "Article 11", "(a)", "p. 1).", a cross-reference stub "as referred to in". */
export function isFragment(text: string): boolean {
  // A dash point ("— Guaranteed savings to be achieved ...") is judged by its words, as "(a) ..." is.
  const sentence = text.replace(/^[—–•]\s+/, '');
  const words = sentence.split(/\s+/).filter(Boolean);
  // A list or dash point, however short ("(a) time-of-use tariffs;", "(b) from 1 January 2026: 150 grams/kWh;"), is a
  // point of its list; a dash point may open in lower case ("— cogeneration units in operation before ...").
  if (!isListPoint(text)) {
    if (words.length < 6) return true;
    // A label restating a heading ("Energy management system above 85 TJ.") has no verb, nor has a note's longer block
    // label naming its article ("Energy poverty share of the savings obligation (Article 8).").
    if (!hasVerb(sentence) && (words.length < 8 || (words.length < 12 && /\((Article|Annex) [\dIVXLC]+[a-z]?(\(\d+\))?\)\.$/.test(sentence)))) return true;
    // A note's label put as a question without its mark ("Who can be an obligated party.", "When a gas meter must be provided.",
    // "How often: the minimum frequency of billing ...", fresh batch I4): it names what follows, it answers nothing.
    if (/^(Who|What|When|How|Which|Where|Why|Whether)\b[^.?!]*\.$/.test(sentence) && words.length < 12) return true;
    // Any other sentence opening in lower case is the tail of a broken one.
    if (!/^[A-Z(‘'"0-9]/.test(sentence)) return true;
  }
  if (/^(p\.|OJ\b|\(OJ)/.test(sentence) || /\bp\.\s*\d*\)?\.?$/.test(sentence)) return true;
  if (/^(Article|Annex|CHAPTER|SECTION)\s+[\dIVXLC]+\s*$/i.test(sentence)) return true;
  // An annex's part heading: "Part IV POTENTIAL NEW STRATEGIES AND POLICY MEASURES".
  if (/^Part [IVX]+\s+[A-Z][A-Z ,'’-]{5,}\.?$/.test(sentence)) return true;
  return sentence === sentence.toUpperCase() && /[A-Z]{4}/.test(sentence);
}

/** Our notes' framing ("For grid operators, Article 27 matters because ...", "Article 8 sets ..."): explains, states no rule. */
export function isMetaSentence(sentence: string): boolean {
  // "For grid operators, Article 27 means ..." frames; "For public bodies in units of under 5 000 inhabitants, the
  // exclusion lasts until 31 December 2029" states a rule.
  return /^(for (grid|network|energy|system|district|public|data|transmission|distribution)[\w\s-]{0,40}(operators?|companies|suppliers|bodies|managers|officers)\b[^.;:]{0,80}, (the )?(article|annex)\b|(this|the) (article|annex|note|provision) (sets|is|covers|matters|explains|describes)|(article|annex) [\dIVXLC]+ (sets|is|covers|matters|lays|deals|explains|describes)|of direct interest|in practice|see also|note that|this note)/i.test(sentence) || /\bmatters (to|for) \w+ because\b/i.test(sentence);
}

/** A sentence that only states a special case for some Member States or installations. */
export function isDerogation(sentence: string): boolean {
  return /^(by way of derogation|notwithstanding|cyprus and malta|for cyprus|for malta|member states may (exempt|exclude|decide not|apply requirements that are less)|(this|that|the) (obligation|paragraph|requirement)s?( laid down in [^,]{0,30})? shall not (apply|include))/i.test(sentence.replace(/^\(?[a-z0-9]{1,4}[.)]\s+/, ''));
}

/**
 * A back-reference early in a sentence, after a preposition: "Costs resulting from the assignment of that task to a third
 * party ..." (the task the sentence before names), "... on the basis of those indicators ...". "This" is left out: "of
 * this Directive", "of this Article" refer to the act, not the sentence before.
 */
const EARLY_BACK_REFERENCE = /^[^.;:]{0,80}\b(of|to|for|in|by|under|with|from|on) (that|those|such|these) (task|tasks|obligation|obligations|requirement|requirements|measures?|plans?|assessments?|information|reports?|costs?|systems?|devices?|services?|persons|entities|bodies|contracts?|schemes?|indicators|criteria|rules|cases?|data|savings|amounts?)\b/i;

/**
 * A sentence that opens on a period or date the sentence before sets: "During that transitional period, Member States may
 * use estimated data" (the period's end is in the sentence before), "By that date, ...", "Until then, ...". A purpose or
 * basis ("To that end, the Commission shall submit by 30 March 2024 a report") carries its own fact: the sentence before
 * would only take the answer's room.
 */
const OPENS_ON_PREVIOUS_TIME =
  /^(during|after|before|until|till|within|by|from|throughout|over|following|at the end of) (that|those|this|such|the same) (transitional |transition |initial |first |reference )?(period|periods|date|dates|deadline|time|year|years|phase|month|months)\b|^(until|by|before|after|since) then\b/i;

/** A sentence that leans on the one before it ("Such audits...", "That obligation...", "In those cases..."). */
export function leansOnPrevious(sentence: string): boolean {
  if (EARLY_BACK_REFERENCE.test(sentence)) return true;
  const opening = sentence.replace(/^\(?[a-z0-9]{1,4}[.)]\s+/, '');
  if (OPENS_ON_PREVIOUS_TIME.test(opening)) return true;
  return /^(such|that|those|this|these|it|they|in (that|those|such) cases?|where (they|it) so|the (enterprises|data centres|operators|member states|plan|analysis|action plan) (concerned|referred to)|the (enterprises|undertakings|operators|owners|suppliers|installations|data centres) (must|shall|may|have to|are required))\b/i.test(opening);
}

/**
 * A sentence whose case is the one the sentence before it states ("In those cases ...", "In such a case ...", "Where it
 * does so, ..."): a narrower reading than leansOnPrevious, whose words it shares, for sentences that hold a rule only of
 * that case.
 */
export function takesCaseFromPrevious(sentence: string): boolean {
  return /^(in (that|those|such|this) (case|cases|event|situation)|in such a case|where (they|it) (do|does) so)\b/i.test(sentence);
}

/**
 * A sentence early in which a subject is the one "referred to in the first subparagraph": "Member States shall ensure
 * that the enterprises referred to in the first subparagraph have an energy management system in place at the latest by
 * 11 October 2027" says which enterprises only through the paragraph's opening sentence (above 85 TJ). Not "the first
 * subparagraph of paragraph 2" or "of Article 8(1)", which point elsewhere.
 */
export function refersToFirstSubparagraph(sentence: string): boolean {
  return /^[^.;:]{0,100}\b(referred to|mentioned|set out|laid down) in the first subparagraph\b(?!,? (of|in) (paragraph|article|point|annex)\b)/i.test(sentence);
}

/** A sentence announcing a list ("... equivalent to:", "... the annual rates below"): its points must follow. */
export function announcesList(sentence: string): boolean {
  return /:\s*$/.test(sentence) || /\b(below|as follows|the following)\W*$/i.test(sentence);
}

/**
 * What points forward to a list: "as follows", "the following" unless it is a time ("the following two years", "into the
 * following obligation period"), and "below" after what a text lists or sets out ("the annual rates below", "as indicated
 * below"), not a level ("below 1 MWe", "below the thresholds").
 */
const POINTS_FORWARD =
  /\bas follows\b|\bthe following\b(?!\s+(\w+\s+)?(years?|periods?|months?|days?|weeks?|decades?|seasons?|obligation periods?|calendar years?|billing periods?|heating seasons?|subparagraph)\b)|\b(set out|listed|specified|given|shown|laid down|indicated|described|presented|mentioned|referred to|rates|table|values|list|criteria|points|conditions|provisions|formula|figures|methods?)\s+below\b/i;

/** "... at least equal to the annual rates below; ...": a sentence that points at a list it does not hold. */
export function refersForward(sentence: string): boolean {
  return POINTS_FORWARD.test(sentence) && !announcesList(sentence);
}

export function isListPoint(raw: string): boolean {
  return /^\s*\(([a-z]|[ivx]+|\d{1,2})\)\s/.test(raw) || isDashPoint(raw);
}

/**
 * How deep each sentence sits as the official text nests its lists: an annex's numbered items hold lettered points,
 * which hold roman ones, which hold dash points; a sentence that is no point is their top (0). "(i)", "(v)" and "(x)"
 * are letters where they follow "(h)", "(u)" and "(w)" in turn, and roman where they open a lead-in's points or follow
 * "(iv)" or "(ix)" (Annex V's "(h) ... except for policy measures: (i) ... (ii) ... (i) energy savings ...").
 */
export function listDepths(raws: readonly string[]): number[] {
  const before: Record<string, string> = { i: 'h', v: 'u', x: 'w' };
  let letter = '';
  let previous = '';
  return raws.map((raw, index) => {
    const label = /^\s*\(([a-z]{1,4}|\d{1,2})\)\s/.exec(raw)?.[1];
    const opensPoints = index > 0 && announcesList(raws[index - 1]);
    let depth: number;
    if (label === undefined) depth = isDashPoint(raw) ? 4 : 0;
    else if (/^\d/.test(label)) depth = 1;
    else if (/^[ivx]+$/.test(label) && !(label.length === 1 && letter === before[label] && !opensPoints && !/^(iv|ix)$/.test(previous))) depth = 3;
    else depth = 2;
    if (depth === 2 && label) letter = label;
    if (label) previous = label;
    return depth;
  });
}

/** "— Guaranteed savings to be achieved ...": the official text's dash points, as Annexes XI and XV list their items. */
export function isDashPoint(raw: string): boolean {
  return /^\s*[—–•]\s/.test(raw);
}

/**
 * "Member States shall take into account the requirements set out in paragraph 3 of this Article": a sentence whose
 * duty is what another paragraph of its article says. Returns that paragraph's number, or undefined.
 */
export function pointedParagraph(sentence: string): number | undefined {
  const match = /\b(take|taking|takes) into account|\b(meets?|comply with|complies with|fulfils?|satisf(y|ies)|in accordance with|in compliance with|respects?|appl(y|ies))\b/i.exec(sentence);
  if (!match) return undefined;
  const pointer = /^\s+(the|all|those)\s+(\w+\s+){0,2}?(requirements|conditions|criteria|information|elements|items|factors|circumstances|obligations|rules|measures|principles)\s+(set out|laid down|referred to|listed|specified|provided for)\s+in\s+paragraph\s+(\d{1,2})(?!\s*(,\s*(point|subparagraph)|of Article|\(| or| and))/i.exec(sentence.slice(match.index + match[0].length));
  return pointer ? Number(pointer[5]) : undefined;
}
