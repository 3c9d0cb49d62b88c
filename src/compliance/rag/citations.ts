import { sourceOf } from '../corpus/legal-chunker.js';
import { heldPlace } from './article-mentions.js';
import { withoutMarkdown } from '../corpus/legal-text-clean.js';
import type { Citation, RetrievedChunk } from './rag-types.js';

const EXCERPT_CHARS = 300;

export function excerptOf(text: string, focus?: string): string {
  const flat = withoutMarkdown(text).replace(/\s*\(OJ [LC][^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  const start = focus ? Math.max(0, flat.indexOf(withoutMarkdown(focus).replace(/\s+/g, ' ').trim())) : 0;
  const excerpt = flat.slice(start, start + EXCERPT_CHARS);
  return start + EXCERPT_CHARS < flat.length ? `${excerpt.trimEnd()}…` : excerpt;
}

/** A sentence that opens on a paragraph of an article: "Under Article 11(8), Member States shall develop programmes ...". */
const OPENS_ON_PARAGRAPH = /^\s*(?:(?:Under|In|By|According to|Per)\s+)?Article (\d{1,2})\((\d{1,2})\)/;

/**
 * The paragraph a quoted sentence names for itself, where it is of the passage's own article. A note passage takes the paragraph it
 * opens on and may go on into the next one's sentence ("Under Article 11(7), ... Under Article 11(8), Member States shall develop
 * programmes ..."): the sentence quoted is cited where it says it stands.
 */
function quotedParagraph(chunk: RetrievedChunk, focus?: string): string | undefined {
  const match = focus === undefined ? null : OPENS_ON_PARAGRAPH.exec(withoutMarkdown(focus));
  return match && chunk.metadata.article === `Article ${match[1]}` ? `${match[1]}(${match[2]})` : undefined;
}

export function toCitation(chunk: RetrievedChunk, focus?: string, used = true): Citation {
  const paragraph = quotedParagraph(chunk, focus) ?? chunk.metadata.paragraph;
  return {
    documentId: chunk.metadata.documentId,
    title: chunk.metadata.title,
    ...(chunk.metadata.article ? { article: chunk.metadata.article } : {}),
    ...(paragraph ? { paragraph } : {}),
    source: sourceOf(chunk.metadata),
    excerpt: excerptOf(chunk.text, focus),
    score: Math.round(chunk.score * 1000) / 1000,
    used,
  };
}

/** How many distinct articles (or documents without one) the citations name at most, quoted ones included. */
export const MAX_CITED_ARTICLES = 5;

const placeOf = (c: { article?: string; documentId: string }): string => c.article ?? c.documentId;

/** A passage of an act's preamble: the official text outside any article, or a recital a question named. */
const isRecital = (chunk: RetrievedChunk): boolean => chunk.metadata.article === undefined && (chunk.metadata.source === 'official' || heldPlace(chunk.metadata) !== undefined);

/**
 * The quoted passages, then the best passage of each further article retrieval ranked high (after the gate), in
 * rank order, until the citations name MAX_CITED_ARTICLES places: the reader sees where else the directive
 * speaks to the question, and the quoted ones keep their [n] numbers. Recitals explain but do not oblige: a
 * further recital is listed only when fewer further provisions were found than there is room for.
 */
export function withFurtherCitations(used: readonly Citation[], chunks: readonly RetrievedChunk[]): Citation[] {
  const places = new Set(used.map(placeOf));
  const further: Citation[] = [];
  for (const chunk of [...chunks.filter((c) => !isRecital(c)), ...chunks.filter(isRecital)]) {
    if (places.size >= MAX_CITED_ARTICLES) break;
    const place = placeOf(chunk.metadata);
    if (places.has(place)) continue;
    places.add(place);
    further.push(toCitation(chunk, undefined, false));
  }
  return [...used, ...further];
}

/**
 * Keeps only the passages an answer cites and renumbers its markers to match: "[2] ... [4]" against five
 * passages becomes "[1] ... [2]" with two citations. Markers that point nowhere are dropped.
 */
export function citedOnly(answer: string, chunks: readonly RetrievedChunk[]): { answer: string; citations: Citation[] } {
  const order: number[] = [];
  for (const match of answer.matchAll(/\[(\d{1,2})\]/g)) {
    const n = parseInt(match[1], 10);
    if (n >= 1 && n <= chunks.length && !order.includes(n)) order.push(n);
  }
  const renumbered = answer
    .replace(/\[(\d{1,2})\]/g, (marker, digits: string) => {
      const index = order.indexOf(parseInt(digits, 10));
      return index === -1 ? '' : `[${index + 1}]`;
    })
    .replace(/[ \t]+([.,;])/g, '$1')
    .trim();
  return { answer: renumbered, citations: order.map((n) => toCitation(chunks[n - 1])) };
}
