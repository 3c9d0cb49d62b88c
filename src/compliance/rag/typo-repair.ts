/**
 * A long word the corpus does not know, one slip of the keyboard away from a word it writes ("cogenreation", "contriubtions",
 * "Comission", "stafffing"), is read as that word. Left as typed, the slip costs the question its subject: a misspelt "Energy
 * Efficiency Directive" reads as an unknown act's name, and a misspelt "cogeneration" matches no passage. With two letters of the
 * longest word swapped, 11 of 282 sampled dev questions that were answered as written were refused; with one of its letters
 * doubled, 10.
 *
 * Only two kinds of slip are repaired, in words of at least MIN_LETTERS letters: two adjacent letters swapped, and a letter
 * doubled or not doubled. A wrong, missing or extra letter is left alone: English is full of words one such edit from a word of
 * the corpus ("deduction" and "reduction", "developer" and "developed", "litigation" and "mitigation"), and on the dev split most
 * words those edits changed were spelt right. The two kinds kept change 8 words of the dev split, each a real slip ("inventroy",
 * "tennants", "Commision's", "disconection"). A shorter word has too many neighbours ("tooling" and "cooling").
 */
export const MIN_LETTERS = 8;

const WORD = /\p{L}+/gu;

/** What the corpus knows: any word it knows (by stem, so "insulating" is known where "insulated" is), and its own word forms. */
export interface CorpusWords {
  knows: (word: string) => boolean;
  /** A word exactly as the corpus writes it: only such a word is put in a slip's place, never a stem's other ending. */
  hasForm: (word: string) => boolean;
}

/** The question with each long unknown word that is one slip away from a word of the corpus replaced by it, keeping its capital. */
export function withTyposRepaired(question: string, corpus: CorpusWords): string {
  return question.replace(WORD, (word) => {
    if (word.length < MIN_LETTERS || !/^[A-Za-z][a-z]+$/.test(word)) return word;
    const lower = word.toLowerCase();
    if (corpus.knows(lower)) return word;
    const repaired = firstSlipOf(lower, corpus.hasForm);
    if (repaired === undefined) return word;
    return word[0] === lower[0] ? repaired : repaired[0].toUpperCase() + repaired.slice(1);
  });
}

/** Every word one slip from `word`, the commonest slips first. */
function* slips(word: string): Generator<string> {
  for (let i = 0; i + 1 < word.length; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  for (let i = 0; i + 1 < word.length; i++) if (word[i] === word[i + 1]) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i < word.length; i++) yield word.slice(0, i + 1) + word[i] + word.slice(i + 1);
}

function firstSlipOf(word: string, isForm: (word: string) => boolean): string | undefined {
  for (const candidate of slips(word)) if (isForm(candidate)) return candidate;
  return undefined;
}
