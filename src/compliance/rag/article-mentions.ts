import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { words } from '../embeddings/text-terms.js';

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** "xiv" -> 14: a numeral in lower case, subtractive forms included. */
export function romanToInt(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]] ?? 0;
    const next = ROMAN[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function intToRoman(value: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let roman = '';
  for (const [n, symbol] of table) while (rest >= n) { roman += symbol; rest -= n; }
  return roman;
}

/** How a recital of the preamble is labelled: "Recital 30". */
const RECITAL = 'Recital ';

/** The repealed Directive 2012/27/EU itself, named by number or in words: "2012/27/EU", "the old directive", "the 2012 law". */
export const OLD_DIRECTIVE_ITSELF =
  /\b2012\/27(\/EU)?\b|\b(old|previous|repealed|former|2012)\s+(energy efficiency\s+|efficiency\s+)?(directive|EED)\b|\b2012\s+(energy efficiency\s+|efficiency\s+)?(law|act|text|version|rules)\b|\bEED\s*2012\b/i;
/** The old directive by name, or by its numbering: "old Article 9", "the 2012 numbering", "former Annex VII". */
export const OLD_DIRECTIVE = new RegExp(
  String.raw`${OLD_DIRECTIVE_ITSELF.source}|\bused\s+to\s+be\s+(art\.|article)|\b(old|former|repealed|2012)\s+(arts?\.?|articles?|annex(es)?|numbering|article\s+numbers)(?![a-z])`,
  'i',
);
/** What follows an article number: "of Directive 2010/31/EU", "of the GDPR", "(3), point (b), of Regulation ...". */
const OF_ACT = /^\s*(?:\(\d+\)\s*)?(?:,?\s*(?:point|first|second|third|subparagraph)[^,.;?]{0,30},?\s*)?of\s+(?:the\s+)?([^,.;?]{1,60})/i;
const THIS_ACT = /^(this\b|directive\s*(?:\(?eu\)?\s*)?2023\/1791|eed\b|energy efficiency directive|directive\s+2012\/27|(?:the\s+)?directive\b(?!\s*\(?(?:eu|ec)?\)?\s*\d))/i;

/** The end of a run of articles: "Articles 13 to 20", "Arts. 14-16". */
const RANGE_END = /^\s*(?:to|through|until|-|–)\s*\d/i;
/**
 * A place named as the yardstick another rule measures against ("how far above the Annex I formula result may we set
 * our contribution?"): the rule asked about is elsewhere (Article 4(4)), so the named place does not lead.
 */
const YARDSTICK_BEFORE = /\b(above|higher|lower|below|deviat\w*|differ\w*|exceed\w*|beyond)\b[^?.]{0,25}$/i;

/** Other acts' short names, before an article number and as the act "its" looks back to ("RED Article 15(7)", "the RED ... its Article 15(7)"). */
const OTHER_ACT_SHORT_NAMES = String.raw`RED(?:\s+I{1,3}|\s?[23])?|EPBD|ETS\s?2?|GDPR|CSRD|ESPR`;
/**
 * Another act named just before the number: "Regulation 2019/943 Article 18", "the ETS Directive's Annex I", "Directive
 * (EU) 2018/2001, Article 15". Not this directive (2023/1791) nor the repealed one, whose numbers have their own path.
 */
const OTHER_ACT_BEFORE = new RegExp(
  String.raw`\b(?:(?:regulation|directive|decision)\s*(?:\((?:eu|ec|eec)\)\s*)?(?:no\.?\s*)?(?!2023\/1791|2012\/27)\d{2,4}\/\d{1,4}(?:\/(?:eu|ec|eec))?|(?:ETS|RED|EPBD|GDPR|CSRD|ESPR|taxonomy|renewables?|buildings?|electricity|gas)\s+(?:directive|regulation)|\b(?:${OTHER_ACT_SHORT_NAMES}|SFDR|NIS\s?2|CRR))(?:['’]s)?[\s,]*$`,
  'i',
);

/** Another act's short name right after the number: "its Article 24(4) RED measures", "Article 9 EPBD". */
const OTHER_ACT_AFTER = new RegExp(String.raw`^\s*(?:\(\d+\)\s*)*(?:\([a-z]\)\s*)?(?:${OTHER_ACT_SHORT_NAMES})\b`);

/**
 * "For the amending directive 2018/2002, ... (its Article 1, points 5-10)": "its" refers back to another act the question
 * has named by number.
 */
const ITS_BEFORE = /\bits\s*\(?\s*$/i;
const OTHER_NUMBERED_ACT = /\b(?!2023\/1791|2012\/27)(19|20)\d{2}\/\d{1,4}\b/;
/**
 * "The renewables directive (RED) requires an assessment under its Article 15(7)": another act named by its usual name in the
 * sentence before "its", with this directive not named after it.
 */
const OTHER_ACT_BY_NAME = new RegExp(
  String.raw`\b(${OTHER_ACT_SHORT_NAMES}|(renewable energy|renewables?|(energy performance of )?buildings?|electricity( market)?|gas( market)?|emissions trading|ecodesign|energy labelling|industrial emissions) (directive|regulation))\b`,
  'gi',
);
const THIS_BY_NAME = /\b(EED|(energy )?efficiency directive|this directive|2023\/1791)\b/i;

/** "its Article 15(7)" after another act named in the same sentence, by number or by its usual name. */
function itsOtherAct(before: string): boolean {
  if (!ITS_BEFORE.test(before)) return false;
  if (OTHER_NUMBERED_ACT.test(before)) return true;
  // "its" looks back within its own sentence.
  const sentence = before.split(/[.?!]\s+/).pop() ?? before;
  const named = [...sentence.matchAll(OTHER_ACT_BY_NAME)].pop();
  return named !== undefined && !THIS_BY_NAME.test(sentence.slice((named.index ?? 0) + named[0].length));
}

/** "Article 7 of Directive 2010/31/EU", "Article 5 of the GDPR", "Regulation 2019/943 Article 18": a mention of another act. */
function belongsToOtherAct(before: string, after: string): boolean {
  if (OTHER_ACT_BEFORE.test(before)) return true;
  if (itsOtherAct(before)) return true;
  if (OTHER_ACT_AFTER.test(after)) return true;
  const act = OF_ACT.exec(after);
  return act !== null && !THIS_ACT.test(act[1].trim());
}

interface Correlation {
  map: Record<string, string[]>;
  /** An old article split between new ones, by paragraph ("Article 14(3)" went to Article 25, "Article 14(5)" to 26). */
  paragraphs: Record<string, string[]>;
}
let correlation: Readonly<Correlation> | undefined;

function correlationData(): Readonly<Correlation> {
  correlation ??= JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'correlation-2012-27.data.json'), 'utf8')) as Correlation;
  return correlation;
}

function currentLabels(oldLabel: string): string[] {
  return correlationData().map[oldLabel] ?? [];
}

/**
 * Where the old paragraphs a question names went, where their article was split ("Old EED Article 14(3)": Article 25,
 * not Article 26 where most of old Article 14 went), by old article.
 */
function currentLabelsOfParagraphs(question: string): Map<string, string[]> {
  const { paragraphs } = correlationData();
  const places = new Map<string, string[]>();
  for (const m of question.matchAll(/\b(?:articles?|arts?\.?)\s*(\d{1,2}[a-c]?)\s*\((\d{1,2})\)/gi)) {
    const labels = paragraphs[`Article ${m[1]}(${m[2]})`];
    if (labels) places.set(`Article ${m[1]}`, [...(places.get(`Article ${m[1]}`) ?? []), ...labels]);
  }
  return places;
}

/** The directive as a whole, however the asker names it: "the directive", "this law", "the recast EU energy efficiency law". */
const WHOLE_ACT = String.raw`(the|this|our) ((recast|new|revised|eu|european|energy[- ]efficiency|efficiency|whole|2023\/1791) ){0,3}(directive|eed|law|legislation)`;
const PURPOSE_OF_THE_ACT = new RegExp(
  [
    String.raw`\b(purpose|aims?|objectives?|goals?|subject[- ]matter) of ${WHOLE_ACT}\b`,
    String.raw`\bwhat (is|are) ${WHOLE_ACT}('s|s)? (main |overall )?(purpose|aims?|objectives?|goals?)\b`,
    String.raw`\bwhat (is|does) ${WHOLE_ACT} (all )?(about|for|aim\w*|seek\w*)\b`,
    String.raw`\b${WHOLE_ACT}\b[^?]{0,40}\b(trying|meant|intended|designed|aim\w*|seek\w*|supposed) to (achieve|accomplish|do)\b`,
    // The whole act asked for in outline, or for whom it is ("Give me an overview of the EED", "Who does the EED apply to?").
    String.raw`\b(overview|summary|outline|rundown|gist) of ${WHOLE_ACT}\b|\bsummari[sz]e ${WHOLE_ACT}\s*[?.!]?\s*$`,
    String.raw`\b(who|what|whom) (does|do) ${WHOLE_ACT} (apply|cover|regulate)\w*\b|\bwhat is the scope of ${WHOLE_ACT}\b|^\s*(explain|tell me about|describe|what is) ${WHOLE_ACT}\s*[?.!]?\s*$`,
  ].join('|'),
  'i',
);

/**
 * What the directive as a whole sets out to do, covers or is in outline is its subject matter and scope, Article 1, whatever article
 * its words resemble ("Give me an overview of the EED" was answered from Annex X's "overview" of national policies).
 */
export function asksWhatTheDirectiveIsFor(question: string): boolean {
  return PURPOSE_OF_THE_ACT.test(question);
}

/**
 * "Can the Commission revise the savings calculation methods in Annex V to reflect new technology by itself, without a full
 * legislative procedure?", "Can the Commission revise those values itself?": its power to adapt the annexes and the primary energy factor by delegated act is Article 33's
 * (paragraph 2); the annex is only what it would change. Asked in batches F, G and H, each time led by the annex. Not the
 * periodic revision of the default coefficients "on the basis of observed data" (Article 31(7)), nor a question that
 * names no power of its own ("will the Commission update the factor for new technology?"), nor the delegation's own
 * procedure (how long it lasts, objecting to or revoking it: Article 34).
 */
const CHANGED_BY_THE_COMMISSION =
  /^(?![^?]*\b(how often|every \w+ years|observed|real-world|actual data|object\w*|veto\w*|block\w*|revo\w*|how long|lapse\w*|expir\w*|extend\w*|periods?)\b)[^?]*\b(Commission|Brussels)\b[^?]{0,100}\b(revis\w*|amend\w*|updat\w*|chang\w*|adapt\w*|modif\w*|refresh\w*)\b[^?]{0,120}\b((by )?itself|on its own|delegated acts?|without (a |the )?(full |new |ordinary )?(legislative|co-legislat\w*|parliament)\w*)/i;

/** Whether the question asks if the Commission may change the directive's figures or annexes itself (Article 33). */
export function asksWhetherCommissionMayChange(question: string): boolean {
  return CHANGED_BY_THE_COMMISSION.test(question);
}

/** The places a question asks about: those it names, or Article 1 when it asks what the whole directive is for. */
export function placesAsked(question: string): string[] {
  const named = articleMentions(question);
  if (asksWhetherCommissionMayChange(question) && named.every((place) => place.startsWith('Annex ') || place === 'Article 31' || place === 'Article 33')) return ['Article 33'];
  return named.length === 0 && asksWhatTheDirectiveIsFor(question) ? ['Article 1'] : named;
}

/**
 * "Article 8", "Art. 26(6)", "Articles 11 and 12", "Annex VI", "annex 6" -> canonical labels of this directive.
 * Numbers of the repealed Directive 2012/27/EU go through the correlation table; articles of other acts are skipped.
 */
export function articleMentions(question: string): string[] {
  const old = OLD_DIRECTIVE.test(question);
  const ofParagraphs = old ? currentLabelsOfParagraphs(question) : new Map<string, string[]>();
  return [...new Set(labelsIn(question, old).flatMap((label) => (old && !label.startsWith(RECITAL) ? (ofParagraphs.get(label) ?? currentLabels(label)) : [label])))];
}

/** The articles and annexes of the repealed Directive 2012/27/EU a question names, by their old numbers ("Article 7a"). */
export function oldDirectiveMentions(question: string): string[] {
  return OLD_DIRECTIVE.test(question) ? labelsIn(question, true).filter((label) => !label.startsWith(RECITAL)) : [];
}

/** The labels a question names as written, before any old number goes through the correlation table. */
function labelsIn(question: string, old: boolean): string[] {
  const found = new Set<string>();
  // "Art. 8", "Art 8", "art8": the abbreviation with or without its full stop.
  for (const match of question.matchAll(/\b(?:articles?|arts?\.?)\s*((?:\d{1,2}[a-c]?(?:\(\d+\))?(?:\s*(?:,|and|or|&)\s*)?)+)/gi)) {
    const after = question.slice((match.index ?? 0) + match[0].length);
    // "Articles 13 to 20" names a run of articles as a group (when they apply, what they transpose), not its first one.
    if (RANGE_END.test(after)) continue;
    if (!old && belongsToOtherAct(question.slice(0, match.index), after)) continue;
    if (!old && YARDSTICK_BEFORE.test(question.slice(0, match.index))) continue;
    for (const number of match[1].replace(/\(\d+\)/g, '').matchAll(/\d{1,2}[a-c]?/g)) found.add(`Article ${number[0].replace(/^0+/, '')}`);
  }
  for (const match of question.matchAll(/\bannex(?:es)?\s+([ivxlc]+a?|\d{1,2})\b/gi)) {
    const before = question.slice(0, match.index);
    // "Annex I of the ETS Directive 2003/87/EC", "Annex VI to Regulation (EU) 2018/2066": another act's annex. Not "the
    // methods in Annex V to reflect new technology", where "to" opens a verb, not an act's name.
    const after = question.slice((match.index ?? 0) + match[0].length).replace(/^\s*to\b(?=\s+((the|that)\s+)?([A-Z]|\(?EU\b|\d))/, ' of');
    if (!old && belongsToOtherAct(before, after)) continue;
    if (!old && YARDSTICK_BEFORE.test(before)) continue;
    const raw = match[1].toLowerCase();
    const suffix = raw.endsWith('a') && !/^\d/.test(raw) ? 'a' : '';
    const value = /^\d+$/.test(raw) ? parseInt(raw, 10) : romanToInt(raw.replace(/a$/, ''));
    if (value > 0 && value < 40) found.add(`Annex ${intToRoman(value)}${suffix}`);
  }
  // Recitals are this act's own: the repealed directive's are not in the correlation table.
  for (const match of question.matchAll(/\brecitals?\s+(\d{1,3})\b/gi)) found.add(`${RECITAL}${parseInt(match[1], 10)}`);
  return [...found];
}

/** Where a passage is, as a question names it: its article or annex, or the recital of a preamble ("Recital 30"). */
export function heldPlace(metadata: { article?: string; paragraph?: string }): string | undefined {
  return metadata.article ?? (metadata.paragraph?.startsWith(RECITAL) ? metadata.paragraph : undefined);
}

/** The place a passage belongs to (heldPlace), or the passage itself where it belongs to none: how answers group passages. */
export function placeKey(chunk: { metadata: { article?: string; paragraph?: string; documentId: string; chunkIndex: number } }): string {
  return heldPlace(chunk.metadata) ?? `${chunk.metadata.documentId}#${chunk.metadata.chunkIndex}`;
}

/** "Recital 30" -> 30; undefined for an article or annex label. */
export function recitalNumber(label: string): number | undefined {
  return label.startsWith(RECITAL) ? parseInt(label.slice(RECITAL.length), 10) : undefined;
}

/**
 * An article's numbered paragraph as practitioners write it: "Art. 26(6)", "Article 26 para 7", "Art. 26, paragraph 7", "Art. 8.1"
 * (not "Article 8.1 million", a figure), "Art. 11 § 2".
 */
const ARTICLE_PARAGRAPH =
  /\b(?:article|art\.?)\s*(\d{1,2})\s*(?:\((\d{1,2})\)|\.(\d{1,2})\b(?![.,]?\d|\s*(?:%|per ?cent|million|billion|MW|kW|TJ|GWh))|,?\s*(?:paragraph|para\.?|par\.|§)\s*(\d{1,2})\b)/gi;
/** An annex's numbered point: "Annex V(2)", "Annex V point 2(c)", "Annex 9 pt. 2", "Annex XI, paragraph 3". */
const ANNEX_POINT = /\bannex\s+([ivxlc]+|\d{1,2})\s*(?:\((\d{1,2})\)|,?\s*(?:point|pt\.?|paragraph|para\.?)\s*(\d{1,2})\b)/gi;

/**
 * A paragraph typed without its article's word ("26(6)?", "what does 11(2) require?", fresh batch W9): the correlation table, which
 * lists "Article 26(1), (2), (3), (4), (5) and (6)", answered it. Not one in a run after an article ("Articles 8 and 9(1)"), an annex's
 * point, another act's number ("Regulation 765/2008") or place ("24(4) of Directive (EU) 2018/2001").
 */
const BARE_PARAGRAPH = new RegExp(
  String.raw`(?<!(?:[Aa]rticles?|ARTICLES?|[Aa]rts?\.?|[Aa]nnex(?:es)?|[Pp]oints?|[Pp]aragraphs?|[Pp]aras?\.?|No\.?|and|or|to|&|,)\s*)(?<![\w/.(§-])` +
    String.raw`([1-9]|[1-3]\d|40)(\(\d{1,2}\)(?:\([a-z]{1,4}\))*)(?![\w(])` +
    String.raw`(?!\s*(?:of|to|in|under)\s+(?:the\s+)?(?:[A-Z]|\(?E[UC]\b|\d|(?:[a-z-]+\s+){1,3}(?:regulation|directive)\b))`,
  'g',
);

/** The question with a bare paragraph named as its article's ("26(6)?" -> "Article 26(6)?"): how every later step reads it. */
export function withBareParagraphsNamed(question: string): string {
  return question.replace(BARE_PARAGRAPH, 'Article $1$2');
}

/** An article's or annex's number with its paragraph and points: "8", "26(6)", "8(1)(b)", "VI", "8.1". */
const PLACE_NUMBER = String.raw`(?:\d{1,2}[a-c]?|[ivxlcIVXLC]+)(?![\dA-Za-z])(?:\.\d{1,2}(?!\d))?(?:\([\da-z]{1,4}\))*`;

/** This directive's articles and annexes named with their numbers ("Articles 8 and 9(1)", "Annex VI"), not another act's (see placeNumbers). */
const OWN_PLACE_NUMBERS = new RegExp(
  String.raw`\b([Aa]rticles?|ARTICLES?|[Aa]rts?\.?|[Aa]nnex(?:es)?|ANNEX(?:ES)?)` +
    String.raw`(\s*${PLACE_NUMBER}(?:\s*(?:,|and|or|&)\s*${PLACE_NUMBER})*)` +
    String.raw`(?!(?:\([\da-z]{1,4}\))*\s*(?:of|to|in|under)\s+(?!(?:the\s+|this\s+)?(?:directive\b|Directive\b(?!\s+(?:\(E[UC]\)\s+)?\d)|EED\b|Energy Efficiency Directive|(?:Directive\s+)?(?:\(EU\)\s+)?2023\/1791))` +
    String.raw`(?:the\s+)?(?:[A-Z]|\(?E[UC]\b|\d|(?:[a-z-]+\s+){1,3}(?:regulation|directive)\b))`,
  'g',
);

/**
 * The numbers of this directive's places a text names ("Article 8" -> 8, "Art. 26(6)" -> 26 and 6, "Annex VI" -> vi), as its words
 * read them. A place's number is its name, not a figure: "What are the annual savings rates under Article 8?" asks nothing of
 * "the options listed in paragraph 8" or of "8 %" (fresh batch W9, official text: the number matched as a figure, and the options
 * of Article 8(9) answered before the rates of 8(1)), while a note's "Under Article 31(1), ..." speaks of the Article 31 asked.
 * Another act's place ("Article 24(4) of Directive (EU) 2018/2001", "Annex I to Regulation 2018/2066") names none of this directive's.
 */
export function placeNumbers(text: string): Set<string> {
  return new Set([...text.matchAll(OWN_PLACE_NUMBERS)].flatMap((match) => words(match[2]).filter((word) => /^(\d|[ivxlc]+$)/.test(word))));
}

/** The paragraph a question names, "Art. 26(6)" or "Article 26 para 6" -> "26(6)", "Annex V point 2" -> "Annex V(2)"; only when it names exactly one. */
export function paragraphMention(question: string): string | undefined {
  if (OLD_DIRECTIVE.test(question)) return undefined;
  const paragraphs = [
    ...[...question.matchAll(ARTICLE_PARAGRAPH)].map((m) => `${parseInt(m[1], 10)}(${parseInt(m[2] ?? m[3] ?? m[4], 10)})`),
    ...[...question.matchAll(ANNEX_POINT)].flatMap((m) => {
      const raw = m[1].toLowerCase();
      const annex = /^\d+$/.test(raw) ? parseInt(raw, 10) : romanToInt(raw);
      return annex > 0 && annex < 40 ? [`Annex ${intToRoman(annex)}(${parseInt(m[2] ?? m[3], 10)})`] : [];
    }),
  ];
  // Only this directive's: "Article 14(2) of the Governance Regulation" names no paragraph of it.
  const own = new Set(articleMentions(question));
  const ofThisAct = paragraphs.filter((paragraph) => own.has(/^Annex/.test(paragraph) ? paragraph.replace(/\(.*$/, '') : `Article ${paragraph.replace(/\(.*$/, '')}`));
  return paragraphs.length === 1 && ofThisAct.length === 1 ? ofThisAct[0] : undefined;
}
