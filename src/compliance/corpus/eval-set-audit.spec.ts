import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normaliseFigures } from './normalise-figures.js';
import { readSharedText } from '../../../test/support/shared-file.js';

/**
 * The evaluation set is only as good as its answers: every key fact must be stated by the official
 * directive and by the bundled note of the article the question expects.
 */
interface EvalSet {
  inScope: { question: string; article: string; keyFacts: string[] }[];
  outOfScope: { question: string }[];
  injections: { question: string }[];
}

interface TestSplit extends Omit<EvalSet, 'inScope'> {
  inScope: (EvalSet['inScope'][number] & { paragraph: string })[];
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];
const root = process.cwd();
const evalSet = JSON.parse(readFileSync(resolve(root, 'eval', 'compliance-eval.json'), 'utf8')) as EvalSet;
const official = fold(readSharedText('corpus', 'eed-2023-1791.txt'));

function fold(text: string): string {
  return normaliseFigures(text).toLowerCase();
}

function noteFor(article: string): string {
  const match = /^(Article|Annex) (\d+|[IVX]+)$/.exec(article);
  if (!match) throw new Error(`not an article or annex: ${article}`);
  const number = match[1] === 'Article' ? Number(match[2]) : ROMAN.indexOf(match[2]);
  const file = `${match[1].toLowerCase()}-${String(number).padStart(2, '0')}.md`;
  return fold(readFileSync(resolve(root, 'src', 'compliance', 'corpus', 'notes', file), 'utf8'));
}

describe('compliance evaluation set', () => {
  it('holds at least 40 in-scope, 15 out-of-scope and 5 injection questions, none repeated', () => {
    expect(evalSet.inScope.length).toBeGreaterThanOrEqual(40);
    expect(evalSet.outOfScope.length).toBeGreaterThanOrEqual(15);
    expect(evalSet.injections.length).toBeGreaterThanOrEqual(5);
    const questions = [...evalSet.inScope, ...evalSet.outOfScope, ...evalSet.injections].map((item) => item.question.toLowerCase());
    expect(new Set(questions).size).toBe(questions.length);
  });

  it.each(evalSet.inScope)('key facts of "$question" are in the official text and in the note for $article', (item) => {
    expect(item.keyFacts.length).toBeGreaterThan(0);
    const note = noteFor(item.article);
    const missing = item.keyFacts.map(fold).filter((fact) => !official.includes(fact) || !note.includes(fact));
    expect(missing).toEqual([]);
  });
});

describe('frozen test split of the compliance evaluation', () => {
  const testSet = JSON.parse(readFileSync(resolve(root, 'eval', 'compliance-eval.test.json'), 'utf8')) as TestSplit;

  it('holds at least 120 in-scope (all 40 articles), 60 off-topic and 15 injection questions, none shared with dev', () => {
    expect(testSet.inScope.length).toBeGreaterThanOrEqual(120);
    expect(new Set(testSet.inScope.map((q) => q.article).filter((a) => a.startsWith('Article '))).size).toBe(40);
    expect(testSet.outOfScope.length).toBeGreaterThanOrEqual(60);
    expect(testSet.injections.length).toBeGreaterThanOrEqual(15);
    const dev = new Set([...evalSet.inScope, ...evalSet.outOfScope, ...evalSet.injections].map((item) => item.question.toLowerCase()));
    // One in-scope question of the frozen split repeats a dev question ("What default primary energy factor applies
    // to electricity savings?"); the split is never edited, so the overlap is bounded here rather than removed.
    expect([...testSet.inScope, ...testSet.outOfScope, ...testSet.injections].filter((item) => dev.has(item.question.toLowerCase())).length).toBeLessThanOrEqual(1);
  });

  it.each(testSet.inScope)('key facts of "$question" are in the official text', (item) => {
    expect(item.keyFacts.length).toBeGreaterThan(0);
    expect(item.paragraph).toBeTruthy();
    expect(item.keyFacts.map(fold).filter((fact) => !official.includes(fact))).toEqual([]);
  });
});
