import type { StoredChunk } from '../index/hnsw-chunk-store.js';

/**
 * A recital the question names ("What does recital 30 say?"), cut out of the preamble passages of the act that
 * holds it. The index keeps the preamble in passages of the usual size, several recitals each, so that naming a
 * recital changes nothing for the questions that do not; the recital is assembled when it is asked for.
 */
export function recitalPassages(preamble: readonly StoredChunk[], number: number): StoredChunk[] {
  const byDocument = new Map<string, StoredChunk[]>();
  for (const chunk of preamble) byDocument.set(chunk.metadata.documentId, [...(byDocument.get(chunk.metadata.documentId) ?? []), chunk]);
  const found: StoredChunk[] = [];
  for (const chunks of byDocument.values()) {
    const ordered = [...chunks].sort((a, b) => a.metadata.chunkIndex - b.metadata.chunkIndex);
    const text = recitalText(ordered.map((chunk) => chunk.pageContent).join(' '), number);
    if (text === undefined) continue;
    const first = ordered.find((chunk) => startOf(chunk.pageContent, number) !== -1) ?? ordered[0];
    found.push({ pageContent: text, metadata: { ...first.metadata, paragraph: `Recital ${number}` } });
  }
  return found;
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
