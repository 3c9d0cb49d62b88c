import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FLAG_REAL, FLAG_USED, createStoreBuffer, mapStore, storeDimensions } from './store-layout.js';
import { readSnapshot, takeCut, writeSnapshot } from './store-snapshot.js';

const identity = { meterCount: 50, simulate: true, seed: 1 };

describe('store snapshots', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pg-snap-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function filledStore() {
    const dims = storeDimensions(60);
    const views = mapStore(createStoreBuffer(dims), dims);
    views.energy[7] = 1234.5;
    views.histPower[100] = 3.25;
    return views;
  }

  it('round-trips the whole store and the real meter ids through a file written atomically', async () => {
    const path = join(dir, 'nested', 'store.snap');
    const views = filledStore();
    await writeSnapshot(views, identity, takeCut(views, [['SM-1', 55]]), path);
    const fresh = mapStore(createStoreBuffer(storeDimensions(60)), storeDimensions(60));
    const result = readSnapshot(fresh, identity, path);
    expect(result).toMatchObject({ restored: true, realIds: [['SM-1', 55]] });
    expect(fresh.energy[7]).toBe(1234.5);
    expect(fresh.histPower[100]).toBe(3.25);
  });

  it('writes which slots are in use as the cut saw them, with its ids, whatever registers while the store is copied', async () => {
    const path = join(dir, 'store.snap');
    const views = filledStore();
    views.flags[55] = FLAG_USED | FLAG_REAL;
    const cut = takeCut(views, [['SM-1', 55]]);
    const writing = writeSnapshot(views, identity, cut, path);
    // A meter the writer registers after the cut, while the copy is under way.
    views.flags[56] = FLAG_USED | FLAG_REAL;
    views.energy[56] = 9;
    await writing;
    const fresh = mapStore(createStoreBuffer(storeDimensions(60)), storeDimensions(60));
    expect(readSnapshot(fresh, identity, path).realIds).toEqual([['SM-1', 55]]);
    expect([fresh.flags[55], fresh.flags[56]]).toEqual([FLAG_USED | FLAG_REAL, 0]);
  });

  it('starts fresh, zeroed, from a missing, truncated, foreign or mismatched snapshot', async () => {
    const path = join(dir, 'store.snap');
    const target = () => mapStore(createStoreBuffer(storeDimensions(60)), storeDimensions(60));
    expect(readSnapshot(target(), identity, path).restored).toBe(false);
    const views = filledStore();
    await writeSnapshot(views, identity, takeCut(views, []), path);
    expect(readSnapshot(target(), { ...identity, seed: 2 }, path).note).toMatch(/SEED/);
    expect(readSnapshot(mapStore(createStoreBuffer(storeDimensions(61)), storeDimensions(61)), identity, path).note).toMatch(/layout/);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 100));
    const truncated = target();
    const result = readSnapshot(truncated, identity, path);
    expect(result).toMatchObject({ restored: false, realIds: [] });
    expect(truncated.energy[7]).toBe(0);
    writeFileSync(path, 'not a snapshot at all');
    expect(readSnapshot(target(), identity, path).note).toMatch(/ignored the snapshot .* unreadable/);
  });
});
