/**
 * Which facts of the official text a bundled note leaves out: for each article and annex, the figures with
 * units, dates, frequencies, target years and defined terms the official text states, minus those the note
 * states after the eval's normalisation (lower case, no white space, "1,3" and "1.3" folded).
 */
import { splitLegalSections } from '../../src/compliance/corpus/legal-sections.js';
import { withoutFootnotes } from '../../src/compliance/corpus/legal-text-clean.js';

export type FactKind = 'date' | 'figure' | 'frequency' | 'duration' | 'year' | 'term' | 'annex';

export interface Fact {
  kind: FactKind;
  text: string;
}

export interface OfficialSection {
  /** Note file name the section belongs to: "article-11.md", "annex-06.md". */
  file: string;
  heading: string;
  text: string;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const UNITS = '%|per cent|TJ|PJ|MWth|MWe|MW|kW|GW|Mtoe|ktoe|TWh|GWh|MWh|kWh|m2|m²|EUR|°C|tonnes?|years?|months?|weeks?|days?';
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|twelve|15|18|24|36';

/** The eval's comparison: lower case, NFKC, typographic quotes and dashes folded, decimal commas to points, no spaces. */
export function normaliseForMatch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[‘’´`]/g, "'")
    .replace(/[–—−]/g, '-')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/per ?cent/g, '%')
    .replace(/m²|m\^2/g, 'm2')
    .replace(/\s+/g, '');
}

/**
 * The enacting terms only, one section per article and annex as the chunker reads the official layout
 * (splitLegalSections), each with its title line first; the recitals before Article 1 are left out.
 */
export function splitOfficialSections(official: string): OfficialSection[] {
  return splitLegalSections(official).flatMap((section) => {
    const label = /^(Article|Annex) (\d+|[IVXLC]+)$/.exec(section.article ?? '');
    if (!label) return [];
    const number = label[1] === 'Article' ? Number(label[2]) : ROMAN.indexOf(label[2]);
    const lines = section.articleTitle ? [section.articleTitle, ...section.lines] : section.lines;
    return [{ file: `${label[1].toLowerCase()}-${String(number).padStart(2, '0')}.md`, heading: label[0], text: withoutFootnotes(lines).join('\n') }];
  });
}

/** Defined terms so general that every note uses them in some form: reporting them would bury the real gaps. */
const GENERIC_TERMS = new Set(['energy', 'energy efficiency', 'energy savings', 'energy efficiency improvement']);

/** Quoted terms that Article 2 defines ("‘energy audit’ means ..."). */
export function definedTerms(article2: string): string[] {
  const terms = new Set<string>();
  for (const match of article2.replace(/\s+/g, ' ').matchAll(/‘([^’]{3,80})’ (?:or ‘[^’]+’ )?means/g)) {
    if (!GENERIC_TERMS.has(match[1])) terms.add(match[1]);
  }
  return [...terms];
}

function add(facts: Map<string, Fact>, kind: FactKind, text: string): void {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  const key = normaliseForMatch(cleaned);
  if (!facts.has(key)) facts.set(key, { kind, text: cleaned });
}

/** Dates, figures with units, frequencies, target years and the defined terms a passage of the official text states. */
export function extractFacts(text: string, terms: readonly string[] = []): Fact[] {
  const flat = text
    .replace(/\u00a0/g, ' ')
    .replace(/-\n(?=[a-z])/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\bm ?\^ ?2\b|m²/g, 'm2')
    .replace(/\b(k?gCO) 2\b/g, '$12');
  const facts = new Map<string, Fact>();
  const dates = new RegExp(`\\b\\d{1,2} (?:${MONTHS}) \\d{4}\\b`, 'g');
  for (const match of flat.match(dates) ?? []) add(facts, 'date', match);
  const rest = flat.replace(dates, ' ');
  const figures = new RegExp(`(?<![\\w.,/])\\d{1,3}(?: \\d{3})*(?:[.,]\\d+)? ?(?:${UNITS})(?![\\w])|EUR \\d+(?:[ ,.]\\d+)*(?: (?:million|billion))?`, 'g');
  for (const match of rest.match(figures) ?? []) add(facts, 'figure', match);
  const frequencies = new RegExp(
    `\\b(?:every (?:${NUMBER_WORDS}) (?:years|months)|(?:once|twice) (?:a|per|every) (?:year|month)|at least (?:once )?(?:annually|every (?:year|month))|annually|every year|each year|every month|monthly|quarterly|biennially)\\b`,
    'gi',
  );
  for (const match of rest.match(frequencies) ?? []) add(facts, 'frequency', match.toLowerCase());
  // Recurrence and reference periods as the law words them: "every year thereafter", "the following three years".
  const periods = new RegExp(
    `\\b(?:(?:every|each) (?:year|(?:${NUMBER_WORDS}) years) thereafter|(?:following|next|previous|preceding|last) (?:${NUMBER_WORDS}) (?:calendar )?(?:years|months))\\b`,
    'gi',
  );
  for (const match of rest.match(periods) ?? []) add(facts, 'frequency', match.toLowerCase());
  const durations = new RegExp(`\\b(?:${NUMBER_WORDS}|eleven|twenty|thirty|\\d{1,3}) (?:calendar )?(?:years|months|weeks|days|working days)\\b`, 'gi');
  for (const match of rest.match(durations) ?? []) add(facts, 'duration', match.toLowerCase());
  for (const match of rest.matchAll(/\b(?:by|in|until|from|after|before|for|of|between|to) ((?:20[1-5]\d))(?![\d/])/g)) add(facts, 'year', match[1]);
  // An annex of this Directive, not "Annex I to Directive 2003/87/EC".
  for (const match of rest.matchAll(/\bAnnex ([IVX]+)\b(?! (?:to|of) (?:Directive|Regulation))/g)) add(facts, 'annex', `Annex ${match[1]}`);
  const lower = flat.toLowerCase();
  for (const term of terms) if (lower.includes(term.toLowerCase())) add(facts, 'term', term);
  return [...facts.values()];
}

/** The facts a note does not state, compared as the eval compares answers with key facts. */
export function missingFacts(facts: readonly Fact[], note: string): Fact[] {
  const body = normaliseForMatch(note);
  return facts.filter((fact) => !body.includes(normaliseForMatch(fact.text)));
}

const STOP = new Set(
  'shall which where their there these those other under within between referred accordance including without prejudice paragraph article annex point points directive regulation member states state union commission european parliament council subparagraph whether least following provided should would could about after before being every first second third through account basis order ensure'.split(' '),
);

function stem(word: string): string {
  return word.replace(/(ies)$/, 'y').replace(/(ing|ed|es|s)$/, '');
}

/** Distinct content words of a text: lower case, at least five letters, common legal words left out, crudely stemmed. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z][a-z-]{4,}/g) ?? [];
  return new Set(words.filter((word) => !STOP.has(word)).map(stem));
}

export interface ParagraphCoverage {
  paragraph: string;
  coverage: number;
  missingWords: string[];
}

/** For each numbered paragraph of an official section, the share of its content words the note uses. */
export function paragraphCoverage(section: string, note: string): ParagraphCoverage[] {
  const noteWords = contentWords(note);
  const paragraphs: { paragraph: string; text: string }[] = [];
  for (const line of section.split('\n')) {
    const numbered = /^\s*(\d{1,2})\.\s/.exec(line);
    if (numbered || paragraphs.length === 0) paragraphs.push({ paragraph: numbered ? numbered[1] : '-', text: '' });
    paragraphs[paragraphs.length - 1].text += `${line}\n`;
  }
  return paragraphs
    .map(({ paragraph, text }) => {
      const words = [...contentWords(text)];
      const missing = words.filter((word) => !noteWords.has(word));
      return { paragraph, coverage: words.length === 0 ? 1 : 1 - missing.length / words.length, missingWords: missing };
    })
    .filter((entry) => entry.missingWords.length > 0 || entry.coverage < 1);
}

/**
 * Terms of art: the law's own multi-word names for procedures, instruments, conditions and list items
 * ("random selection", "heat cost allocators", "ombudsman services or alternative dispute resolution").
 * Practitioners ask in those words and the eval matches them verbatim, so a note that paraphrases them
 * ("an effective price signal" for "the effectiveness of the price signal") loses the fact.
 *
 * Heuristic (RAKE-style keyphrase extraction, no tagger needed):
 * - Candidates are the runs of content words between function words, legal boilerplate ("shall", "referred",
 *   "Member States"), punctuation, numbers and list markers. Such runs are mostly noun phrases and list-point
 *   heads; since only the enacting terms are read (no recitals), every run sits in an operative provision.
 * - Two runs joined by a single "of", "or", "and" or "for" are also a candidate ("price signal", "ombudsman services
 *   or alternative dispute resolution"), so named pairs and lists stay whole.
 * - A candidate has 2 to 6 words and at least one word that is rare across the directive's sections (in at most
 *   RARE_SECTIONS of them): that keeps the distinctive terms and drops "energy consumption" and its kin,
 *   which every note already uses in some wording. Cross-references cannot qualify: "Article", "Annex",
 *   "paragraph", numbers and roman numerals all break runs.
 * - Ranked by the summed rarity (log inverse section frequency) of their words over the square root of their
 *   length, so rare words rank a term and length alone does not (long runs are often clauses, not names); a term
 *   that contains or sits inside a better-ranked one is not listed again, so the core name is what the report asks for.
 */
export interface TermOfArt {
  text: string;
  score: number;
}

const RARE_SECTIONS = 3;
const CONNECTORS = new Set(['of', 'or', 'and', 'for']);
const PHRASE_STOP = new Set(
  (
    'a an the of or and for to in on at by as from into onto with within without between under over upon about after before during ' +
    'than then that this these those such its it their they them he she his her we our you which who whom whose what where when whether ' +
    'if unless while so not no nor both either neither each every all any some other another same own only also more most less least ' +
    'shall may must should would could can will be is are was were been being have has had do does done ' +
    'ensure ensures ensured referred accordance pursuant relevant concerned apply applies applied regard respect ' +
    'provided including include includes particular appropriate necessary possible where applicable ' +
    'article articles annex annexes paragraph paragraphs point points subparagraph subparagraphs directive directives regulation regulations decision ' +
    'member states state union commission european parliament council eu ec first second third fourth fifth ' +
    'tj pj mw mwth mwe kw gw mtoe ktoe twh gwh mwh kwh eur ' +
    'set out laid down how why still already thereof therein thereby whereby concerning regarding take taken taking make made given ' +
    'i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii'
  ).split(' '),
);

/** Words of a section in order, with null at each break (stop word, punctuation, number, list marker). */
function phraseTokens(text: string): (string | null)[] {
  const flat = text.replace(/\u00a0/g, ' ').replace(/[’']s\b/g, '').replace(/-\n(?=[a-z])/g, '-').replace(/\([a-z0-9]{1,4}\)/g, ' , ');
  const tokens: (string | null)[] = [];
  for (const match of flat.matchAll(/[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|\d[\d.,]*|[^\sA-Za-z\d]/g)) {
    const word = match[0];
    if (!/^[A-Za-z]/.test(word)) tokens.push(null);
    else if (PHRASE_STOP.has(word.toLowerCase())) tokens.push(CONNECTORS.has(word.toLowerCase()) ? word.toLowerCase() : null);
    else tokens.push(word);
  }
  return tokens;
}

/** The runs of content words of a text and, joined by one connector, pairs of adjacent runs. */
export function candidatePhrases(text: string): string[][] {
  const tokens = phraseTokens(text);
  const runs: { words: string[]; next?: string }[] = [];
  let current: string[] = [];
  for (const token of [...tokens, null]) {
    if (token !== null && !CONNECTORS.has(token)) {
      current.push(token);
      continue;
    }
    if (current.length > 0) runs.push({ words: current, next: token ?? undefined });
    else if (runs.length > 0) runs[runs.length - 1].next = undefined;
    current = [];
  }
  const phrases: string[][] = runs.map((run) => run.words);
  for (let i = 0; i + 1 < runs.length; i++) {
    const connector = runs[i].next;
    // Adjacent only when exactly one connector separated them: the next run must start right after it.
    if (connector) phrases.push([...runs[i].words, connector, ...runs[i + 1].words]);
  }
  return phrases;
}

/** In how many sections each lower-case word occurs. */
export function sectionFrequencies(sections: readonly { text: string }[]): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const section of sections) {
    for (const word of new Set((section.text.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? []))) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
  }
  return frequencies;
}

/** The terms of art of one section of the official text, best first (see the heuristic above). */
export function termsOfArt(text: string, frequencies: ReadonlyMap<string, number>, sectionCount: number): TermOfArt[] {
  const scored = new Map<string, TermOfArt>();
  for (const words of candidatePhrases(text)) {
    const content = words.filter((word) => !CONNECTORS.has(word));
    if (content.length < 2 || words.length > 6) continue;
    const counts = content.map((word) => frequencies.get(word.toLowerCase()) ?? 1);
    if (Math.min(...counts) > RARE_SECTIONS) continue;
    const phrase = words.join(' ');
    const key = normaliseForMatch(phrase);
    const score = counts.reduce((sum, count) => sum + Math.log(sectionCount / count), 0) / Math.sqrt(content.length);
    if (!scored.has(key)) scored.set(key, { text: phrase, score: Math.round(score * 10) / 10 });
  }
  const ranked = [...scored.values()].sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
  const kept: TermOfArt[] = [];
  for (const term of ranked) {
    const key = normaliseForMatch(term.text);
    const overlaps = (better: TermOfArt) => normaliseForMatch(better.text).includes(key) || key.includes(normaliseForMatch(better.text));
    if (!kept.some(overlaps)) kept.push(term);
  }
  return kept;
}

/** The terms of art a note does not state in the law's wording (compared as the eval compares key facts). */
export function missingTerms(terms: readonly TermOfArt[], note: string): TermOfArt[] {
  const body = normaliseForMatch(note);
  return terms.filter((term) => !body.includes(normaliseForMatch(term.text)));
}
