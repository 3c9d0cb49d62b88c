import type { StoredChunk } from '../index/hnsw-chunk-store.js';

/**
 * A recital the question names ("What does recital 30 say?"), cut out of the preamble passages of the act that
 * holds it. The index keeps the preamble in passages of the usual size, several recitals each, so that naming a
 * recital changes nothing for the questions that do not; the recital is assembled when it is asked for.
 */
export function recitalPassages(preamble: readonly StoredChunk[], number: number): StoredChunk[] {
  const found: StoredChunk[] = [];
  for (const ordered of eachDocumentInOrder(preamble)) {
    const text = recitalText(ordered.map((chunk) => chunk.pageContent).join(' '), number);
    if (text === undefined) continue;
    const first = ordered.find((chunk) => startOf(chunk.pageContent, number) !== -1) ?? ordered[0];
    found.push({ pageContent: text, metadata: { ...first.metadata, paragraph: `Recital ${number}` } });
  }
  return found;
}

/** Each document's preamble passages, in the order they stand in it. */
function eachDocumentInOrder(preamble: readonly StoredChunk[]): StoredChunk[][] {
  const byDocument = new Map<string, StoredChunk[]>();
  for (const chunk of preamble) byDocument.set(chunk.metadata.documentId, [...(byDocument.get(chunk.metadata.documentId) ?? []), chunk]);
  return [...byDocument.values()].map((chunks) => [...chunks].sort((a, b) => a.metadata.chunkIndex - b.metadata.chunkIndex));
}

/** Where "(N) " opens a recital: at the start of the text or after white space, never "Council(4)". */
function startOf(text: string, number: number): number {
  const match = new RegExp(`(^|\\s)\\(${number}\\)\\s`).exec(text);
  return match ? match.index + match[1].length : -1;
}

/** From "(N) " to the next recital's "(N+1) ", in order: the recital numbers of a preamble count upwards. */
function recitalText(preamble: string, number: number): string | undefined {
  const start = startOf(preamble, number);
  if (start === -1) return undefined;
  const rest = preamble.slice(start);
  const next = startOf(rest.slice(1), number + 1);
  return (next === -1 ? rest : rest.slice(0, next + 1)).replace(/\s+/g, ' ').trim();
}

/**
 * Every recital of the preamble passages, one passage each, in order ("(1) ", "(2) ", ... until the count breaks), for a
 * question that asks which recital is on a topic. Read once per corpus change (LexicalSide.searchRecitals).
 */
export function everyRecital(preamble: readonly StoredChunk[]): StoredChunk[] {
  const found: StoredChunk[] = [];
  for (const ordered of eachDocumentInOrder(preamble)) {
    // Where each passage starts in the joined preamble, to name the passage a recital opens in.
    const starts: number[] = [];
    let preambleText = '';
    for (const chunk of ordered) {
      starts.push(preambleText.length);
      preambleText += `${chunk.pageContent} `;
    }
    let from = startOf(preambleText, 1);
    // The recitals come in order, so the passage one opens in never lies before the last one's.
    let at = 0;
    for (let number = 1; from !== -1; number++) {
      const after = startOf(preambleText.slice(from + 1), number + 1);
      const end = after === -1 ? preambleText.length : from + 1 + after;
      while (at + 1 < starts.length && starts[at + 1] <= from) at++;
      const opensIn = ordered[at];
      // The label names the recital; its "(N) " opener is not repeated in the text.
      const text = preambleText.slice(from, end).replace(/^\(\d+\)\s*/, '');
      found.push({ pageContent: text.replace(/\s+/g, ' ').trim(), metadata: { ...opensIn.metadata, paragraph: `Recital ${number}` } });
      from = after === -1 ? -1 : end;
    }
  }
  return found;
}

/**
 * Asks which recital is on a topic, or what the recitals say of it, without naming one by number ("Which recital explains the
 * energy efficiency first principle?", "Is there a recital about energy poverty?", "What do the recitals say about data
 * centres?").
 */
export function asksRecitalByTopic(question: string): boolean {
  return RECITAL_BY_TOPIC.test(question) && !/\brecitals?\s+\d/i.test(question);
}
const RECITAL_BY_TOPIC =
  /\b(which|what|any|an?|the|in the) recitals?\b|\brecitals?\b[^?]{0,20}\b(about|on|explain\w*|cover\w*|mention\w*|deal\w* with|justif\w*|say\w*|discuss\w*)\b/i;

/** The question without the words that ask for a recital, for matching its topic. */
export function withoutRecitalWords(question: string): string {
  return question.replace(/\b(which|what|any|is there an?|are there( any)?|do|does|the)\s+(recitals?|preamble)\b/gi, ' ').replace(/\b(recitals?|preamble)\b/gi, ' ');
}
