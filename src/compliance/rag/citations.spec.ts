import { citedOnly, excerptOf, toCitation, withFurtherCitations } from './citations.js';
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

describe(withFurtherCitations.name, () => {
  const inArticle = (id: string, article: string, score: number): RetrievedChunk => ({ ...chunk(id), metadata: { documentId: id, title: id, chunkIndex: 0, article }, score });

  it('keeps the quoted passages first and adds the best passage of each further article, up to five articles', () => {
    const ranked = [inArticle('a1', 'Article 11', 0.9), inArticle('b1', 'Article 8', 0.8), inArticle('a2', 'Article 11', 0.7), inArticle('b2', 'Article 8', 0.6), inArticle('c', 'Article 2', 0.5), inArticle('d', 'Annex VI', 0.4), inArticle('e', 'Article 3', 0.3), inArticle('f', 'Article 4', 0.2)];
    const used = [toCitation(ranked[2]), toCitation(ranked[0])];
    const result = withFurtherCitations(used, ranked);
    expect(result.map((c) => c.documentId)).toEqual(['a2', 'a1', 'b1', 'c', 'd', 'e']);
    expect(result.map((c) => c.used)).toEqual([true, true, false, false, false, false]);
    expect(new Set(result.map((c) => c.article)).size).toBe(5);
  });

  it('lists further provisions before the preamble, and a recital only when room is left', () => {
    const recital: RetrievedChunk = { ...chunk('r'), metadata: { documentId: 'eed', title: 'eed', chunkIndex: 3, paragraph: 'Recital 30' }, score: 0.95 };
    const preamble: RetrievedChunk = { ...chunk('p'), metadata: { documentId: 'eed', title: 'eed', chunkIndex: 4, source: 'official' }, score: 0.94 };
    const memo: RetrievedChunk = { ...chunk('m'), score: 0.9 };
    const ranked = [inArticle('a', 'Article 11', 1), recital, preamble, memo, inArticle('b', 'Article 8', 0.8), inArticle('c', 'Article 2', 0.7), inArticle('d', 'Annex VI', 0.6)];
    const used = [toCitation(ranked[0])];
    // An uploaded memo without articles is no preamble: it keeps its rank.
    expect(withFurtherCitations(used, ranked).map((c) => c.documentId)).toEqual(['a', 'm', 'b', 'c', 'd']);
    expect(withFurtherCitations(used, ranked.slice(0, 5)).map((c) => c.paragraph ?? c.documentId)).toEqual(['a', 'm', 'b', 'Recital 30']);
  });

  it('adds nothing when the quoted passages already name five articles', () => {
    const ranked = ['1', '2', '3', '4', '5', '6'].map((n, i) => inArticle(n, `Article ${n}`, 1 - i / 10));
    const used = ranked.slice(0, 5).map((c) => toCitation(c));
    expect(withFurtherCitations(used, ranked)).toEqual(used);
  });
});

describe(toCitation.name, () => {
  const note: RetrievedChunk = {
    text: 'Under Article 11(7), Member States bring examples to the attention of SMEs. Under Article 11(8), Member States shall develop programmes that also encourage enterprises that are not SMEs to undergo energy audits.',
    metadata: { documentId: 'note-article-11', title: 'Article 11', article: 'Article 11', paragraph: '11(7)', chunkIndex: 4 },
    similarity: 0.3,
    score: 0.3,
  };

  it('cites the paragraph a quoted sentence names for itself, where it is of the passage\'s article', () => {
    expect(toCitation(note, 'Under Article 11(8), Member States shall develop programmes that also encourage enterprises.').paragraph).toBe('11(8)');
    expect(toCitation(note, 'Under Article 11(7), Member States bring examples to the attention of SMEs.').paragraph).toBe('11(7)');
    // No sentence quoted, a sentence naming no paragraph first, or another article's paragraph: the passage's own.
    expect(toCitation(note).paragraph).toBe('11(7)');
    expect(toCitation(note, 'Member States shall develop programmes under Article 11(8).').paragraph).toBe('11(7)');
    expect(toCitation(note, 'Under Article 8(1), savings must be achieved.').paragraph).toBe('11(7)');
  });
});
