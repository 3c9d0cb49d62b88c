/**
 * Trains the retriever's article router on the dev split and writes src/compliance/rag/article-router.data.json.
 * Usage: npm run router:train   (run it after the dev split changes; article-router.spec.ts fails until it is run)
 * Only the dev split trains it: the frozen test and holdout splits measure it and never teach it.
 */
import { writeFileSync } from 'node:fs';
import { ARTICLE_ROUTER_FILE, trainArticleRouter, type PlaceClassifier } from '../../src/compliance/rag/article-router.js';
import { devRouterExamples } from './dev-examples.js';

const examples = devRouterExamples();
const router = trainArticleRouter(examples);
// One place per line, so a retrained router reads as a diff of the places whose questions changed.
const lines = (classifier: PlaceClassifier) => `"alpha":${classifier.alpha},"vocabularySize":${classifier.vocabularySize},"places":[\n${classifier.places.map((place) => JSON.stringify(place)).join(',\n')}\n]`;
const paragraphs = Object.entries(router.paragraphs).map(([place, classifier]) => `${JSON.stringify(place)}:{${lines(classifier)}}`);
writeFileSync(ARTICLE_ROUTER_FILE, `{"trainedOn":"dev split (eval/compliance-eval.json): ${examples.length} in-scope questions",${lines(router)},"paragraphs":{\n${paragraphs.join(',\n')}\n}}\n`);
console.log(`${ARTICLE_ROUTER_FILE}: ${router.places.length} places (${Object.keys(router.paragraphs).length} with paragraphs), ${router.vocabularySize} counted features, trained on ${examples.length} dev questions`);
