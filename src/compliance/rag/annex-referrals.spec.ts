import type { HnswChunkStore, StoredChunk } from '../index/hnsw-chunk-store.js';
import { annexesNamed, annexReferrals, routeByReferral } from './annex-referrals.js';
import { LexicalSide } from './lexical-side.js';

const chunk = (article: string, text: string, source: 'official' | 'bundled' | 'uploaded' = 'official'): StoredChunk =>
  ({ pageContent: text, metadata: { documentId: 'd', title: 't', chunkIndex: 0, article, source } });

describe(annexesNamed.name, () => {
  it('reads single and listed annex labels', () => {
    expect(annexesNamed('calculated in accordance with Annex V.')).toEqual(['Annex V']);
    expect(annexesNamed('as set out in Annexes XI and XII, and Annex III')).toEqual(['Annex XI', 'Annex XII', 'Annex III']);
    expect(annexesNamed('Articles 8 and 9 of this Directive')).toEqual([]);
  });

  it("leaves out another act's annexes", () => {
    expect(annexesNamed('the net calorific values set out in Annex VI of Commission Implementing Regulation (EU) 2018/2066 apply')).toEqual([]);
    expect(annexesNamed('industrial activities listed in Annex I to Directive 2003/87/EC;')).toEqual([]);
    expect(annexesNamed('in accordance with Annex III to Regulation (EU) 2018/1999')).toEqual([]);
    expect(annexesNamed('the information set out in Annex X to this Directive and Annex VI, point (a).')).toEqual(['Annex X', 'Annex VI']);
  });
});

describe(annexReferrals.name, () => {
  it('learns which article refers to which annex from article passages of the official text and the notes', () => {
    const referrals = annexReferrals([
      chunk('Article 9', 'Energy savings shall be calculated in accordance with Annex V.'),
      chunk('Article 8', 'The methods of Annex V apply.', 'bundled'),
      chunk('Annex V', 'For the purposes of Article 9, Annex VI applies.'),
      chunk('Article 3', 'Annex II of another act', 'uploaded'),
    ]);
    expect([...(referrals.get('Annex V') ?? [])].sort()).toEqual(['Article 8', 'Article 9']);
    expect(referrals.has('Annex VI')).toBe(false);
    expect(referrals.has('Annex II')).toBe(false);
  });
});

describe('LexicalSide.annexReferrals', () => {
  /** A store as LexicalSide reads it: its passages and a revision that moves when they change. */
  const storeOf = (chunks: StoredChunk[], revision: number) => ({ entries: () => chunks.map((c, i) => [i, c]), revision }) as unknown as HnswChunkStore;
  const at = (index: number, c: StoredChunk): StoredChunk => ({ ...c, metadata: { ...c.metadata, chunkIndex: index } });

  it('reads the references once per corpus and again after the corpus changes', () => {
    const side = new LexicalSide();
    const first = [at(0, chunk('Article 9', 'Calculated in accordance with Annex V.'))];
    const store = storeOf(first, 1);
    const referrals = side.of(store).annexReferrals();
    expect(side.of(store).annexReferrals()).toBe(referrals);
    const grown = [...first, at(1, chunk('Article 11', 'Audits meet the criteria of Annex VI.'))];
    expect([...(side.of(storeOf(grown, 2)).annexReferrals().get('Annex VI') ?? [])]).toEqual(['Article 11']);
    expect(side.of(storeOf(first, 3)).annexReferrals().has('Annex VI')).toBe(false);
  });
});

describe(routeByReferral.name, () => {
  const referrals = new Map([['Annex V', new Set(['Article 9'])]]);
  const groups = () => [
    { key: 'Article 9', best: 0.38 },
    { key: 'Article 8', best: 0.3 },
    { key: 'Annex V', best: 0.2 },
    { key: 'Annex VI', best: 0.1 },
  ];

  it('puts the annex above the article that refers to it for a method question', () => {
    const ranked = groups();
    routeByReferral(ranked, referrals, 'annex');
    expect(ranked.map((g) => g.key)).toEqual(['Annex V', 'Article 9', 'Article 8', 'Annex VI']);
  });

  it('puts the article above the annex it refers to for a question on who must do what', () => {
    const ranked = [
      { key: 'Annex V', best: 0.4 },
      { key: 'Article 8', best: 0.3 },
      { key: 'Article 9', best: 0.2 },
    ];
    routeByReferral(ranked, referrals, 'article');
    expect(ranked.map((g) => g.key)).toEqual(['Article 9', 'Annex V', 'Article 8']);
  });

  it('keeps fusion order for other questions, for unrelated pairs and beyond the leading places', () => {
    const ranked = groups();
    routeByReferral(ranked, referrals, undefined);
    expect(ranked.map((g) => g.key)).toEqual(['Article 9', 'Article 8', 'Annex V', 'Annex VI']);
    const far = [{ key: 'Article 9', best: 0.5 }, { key: 'Article 1', best: 0.4 }, { key: 'Article 2', best: 0.3 }, { key: 'Article 3', best: 0.2 }, { key: 'Annex V', best: 0.1 }];
    routeByReferral(far, referrals, 'annex');
    expect(far.map((g) => g.key)).toEqual(['Article 9', 'Article 1', 'Article 2', 'Article 3', 'Annex V']);
    const unrelated = [{ key: 'Article 8', best: 0.5 }, { key: 'Annex V', best: 0.1 }];
    routeByReferral(unrelated, referrals, 'annex');
    expect(unrelated.map((g) => g.key)).toEqual(['Article 8', 'Annex V']);
  });
});
