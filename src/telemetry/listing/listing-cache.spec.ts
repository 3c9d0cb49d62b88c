import type { ListQuery } from '../telemetry-query.js';
import { ListingCache } from './listing-cache.js';

const ORIGIN = { origin: 'http://grid.local', path: '/api/energy/telemetry' };

function query(overrides: Partial<ListQuery> = {}): ListQuery {
  return { filter: {}, top: 100, start: 0, params: {}, ...overrides };
}

describe(ListingCache.name, () => {
  it('serves a page only at the store version it was read at', () => {
    const cache = new ListingCache();
    const key = ListingCache.keyOf(query(), ORIGIN);
    cache.set(4, key, 'page at 4');
    expect(cache.get(4, key)).toBe('page at 4');
    expect(cache.get(6, key)).toBeUndefined();
  });

  it('drops every page when a newer version is stored', () => {
    const cache = new ListingCache();
    const first = ListingCache.keyOf(query(), ORIGIN);
    const second = ListingCache.keyOf(query({ top: 10 }), ORIGIN);
    cache.set(4, first, 'a');
    cache.set(6, second, 'b');
    cache.set(4, first, 'late render of an older version');
    expect(cache.get(6, first)).toBeUndefined();
    expect(cache.get(4, first)).toBeUndefined();
    expect(cache.get(6, second)).toBe('b');
  });

  it('never caches a page read while a write was in progress (odd version)', () => {
    const cache = new ListingCache();
    const key = ListingCache.keyOf(query(), ORIGIN);
    cache.set(5, key, 'torn');
    expect(cache.get(5, key)).toBeUndefined();
  });

  it('keys on every part of the query and on the origin that nextLink repeats', () => {
    const base = ListingCache.keyOf(query(), ORIGIN);
    const variants = [
      ListingCache.keyOf(query({ filter: { status: 1 } }), ORIGIN),
      ListingCache.keyOf(query({ filter: { region: 1 } }), ORIGIN),
      ListingCache.keyOf(query({ filter: { kind: 1 } }), ORIGIN),
      ListingCache.keyOf(query({ search: '12' }), ORIGIN),
      ListingCache.keyOf(query({ start: 100 }), ORIGIN),
      ListingCache.keyOf(query({ top: 50 }), ORIGIN),
      ListingCache.keyOf(query(), { ...ORIGIN, origin: 'https://grid.example.org' }),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  it('keeps at most its capacity, evicting the oldest page', () => {
    const cache = new ListingCache(2);
    const keys = [0, 1, 2].map((start) => ListingCache.keyOf(query({ start }), ORIGIN));
    keys.forEach((key, i) => cache.set(2, key, `page ${i}`));
    expect(keys.map((key) => cache.get(2, key))).toEqual([undefined, 'page 1', 'page 2']);
  });
});
