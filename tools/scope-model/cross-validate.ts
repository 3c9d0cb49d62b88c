/**
 * How the two scope models do on dev questions they were not trained on: ten contiguous folds of the dev split (each list
 * cut in tenths, so a fold holds whole batches as they were appended), a model trained on the other nine judging each.
 * Prints, per threshold, the in-scope questions each model would refuse and the off-topic ones it would catch, counting only
 * the questions it is asked about: the scope model's (naming neither the directive nor a place of it) and the place model's
 * (naming one; for it also only those no scope rule refuses and that do not ask a place's rule, as the gate asks it). The gate also requires a weak best
 * passage for the scope model (GateSettings.scopeModelBelow), which needs the index and is left out here: these are the
 * models' own figures.
 * Usage: npm run gate:cv
 */
import { asksAPlacesRule, PLACE_OFF_TOPIC_PROBABILITY, placeModelView } from '../../src/compliance/rag/place-scope-model.js';
import { offTopicProbability, OFF_TOPIC_PROBABILITY, trainScopeModel, type ScopeExample } from '../../src/compliance/rag/scope-model.js';
import { namesThisDirectiveOrAPlace, outOfScope, speaksOfThisDirective } from '../../src/compliance/rag/scope-rules.js';
import { devScopeExamples } from './dev-examples.js';

const FOLDS = 10;

interface Judged extends ScopeExample {
  fold: number;
  probability: number;
}

/** Each list cut in tenths in its own order: a fold holds the questions appended together. */
function inFolds(examples: readonly ScopeExample[]): Judged[] {
  const inScope = examples.filter((example) => !example.offTopic);
  const offTopic = examples.filter((example) => example.offTopic);
  return [inScope, offTopic].flatMap((list) => list.map((example, i) => ({ ...example, fold: Math.floor((i * FOLDS) / list.length), probability: 0 })));
}

/** Out-of-fold probabilities: `asked(question)` says whether the model is asked about a question at all (0 where not). */
function crossValidate(examples: readonly ScopeExample[], view: (question: string) => string, asked: (question: string) => boolean): Judged[] {
  const judged = inFolds(examples);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainScopeModel(judged.filter((example) => example.fold !== fold).map(({ question, offTopic }) => ({ question: view(question), offTopic })));
    for (const example of judged.filter((e) => e.fold === fold)) example.probability = asked(example.question) ? offTopicProbability(model, view(example.question)) : 0;
  }
  return judged;
}

function share(count: number, of: number): string {
  return `${count} of ${of} (${((100 * count) / Math.max(of, 1)).toFixed(1)} %)`;
}

function table(title: string, judged: readonly Judged[], thresholds: readonly number[], gate: number): void {
  const inScope = judged.filter((example) => !example.offTopic);
  const offTopic = judged.filter((example) => example.offTopic);
  console.log(`${title} (${inScope.length} in-scope, ${offTopic.length} off-topic)`);
  console.log(`${'threshold'.padEnd(18)}${'in-scope refused'.padEnd(26)}off-topic caught`);
  for (const threshold of thresholds) {
    const refused = inScope.filter((example) => example.probability >= threshold).length;
    const caught = offTopic.filter((example) => example.probability >= threshold).length;
    const mark = threshold === gate ? ' (the gate)' : '';
    console.log(`${`${threshold}${mark}`.padEnd(18)}${share(refused, inScope.length).padEnd(26)}${share(caught, offTopic.length)}`);
  }
}

const dev = devScopeExamples();
const scope = crossValidate(dev, (question) => question, (question) => !speaksOfThisDirective(question));
table(`Scope model, ${FOLDS} contiguous folds of the dev split`, scope, [0.5, 0.6, 0.7, 0.8, 0.9], OFF_TOPIC_PROBABILITY);

// The place model learns and judges the questions as it reads them (placeModelView); the rules are asked of them as written.
const place = crossValidate(
  dev.filter(({ question }) => namesThisDirectiveOrAPlace(question)),
  placeModelView,
  () => true,
);
console.log('');
table(`Place model, ${FOLDS} contiguous folds of the dev questions naming the directive or a place of it`, place, [0.8, 0.9, 0.95, 0.96, 0.97], PLACE_OFF_TOPIC_PROBABILITY);
console.log('');
table("The same, only the questions no scope rule refuses and that do not ask a place's rule (the ones the gate asks it about)", place.filter(({ question }) => !outOfScope(question) && !asksAPlacesRule(question)), [0.8, 0.9, 0.95, 0.96, 0.97], PLACE_OFF_TOPIC_PROBABILITY);
