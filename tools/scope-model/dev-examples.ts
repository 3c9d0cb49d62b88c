import type { ScopeExample } from '../../src/compliance/rag/scope-model.js';

interface EvalSplit {
  inScope: { question: string }[];
  outOfScope: { question: string }[];
}

/** The dev split's in-scope and off-topic questions as training examples; injections teach the injection guard, not this. */
export function devScopeExamples(split: EvalSplit): ScopeExample[] {
  return [...split.inScope.map(({ question }) => ({ question, offTopic: false })), ...split.outOfScope.map(({ question }) => ({ question, offTopic: true }))];
}
