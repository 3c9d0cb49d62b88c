/**
 * How the article router does on dev questions it was not trained on: ten contiguous folds of the dev split (a fold holds
 * whole batches as they were appended), a router trained on the other nine guessing each. Prints, per smoothing, how often
 * its first guess is the question's place and how often that place is among its first three, and, at each confidence the
 * retriever could act on, how many questions reach it and how often the guess is then right; then how often its
 * paragraph is right, given the place, for the questions whose writer named a paragraph.
 * Usage: npm run router:cv
 */
import { numberedParagraph, paragraphOdds, placeOdds, ROUTER_TRAINING, trainArticleRouter } from '../../src/compliance/rag/article-router.js';
import { ROUTER_CONFIDENCE } from '../../src/compliance/rag/hybrid-retriever.js';
import { devRouterExamples } from './dev-examples.js';

const FOLDS = 10;
const examples = devRouterExamples();
const foldOf = (i: number) => Math.floor((i * FOLDS) / examples.length);
console.log(`Article router, ${FOLDS} contiguous folds of the dev split (${examples.length} in-scope questions)`);
console.log(`${'alpha'.padEnd(16)}${'first guess'.padEnd(14)}${'in first three'.padEnd(17)}${'p >= 0.5'.padEnd(22)}${'p >= 0.8'.padEnd(22)}p >= 0.95`);
for (const alpha of [0.05, 0.1, 0.3, 1]) {
  let first = 0;
  let three = 0;
  const confident = [0.5, 0.8, 0.95].map((threshold) => ({ threshold, reached: 0, right: 0 }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const router = trainArticleRouter(examples.filter((_, i) => foldOf(i) !== fold), { ...ROUTER_TRAINING, alpha });
    examples.forEach((example, i) => {
      if (foldOf(i) !== fold) return;
      const odds = placeOdds(router, example.question);
      if (odds[0]?.[0] === example.place) first++;
      if (odds.slice(0, 3).some(([place]) => place === example.place)) three++;
      for (const level of confident) {
        if ((odds[0]?.[1] ?? 0) < level.threshold) continue;
        level.reached++;
        if (odds[0][0] === example.place) level.right++;
      }
    });
  }
  const share = (n: number) => (n / examples.length).toFixed(3);
  const cells = confident.map(({ reached, right }) => `${share(reached)} (${(right / (reached || 1)).toFixed(3)} right)`.padEnd(22));
  const mark = alpha === ROUTER_TRAINING.alpha ? ' (used)' : '';
  console.log(`${`${alpha}${mark}`.padEnd(16)}${share(first).padEnd(14)}${share(three).padEnd(17)}${cells.join('')}`);
}
// The paragraph, given the place: the retriever asks it only of the place it leads with.
let labelled = 0;
let paragraphRight = 0;
let paragraphSure = 0;
for (let fold = 0; fold < FOLDS; fold++) {
  const router = trainArticleRouter(examples.filter((_, i) => foldOf(i) !== fold));
  examples.forEach((example, i) => {
    const paragraph = numberedParagraph(example.place, example.paragraph);
    if (foldOf(i) !== fold || paragraph === undefined || !router.paragraphs[example.place]) return;
    labelled++;
    const [guess, likelihood = 0] = paragraphOdds(router, example.place, example.question)[0] ?? [];
    if (guess === paragraph) paragraphRight++;
    if (likelihood >= ROUTER_CONFIDENCE) paragraphSure++;
  });
}
console.log(`Paragraph given the place, on ${labelled} questions whose writer named one of a place with several: first guess right ${(paragraphRight / labelled).toFixed(3)}, sure (p >= ${ROUTER_CONFIDENCE}) for ${(paragraphSure / labelled).toFixed(3)}.`);
console.log(`The retriever acts on a first guess at p >= ${ROUTER_CONFIDENCE}.`);
