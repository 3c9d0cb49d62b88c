/**
 * Trains the retriever's article router on the dev split and writes src/compliance/rag/article-router.data.json.
 * Usage: npm run router:train   (run it after the dev split changes; article-router.spec.ts fails until it is run)
 * Only the dev split trains it: the frozen test and holdout splits measure it and never teach it.
 */
import { writeFileSync } from 'node:fs';
import { ARTICLE_ROUTER_FILE, trainArticleRouter } from '../../src/compliance/rag/article-router.js';
import { devRouterExamples } from './dev-examples.js';

const examples = devRouterExamples();
const router = trainArticleRouter(examples);
// One place per line, so a retrained router reads as a diff of the places whose questions changed.
const places = router.places.map((place) => JSON.stringify(place)).join(',\n');
writeFileSync(ARTICLE_ROUTER_FILE, `{"trainedOn":"dev split (eval/compliance-eval.json): ${examples.length} in-scope questions","alpha":${router.alpha},"vocabularySize":${router.vocabularySize},"places":[\n${places}\n]}\n`);
console.log(`${ARTICLE_ROUTER_FILE}: ${router.places.length} places, ${router.vocabularySize} counted features, trained on ${examples.length} dev questions`);
