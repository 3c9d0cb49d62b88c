/**
 * The directive's make-up asked for as such ("What are the annexes of the directive?", "List the annexes", "How is the EED
 * structured?", "Table of contents"): its annexes by title, or its chapters with the articles each holds. Retrieval by topic
 * answered these from whichever annex said "list" or "contains" (Annex XVI's list of amending acts, Annex XV's minimum items);
 * the gate refused "What are the annexes of the directive?" outright.
 */
import { romanToInt } from './article-mentions.js';
import { toCitation } from './citations.js';
import type { AskResult, RetrievedChunk } from './rag-types.js';
import { readableTitle } from './readable-title.js';

export type OutlineAsked = 'annexes' | 'chapters';

/** The whole act, however the asker names it ("the directive", "this law", "the recast EED"). */
const THE_ACT = String.raw`(the|this) ((recast|new|revised|eu|european|energy[- ]efficiency|efficiency|whole|2023\/1791) ){0,3}(directive|eed|law|legislation|act|text)`;
const OF_THE_ACT = String.raw`(\s+(of|in) ${THE_ACT})?`;
const END = String.raw`\s*[?.!]?\s*$`;

/** A set of the act's parts listed, named, counted or asked "what are they", the request ending there. */
function askedAsSet(parts: string): string[] {
  return [
    String.raw`^\s*(please\s+)?(list|name|enumerate|show( me)?|give( me)?)( me)?( all)?( of)? (the |its )?(${parts})${OF_THE_ACT}${END}`,
    String.raw`^\s*(what|which) are (all )?(the |its )?(${parts})${OF_THE_ACT}${END}`,
    String.raw`^\s*how many (${parts}) (does|do) ${THE_ACT} (have|contain|include)${END}`,
    String.raw`^\s*how many (${parts}) (are there|(does|do) it have)${OF_THE_ACT}${END}`,
  ];
}

/** The annexes asked for as a set. "List the annexes on metering" asks a topic, and "Which annex covers audits?" one annex: retrieval answers those. */
const ANNEXES_ASKED = new RegExp([...askedAsSet('annexes'), String.raw`^\s*(what|which) annexes (does|do) ${THE_ACT} (have|contain|include)${END}`].join('|'), 'i');

/** The act's structure: its table of contents, chapters, articles counted or listed, or how it is organised. */
const CHAPTERS_ASKED = new RegExp(
  [
    ...askedAsSet('chapters|articles'),
    String.raw`^\s*(please\s+)?(give( me)?|show( me)?|what is) (the |a )?(table of contents|contents|structure|outline of the structure)${OF_THE_ACT}${END}`,
    String.raw`^\s*table of contents${OF_THE_ACT}${END}`,
    String.raw`^\s*how is ${THE_ACT} (structured|organi[sz]ed|laid out|divided|set out|built up)${END}`,
    String.raw`^\s*what is the structure of ${THE_ACT}${END}`,
    String.raw`^\s*what (does|do) ${THE_ACT} contain${END}`,
  ].join('|'),
  'i',
);

export function outlineAsked(question: string): OutlineAsked | undefined {
  const asked = question.trim();
  if (ANNEXES_ASKED.test(asked)) return 'annexes';
  if (CHAPTERS_ASKED.test(asked)) return 'chapters';
  return undefined;
}

/**
 * The directive's seven chapters, in its order: the articles each holds and its subject, in our words. The official text
 * heads each chapter with a number and a title; the notes, one per article and annex, do not.
 */
export const CHAPTERS: readonly { number: string; first: number; last: number; subject: string }[] = [
  { number: 'I', first: 1, last: 4, subject: 'subject matter, scope, definitions and the energy efficiency targets' },
  { number: 'II', first: 5, last: 7, subject: 'the exemplary role of the public sector' },
  { number: 'III', first: 8, last: 20, subject: 'efficiency in energy use: the savings obligation, audits, data centres, metering and billing' },
  { number: 'IV', first: 21, last: 24, subject: 'consumer information and empowerment' },
  { number: 'V', first: 25, last: 27, subject: 'efficiency in energy supply: heating and cooling, networks' },
  { number: 'VI', first: 28, last: 31, subject: 'horizontal provisions: qualification, energy services, financing, conversion factors' },
  { number: 'VII', first: 32, last: 40, subject: 'final provisions: penalties, delegated acts, review, transposition and repeal' },
];

/** The places whose opening passages an outline answer cites: every annex, or the first article of every chapter. */
export function outlinePlaces(asked: OutlineAsked, heldAnnexes: readonly string[]): string[] {
  return asked === 'annexes' ? [...heldAnnexes].sort((a, b) => romanValue(a) - romanValue(b)) : CHAPTERS.map((c) => `Article ${c.first}`);
}

/** "Annex XIV" -> 14. */
export function romanValue(annex: string): number {
  return romanToInt(annex.replace(/^Annex\s+/i, '').toLowerCase());
}

/** Titles longer than this are cut at a word, so the seventeen annexes fit an answer of about 1,200 characters. */
const TITLE_CHARS = 58;

function shortTitle(title: string): string {
  if (title.length <= TITLE_CHARS) return title;
  const cut = title.slice(0, TITLE_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

export interface OutlineLine {
  text: string;
  chunk: RetrievedChunk;
}

/**
 * The answer's lead and one line per place, each line cited with the opening passage of its place. Empty where retrieval
 * brought none of the places.
 */
export function outlineLines(asked: OutlineAsked, chunks: readonly RetrievedChunk[]): { lead: string; lines: OutlineLine[] } {
  const opening = new Map<string, RetrievedChunk>();
  for (const chunk of chunks) if (chunk.metadata.article && !opening.has(chunk.metadata.article)) opening.set(chunk.metadata.article, chunk);
  const annexes = [...opening.keys()].filter((place) => place.startsWith('Annex '));
  if (asked === 'annexes') {
    const lines = outlinePlaces('annexes', annexes).map((annex) => {
      const chunk = opening.get(annex) as RetrievedChunk;
      const title = chunk.metadata.articleTitle;
      return { text: title ? `${annex}: ${shortTitle(readableTitle(title.replace(/\s+/g, ' ')))}` : annex, chunk };
    });
    return { lead: `The directive has ${lines.length} annexes.`, lines };
  }
  const lines = CHAPTERS.filter((c) => opening.has(`Article ${c.first}`)).map((c) => ({
    text: `Chapter ${c.number}, Articles ${c.first} to ${c.last}: ${c.subject}`,
    chunk: opening.get(`Article ${c.first}`) as RetrievedChunk,
  }));
  const last = CHAPTERS[CHAPTERS.length - 1].last;
  return { lead: `The directive has ${last} articles in ${CHAPTERS.length} chapters, followed by its annexes.`, lines };
}

/** The outline as an extractive answer, each line cited with its place's opening passage; undefined where none was retrieved. */
export function outlineAnswer(asked: OutlineAsked, chunks: readonly RetrievedChunk[]): AskResult | undefined {
  const { lead, lines } = outlineLines(asked, chunks);
  if (lines.length === 0) return undefined;
  const listed = lines.map((line, i) => `${line.text} [${i + 1}]`).join('; ');
  const tail = asked === 'annexes' ? '' : ' Ask about an article or an annex by its number for a summary of it.';
  return { answer: `${lead} ${listed}.${tail}`, refused: false, citations: lines.map((line) => toCitation(line.chunk)), mode: 'extractive' };
}
