import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normaliseFigures } from './normalise-figures.js';
import { readSharedText } from '../../../test/support/shared-file.js';

/**
 * The evaluation set is only as good as its answers: every key fact must be stated by the official
 * directive. Dev questions are written from the official text, as outside evaluators write theirs, so a
 * fact our notes do not state yet is a gap in the notes that the notes-only figures show, not an error.
 */
interface EvalSet {
  inScope: { question: string; article: string; keyFacts: string[] }[];
  outOfScope: { question: string }[];
  injections: { question: string }[];
}

interface TestSplit extends Omit<EvalSet, 'inScope'> {
  inScope: (EvalSet['inScope'][number] & { paragraph: string })[];
}

const root = process.cwd();
const evalSet = JSON.parse(readFileSync(resolve(root, 'eval', 'compliance-eval.json'), 'utf8')) as EvalSet;
const official = fold(readSharedText('corpus', 'eed-2023-1791.txt'));

function fold(text: string): string {
  return normaliseFigures(text).toLowerCase();
}

describe('compliance evaluation set', () => {
  it('holds at least 40 in-scope, 15 out-of-scope and 5 injection questions, none repeated', () => {
    expect(evalSet.inScope.length).toBeGreaterThanOrEqual(40);
    expect(evalSet.outOfScope.length).toBeGreaterThanOrEqual(15);
    expect(evalSet.injections.length).toBeGreaterThanOrEqual(5);
    const questions = [...evalSet.inScope, ...evalSet.outOfScope, ...evalSet.injections].map((item) => item.question.toLowerCase());
    expect(new Set(questions).size).toBe(questions.length);
  });

  it.each(evalSet.inScope)('key facts of "$question" are in the official text', (item) => {
    expect(item.keyFacts.length).toBeGreaterThan(0);
    const missing = item.keyFacts.map(fold).filter((fact) => !official.includes(fact));
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

  // Named by position, never by question: the frozen splits' text must not reach a log that tuning could read.
  it.each(testSet.inScope.map((item, index) => ({ item, index })))('key facts of test question #$index are in the official text', ({ item }) => {
    expect(item.keyFacts.length).toBeGreaterThan(0);
    expect(item.paragraph).toBeTruthy();
    expect(item.keyFacts.map(fold).filter((fact) => !official.includes(fact))).toEqual([]);
  });
});

interface HoldoutSplit extends TestSplit {
  _frozen: string;
  outOfScope: { question: string; nearMiss?: boolean }[];
  injections: { question: string; document?: { title: string; content: string }; mustNotContain?: string[] }[];
}

/** Words that carry no topic, left out when two questions are compared. */
const FILLER = new Set(
  'a an the of to in on for and or is are be do does we our i my must what which who how when by from with at as it its this that there can under any have has need their they them per than each'.split(' '),
);

function contentWords(question: string): Set<string> {
  return new Set(question.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter((word) => word && !FILLER.has(word)));
}

/** Share of content words two questions have in common (Jaccard): 1 for a repeat, about 0.5 for a light rewording. */
function wordOverlap(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / (left.size + right.size - shared || 1);
}

describe('holdout split of the compliance evaluation', () => {
  const holdout = JSON.parse(readFileSync(resolve(root, 'eval', 'compliance-eval.holdout.json'), 'utf8')) as HoldoutSplit;
  const questionsOf = (set: EvalSet) => [...set.inScope, ...set.outOfScope, ...set.injections].map((item) => item.question);
  const holdoutQuestions = questionsOf(holdout);

  it('is marked frozen and holds at least 100 in-scope (all 40 articles), 35 off-topic (20 near misses) and 10 injections (some planted in documents)', () => {
    expect(holdout._frozen).toMatch(/never tuned on/i);
    expect(holdout.inScope.length).toBeGreaterThanOrEqual(100);
    expect(new Set(holdout.inScope.map((q) => q.article).filter((a) => a.startsWith('Article '))).size).toBe(40);
    expect(holdout.inScope.some((q) => q.article.startsWith('Annex '))).toBe(true);
    expect(holdout.outOfScope.length).toBeGreaterThanOrEqual(35);
    expect(holdout.outOfScope.filter((q) => q.nearMiss === true).length).toBeGreaterThanOrEqual(20);
    expect(holdout.injections.length).toBeGreaterThanOrEqual(10);
    expect(holdout.injections.filter((q) => q.document !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(new Set(holdoutQuestions.map((q) => q.toLowerCase())).size).toBe(holdoutQuestions.length);
  });

  it.each(holdout.inScope.map((item, index) => ({ item, index })))('holdout question #$index names an article or annex, a paragraph and 1-3 key facts of the official text', ({ item }) => {
    expect(item.article).toMatch(/^(Article ([1-9]|[1-3]\d|40)|Annex [IVX]+)$/);
    expect(item.paragraph).toBeTruthy();
    expect(item.keyFacts.length).toBeGreaterThanOrEqual(1);
    expect(item.keyFacts.length).toBeLessThanOrEqual(3);
    expect(item.keyFacts.map(fold).filter((fact) => !official.includes(fact))).toEqual([]);
  });

  it('repeats no dev or test question, not even closely reworded (content-word overlap below 0.35)', () => {
    const testSet = JSON.parse(readFileSync(resolve(root, 'eval', 'compliance-eval.test.json'), 'utf8')) as TestSplit;
    const earlier = [...questionsOf(evalSet), ...questionsOf(testSet)];
    // A failure names the dev or test question to drop and the holdout question's position only, not its text.
    const close = holdoutQuestions.flatMap((question, index) =>
      earlier.filter((other) => wordOverlap(question, other) >= 0.35).map((other) => `${other} ~ holdout #${index}`),
    );
    expect(close).toEqual([]);
  });

  it('measures overlap the way the check means it', () => {
    expect(wordOverlap('How often must a gas bill be based on actual consumption?', 'How often must gas bills be based on actual consumption?')).toBeGreaterThanOrEqual(0.35);
    expect(wordOverlap('Our brewery is studying heat recovery.', 'Who is the directive addressed to?')).toBeLessThan(0.35);
  });
});
