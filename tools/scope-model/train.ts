/**
 * Trains the gate's scope model on the dev split and writes src/compliance/rag/scope-model.data.json.
 * Usage: npm run gate:train   (run it after the dev split changes; scope-model.spec.ts fails until it is run)
 * Only the dev split trains it: the frozen test and holdout splits measure it and never teach it.
 */
import { writeFileSync } from 'node:fs';
import { SCOPE_MODEL_FILE, trainScopeModel } from '../../src/compliance/rag/scope-model.js';
import { devScopeExamples } from './dev-examples.js';

const examples = devScopeExamples();
const model = trainScopeModel(examples);
const inScope = examples.filter((example) => !example.offTopic).length;
const trainedOn = `dev split (eval/compliance-eval.json): ${inScope} in-scope and ${examples.length - inScope} off-topic questions`;
writeFileSync(SCOPE_MODEL_FILE, `${JSON.stringify({ trainedOn, bias: model.bias, weights: model.weights }, null, 0).replace(/,"/g, ',\n"')}\n`);
console.log(`${SCOPE_MODEL_FILE}: ${Object.keys(model.weights).length} weighted features, trained on the ${trainedOn}`);
