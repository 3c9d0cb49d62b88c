import { loadBundledNotes } from '../corpus/bundled-notes.js';
import { chunkLegalText, embeddingText } from '../corpus/legal-chunker.js';
import { LexicalEmbeddings } from '../embeddings/lexical-embeddings.js';
import { asksObligation, entityCategories, entityTerms, inDirectiveCategories } from './entity-vocabulary.js';
import { outOfScope } from './scope-rules.js';
import { inDirectiveWords } from './practitioner-vocabulary.js';
import { expandQuery } from './query-expansion.js';
import { gateEvidence, passesGate, OFFLINE_GATE } from './relevance-gate.js';

describe('entity vocabulary', () => {
  it("names a business, a public body or a building as the directive does when the question asks what it owes", () => {
    expect(entityCategories('I own a bakery with 3 staff. Do I have to get an energy audit?')).toEqual(['small enterprise']);
    expect(entityTerms('Our brewery uses 90 TJ a year: what must we have in place?')).toEqual(['enterprises']);
    expect(entityTerms('Must the city council cut the energy use of its offices?')).toEqual(['public bodies local administrative units population', 'buildings']);
    expect(entityTerms('Is the regional fire brigade caught by the public sector target?')).toEqual(['public bodies']);
  });

  it('reads each stretch once: a hospital trust is a public body, not also a hospital building', () => {
    expect(entityCategories('Is our hospital trust subject to the yearly reduction duty?')).toEqual(['public body']);
    expect(entityCategories('Does the renovation duty apply to our hospital?')).toEqual(['building']);
  });

  it('maps the building kinds the directive treats apart to its own words for them', () => {
    expect(entityTerms('Does our parish church have to be renovated?')).toEqual(['buildings places of worship religious activities']);
    expect(entityTerms('Must the army barracks meet the renovation rate?')).toEqual(['buildings armed forces national defence']);
  });

  it("does not take the directive's own one-stop shops for a small shop", () => {
    expect(entityTerms('What must one-stop shops offer?')).toEqual([]);
    expect(entityTerms('What must one stop shops and a corner shop offer?')).toEqual(['SMEs microenterprises enterprises']);
  });

  it('gives nothing to a question that only names the entity', () => {
    for (const question of ['How do I heat my swimming pool cheaply?', 'Which bakery near us makes the best bread?', 'How much does it cost to insulate a school gym?']) {
      expect(asksObligation(question)).toBe(false);
      expect(entityTerms(question)).toEqual([]);
      expect(inDirectiveCategories(question)).toBe(question);
      expect(expandQuery(question)).toBe(question);
    }
  });

  it("rewrites the entity and the everyday words for being obliged for the gate", () => {
    expect(inDirectiveCategories('A hotel group with 250 staff: are we caught by the compulsory audit rules?')).toBe('A enterprises with enterprises: are we subject to the mandatory audit rules?');
  });
});

describe('entity vocabulary at the gate (offline embedder, bundled notes)', () => {
  // The notes alone are the copilot's default corpus, and the one whose vocabulary misses everyday names most.
  const chunks = loadBundledNotes().flatMap((note) => chunkLegalText({ documentId: note.documentId, title: note.title, text: note.text, source: 'bundled' }));
  const embeddings = new LexicalEmbeddings();
  const texts = chunks.map(embeddingText);
  embeddings.refit(texts);
  const vectors = texts.map((t) => embeddings.embedText(t));

  /** The chain's gate: similarity of the expanded question, known share of the question in the directive's words. */
  function passes(question: string, withEntities = true): boolean {
    const query = embeddings.embedText(withEntities ? expandQuery(question) : question);
    const best = Math.max(...vectors.map((v) => v.reduce((sum, x, i) => sum + x * query[i], 0)));
    const plain = inDirectiveWords(withEntities ? inDirectiveCategories(question) : question);
    const chunk = { text: '', metadata: { documentId: 'notes', title: 'notes', chunkIndex: 0 }, similarity: best, score: best };
    return passesGate(gateEvidence([chunk], embeddings.knownShare(plain), plain), OFFLINE_GATE);
  }

  const inScope = [
    // The notes' own wording grows (their terms of art): a question the notes came to know without the entities,
    // "Our family-run bakery has 6 staff: is there any state support to get an audit done?", was replaced by this one.
    'Our small family bakery: is there state support for an audit?',
    'Our national university owns the lecture halls: must they be modernised every year?',
  ];

  it('lets in-scope questions in everyday words through that it refused without the entities', () => {
    expect(inScope.filter((q) => passes(q, false))).toEqual([]);
    expect(inScope.filter((q) => !passes(q))).toEqual([]);
    expect(passes('Does the university hospital trust have to cut its energy use every year?')).toBe(true);
  });

  it('still refuses everyday questions that name the same entities but ask no obligation (scope rules first, as in the chain)', () => {
    const controls = ['How do I heat the swimming pool of our school cheaply?', 'Which bakery near us makes the best bread?', 'How many fire exits does a hospital building need?', 'What colour should we paint the town hall?'];
    expect(controls.filter((q) => outOfScope(q) === undefined && passes(q))).toEqual([]);
  });
});
