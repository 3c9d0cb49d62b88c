/**
 * Trains the gate's two scope models on the dev split and writes src/compliance/rag/scope-model.data.json (questions that
 * name neither the directive nor a place of it) and src/compliance/rag/place-scope-model.data.json (those that do).
 * Usage: npm run gate:train   (run it after the dev split changes; the models' specs fail until it is run)
 * Only the dev split trains them: the frozen test and holdout splits measure them and never teach them.
 */
import { writeFileSync } from 'node:fs';
import { PLACE_MODEL_FILE, placeExamples } from '../../src/compliance/rag/place-scope-model.js';
import { SCOPE_MODEL_FILE, trainScopeModel, type ScopeExample } from '../../src/compliance/rag/scope-model.js';
import { devScopeExamples } from './dev-examples.js';

function write(file: string, examples: readonly ScopeExample[], what: string): void {
  const model = trainScopeModel(examples);
  const inScope = examples.filter((example) => !example.offTopic).length;
  const trainedOn = `dev split (eval/compliance-eval.json)${what}: ${inScope} in-scope and ${examples.length - inScope} off-topic questions`;
  writeFileSync(file, `${JSON.stringify({ trainedOn, bias: model.bias, weights: model.weights }, null, 0).replace(/,"/g, ',\n"')}\n`);
  console.log(`${file}: ${Object.keys(model.weights).length} weighted features, trained on the ${trainedOn}`);
}

const examples = devScopeExamples();
write(SCOPE_MODEL_FILE, examples, '');
write(PLACE_MODEL_FILE, placeExamples(examples), ', those naming the directive or a place of it');
