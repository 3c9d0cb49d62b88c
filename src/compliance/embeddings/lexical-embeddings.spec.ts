import { LexicalEmbeddings } from './lexical-embeddings.js';
import { contentTerms, stem } from './text-terms.js';

const CORPUS = [
  'Enterprises above 10 TJ are subject to an energy audit every four years.',
  'Public bodies renovate 3 % of the floor area of their buildings each year.',
  'Data centres with a power demand of at least 500 kW publish their energy performance.',
];

describe(LexicalEmbeddings.name, () => {
  const embeddings = new LexicalEmbeddings(undefined, 1024);
  embeddings.refit(CORPUS);

  it('is deterministic, L2-normalised and has the configured size', async () => {
    const [a, b] = await Promise.all([embeddings.embedQuery('energy audits'), embeddings.embedQuery('energy audits')]);
    expect(a).toEqual(b);
    expect(a).toHaveLength(1024);
    expect(Math.hypot(...a)).toBeCloseTo(1, 6);
  });

  it('ranks the passage that shares the rare terms first', async () => {
    const [query, ...docs] = await embeddings.embedDocuments(['Which companies need an energy audit?', ...CORPUS]);
    const cosine = (v: number[]) => v.reduce((sum, x, i) => sum + x * query[i], 0);
    const scores = docs.map(cosine);
    expect(scores.indexOf(Math.max(...scores))).toBe(0);
  });

  it('weights rare terms above common ones and unseen terms highest', () => {
    expect(embeddings.weightOf('audit')).toBeGreaterThan(embeddings.weightOf('energy'));
    expect(embeddings.weightOf('cake')).toBeGreaterThan(embeddings.weightOf('audit'));
  });

  it('reports how much of a question the corpus vocabulary knows', () => {
    expect(embeddings.knownShare('How do I bake a cake?')).toBe(0);
    expect(embeddings.knownShare('energy audit for data centres')).toBe(1);
  });

  it('embeds a text of stop words only as the zero vector', async () => {
    expect((await embeddings.embedQuery('what is the')).every((x) => x === 0)).toBe(true);
  });
});

describe('text terms', () => {
  it('stems plurals and common suffixes and drops stop words', () => {
    expect(stem('audits')).toBe('audit');
    expect(stem('carried')).toBe(stem('carry'));
    expect(stem('obligations')).toBe(stem('obligation'));
    // The Member States the directive names, as their people call themselves: "the Maltese ministry" asks about Malta.
    expect([stem('Maltese'.toLowerCase()), stem('cypriot')]).toEqual([stem('malta'), stem('cyprus')]);
    expect(contentTerms('The Member States shall ensure energy audits of 1,9 %')).toEqual(['ensur', 'energy', 'audit', '1.9']);
    // A figure with its unit is one term: a plant's 95 TJ is not the 95 % of another rule.
    expect(contentTerms('Our plant uses 95 TJ; the 95 % rule; 250 m² floor area; EUR 100 million')).toEqual(['plant', 'use', '95tj', 'tj', '95', 'rule', '250m2', 'floor', 'area', 'eur', '100million', 'million']);
  });

  it('gives a verb, its participle and its noun one stem (a silent final e, -ation)', () => {
    expect(stem('revoked')).toBe(stem('revoke'));
    expect(stem('required')).toBe(stem('require'));
    expect(stem('requirement')).toBe(stem('require'));
    expect(stem('delegation')).toBe(stem('delegated'));
    expect(stem('renovation')).toBe(stem('renovate'));
    expect(stem('renovating')).toBe(stem('renovated'));
    expect(stem('fee')).toBe('fee');
  });

  it('undoubles a consonant doubled before -ed or -ing, and keeps ll, ss and zz', () => {
    for (const [word, base] of [['capped', 'caps'], ['transferred', 'transfer'], ['fitted', 'fit'], ['committed', 'commit'], ['running', 'run'], ['submitting', 'submit']]) {
      expect([word, stem(word)]).toEqual([word, stem(base)]);
    }
    expect(stem('billed')).toBe('bill');
    expect(stem('assessed')).toBe('assess');
    expect(stem('installed')).toBe('install');
  });
});
