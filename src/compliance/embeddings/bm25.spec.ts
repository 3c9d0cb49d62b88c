import { Bm25Index } from './bm25.js';

const PASSAGES: Record<string, string> = {
  a: 'Enterprises above 10 TJ carry out an energy audit every four years.',
  b: 'Public bodies renovate 3 % of the floor area of their buildings each year.',
  c: 'The heat pump at the depot is audited for feeder losses.',
  d: 'Energy audits of heat networks cover the feeder and the substation.',
  e: 'Member States report their energy savings each year.',
};

const QUERIES = ['energy audit', 'heat pump feeder', 'buildings renovate each year', 'substation'];

describe(Bm25Index.name, () => {
  it('answers after passages are added and removed one at a time exactly as an index built from the remaining passages', () => {
    const incremental = new Bm25Index<string>();
    for (const key of ['a', 'b', 'x', 'c', 'd']) incremental.add(key, PASSAGES[key] ?? 'A passage about zqvx that goes away again.');
    expect(incremental.remove('x')).toBe(true);
    expect(incremental.remove('x')).toBe(false);
    incremental.add('e', PASSAGES.e);
    incremental.remove('b');
    incremental.add('b', PASSAGES.b);

    const fresh = new Bm25Index(['a', 'c', 'd', 'e', 'b'].map((key) => ({ key, text: PASSAGES[key] })));
    expect(incremental.size).toBe(5);
    for (const query of QUERIES) {
      const got = incremental.search(query, 5);
      const want = fresh.search(query, 5);
      expect(got.map((hit) => hit.key)).toEqual(want.map((hit) => hit.key));
      got.forEach((hit, i) => expect(hit.score).toBeCloseTo(want[i].score, 10));
    }
    expect(incremental.search('zqvx', 5)).toEqual([]);
  });
});
