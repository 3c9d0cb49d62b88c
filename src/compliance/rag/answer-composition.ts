import type { Intent } from './answer-intent.js';
import { announcesList, isDerogation, isFragment, isListPoint, isMetaSentence, leansOnPrevious, refersForward } from './answer-sentences.js';
import { kindsOf, scoreOf, type Kind, type Query, type Sentence } from './answer-scoring.js';

export const MAX_ANSWER_CHARS = 1200;
const MAX_PICKS = 5;

/** What sentences take of an answer's room: their text and, each, room for the space and [n] marker after it. */
export function charsOf(sentences: readonly Sentence[]): number {
  return sentences.reduce((sum, s) => sum + s.text.length + 5, 0);
}

/** What a chosen sentence needs to stand: the sentence it leans on, its list's lead-in, or the points it announces. */
export function contextOf(s: Sentence, all: readonly Sentence[], intent: Intent): Sentence[] {
  const siblings = all.filter((o) => o.chunk === s.chunk);
  const index = siblings.indexOf(s);
  const before: Sentence[] = [];
  const after: Sentence[] = [];
  if (isListPoint(s.raw)) {
    for (let i = index - 1; i >= 0; i--) {
      if (announcesList(siblings[i].raw)) before.unshift(siblings[i]);
      if (!isListPoint(siblings[i].raw) && !(i > 0 && isListPoint(siblings[i - 1].raw))) break;
    }
    // "Those facilities shall:" names its subject in the sentence before; the list does not stand without it.
    const leadAt = before.length > 0 ? siblings.indexOf(before[0]) : -1;
    if (leadAt > 0 && leansOnPrevious(before[0].text)) before.unshift(siblings[leadAt - 1]);
    // "What are the rates?": the whole list under the outermost lead-in, not one point of it.
    if (intent.list && before.length > 0) {
      const lead = before.find((o) => announcesList(o.raw)) ?? before[0];
      const list = pointsAfter(all, all.indexOf(lead), 10);
      const upToLead = before.slice(0, before.indexOf(lead) + 1);
      return [...upToLead, ...list.filter((p) => p !== s && !before.includes(p) && p.order * 1000 + p.position < s.order * 1000 + s.position), ...before.slice(upToLead.length), s, ...list.filter((p) => p.order * 1000 + p.position > s.order * 1000 + s.position)];
    }
  } else if (leansOnPrevious(s.text) && index > 0) before.push(siblings[index - 1]);
  const next = siblings[index + 1];
  if (announcesList(s.raw)) after.push(...pointsAfter(all, all.indexOf(s), intent.list ? 8 : 6));
  else if (intent.list && next && announcesList(next.raw) && leansOnPrevious(next.text) && !isDerogation(next.text)) after.push(next, ...pointsAfter(all, all.indexOf(next), 8));
  else if (refersForward(s.text)) {
    // The list it points at, with its lead-in, from a later passage of the same article.
    const lead = all.find((o) => (o.order > s.order || (o.order === s.order && o.position > s.position)) && announcesList(o.raw) && !isDerogation(o.text));
    if (lead) {
      after.push(lead, ...pointsAfter(all, all.indexOf(lead), 6));
    }
  }
  return [...before.sort((a, b) => a.order - b.order || a.position - b.position), s, ...after];
}

/**
 * The points that follow a lead-in, nested ones included ("(b) ... of:" then "(i)" to "(iv)"), also where a long
 * paragraph continues in its next passage.
 */
function pointsAfter(sequence: readonly Sentence[], index: number, max: number): Sentence[] {
  const points: Sentence[] = [];
  const lead = sequence[index];
  const sameParagraph = (next: Sentence) => next.chunk === lead.chunk || (lead.chunk.metadata.paragraph !== undefined && next.chunk.metadata.paragraph === lead.chunk.metadata.paragraph && next.chunk.metadata.documentId === lead.chunk.metadata.documentId);
  const rest = sequence.slice(index + 1);
  for (const [i, next] of rest.entries()) {
    if (!sameParagraph(next) || points.length >= max) break;
    // A point may run on in a sentence of its own ("Sales of energy ... may be excluded."); the list goes on after it.
    if (!isListPoint(next.raw) && !(rest[i + 1] && isListPoint(rest[i + 1].raw) && sameParagraph(rest[i + 1]))) break;
    points.push(next);
  }
  return points;
}

/**
 * A sentence's date or figure answers the asked kind only when it speaks of what was asked: at least half of a focus
 * clause's weight (rare words count more: sharing "public buildings" is not sharing "inventory").
 */
function answersFocus(s: Sentence, query: Query): boolean {
  const clauses = query.focus?.filter((clause) => clause.size > 0) ?? [];
  if (clauses.length === 0) return true;
  const weightOf = (terms: readonly string[]) => terms.reduce((sum, term) => sum + query.weight(term), 0);
  return clauses.some((clause) => weightOf([...clause].filter((term) => s.terms.has(term))) * 2 >= weightOf([...clause]));
}

/** The asked kind of fact must be in the answer when a passage holds it: "how often" wants the frequency. */
function addAskedKinds(all: Sentence[], query: Query, picked: Set<Sentence>, satisfied: Set<Kind>, length: number): number {
  const asked: Kind[] = (['date', 'amount', 'frequency', 'period'] as const).filter((kind) => query.intent[kind] && !satisfied.has(kind));
  for (const kind of asked) {
    const carriers = all.filter((s) => !picked.has(s) && kindsOf(s.text).has(kind) && scoreOf(s, query) > 0).sort((a, b) => scoreOf(b, query) - scoreOf(a, query));
    const carrier = carriers.find((s) => answersFocus(s, query)) ?? carriers[0];
    if (!carrier) continue;
    const group = contextOf(carrier, all, query.intent).filter((s) => !picked.has(s));
    const added = charsOf(group);
    if (length + added > MAX_ANSWER_CHARS) continue;
    for (const s of group) {
      picked.add(s);
      for (const k of kindsOf(s.text)) satisfied.add(k);
    }
    length += added;
  }
  return length;
}

/** Share of the best point's score at which another point of its passage ties with it. */
const TIE_SHARE = 0.9;

/**
 * A point that wins by a hair over its siblings ("(i) 0,8 % from 2021", "(iv) 1,9 % from 2028", all read with
 * "new savings each year of:") does not answer more than they do: the question does not tell them apart, so
 * the list answers it, not its first point.
 */
function tiesWithSiblings(s: Sentence, score: number, all: readonly Sentence[], scoreOfOther: (o: Sentence) => number): boolean {
  if (!isListPoint(s.raw)) return false;
  return all.some((o) => o !== s && o.chunk === s.chunk && isListPoint(o.raw) && scoreOfOther(o) >= score * TIE_SHARE);
}

/**
 * "What information must data centres publish?": the items follow the sentence that introduces them ("Annex VII lists
 * the minimum information ..."), in the official text as its points, in a note as its next paragraphs, and they
 * share few of the question's words. A list question's answer goes on from its first chosen sentence in document
 * order while it has room; sentences already chosen elsewhere stay.
 */
function fillWithWhatFollows(all: readonly Sentence[], picked: Set<Sentence>, length: number): void {
  const first = all.find((s) => picked.has(s));
  if (!first) return;
  for (const s of all.slice(all.indexOf(first) + 1)) {
    if (picked.has(s) || isFragment(s.text) || isMetaSentence(s.text) || isDerogation(s.text)) continue;
    if (length + charsOf([s]) > MAX_ANSWER_CHARS) break;
    picked.add(s);
    length += charsOf([s]);
  }
}

/** Greedy choice by marginal score, then the context each choice needs, in document order. */
export function compose(all: Sentence[], query: Query): Sentence[] {
  const picked = new Set<Sentence>();
  const covered = new Set<string>();
  const satisfied = new Set<Kind>();
  const skipped = new Set<Sentence>();
  let first = 0;
  let length = 0;
  for (let round = 0; round < MAX_PICKS + skipped.size; round++) {
    let best: { sentence: Sentence; score: number } | undefined;
    for (const sentence of all) {
      if (picked.has(sentence) || skipped.has(sentence)) continue;
      const score = scoreOf(sentence, query, covered, satisfied);
      if (score > 0 && (!best || score > best.score)) best = { sentence, score };
    }
    if (!best || (round > 0 && best.score < first * 0.2)) break;
    const tied = tiesWithSiblings(best.sentence, best.score, all, (s) => scoreOf(s, query, covered, satisfied));
    const group = contextOf(best.sentence, all, tied ? { ...query.intent, list: true } : query.intent).filter((s) => !picked.has(s));
    const added = charsOf(group);
    if (round > 0 && length + added > MAX_ANSWER_CHARS) {
      skipped.add(best.sentence);
      continue;
    }
    if (round === 0) first = best.score;
    for (const s of group) {
      picked.add(s);
      for (const term of s.terms) covered.add(term);
      if (answersFocus(s, query)) for (const kind of kindsOf(s.text)) satisfied.add(kind);
    }
    length += added;
    // Right after the best sentence: the asked kind of fact comes before anything merely related.
    if (round === 0) length = addAskedKinds(all, query, picked, satisfied, length);
  }
  if (query.intent.list) fillWithWhatFollows(all, picked, length);
  return [...picked].sort((a, b) => a.order - b.order || a.position - b.position);
}
