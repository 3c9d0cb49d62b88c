/**
 * The separate things a question asks. Practitioners put two or three asks in one message ("Do we need an audit? How
 * often?", "By what date did we first have to publish, and how often after that?", "What's the threshold — and who
 * checks it?"); an answer that states the first and leaves out the second has missed half the question. The sentences
 * that only describe the asker's situation ("We run a 600-bed hospital.") ask nothing of their own.
 */

/** A clause after ", and" / "and" that opens with a question word or an auxiliary asks something of its own. */
const ASKING_WORD = '(?:what|which|who|whom|whose|where|when|how|why|is|are|was|were|do|does|did|can|could|may|might|must|should|shall|will|would|if|whether|since)';
/** After a bare comma only words that cannot open a relative clause ("our plant, which uses 90 TJ, ..."). */
const COMMA_ASK = '(?:what|how|when|do|does|did|can|could|may|must|should|is|are)';
/** Where one ask ends and the next starts within a question sentence. */
const ASK_BOUNDARY = new RegExp(`,?\\s+(?:and|or|but|also|plus)\\s+(?=${ASKING_WORD}\\b)|,\\s+(?=${COMMA_ASK}\\b)|\\s+[—–-]\\s+|;\\s+`, 'i');
/** Sentence ends: a question mark, or a full stop or exclamation mark followed by a capital. */
const SENTENCE_END = /(?<=[?!.])\s+(?=[A-Z"'‘“(])/;
/** Fewer words than this ("and why?", "by when?") carry no subject of their own: what is asked of them is the question's kind of fact. */
const MIN_PART_WORDS = 2;

/**
 * The asks of a question, in its order: each question sentence (ending in "?"; the last sentence where none does),
 * split where a further ask begins. A question with a single ask returns it alone.
 */
export function questionParts(question: string): string[] {
  const sentences = question.trim().split(SENTENCE_END).filter(Boolean);
  const asking = sentences.filter((s) => s.trim().endsWith('?'));
  const asks = asking.length > 0 ? asking : sentences.slice(-1);
  return asks
    .flatMap(asksOf)
    .map((part) => part.trim().replace(/^[,;:—–-]\s*/, ''))
    .filter((part) => part.split(/\s+/).filter((word) => /\w/.test(word)).length >= MIN_PART_WORDS);
}

const OPENS_AN_ASK = new RegExp(`^\\s*(?:and\\s+|or\\s+|but\\s+|also\\s+|plus\\s+)?(?:${ASKING_WORD}|by when|until when|from when|any)\\b`, 'i');

/**
 * A question sentence cut where a further ask begins. A clause before a comma asks nothing by itself unless it opens
 * with a question word ("For tenders above the EU thresholds, are we obliged ...?" is one ask; "Which ones go on it, by
 * when, how often?" three).
 */
function asksOf(sentence: string): string[] {
  const asks: string[] = [];
  let rest = sentence;
  for (let match = ASK_BOUNDARY.exec(rest); match; match = ASK_BOUNDARY.exec(rest)) {
    const before = rest.slice(0, match.index);
    const after = rest.slice(match.index + match[0].length);
    if (match[0].trim() === ',' && !OPENS_AN_ASK.test(before)) {
      // Not a boundary: look for the next one in what follows, keeping the clause with it.
      const next = asksOf(after);
      return [...asks, `${before}, ${next[0] ?? ''}`.trim(), ...next.slice(1)];
    }
    asks.push(before);
    rest = after;
  }
  return [...asks, rest];
}
