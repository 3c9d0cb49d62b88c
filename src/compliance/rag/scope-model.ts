import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTerms, stem } from '../embeddings/text-terms.js';
import { speaksOfThisDirective } from './scope-rules.js';
import { askedSentences } from './question-framing.js';
import { withoutDirectiveFrame } from './answer-framing.js';

/**
 * A learned second opinion for the relevance gate: logistic regression over a question's stemmed words and word pairs,
 * trained on the dev split's in-scope and off-topic questions (tools/scope-model/train.ts). The hand-written scope
 * rules name other acts and subjects one family at a time and carry only partly to questions nobody wrote a rule for;
 * the model learns which words mark the directive's own questions ("savings obligation", "audit", "cost-benefit") and
 * which mark its neighbours' ("allowance", "guarantee of origin", "label"), and weighs them together.
 */
export interface ScopeModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

export interface ScopeExample {
  question: string;
  offTopic: boolean;
}

export interface ScopeTraining {
  epochs: number;
  learningRate: number;
  /** L2 penalty per update, scaled by the size of the training set (so it is a property of the data, not of a pass). */
  l2: number;
  /** A feature seen in fewer questions than this has no weight: a one-off word teaches nothing. */
  minCount: number;
}

export const SCOPE_TRAINING: ScopeTraining = { epochs: 30, learningRate: 0.1, l2: 1e-4, minCount: 2 };

/**
 * Refuse at or above this probability of being off-topic (when no passage matches strongly, relevance-gate.ts). Chosen
 * on ten contiguous folds of the dev split, in both corpus settings, as the most off-topic questions caught while at
 * most 2 in-scope questions are refused; replaying the previous session's fresh batches against a model trained
 * without them, it refuses about half the near misses the rules let through and no in-scope question (README).
 */
export const OFF_TOPIC_PROBABILITY = 0.8;

/**
 * Words that say what kind of fact is asked, not what about: degrees and quantities ("the maximum share", "how many",
 * "what percentage"). The directive's thresholds are asked in them as often as other acts' are; learned as topic words
 * they made "what are the maximum emissions per kWh for efficient district heating?" look like another act's question
 * (dropping them: in-scope questions refused in ten dev folds 3 -> 1 in either corpus setting, off-topic caught 911 -> 914).
 */
const KIND_OF_FACT = new Set(
  'one two three four five six seven eight nine ten many much maximum minimum max min largest highest lowest percentage percent share shares rate rates amount level levels total average limit limits'
    .split(' ')
    .map(stem),
);

/**
 * Words that frame a message, not its topic: greetings, thanks and "quick question". The off-topic batches merged after the
 * 2026-12-06 session's fresh runs open "Quick one:" and "Practical question:" more often than the in-scope questions, and a
 * model trained on them learned "quick" and "question" as off-topic (in-scope questions behind "Quick question from our energy
 * team:" judged off-topic went from 0 to 16 of the dev and test splits').
 */
const FRAMING = new Set('question questions quick q hi hello dear thanks thank regards cheers kindly please'.split(' ').map(stem));

/**
 * Stemmed topic words and each adjacent pair; figures carry no topic ("85 TJ" is asked of both sides), their units stay. The
 * article router (article-router.ts) learns from in-scope questions alone, where framing leans to no side, and keeps it.
 */
export function placeFeatures(question: string): string[] {
  return featuresOf(topicTerms(question));
}

/** The scope model's features: the topic words and pairs without the framing of the message. */
export function scopeFeatures(question: string): string[] {
  return featuresOf(topicTerms(question).filter((term) => !FRAMING.has(term)));
}

function topicTerms(question: string): string[] {
  return contentTerms(question).filter((term) => !/^\d/.test(term) && !KIND_OF_FACT.has(term));
}

function featuresOf(terms: readonly string[]): string[] {
  const features = new Set(terms);
  for (let i = 0; i + 1 < terms.length; i++) features.add(`${terms[i]} ${terms[i + 1]}`);
  return [...features];
}

export function offTopicProbability(model: ScopeModel, question: string): number {
  return probabilityOfFeatures(model, scopeFeatures(question));
}

/** The model's probability for features already read off a question (scopeFeatures), for a caller that also counts them. */
export function probabilityOfFeatures(model: ScopeModel, features: readonly string[]): number {
  let z = model.bias;
  for (const feature of features) z += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * At or below this probability of being off-topic, the model vouches for a question whose retrieved passages match too
 * weakly for the hand-written gate (relevance-gate.ts passesGate): "I advise consumers, and one client is fighting an ESCO
 * over savings that never materialised. Is there an out-of-court route?" names no word of the directive's subject list and
 * its best passage scores 0.096. On ten contiguous dev folds (a model that never saw the question), of the questions the
 * evidence gate refused, 5 of 15 in-scope ones fell at or below 0.02 and none of 263 off-topic ones; at 0.05 one
 * off-topic question did. Re-chosen on 2026-12-06 when the dev split had grown to 5,372 off-topic questions, many of them near
 * misses in the directive's own words ("a dispute with an ESCO", "the national ombudsman"): that question's probability rose to
 * 0.021, and it and three other in-scope dev questions at the edge were refused in the notes-only setting. On ten contiguous
 * folds, the off-topic questions no scope rule refuses (731) number 2 at or below 0.02 and still 2 at or below 0.03 (3 at 0.04),
 * so the edge moved to 0.03: the most in-scope questions vouched for without one more off-topic question exposed.
 */
export const VOUCHED_IN_SCOPE_PROBABILITY = 0.03;

/** Whether the model is sure enough the question is the directive's to answer it on weak passages. */
export function vouchedInScope(model: ScopeModel, question: string): boolean {
  return offTopicProbability(model, question) <= VOUCHED_IN_SCOPE_PROBABILITY;
}

/**
 * The model's verdict: never asked of a question whose asked sentences name the directive, one of its places or its own target.
 * The directive named only in the scene, in a label or as where to look ("I'm still learning the directive. How many nurses does a
 * hospital need per bed?", "Regarding the EED: ...", "... According to the EED, ...") says what the asker is reading, not what they ask: wrapped so, 10 % and 19 % of the dev split's
 * off-topic questions were answered.
 */
export function judgedOffTopic(model: ScopeModel, question: string): boolean {
  return !speaksOfThisDirective(withoutDirectiveFrame(askedSentences(question))) && offTopicProbability(model, question) >= OFF_TOPIC_PROBABILITY;
}

/** Code-unit order of keys, the same on every machine and locale: a committed model's features sort so a retrain reads as a diff. */
export function byCodeUnits<T>([a]: readonly [string, T], [b]: readonly [string, T]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A fixed-seed generator (Park-Miller), so the same examples always train the same model. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/**
 * Stochastic gradient descent on the logistic loss, the two classes weighted to count equally (the dev split holds
 * more in-scope questions than off-topic ones), with a decaying step. Weights are rounded to four decimals so the
 * committed model is readable in a diff and the same on every machine.
 */
export function trainScopeModel(examples: readonly ScopeExample[], options: ScopeTraining = SCOPE_TRAINING): ScopeModel {
  const rows = examples.map((example) => ({ features: scopeFeatures(example.question), label: example.offTopic ? 1 : 0 }));
  const seen = new Map<string, number>();
  for (const row of rows) for (const feature of row.features) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [feature, count] of seen) if (count >= options.minCount) weights.set(feature, 0);
  const offTopic = rows.filter((row) => row.label === 1).length;
  const classWeight = [rows.length / (2 * (rows.length - offTopic || 1)), rows.length / (2 * (offTopic || 1))];
  const decay = (options.l2 * rows.length) / 100;
  const random = seededRandom(20231791);
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(rows, random);
    const step = options.learningRate / (1 + epoch * 0.2);
    for (const row of rows) {
      let z = bias;
      for (const feature of row.features) z += weights.get(feature) ?? 0;
      const gradient = (1 / (1 + Math.exp(-z)) - row.label) * classWeight[row.label];
      bias -= step * gradient;
      for (const feature of row.features) {
        const weight = weights.get(feature);
        if (weight !== undefined) weights.set(feature, weight - step * (gradient + decay * weight));
      }
    }
  }
  const round = (value: number) => Math.round(value * 1e4) / 1e4;
  const kept = [...weights].map(([feature, weight]) => [feature, round(weight)] as const).filter(([, weight]) => weight !== 0);
  kept.sort(byCodeUnits);
  return { bias: round(bias), weights: Object.fromEntries(kept) };
}

export const SCOPE_MODEL_FILE = join(dirname(fileURLToPath(import.meta.url)), 'scope-model.data.json');

let loaded: ScopeModel | undefined;

/** The committed model (scope-model.data.json), read once. */
export function scopeModel(): ScopeModel {
  loaded ??= JSON.parse(readFileSync(SCOPE_MODEL_FILE, 'utf8')) as ScopeModel;
  return loaded;
}
