import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byCodeUnits, placeFeatures } from './scope-model.js';

/**
 * A learned guess at the article or annex a question is about, and at the numbered paragraph within it: multinomial
 * naive Bayes over the question's stemmed words and word pairs (the scope model's features), trained on the dev split's
 * in-scope questions, the place each is answered by and, where its writer gave one, the paragraph
 * (tools/article-router/train.ts). Retrieval matches a question's words against the law's; practitioners ask in their
 * own ("we cut off a customer", "our bank's green home loans", "a rival supplier"), and the same everyday words recur
 * across the thousands of dev questions written for each article and paragraph. Retrieval ranks the places; this only
 * adds a vote for the place and the paragraph it is sure of (hybrid-retriever.ts).
 */
export interface PlaceClassifier {
  /** Laplace smoothing added to every feature count. */
  alpha: number;
  /** Features that have a count, over all places (the smoothing's denominator). */
  vocabularySize: number;
  places: readonly RouterPlace[];
}

export interface ArticleRouter extends PlaceClassifier {
  /** Per article or annex, a classifier over its numbered paragraphs ("8(3)", "Annex V(2)"), where the dev split asks more than one. */
  paragraphs: Readonly<Record<string, PlaceClassifier>>;
}

export interface RouterPlace {
  /** "Article 8", "Annex IV", or a paragraph "8(3)": as citations and chunk metadata name it. */
  place: string;
  /** Training questions of this place. */
  questions: number;
  /** Feature occurrences in them, counted features only. */
  total: number;
  counts: Readonly<Record<string, number>>;
}

export interface RouterExample {
  question: string;
  place: string;
  /** The paragraph the question's writer named ("8(3)", "8(1)(b)(iv)", "Annex IX point 3"), if any. */
  paragraph?: string;
}

export interface RouterTraining {
  alpha: number;
  /** A feature seen in fewer questions than this over the whole training set is not counted: a one-off word teaches nothing. */
  minCount: number;
}

/** 0.1 and minimum 2 did best of 0.05 to 1 and 1 to 3 on ten contiguous dev folds (npm run router:cv). */
export const ROUTER_TRAINING: RouterTraining = { alpha: 0.1, minCount: 2 };

export function trainArticleRouter(examples: readonly RouterExample[], options: RouterTraining = ROUTER_TRAINING): ArticleRouter {
  const paragraphs: Record<string, PlaceClassifier> = {};
  const byPlace = new Map<string, { question: string; place: string }[]>();
  for (const example of examples) {
    const paragraph = numberedParagraph(example.place, example.paragraph);
    if (paragraph) byPlace.set(example.place, [...(byPlace.get(example.place) ?? []), { question: example.question, place: paragraph }]);
  }
  for (const [place, labelled] of [...byPlace].sort(byCodeUnits)) {
    if (new Set(labelled.map((example) => example.place)).size > 1) paragraphs[place] = trainClassifier(labelled, options);
  }
  return { ...trainClassifier(examples, options), paragraphs };
}

/**
 * The numbered paragraph a writer's label names, as chunk metadata writes it: "8(1)(b)(iv)" -> "8(1)", "Annex IX point 3"
 * and "Annex VIII(1.1)" -> "Annex IX(3)", "Annex VIII(1)"; undefined for a whole article, a range or an annex's part.
 */
export function numberedParagraph(place: string, label: string | undefined): string | undefined {
  if (!label) return undefined;
  const article = /^(\d+)\((\d+)\)/.exec(label);
  if (article) return `Article ${article[1]}` === place ? `${article[1]}(${article[2]})` : undefined;
  const annex = /^(Annex [IVXL]+)(?:,?\s*point\s*|\s*\()(\d+)/.exec(label);
  return annex && annex[1] === place ? `${annex[1]}(${annex[2]})` : undefined;
}

function trainClassifier(examples: readonly { question: string; place: string }[], options: RouterTraining): PlaceClassifier {
  const rows = examples.map((example) => ({ place: example.place, features: placeFeatures(example.question) }));
  const seen = new Map<string, number>();
  for (const row of rows) for (const feature of row.features) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  const counted = (feature: string) => (seen.get(feature) ?? 0) >= options.minCount;
  const places = new Map<string, { place: string; questions: number; total: number; counts: Record<string, number> }>();
  for (const row of rows) {
    const entry = places.get(row.place) ?? { place: row.place, questions: 0, total: 0, counts: {} };
    entry.questions++;
    for (const feature of row.features.filter(counted)) {
      entry.counts[feature] = (entry.counts[feature] ?? 0) + 1;
      entry.total++;
    }
    places.set(row.place, entry);
  }
  const sorted = [...places].sort(byCodeUnits).map(([, entry]) => entry);
  for (const entry of sorted) entry.counts = Object.fromEntries(Object.entries(entry.counts).sort(byCodeUnits));
  return { alpha: options.alpha, vocabularySize: [...seen.keys()].filter(counted).length, places: sorted };
}

/** Each place with its probability for the question, most likely first; empty when the question has no feature the router knows. */
export function placeOdds(router: PlaceClassifier, question: string): [string, number][] {
  const features = placeFeatures(question);
  const known = features.filter((feature) => router.places.some((place) => feature in place.counts));
  if (known.length === 0) return [];
  const questions = router.places.reduce((sum, place) => sum + place.questions, 0);
  const logs = router.places.map((place) => {
    let log = Math.log(place.questions / questions);
    const denominator = place.total + router.alpha * router.vocabularySize;
    for (const feature of known) log += Math.log(((place.counts[feature] ?? 0) + router.alpha) / denominator);
    return [place.place, log] as const;
  });
  const top = Math.max(...logs.map(([, log]) => log));
  const sum = logs.reduce((total, [, log]) => total + Math.exp(log - top), 0);
  return logs.map(([place, log]): [string, number] => [place, Math.exp(log - top) / sum]).sort((a, b) => b[1] - a[1]);
}

/** The paragraphs of an article or annex with their probability for the question, most likely first; empty where none is known. */
export function paragraphOdds(router: ArticleRouter, place: string, question: string): [string, number][] {
  const classifier = router.paragraphs[place];
  return classifier ? placeOdds(classifier, question) : [];
}

export const ARTICLE_ROUTER_FILE = join(dirname(fileURLToPath(import.meta.url)), 'article-router.data.json');

let loaded: ArticleRouter | undefined;

/** The committed router (article-router.data.json), read once. */
export function articleRouter(): ArticleRouter {
  loaded ??= JSON.parse(readFileSync(ARTICLE_ROUTER_FILE, 'utf8')) as ArticleRouter;
  return loaded;
}
