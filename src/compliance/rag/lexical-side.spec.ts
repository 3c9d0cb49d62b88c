import type { HnswChunkStore, StoredChunk } from '../index/hnsw-chunk-store.js';
import { LexicalSide } from './lexical-side.js';

const passage = (documentId: string, chunkIndex: number, article: string, articleTitle: string, text: string): StoredChunk =>
  ({ pageContent: text, metadata: { documentId, title: 't', chunkIndex, article, articleTitle, source: 'official' } });

/** A store as LexicalSide reads it: its passages and a revision. */
const storeOf = (chunks: StoredChunk[]) => ({ entries: () => chunks.map((c, i) => [i, c]), revision: 1 }) as unknown as HnswChunkStore;

describe('LexicalSide', () => {
  it("indexes an article's title with its opening passage only, so the title's words vote once per article", () => {
    const side = new LexicalSide().of(
      storeOf([
        passage('d', 0, 'Article 9', 'Energy efficiency obligation schemes', 'Obligated parties achieve the savings.'),
        passage('d', 1, 'Article 9', 'Energy efficiency obligation schemes', 'Retail sales companies do not create barriers to switching.'),
        passage('d', 2, 'Article 9', 'Energy efficiency obligation schemes', 'The savings of each party are published annually.'),
        passage('d', 3, 'Article 10', 'Alternative policy measures', 'Verification is carried out independently of the participating parties.'),
        passage('e', 0, 'Article 9', 'Energy efficiency obligation schemes', 'Our note on the supplier obligation.'),
      ]),
    );
    const found = side.search('obligation schemes', 10).map((hit) => hit.key);
    expect(found.sort()).toEqual(['d#0', 'e#0']);
    // The passages keep their own words.
    expect(side.search('switching barriers', 10).map((hit) => hit.key)).toEqual(['d#1']);
  });
});
