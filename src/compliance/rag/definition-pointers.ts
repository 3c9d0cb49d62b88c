import { contentTerms } from '../embeddings/text-terms.js';

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
const QUOTED = /[‘'"“]([^’'"”]{3,60})[’'"”]/;

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
 * The place a definition question is handed to: the definition whose term the question asks about (the term it quotes, if
 * any, is part of it, and most of the term's words are in the question, more than of any other term), when it points.
 */
export function pointedPlace(question: string, definitions: readonly Definition[]): string | undefined {
  const asked = new Set(contentTerms(question));
  const quoted = QUOTED.exec(question)?.[1].toLowerCase();
  let best: { share: number; place?: string } | undefined;
  for (const { term, place } of definitions) {
    if (quoted && !term.toLowerCase().includes(quoted)) continue;
    const termWords = [...new Set(contentTerms(term))];
    const share = termWords.filter((w) => asked.has(w)).length / (termWords.length || 1);
    if (share >= MIN_TERM_SHARE && (!best || share > best.share)) best = { share, place };
  }
  return best?.place;
}
