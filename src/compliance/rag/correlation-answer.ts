import { splitSentences } from '../corpus/legal-chunker.js';
import { oldDirectiveMentions } from './article-mentions.js';
import { askedSentences } from './question-framing.js';
import type { RetrievedChunk } from './rag-types.js';

/** Where the repealed directive's provisions went: Annex XVII, the correlation table. */
export const CORRELATION_TABLE = 'Annex XVII';

/**
 * "Where is that now?", "Which article replaces it?", "What is the new article number?": the question asks for the
 * place an old provision moved to, not for what the new rule says ("what is the deadline now?", "where is the
 * threshold set now?"). A deadline or a threshold that "moved" changed its value, not its place ("Old Article 9c gave landlords until 2027
 * ... Has that deadline moved in the recast?", fresh batch U2).
 */
const ASKS_NEW_PLACE =
  /\b(which|what)\s+(new\s+|current\s+|corresponding\s+|equivalent\s+)?(article|provision|annex|number)s?\b|(?<!\b(those|these)\s+)\bnew\s+(article\s+)?(numbers?|articles?|provisions?|references?|citations?|paragraphs?|places?|locations?)\b|\bwhere\s+(is|are|did|has|have)\s+(that|it|this|they|those|these)\b|\bwhere\s+(can|do|would|should)\s+(i|we)\s+find\b|\bwhere\s+(does|do)\s+(that|it|this|they|those|these|the\s+old|the\s+former)\b[^?]{0,60}?\s(sit|live|stand|belong|fit|appear)\b|\bwhere\s+(did|has|have)\s+[^?]{0,90}\b(go|gone|end(ed)? up)\b|\b(article|provision|annex|number|what|which)\b[^?]{0,40}\breplac(es|ed|ing)\b(?!\s+(the |old |our |their )?(heat|meters?|boilers?|allocators?|devices?|equipment|appliances?|lamps?|installations?|units?))|\breplac(es|ed|ing)\s+(it|that|this|them|those|these|old)\b|\bcorrespond\w*|\bcounterparts?\b|\bequivalent\b|\bsuccessor\b|\brenumber\w*|(?<!\b(deadlines?|dates?|thresholds?|targets?|rates?|figures?|limits?|timelines?|timetables?)\s+(been\s+)?)\bmoved\b|\bbecame\b/i;

/**
 * The old provisions whose new place the question asks for ("Article 7a", "Annex VIII"); empty for any other question. The
 * move is read in what is asked, not in the scene, and "those new articles" points back at places already named: "The
 * recast moved this material to Articles 13 to 20. From what date do those new articles apply?" asks a date (Article 39),
 * not where the old articles went.
 */
export function oldPlacesAsked(question: string): string[] {
  return ASKS_NEW_PLACE.test(askedSentences(question)) ? oldDirectiveMentions(question) : [];
}

/** A clause that asks something: it opens with a question word ("in which cases", "by when"), or an inverted verb. */
const ASKING = /^((in|on|for|at|from|to|under|by|with|until|till|since) (which|what|whom|when)|what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|may|might|must|should|shall|will|would|has|have)\b/i;
/** "What happened to old Article 7?", "Where is old Article 7a now?": the move itself, besides what ASKS_NEW_PLACE reads. */
const ASKS_MOVE = /\bwhat (has )?happened to\b|^where\b/i;

/** The clauses of a question that ask something besides where an old provision went. */
function furtherAsks(question: string): string[] {
  const clauses = question
    .split(/\?|[.;:](?=\s)|,|\s[—–-]\s|\s+(?:and|or|but)\s+(?=(?:what|which|who|when|where|how|is|are|does|do|did|can|may|must|should)\b)/i)
    .map((clause) => clause.trim().replace(/^((and|or|but|also|so|then|in particular|in short|now)\b[\s,]*)+/i, ''))
    .filter((clause) => clause.length > 0);
  return clauses.filter((clause) => ASKING.test(clause) && !ASKS_NEW_PLACE.test(clause) && !ASKS_MOVE.test(clause));
}

/**
 * "Where has old Article 14 gone, and may we still exempt installations?", "Which article replaced it? In particular, must
 * the regulator report on it?": besides the new place, the question asks what the rule now says, which the new
 * article answers and the table does not.
 */
export function asksMoreThanPlace(question: string): boolean {
  return furtherAsks(question).length > 0;
}

/** "What does it require?", "what does the new one say now?": asks for the whole of the new provision, nothing narrower. */
const WHOLE_OF_IT = /^(what|how)\s+(does|do|did|is|are)\s+(it|they|that|this|those|these|the (new|current|recast) (one|article|rule|provision)s?)\s+(now\s+)?(say|says|require|requires|cover|covers|contain|contains|mean|means|set out|lay down|provide|look like|read)\b(\s+(now|today|there|in the recast))?\s*$/i;

/** Whether what the question asks besides the new place is the new provision as a whole: its summary answers. */
export function asksWholeOfNewPlace(question: string): boolean {
  const further = furtherAsks(question);
  return further.length > 0 && further.every((clause) => WHOLE_OF_IT.test(clause));
}

export interface CorrelationLine {
  chunk: RetrievedChunk;
  /** The entry as the answer states it. */
  text: string;
  /** Where it stands in its passage: the official row's old cell, or the note's sentence. */
  quote: string;
}

/** A cell of the official table saying a provision has no counterpart ("-", once "_"). */
const isDash = (cell: string): boolean => /^[-_]$/.test(cell);

/** An old label as a pattern: its spaces as the table may wrap them ("Article 7a (1)"). */
const labelPattern = (label: string): string => label.replace(/\s+/g, '\\s+');

/** A label of the old column as the table writes it, with its paragraphs: "Article 7a", "Article 7a (1)", "Article 8(1) and (2)". */
function startsWithOld(row: string, label: string): boolean {
  return new RegExp(`^${labelPattern(label)}(?![0-9a-z])`, 'i').test(row);
}

/** Where a cell of the official table begins: an article or annex label, or "-" for a provision without counterpart. */
const CELL_START = /\s+(?=(?:Artic?les?|Annex)\s|[-_](?:\s|$))/;
const HEADER = /Correlation Table|Directive 2012\/27\/EU\s+This Directive/g;

/**
 * The official table's rows, old provision beside new one. The passage holds the table's cells run together ("Article
 * 8(1) and (2) Article 11(5), (6) and (7) Article 8(3) and (4) - - Article 11(8)"); each block of rows starts a row,
 * so its cells pair up in order. A block with an odd count of cells (a cell broken over lines) is not read.
 */
export function tableRows(text: string): { old: string; current: string }[] {
  const rows: { old: string; current: string }[] = [];
  for (const block of text.replace(HEADER, ' ').split(/\n\s*\n/)) {
    const cells = cellsOf(block);
    if (cells.length % 2 === 0) for (let i = 0; i < cells.length; i += 2) rows.push({ old: cells[i], current: cells[i + 1] });
    else rows.push(...letteredRows(cells));
  }
  return rows;
}

/** An article only the repealed directive numbered so ("Article 7a (1)", "Article 9c"): always a cell of the old column. */
const OLD_ONLY = /^Article \d{1,2}[a-c]\b/;

/**
 * A block with a cell that lost its partner ("Article 7(11) - Article 8(11), (12) and (13)" in the published table)
 * cannot be paired as a whole, so its rows are not read, except those of the old directive's lettered articles: their
 * cell can only be an old provision, and the cell after it its new place (Article 7a (1) to (3) sit in such a block).
 */
function letteredRows(cells: readonly string[]): { old: string; current: string }[] {
  const rows: { old: string; current: string }[] = [];
  for (let i = 0; i < cells.length - 1; i++) {
    if (OLD_ONLY.test(cells[i]) && !OLD_ONLY.test(cells[i + 1])) rows.push({ old: cells[i], current: cells[i + 1] });
  }
  return rows;
}

const cellsOf = (text: string): string[] =>
  text.replace(/\bArtice\b/g, 'Article').replace(/\s+/g, ' ').trim().split(CELL_START).filter((c) => c.length > 0);

function rowSentence(row: { old: string; current: string }): string | undefined {
  if (isDash(row.old)) return undefined;
  return isDash(row.current) ? `${row.old} of Directive 2012/27/EU has no counterpart in this Directive.` : `${row.old} of Directive 2012/27/EU corresponds to ${row.current} of this Directive.`;
}

/** The new place an entry ends on ("... corresponds to Article 13 of this Directive.", a note's "... to Article 13;"), its first article or annex. */
const NEW_PLACE_AT_END = /corresponds to ((Article \d+|Annex [IVXLC]+)\b[^.;]*?)(?= of this Directive[.;]$| of Directive \(EU\) 2023\/1791[.;]$|[.;]$)/;

/**
 * The entry with the new place's title after it, where a retrieved passage gives it ("... corresponds to Article 13 (Metering for
 * natural gas) of this Directive."): an old article number means nothing to the asker without what the new one is about (fresh
 * batch J4: 4 of 6 old-numbering questions missed the new title).
 */
export function withNewTitle(text: string, chunks: readonly RetrievedChunk[]): string {
  const match = NEW_PLACE_AT_END.exec(text);
  if (!match) return text;
  const place = match[2];
  const title = chunks.find((c) => c.metadata.article === place && c.metadata.articleTitle)?.metadata.articleTitle;
  if (!title || text.toLowerCase().includes(title.toLowerCase())) return text;
  const end = (match.index ?? 0) + match[0].length;
  return `${text.slice(0, end)} (${title})${text.slice(end)}`;
}

/**
 * The table's entries for the old provisions asked about: the official table's rows, read out one per line, or, in
 * our notes, the sentences that name the old provision where a clause begins ("; Article 7a (...) corresponds to
 * Article 9"). Official rows first, then the notes' sentences.
 */
export function correlationLines(oldLabels: readonly string[], chunks: readonly RetrievedChunk[]): CorrelationLine[] {
  const table = chunks.filter((c) => c.metadata.article === CORRELATION_TABLE);
  const official = table.filter((c) => c.metadata.source === 'official').sort((a, b) => a.metadata.chunkIndex - b.metadata.chunkIndex);
  const rows: CorrelationLine[] = [];
  const asked = official.flatMap((chunk) => tableRows(chunk.text).filter((row) => oldLabels.some((label) => startsWithOld(row.old, label))).map((row) => ({ chunk, row })));
  // The table as published breaks a row here and there ("Article 7(1), second subparagraph -" and, further on, "Article
  // 7(1), second subparagraph Article 8(5)"): a provision the table also places is not reported as dropped.
  const placed = new Set(asked.filter(({ row }) => !isDash(row.current)).map(({ row }) => row.old));
  for (const { chunk, row } of asked) {
    if (isDash(row.current) && placed.has(row.old)) continue;
    const text = rowSentence(row);
    if (text && !rows.some((r) => r.text === text)) rows.push({ chunk, text, quote: row.old });
  }
  // Our notes' overview follows ("Article 7a ... corresponds to Article 9"): the official rows of a block whose cells
  // could not be paired are missing, and the note names the whole article's new place.
  for (const chunk of table.filter((c) => c.metadata.source === 'bundled')) {
    for (const sentence of splitSentences(chunk.text)) {
      const text = sentence.replace(/\s+/g, ' ').trim();
      const named = oldLabels.some((label) => new RegExp(`(^|[;,]\\s+(and\\s+)?)${labelPattern(label)}(?![0-9a-z(])\\b`, 'i').test(text));
      if (named && !rows.some((r) => r.text === text)) rows.push({ chunk, text, quote: text });
    }
  }
  return rows;
}
