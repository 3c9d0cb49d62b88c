/**
 * How the scope model does on dev questions it was not trained on: ten contiguous folds of the dev split (each list cut
 * in tenths, so a fold holds whole batches as they were appended), a model trained on the other nine judging each.
 * Prints, per threshold, the in-scope questions it would refuse and the off-topic ones it would catch, counting only
 * questions it is asked about (not naming the directive or a place of it). The gate also requires a weak best passage
 * (GateSettings.scopeModelBelow), which needs the index and is left out here: these are the model's own figures.
 * Usage: npm run gate:cv
 */
import { offTopicProbability, OFF_TOPIC_PROBABILITY, trainScopeModel } from '../../src/compliance/rag/scope-model.js';
import { speaksOfThisDirective } from '../../src/compliance/rag/scope-rules.js';
import { devScopeExamples } from './dev-examples.js';

const FOLDS = 10;
const all = devScopeExamples();
const inScope = all.filter((example) => !example.offTopic);
const offTopic = all.filter((example) => example.offTopic);
// Each list cut in tenths in its own order: a fold holds the questions appended together.
const examples = [inScope, offTopic].flatMap((list) => list.map((example, i) => ({ ...example, fold: Math.floor((i * FOLDS) / list.length), probability: 0 })));
for (let fold = 0; fold < FOLDS; fold++) {
  const model = trainScopeModel(examples.filter((example) => example.fold !== fold));
  for (const example of examples.filter((e) => e.fold === fold)) example.probability = speaksOfThisDirective(example.question) ? 0 : offTopicProbability(model, example.question);
}
console.log(`Scope model, ${FOLDS} contiguous folds of the dev split (${inScope.length} in-scope, ${offTopic.length} off-topic)`);
console.log(`${'threshold'.padEnd(18)}${'in-scope refused'.padEnd(20)}off-topic caught`);
for (const threshold of [0.5, 0.6, 0.7, 0.8, 0.9]) {
  const refused = examples.filter((example) => !example.offTopic && example.probability >= threshold).length;
  const caught = examples.filter((example) => example.offTopic && example.probability >= threshold).length;
  const mark = threshold === OFF_TOPIC_PROBABILITY ? ' (the gate)' : '';
  console.log(`${`${threshold}${mark}`.padEnd(18)}${`${refused} (${((100 * refused) / inScope.length).toFixed(1)} %)`.padEnd(20)}${caught} (${((100 * caught) / offTopic.length).toFixed(1)} %)`);
}
