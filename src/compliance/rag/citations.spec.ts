import { citedOnly, excerptOf } from './citations.js';
import type { RetrievedChunk } from './rag-types.js';

const chunk = (id: string): RetrievedChunk => ({ text: `text of ${id}`, metadata: { documentId: id, title: id, chunkIndex: 0 }, similarity: 0.3, score: 0.3 });

describe(citedOnly.name, () => {
  it('drops markers that point at no passage and keeps the rest in citation order', () => {
    const result = citedOnly('A [3]. B [9]. C [1] [3].', [chunk('a'), chunk('b'), chunk('c')]);
    expect(result.answer).toBe('A [1]. B. C [2] [1].');
    expect(result.citations.map((c) => c.documentId)).toEqual(['c', 'a']);
    expect(result.citations[0]).not.toHaveProperty('article');
  });
});

describe(excerptOf.name, () => {
  it('starts at the focus sentence and cuts long passages with an ellipsis', () => {
    const text = `${'intro '.repeat(100)}The key sentence. ${'tail '.repeat(100)}`;
    const excerpt = excerptOf(text, 'The key sentence.');
    expect(excerpt.startsWith('The key sentence.')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});
