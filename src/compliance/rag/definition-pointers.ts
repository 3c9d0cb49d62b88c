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
/** Our notes' way of giving one: "under Article 2(46), efficient district heating and cooling is a ... system that meets the criteria of Article 26". */
const NOTED_DEFINITION = /\bunder Article 2\(\d{1,2}\),\s*[‘'"“]?([^’'"”,;.]{3,80}?)[’'"”]?\s+(?:means|is)\b([^.;]*)/gi;
const POINTS_TO = /\b(?:criteria|requirements|conditions) (?:laid down in|set out in|of) (Article \d{1,2}|Annex [IVXL]+)\b(?!\s*(?:,\s*point\s*\(\w+\),\s*)?of\b)/;
/** The share of a defined term's words the question must hold to be asking about that term. */
const MIN_TERM_SHARE = 0.6;
/** A quoted term: the quotes stand apart from words, so the apostrophes of "doesn't" and "the ministry's" open nothing. */
const QUOTED = /(?<![\w’'])[‘'"“]([^’'"”]{3,60})[’'"”](?!\w)/;

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

/**
 * The definition a question asks about: the one whose term the question asks about (the term it quotes, if any, is part
 * of it, singular or plural alike, and most of the term's words are in the question, more than of any other term, or as
 * many and more words).
 */
export function askedDefinition(question: string, definitions: readonly Definition[]): Definition | undefined {
  const asked = new Set(contentTerms(question));
  const quotedMatch = QUOTED.exec(question);
  const quoted = quotedMatch ? contentTerms(quotedMatch[1]) : undefined;
  let best: { share: number; words: number; definition: Definition } | undefined;
  for (const definition of definitions) {
    const termWords = [...new Set(contentTerms(definition.term))];
    if (quoted && !quoted.every((w) => termWords.includes(w))) continue;
    const share = termWords.filter((w) => asked.has(w)).length / (termWords.length || 1);
    // Between terms the question holds alike, the longer one: "energy audit", not "energy".
    if (share >= MIN_TERM_SHARE && (!best || share > best.share || (share === best.share && termWords.length > best.words))) best = { share, words: termWords.length, definition };
  }
  return best?.definition;
}

/** Whether a passage gives the definition of a term. */
export function defines(text: string, term: string): boolean {
  return definitionsIn([text]).some((definition) => definition.term === term);
}
