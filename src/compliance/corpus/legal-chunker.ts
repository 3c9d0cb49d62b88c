import { splitLegalSections, type LegalSection } from './legal-sections.js';
import { withoutFootnotes } from './legal-text-clean.js';
import { isOfficialPassage } from './official-text.js';

export const MAX_CHUNK_CHARS = 1200;
export const CHUNKER_VERSION = 'legal-v5-note-blocks';

/** Where a passage comes from: our bundled notes, the verified official text, or a document someone uploaded. */
export type PassageSource = 'bundled' | 'official' | 'uploaded';

export interface ChunkMetadata {
  documentId: string;
  title: string;
  article?: string;
  articleTitle?: string;
  /** Numbered paragraph of the article: "11(2)", "Annex VI(1)"; in our notes, the one paragraph a passage names. */
  paragraph?: string;
  source?: PassageSource;
  chunkIndex: number;
}

/** A passage's source; one indexed before sources were recorded counts as uploaded, so it is never shown as official. */
export function sourceOf(metadata: Pick<ChunkMetadata, 'source'>): PassageSource {
  return metadata.source ?? 'uploaded';
}

export interface LegalChunk {
  text: string;
  metadata: ChunkMetadata;
}

export interface SourceDocument {
  documentId: string;
  title: string;
  text: string;
  source?: 'bundled' | 'uploaded';
}

/** A numbered paragraph "1." starts a block; so does a blank line (Markdown paragraphs, official sub-paragraphs). */
const NUMBERED_PARAGRAPH = /^\s*(\d{1,2})\.\s/;

/**
 * Blocks of a section. In the official text a numbered paragraph runs on across blank lines (its subparagraphs); in
 * our Markdown notes a blank line ends a block, so a note's list stays whole with its lead-in instead of joining the
 * numbered block above it and being cut wherever that block grows too long ("(d) 1,9 %" parted from "(c) 1,5 %").
 */
function paragraphBlocks(lines: readonly string[], markdown = false): string[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  for (const line of lines) {
    if (line.trim().length === 0) {
      if (current.length > 0 && (markdown || !NUMBERED_PARAGRAPH.test(current[0]))) flush();
      continue;
    }
    if (NUMBERED_PARAGRAPH.test(line)) flush();
    current.push(line.trim());
  }
  flush();
  return blocks.map(joinLines).filter((block) => block.length > 0);
}

/**
 * A line opens a point ("(a) ...", "- ...", "2. ...") only after a sentence or a lead-in ended; otherwise it is
 * a wrapped reference such as "points\n(c) and (d)" or "Regulation\n(EU) 2018/1999".
 */
function startsPoint(line: string, before: string): boolean {
  if (!/^(\(([a-z]|[ivx]+|\d{1,2})\)\s|[-•*—–]\s|\d{1,2}\.\s)/.test(line)) return false;
  return /[:;.]\s*$|\b(and|or)\s*$/.test(before);
}

/** Joins hard-wrapped lines, keeping point lines ("(a) ...") on lines of their own and mending hyphenated breaks. */
function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text.length === 0) text = line;
    else if (startsPoint(line, text)) text += `\n${line}`;
    else if (/[A-Za-z]-$/.test(text) && /^[a-z]/.test(line)) text += line;
    else text += ` ${line}`;
  }
  return text.replace(/[ \t]+/g, ' ').trim();
}

/**
 * Sentence ends, but not after an abbreviation that a figure follows: the Official Journal's page ("OJ L 231,
 * 20.9.2023, p. 1"), a regulation's number ("No. 1099/2008"). Cut there, Article 37's amendment ended at "p." and
 * was dropped as a footnote tail.
 */
const SENTENCE_END = /(?<=[.;!?])(?<!\b(?:p|pp|No|no|Art|art)\.)\s+(?=[A-Z(‘'"0-9])|\n/;

export function splitSentences(text: string): string[] {
  const pieces = text
    .split(SENTENCE_END)
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

/** Cuts at the last space that fits, so no word is split across passages ("servic" | "e provider"); hard only without one. */
function hardCut(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const end = space > max / 2 ? space : max;
    parts.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
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

function paragraphLabel(article: string | undefined, number: string | undefined): string | undefined {
  if (!article) return undefined;
  const [kind, id] = article.split(' ');
  if (kind === 'Article') return number ? `${id}(${number})` : id;
  return number ? `${article}(${number})` : article;
}

/** How far into a note passage the paragraph it opens on is named ("Under Article 25(6), Member States ..."). */
const OPENING_CHARS = 80;

/**
 * Our notes number their paragraphs their own way but name the law's paragraph they restate ("Under Article
 * 11(2), ..."): a note passage that names exactly one paragraph of its own article is cited with it, and so is one that
 * opens on a paragraph and names others in passing ("Under Article 25(6), ... draw on the assessments of Article 25(1)").
 */
function noteParagraph(article: string | undefined, text: string): string | undefined {
  if (!article) return undefined;
  const [kind, id] = article.split(' ');
  const own = kind === 'Article' ? new RegExp(`\\bArticle ${id}\\((\\d{1,2})\\)`, 'g') : new RegExp(`\\b${article}\\((\\d{1,2})\\)`, 'g');
  const found = [...text.matchAll(own)];
  const named = new Set(found.map((match) => match[1]));
  if (named.size === 1) return paragraphLabel(article, [...named][0]);
  const [first] = found;
  if (!first || first.index >= OPENING_CHARS) return undefined;
  // The sentence it opens on names that paragraph alone: "Under Article 11(10) and Article 11(11), ..." opens on both.
  const sentenceEnd = text.slice(first.index).search(/[.;:](\s|$)/);
  const sentence = text.slice(first.index, sentenceEnd < 0 ? undefined : first.index + sentenceEnd);
  const inSentence = new Set([...sentence.matchAll(own)].map((match) => match[1]));
  return inSentence.size === 1 ? paragraphLabel(article, first[1]) : undefined;
}

interface ParagraphPiece {
  text: string;
  number?: string;
}

/**
 * One chunk per numbered paragraph (pieces of it when it is longer than the limit); unnumbered blocks join
 * the paragraph they follow, so a sub-paragraph keeps its number. Short unnumbered blocks before the first
 * number (a note's introduction) stay together.
 */
function sectionPieces(section: LegalSection, max: number, markdown = false): ParagraphPiece[] {
  const pieces: ParagraphPiece[] = [];
  let number: string | undefined;
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    for (const text of pack(pending.flatMap((b) => (b.length <= max ? [b] : splitOversize(b, max))), max, '\n\n')) pieces.push({ text, number });
    pending = [];
  };
  for (const block of paragraphBlocks(withoutFootnotes(section.lines), markdown)) {
    const numbered = NUMBERED_PARAGRAPH.exec(block);
    if (numbered) {
      flush();
      number = numbered[1];
    }
    pending.push(block);
  }
  flush();
  return pieces;
}

/** Splits a document by article/annex, then by numbered paragraph; each chunk knows its article, paragraph and source. */
export function chunkLegalText(document: SourceDocument, max = MAX_CHUNK_CHARS): LegalChunk[] {
  const chunks: LegalChunk[] = [];
  const bundled = document.source === 'bundled';
  for (const section of splitLegalSections(document.text)) {
    for (const piece of sectionPieces(section, max, bundled)) {
      const source = bundled ? 'bundled' : isOfficialPassage(piece.text) ? 'official' : 'uploaded';
      const paragraph = bundled ? noteParagraph(section.article, piece.text) : paragraphLabel(section.article, piece.number);
      chunks.push({
        text: piece.text,
        metadata: {
          documentId: document.documentId,
          title: document.title,
          ...(section.article ? { article: section.article } : {}),
          ...(section.articleTitle ? { articleTitle: section.articleTitle } : {}),
          ...(paragraph ? { paragraph } : {}),
          source,
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
