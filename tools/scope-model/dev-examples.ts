import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScopeExample } from '../../src/compliance/rag/scope-model.js';

interface EvalSplit {
  inScope: { question: string }[];
  outOfScope: { question: string }[];
}

/**
 * The dev split's (eval/compliance-eval.json) in-scope and off-topic questions as training examples, in-scope first, each
 * list in the order it was appended; injections teach the injection guard, not this.
 */
export function devScopeExamples(root = process.cwd()): ScopeExample[] {
  const split = JSON.parse(readFileSync(join(root, 'eval', 'compliance-eval.json'), 'utf8')) as EvalSplit;
  return [...split.inScope.map(({ question }) => ({ question, offTopic: false })), ...split.outOfScope.map(({ question }) => ({ question, offTopic: true }))];
}
