import { splitLegalSections, type LegalSection } from './legal-sections.js';

export const MAX_CHUNK_CHARS = 1200;
export const CHUNKER_VERSION = 'legal-v1';

export interface ChunkMetadata {
  documentId: string;
  title: string;
  article?: string;
  articleTitle?: string;
  chunkIndex: number;
}

export interface LegalChunk {
  text: string;
  metadata: ChunkMetadata;
}

export interface SourceDocument {
  documentId: string;
  title: string;
  text: string;
}

/** A numbered paragraph "1." starts a block; so does a blank line (Markdown paragraphs, official sub-paragraphs). */
const NUMBERED_PARAGRAPH = /^\s*\d{1,2}\.\s/;

function paragraphBlocks(lines: readonly string[]): string[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  for (const line of lines) {
    if (line.trim().length === 0) {
      if (current.length > 0 && !NUMBERED_PARAGRAPH.test(current[0])) flush();
      continue;
    }
    if (NUMBERED_PARAGRAPH.test(line)) flush();
    current.push(line.trim());
  }
  flush();
  return blocks.map(joinLines).filter((block) => block.length > 0);
}

/** Joins hard-wrapped lines, keeping point lines ("(a) ...") on lines of their own and mending hyphenated breaks. */
function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text.length === 0) text = line;
    else if (/^(\([a-z0-9]+\)|[-•*]\s|\d{1,2}\.\s)/i.test(line)) text += `\n${line}`;
    else if (/[A-Za-z]-$/.test(text) && /^[a-z]/.test(line)) text += line;
    else text += ` ${line}`;
  }
  return text.replace(/[ \t]+/g, ' ').trim();
}

export function splitSentences(text: string): string[] {
  const pieces = text
    .split(/(?<=[.;:!?])\s+(?=[A-Z(‘'"0-9])|\n/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
  const sentences: string[] = [];
  for (const piece of pieces) {
    // A paragraph number ("1.") is not a sentence of its own: it belongs to what follows.
    const last = sentences[sentences.length - 1];
    if (last !== undefined && /^\(?\d{1,2}[.)]$/.test(last)) sentences[sentences.length - 1] = `${last} ${piece}`;
    else sentences.push(piece);
  }
  return sentences;
}

/** Cuts a block longer than the limit at point lines, then at sentence ends; a single huge sentence is cut hard. */
function splitOversize(block: string, max: number): string[] {
  const pieces = block.split('\n').flatMap((line) => (line.length <= max ? [line] : splitSentences(line)));
  return pack(pieces.flatMap((piece) => hardCut(piece, max)), max, '\n');
}

function hardCut(text: string, max: number): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += max) parts.push(text.slice(start, start + max));
  return parts;
}

/** Greedy packing of consecutive pieces that fit together, never splitting a piece. */
function pack(pieces: readonly string[], max: number, separator: string): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current.length === 0) current = piece;
    else if (current.length + separator.length + piece.length <= max) current += separator + piece;
    else {
      chunks.push(current);
      current = piece;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function sectionChunks(section: LegalSection, max: number): string[] {
  const blocks = paragraphBlocks(section.lines).flatMap((block) => (block.length <= max ? [block] : splitOversize(block, max)));
  return pack(blocks, max, '\n\n');
}

/** Splits a document by article/annex, then by paragraph, keeping whole numbered paragraphs where they fit. */
export function chunkLegalText(document: SourceDocument, max = MAX_CHUNK_CHARS): LegalChunk[] {
  const chunks: LegalChunk[] = [];
  for (const section of splitLegalSections(document.text)) {
    for (const text of sectionChunks(section, max)) {
      chunks.push({
        text,
        metadata: {
          documentId: document.documentId,
          title: document.title,
          ...(section.article ? { article: section.article } : {}),
          ...(section.articleTitle ? { articleTitle: section.articleTitle } : {}),
          chunkIndex: chunks.length,
        },
      });
    }
  }
  return chunks;
}

/** The text that is embedded: the heading travels with every chunk so "energy audits" finds Article 11's paragraphs. */
export function embeddingText(chunk: LegalChunk): string {
  const heading = [chunk.metadata.article, chunk.metadata.articleTitle].filter(Boolean).join(' ');
  return heading ? `${heading}\n${chunk.text}` : chunk.text;
}
