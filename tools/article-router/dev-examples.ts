import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RouterExample } from '../../src/compliance/rag/article-router.js';

interface EvalSplit {
  inScope: { question: string; article: string; paragraph?: string }[];
}

/** The dev split's (eval/compliance-eval.json) in-scope questions with the place (and paragraph) that answers each, in the order appended. */
export function devRouterExamples(root = process.cwd()): RouterExample[] {
  const split = JSON.parse(readFileSync(join(root, 'eval', 'compliance-eval.json'), 'utf8')) as EvalSplit;
  return split.inScope.map(({ question, article, paragraph }) => ({ question, place: article, paragraph }));
}
