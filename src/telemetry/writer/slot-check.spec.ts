import { FLAG_REAL, FLAG_USED, H_REAL, H_USED } from '../store/store-layout.js';
import { RealMeterRegistry, applyReadings } from './readings-applier.js';
import { readingsBatch } from './readings-batch.fixture.js';
import { checkRealSlots, describeCheck } from './slot-check.js';
import { storeWith } from './store.fixture.js';

const T0 = Date.UTC(2026, 10, 25, 18);

describe(checkRealSlots.name, () => {
  /** Five simulated meters, real meters A, B, C at slots 5-7, and simulated slot 2 taken over by a real reading. */
  function registered() {
    const fixture = storeWith(5, 10);
    const registry = new RealMeterRegistry();
    applyReadings(fixture.engine, registry, readingsBatch([{ id: 'A', at: T0, kw: 1 }, { id: 'B', at: T0, kw: 2 }, { id: 'C', at: T0, kw: 3 }, { slot: 2, at: T0, kw: 4 }]));
    return { ...fixture, registry };
  }

  it('frees real slots in use without an id and drops ids without a real slot, then the counters leave them out', () => {
    const { views, engine } = registered();
    expect(views.flags[2] & FLAG_REAL).toBe(FLAG_REAL);
    // A snapshot of the old kind: B and C registered after its id list was taken, plus ids naming no meter.
    const check = checkRealSlots(views, [['A', 5], ['GHOST', 12], ['TWIN', 5], ['A', 6], ['SIM', 2]], 5);
    expect(check).toEqual({ realIds: [['A', 5]], freed: 2, dropped: 4 });
    expect(describeCheck(check)).toMatch(/freed 2 slot\(s\) in use without a meter id and dropped 4 id\(s\)/);
    expect([views.flags[6], views.flags[7], views.energy[6], views.power[7], views.updatedAt[7]]).toEqual([0, 0, 0, 0, 0]);
    engine.initialiseRestored();
    expect(engine.highWater).toBe(6);
    expect(views.header[H_USED]).toBe(6);
    expect(views.header[H_REAL]).toBe(2);
    expect(views.combos.reduce((sum, n) => sum + n, 0)).toBe(6);
    engine.tick(T0 + 1000);
    expect(new Set(Array.from({ length: 15 }, (_, slot) => views.flags[slot] & FLAG_USED).map((f, slot) => (f ? slot : -1)).filter((s) => s >= 0))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });

  it('finds nothing to repair in a consistent store, and a freed slot is reused from nothing', () => {
    const { views, engine, registry, store } = registered();
    expect(checkRealSlots(views, registry.slots, 5)).toEqual({ realIds: [['A', 5], ['B', 6], ['C', 7]], freed: 0, dropped: 0 });
    checkRealSlots(views, [['A', 5]], 5);
    engine.initialiseRestored();
    const fresh = new RealMeterRegistry([['A', 5]]);
    const result = applyReadings(engine, fresh, readingsBatch([{ id: 'D', at: T0 + 5000, kw: 9 }]));
    expect(result.registered).toEqual([['D', 6]]);
    const meter = store.meter(6).latest;
    expect([meter.power[0], meter.energy[0], meter.updatedAt[0]]).toEqual([9, 0, T0 + 5000]);
  });
});
