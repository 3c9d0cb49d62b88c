import { intentOf } from './answer-intent.js';
import { contextOf } from './answer-composition.js';
import { sentencesOf } from './answer-scoring.js';
import type { RetrievedChunk } from './rag-types.js';

const RATES: RetrievedChunk = {
  text: 'Member States shall achieve cumulative savings at least equivalent to:\n(a) new savings each year from 2021 to 2030 of:\n(i) 0,8 % of annual final energy consumption from 1 January 2021 to 31 December 2023;\n(ii) 1,3 % of annual final energy consumption from 1 January 2024 to 31 December 2025;\n(iii) 1,9 % of annual final energy consumption from 1 January 2028 to 31 December 2030.\nBy way of derogation, Cyprus and Malta shall achieve new savings each year of 0,24 %.',
  metadata: { documentId: 'eed', title: 'EED', article: 'Article 8', paragraph: '8(1)', chunkIndex: 0, source: 'official' },
  similarity: 0.5,
  score: 0.5,
};

describe(contextOf.name, () => {
  const all = sentencesOf([RATES], () => 1);
  const first = all.find((s) => s.text.includes('0,8 %'));

  it('reads a point of a list of rates with its lead-ins and its sibling points when the question asks a quantity', () => {
    const context = contextOf(first!, all, intentOf('What yearly rate of new savings applies in the final years?')).map((s) => s.text);
    expect(context[0]).toContain('at least equivalent to:');
    expect(context[1]).toContain('new savings each year from 2021 to 2030 of:');
    expect(context.slice(2).map((t) => t.replace(/^\(\w+\) /, '').slice(0, 5))).toEqual(['0,8 %', '1,3 %', '1,9 %']);
    expect(context.join(' ')).not.toContain('Cyprus');
  });

  it('keeps a single point with its lead-ins when the question asks no quantity', () => {
    const context = contextOf(first!, all, intentOf('Which savings apply to the years 2021 to 2023?')).map((s) => s.text);
    expect(context).toHaveLength(3);
    expect(context[2]).toContain('0,8 %');
  });
});
