import { passagePrior } from './passage-prior.js';
import type { RetrievedChunk } from './rag-types.js';

const passage = (article: string | undefined, score: number, extra: Partial<RetrievedChunk['metadata']> & { leadInOnly?: boolean } = {}): RetrievedChunk => {
  const { leadInOnly, ...metadata } = extra;
  return {
    text: `A passage of ${article ?? 'the preamble'}.`,
    metadata: { documentId: 'notes', title: 'Notes', article, chunkIndex: Math.round(score * 100), source: 'bundled', ...metadata },
    similarity: 0.2,
    score,
    ...(leadInOnly ? { leadInOnly } : {}),
  };
};

describe(passagePrior.name, () => {
  it("weighs each article's passages by retrieval's order among them, the first by half again, each next by half as much", () => {
    const third = passage('Article 21', 0.1);
    const first = passage('Article 21', 0.4);
    const second = passage('Article 21', 0.2);
    const prior = passagePrior([third, first, second]);
    expect([first, second, third].map(prior)).toEqual([1.5, 1.25, 1.125]);
  });

  it("ranks each article's note passages on their own, and leaves the official text and uploads to their sentences' words", () => {
    const first = passage('Article 9', 0.1);
    const otherArticle = passage('Article 8', 0.5);
    const official = passage('Article 9', 0.3, { documentId: 'eed', source: 'official' });
    const upload = passage('Article 9', 0.4, { documentId: 'plan', source: 'uploaded' });
    const prior = passagePrior([official, upload, otherArticle, first]);
    expect([first, otherArticle].map(prior)).toEqual([1.5, 1.5]);
    expect([official, upload].map(prior)).toEqual([1, 1]);
  });

  it('leaves at 1 what retrieval only brought along: a list lead-in, an opening passage it did not match, a passage it never saw', () => {
    const matched = passage('Article 11', 0.3);
    const leadIn = passage('Article 11', 0.5, { chunkIndex: 7, leadInOnly: true });
    const opening = passage('Article 11', 0, { chunkIndex: 1 });
    const prior = passagePrior([matched, leadIn, opening]);
    expect(prior(matched)).toBe(1.5);
    expect(prior(leadIn)).toBe(1);
    expect(prior(opening)).toBe(1);
    expect(prior(passage('Article 12', 0.9))).toBe(1);
  });
});
