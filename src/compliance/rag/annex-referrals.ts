import type { StoredChunk } from '../index/hnsw-chunk-store.js';

/** What follows an annex of another act: "of Commission Implementing Regulation (EU) 2018/2066", "to Directive 2003/87/EC". */
const OF_OTHER_ACT = /^(?:,?\s*point\s*\(?\w+\)?,?)?\s+(?:of|to)\s+(?:Commission\b|Council\b|Regulation\b|Directive\s*(?:\((?:EU|EC)\)\s*)?\d|Implementing\b|Delegated\b|that\b)/;

/**
 * "Annex V", "Annexes XI and XII", "annex VI": the annex labels a passage's text names. An annex of another act
 * ("the net calorific values set out in Annex VI of Commission Implementing Regulation (EU) 2018/2066") is not this
 * directive's Annex VI and is left out.
 */
export function annexesNamed(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\bAnnex(?:es)?\s+([IVXL]+a?)\b((?:\s*(?:,|and|or)\s*[IVXL]+a?\b)*)/g)) {
    if (OF_OTHER_ACT.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    for (const label of [match[1], ...match[2].split(/\s*(?:,|and|or)\s*/)]) if (label) found.add(`Annex ${label}`);
  }
  return [...found];
}

const named = new WeakMap<StoredChunk, readonly string[]>();

/**
 * Which article refers to which annex, read from the corpus: an article passage that names "Annex V" holds the
 * rule whose method, criteria or contents Annex V details. Learnt from the official text and our notes (an upload
 * may be another act, with its own annexes), never written per question; each passage is read once.
 */
export function annexReferrals(chunks: Iterable<StoredChunk>): Map<string, Set<string>> {
  const referrals = new Map<string, Set<string>>();
  for (const chunk of chunks) {
    const { article, source } = chunk.metadata;
    if (!article?.startsWith('Article ') || (source !== 'official' && source !== 'bundled')) continue;
    let annexes = named.get(chunk);
    if (!annexes) named.set(chunk, (annexes = annexesNamed(chunk.pageContent)));
    for (const annex of annexes) {
      const articles = referrals.get(annex) ?? new Set<string>();
      articles.add(article);
      referrals.set(annex, articles);
    }
  }
  return referrals;
}

export interface Ranked {
  key: string;
  best: number;
}

/** How many leading places the routing looks at: the answer chooses among the first four articles. */
export const ROUTED_PLACES = 4;
/** The preferred one of a pair lands just above the other. */
const LEAD = 1.001;

/**
 * An annex and an article that refers to it both among the leaders share their evidence: a question on a method,
 * criteria or contents goes to the annex, one on who must act by when to the article; other questions keep
 * fusion's order. Reorders `groups` in place (best first).
 */
export function routeByReferral<T extends Ranked>(groups: T[], referrals: ReadonlyMap<string, ReadonlySet<string>>, route: 'annex' | 'article' | undefined): void {
  if (!route) return;
  const leaders = groups.slice(0, ROUTED_PLACES);
  for (const annex of leaders.filter((g) => g.key.startsWith('Annex '))) {
    const articles = referrals.get(annex.key);
    if (!articles) continue;
    for (const article of leaders.filter((g) => articles.has(g.key))) {
      const [preferred, other] = route === 'annex' ? [annex, article] : [article, annex];
      if (preferred.best <= other.best) preferred.best = other.best * LEAD;
    }
  }
  groups.sort((a, b) => b.best - a.best);
}

/**
 * A "how often" or "how long" question on an article and the annex it refers to, both among the leaders: when only
 * one side's passages state a frequency or a time limit, that side holds the answer. Articles 17 and 18 bill "in
 * accordance with" Annexes VIII and IX, which alone say how often; Article 11 says every four years, which Annex VI
 * does not. `states` tells whether a group's retrieved passages state the asked kind. Reorders `groups` in place.
 */
export function routeByStatedKind<T extends Ranked>(groups: T[], referrals: ReadonlyMap<string, ReadonlySet<string>>, states: (group: T) => boolean): void {
  const leaders = groups.slice(0, ROUTED_PLACES);
  for (const annex of leaders.filter((g) => g.key.startsWith('Annex '))) {
    const articles = referrals.get(annex.key);
    if (!articles) continue;
    for (const article of leaders.filter((g) => articles.has(g.key))) {
      const annexStates = states(annex);
      if (annexStates === states(article)) continue;
      const [preferred, other] = annexStates ? [annex, article] : [article, annex];
      if (preferred.best <= other.best) preferred.best = other.best * LEAD;
    }
  }
  groups.sort((a, b) => b.best - a.best);
}
