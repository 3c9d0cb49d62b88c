/**
 * A question typed in capitals ("EFFICIENT DISTRICT HEATING FROM 2028 - HOW MUCH HIGH-EFFICIENCY CHP HEAT IS ENOUGH") makes
 * every word look like an acronym, and the gate would take the words the corpus spells in lower case for names of other acts.
 * Read in lower case it asks what it means; an acronym in it ("CHP") reads as the word it stands for, as in a question typed
 * all in lower case.
 */
const LETTER = /\p{L}/gu;
const CAPITAL = /\p{Lu}/gu;
const SHOUTED_WORD = /\b\p{Lu}{4,}\b/gu;

/** Capitals in at least 80 % of the letters, and at least three words of four or more capitals. */
export function isShouted(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  const capitals = text.match(CAPITAL)?.length ?? 0;
  return letters > 0 && capitals / letters >= 0.8 && (text.match(SHOUTED_WORD)?.length ?? 0) >= 3;
}

/** The text in lower case when it is shouted; otherwise as it was written. */
export function unshouted(text: string): string {
  return isShouted(text) ? text.toLowerCase() : text;
}
