import { contentTerms } from '../embeddings/text-terms.js';

/** The definitions article: the glossary a definition question is answered from. */
export const DEFINITIONS_ARTICLE = 'Article 2';

/**
 * A definition that hands its substance to another place of this directive: "(46) 'efficient district heating and
 * cooling' means a district heating or cooling system meeting the criteria laid down in Article 26", "(40)
 * 'high-efficiency cogeneration' means cogeneration meeting the criteria laid down in Annex III". Asked whether something
 * counts as such, the place it points to answers, not the glossary.
 */
const DEFINITION = /\(\d{1,2}\)\s*[‘'"“]([^’'"”]{3,80})[’'"”]\s*means\b([\s\S]*?)(?=\(\d{1,2}\)\s*[‘'"“]|$)/g;
/**
 * Our notes' way of giving one: "under Article 2(46), efficient district heating and cooling is a ... system that meets the
 * criteria of Article 26", "Under Article 2(54), split incentives are ...", "'energy poverty' refers to ...".
 */
const NOTED_DEFINITION = /\bunder Article 2\(\d{1,2}\),\s*[‘'"“]?([^’'"”,;.]{3,80}?)[’'"”]?\s+(?:means|is|are|refers to|(?:has|takes) the meaning)\b([^.;]*)/gi;
const POINTS_TO = /\b(?:criteria|requirements|conditions) (?:laid down in|set out in|of) (Article \d{1,2}|Annex [IVXL]+)\b(?!\s*(?:,\s*point\s*\(\w+\),\s*)?of\b)/;
/** The share of a defined term's words the question must hold to be asking about that term. */
const MIN_TERM_SHARE = 0.6;
/** A quoted term: the quotes stand apart from words, so the apostrophes of "doesn't" and "the ministry's" open nothing. */
const QUOTED_ALL = /(?<![\w’'])[‘'"“]([^’'"”]{3,60})[’'"”](?!\w)/g;

export interface Definition {
  term: string;
  /** Where the definition hands its substance to, if it does. */
  place?: string;
}

/** The definitions in the passages of Article 2, each with the place it points to, if any. */
export function definitionsIn(texts: readonly string[]): Definition[] {
  const found: Definition[] = [];
  for (const text of texts) {
    const flat = text.replace(/\s+/g, ' ');
    for (const match of [...flat.matchAll(DEFINITION), ...flat.matchAll(NOTED_DEFINITION)]) {
      const place = POINTS_TO.exec(match[2])?.[1];
      found.push(place ? { term: match[1], place } : { term: match[1] });
    }
  }
  return found;
}

/** This directive's own name holds glossary words ("the EU efficiency law", "the energy efficiency directive"): it asks no term. */
const DIRECTIVE_NAME = /\b((the|this) )?((EU|European|recast|new|revised) )*(energy[- ])?efficiency (directive|law|rules|legislation)\b|\bEED\b/gi;

/**
 * The definition a question asks about: the one whose term the question asks about (the term it quotes, if any, is part
 * of it, or one of the terms it quotes, singular or plural alike, and most of the term's words are in the question, more than of any other term, or as
 * many and written together as in the term, or as many and more words).
 */
export function askedDefinition(question: string, definitions: readonly Definition[]): Definition | undefined {
  return askedDefinitions(question, definitions)[0];
}

/**
 * Every definition whose term the question asks about: the likeliest (askedDefinition), then the other terms of more than one
 * word that most of whose words the question holds, quoted or not ("Does that count as a 'small-scale' cogeneration unit, and
 * where is the cut-off for micro-cogeneration?").
 */
export function askedDefinitions(question: string, definitions: readonly Definition[]): Definition[] {
  const askedWords = contentTerms(question.replace(DIRECTIVE_NAME, ' '));
  const asked = new Set(askedWords);
  const quoted = quotedTerms(question);
  const found: { share: number; together: boolean; words: number; quoted: boolean; definition: Definition }[] = [];
  for (const definition of definitions) {
    if (found.some((f) => f.definition.term === definition.term)) continue;
    const termWords = [...new Set(contentTerms(definition.term))];
    const share = termWords.filter((w) => asked.has(w)).length / (termWords.length || 1);
    if (share < MIN_TERM_SHARE) continue;
    const isQuoted = quoted.length === 0 || quoted.some((words) => words.every((w) => termWords.includes(w)));
    found.push({ share, together: writtenTogether(termWords, askedWords), words: termWords.length, quoted: isQuoted, definition });
  }
  // Between terms the question holds alike, the one it writes as the term is written, then the longer one: "energy audit", not "energy".
  const ranked = found.filter((f) => f.quoted).sort((a, b) => b.share - a.share || Number(b.together) - Number(a.together) || b.words - a.words);
  const [likeliest] = ranked;
  if (!likeliest) return [];
  return [likeliest, ...found.filter((f) => f !== likeliest && f.words > 1)].map((f) => f.definition);
}

/** Whether the question names the term as it is written: quoted, or its words together, in its order, where it has more than one. */
export function namesTerm(question: string, term: string): boolean {
  const termWords = [...new Set(contentTerms(term))];
  return quotedTerms(question).some((words) => words.length > 0 && words.every((w) => termWords.includes(w))) || writtenTogether(termWords, contentTerms(question));
}

/** The words of each term the question quotes. */
function quotedTerms(question: string): string[][] {
  return [...question.matchAll(QUOTED_ALL)].map((match) => contentTerms(match[1]));
}

/** Whether the words of a term of more than one word stand together in the question, in the term's order. */
function writtenTogether(termWords: readonly string[], askedWords: readonly string[]): boolean {
  return termWords.length > 1 && askedWords.some((_, i) => termWords.every((w, j) => askedWords[i + j] === w));
}

/** Whether a passage gives the definition of a term. */
export function defines(text: string, term: string): boolean {
  return definitionsIn([text]).some((definition) => definition.term === term);
}
