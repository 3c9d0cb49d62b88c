import { contentTerms } from '../embeddings/text-terms.js';
import { isListPoint } from './answer-sentences.js';

/**
 * The asker's own figure decides which of an article's thresholds is theirs: "our factory uses about 40 TJ a year, with
 * no energy management system" falls under the audit duty above 10 TJ, not under the management-system duty above
 * 85 TJ, though both sentences share every word of the question. A sentence whose threshold the figure meets is the
 * answer; one whose threshold it does not meet is about someone else.
 */
export interface Quantity {
  value: number;
  unit: string;
}

/** Units compared, each with its factor to the family's base (TJ, MW, m2, inhabitants). */
const UNITS: Readonly<Record<string, { base: string; factor: number }>> = {
  tj: { base: 'tj', factor: 1 },
  pj: { base: 'tj', factor: 1000 },
  mw: { base: 'mw', factor: 1 },
  mwe: { base: 'mw', factor: 1 },
  mwth: { base: 'mw', factor: 1 },
  kw: { base: 'mw', factor: 0.001 },
  kwe: { base: 'mw', factor: 0.001 },
  m2: { base: 'm2', factor: 1 },
  inhabitants: { base: 'inhabitants', factor: 1 },
};

const NUMBER = String.raw`(\d{1,3}(?:[ ,.]\d{3})+|\d+(?:[.,]\d+)?)`;
/** A unit ends where no letter or digit follows ("m²" ends in a non-word character, so \b would not end it). */
const UNIT = String.raw`(TJ|PJ|MWe|MWth|MW|kWe|kW|m\s?\^?\s?2|m²|inhabitants)(?![\w²])`;
const FIGURE = new RegExp(String.raw`${NUMBER}\s?${UNIT}`, 'gi');
/** "higher than 85 TJ", "of at least 500 kW", "over 250 m^2", "exceeding 10 MW"; "below 1 MWe", "up to 50 kWe". */
const ABOVE = new RegExp(String.raw`\b(higher than|more than|greater than|above|exceeding|over|at least|equal to or (?:greater|higher) than)\s+${NUMBER}\s?${UNIT}`, 'gi');
const BELOW = new RegExp(String.raw`\b(below|less than|lower than|under|not exceeding|up to)\s+${NUMBER}\s?${UNIT}`, 'gi');
/** A population given without its unit: "municipalities having a total population higher than 45 000". */
const POPULATION_ABOVE = new RegExp(String.raw`\bpopulation (?:higher|greater|more) than\s+${NUMBER}`, 'gi');
/** "local administrative units with a population of less than 50 000". */
const POPULATION_BELOW = new RegExp(String.raw`\bpopulation (?:of )?(?:less|lower|fewer) than\s+${NUMBER}(?!\s?inhabitants)`, 'gi');

/** "1 200", "38,000" and "45.000" are thousands; "1,9" and "2.5" are decimals. */
function numberOf(text: string): number {
  if (/^\d{1,3}([ ,.]\d{3})+$/.test(text)) return Number(text.replace(/[ ,.]/g, ''));
  return Number(text.replace(',', '.'));
}

function quantity(value: string, unit: string): Quantity | undefined {
  const key = unit.toLowerCase().replace(/\s|\^/g, '').replace('m²', 'm2');
  const known = UNITS[key];
  return known ? { value: numberOf(value) * known.factor, unit: known.base } : undefined;
}

/** The figures a question states of the asker's own situation, in comparable units. */
export function askedQuantities(question: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of question.matchAll(FIGURE)) {
    const q = quantity(match[1], match[2]);
    if (q) found.push(q);
  }
  // "a town of 38 000 residents", "a city of 60,000 people": inhabitants in everyday words.
  for (const match of question.matchAll(new RegExp(String.raw`${NUMBER}\s+(residents|people)\b`, 'gi'))) found.push({ value: numberOf(match[1]), unit: 'inhabitants' });
  return found;
}

/** What a sentence whose thresholds the asker's figure all misses counts of its score. */
const MISSES = 0.5;

/**
 * Whether the asker's figure tells an article's duties apart: some passage sets a threshold it meets and another one it
 * does not ("higher than 10 TJ" and "higher than 85 TJ" for 40 TJ). Where it meets or misses them all, the figure
 * chooses nothing: "we use 8 TJ, are we caught by the audit rules?" is answered by the 10 TJ threshold it misses. Nor
 * does it choose where the question names the subject of a threshold it misses (namingTheSubject).
 */
export function choosesAmongThresholds(sentences: readonly ThresholdSentence[], asked: readonly Quantity[], question?: AskedTerms): boolean {
  if (asked.length === 0) return false;
  const judged = sentences.filter((s) => verdictsOf(s.text, asked).length > 0);
  if (new Set(judged.flatMap((s) => verdictsOf(s.text, asked))).size < 2) return false;
  const named = question ? namingTheSubject(judged, question) : undefined;
  return named === undefined || verdictsOf(named.text, asked).some(Boolean);
}

/** A sentence that sets a threshold, and its text as the passage writes it (with its point label: "(c) a service facility ..."). */
export interface ThresholdSentence {
  text: string;
  raw?: string;
}

/** The question's terms and how much each tells (rare words more). */
export interface AskedTerms {
  terms: ReadonlySet<string>;
  weight: (term: string) => number;
}

/**
 * The point of a list, each point setting a threshold, that the question names: the one whose words no other point
 * carries weigh most. "a 6 MW wastewater treatment plant" is the service facility of the point "(c) ... exceeding 7 MW,
 * such as wastewater treatment facilities", though the figure meets the data-centre point's 1 MW: the answer is the point
 * that names the asker's kind of installation, and its threshold says the plant is below it. A word every point carries
 * ("waste heat") names no one, and only list points name subjects so: a duty's sentence that alone says "certified" names none.
 */
function namingTheSubject(sentences: readonly ThresholdSentence[], question: AskedTerms): ThresholdSentence | undefined {
  const points = sentences.filter((s) => isListPoint(s.raw ?? s.text));
  const own = new Map(points.map((s) => [s, new Set(contentTerms(s.text).filter((term) => question.terms.has(term)))]));
  const carriers = new Map<string, number>();
  for (const terms of own.values()) for (const term of terms) carriers.set(term, (carriers.get(term) ?? 0) + 1);
  let best: { point: ThresholdSentence; weight: number } | undefined;
  for (const [point, terms] of own) {
    const weight = [...terms].filter((term) => carriers.get(term) === 1).reduce((sum, term) => sum + question.weight(term), 0);
    if (weight > 0 && (!best || weight > best.weight)) best = { point, weight };
  }
  return best?.point;
}

/**
 * The factor for a sentence's score: MISSES where it sets thresholds of the asker's unit and the figure meets none of
 * them, else 1. A sentence without a threshold of its own is judged by its paragraph's ("... higher than 85 TJ ...
 * implement an energy management system." then "Member States shall ensure that ... by 11 October 2027."): the
 * deadline is that duty's.
 */
export function thresholdFit(sentence: string, asked: readonly Quantity[], paragraph?: string): number {
  if (asked.length === 0) return 1;
  const own = verdictsOf(sentence, asked);
  const verdicts = own.length === 0 && paragraph !== undefined ? verdictsOf(paragraph, asked) : own;
  return verdicts.length > 0 && !verdicts.some(Boolean) ? MISSES : 1;
}

/**
 * Whether the asker's figure meets a threshold the sentence itself sets: a derogation for "local administrative units
 * with a population of less than 5 000 inhabitants" is the answer for a town of 4 200, not a side condition.
 */
export function meetsOwnThreshold(sentence: string, asked: readonly Quantity[]): boolean {
  return asked.length > 0 && verdictsOf(sentence, asked).some(Boolean);
}

/**
 * Verdicts already reached for one question's figures, by text: the composer scores every sentence of the article
 * again in each round, and a sentence without a threshold of its own sends its whole paragraph each time.
 */
const reached = new WeakMap<readonly Quantity[], Map<string, boolean[]>>();

function verdictsOf(text: string, asked: readonly Quantity[]): boolean[] {
  let byText = reached.get(asked);
  if (!byText) {
    byText = new Map<string, boolean[]>();
    reached.set(asked, byText);
  }
  let verdicts = byText.get(text);
  if (!verdicts) {
    verdicts = judged(text, asked);
    byText.set(text, verdicts);
  }
  return verdicts;
}

/** Whether the figure meets each threshold of its unit that the text sets. */
function judged(text: string, asked: readonly Quantity[]): boolean[] {
  const verdicts: boolean[] = [];
  const judge = (value: string, unit: string, above: boolean) => {
    const threshold = quantity(value, unit);
    if (!threshold) return;
    for (const q of asked) if (q.unit === threshold.unit) verdicts.push(above ? q.value >= threshold.value : q.value < threshold.value);
  };
  for (const match of text.matchAll(ABOVE)) judge(match[2], match[3], true);
  for (const match of text.matchAll(BELOW)) judge(match[2], match[3], false);
  for (const match of text.matchAll(POPULATION_ABOVE)) judge(match[1], 'inhabitants', true);
  for (const match of text.matchAll(POPULATION_BELOW)) judge(match[1], 'inhabitants', false);
  return verdicts;
}
