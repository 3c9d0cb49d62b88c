import { MeterDirectory } from '../store/meter-directory.js';
import { listMeters } from '../store/meter-listing.js';
import { RealMeterRegistry, applyReadings } from './readings-applier.js';
import { readingsBatch } from './readings-batch.fixture.js';
import { storeWith } from './store.fixture.js';
import { APPLY_ACCEPTED, APPLY_CAPACITY, APPLY_STALE } from './worker-messages.js';

const T0 = Date.UTC(2026, 10, 25, 18);

describe(applyReadings.name, () => {
  it('applies real readings in order, rejects stale ones, takes over simulated meters and stops at capacity', () => {
    const { store, engine, views } = storeWith(10, 2);
    engine.tick(T0);
    const registry = new RealMeterRegistry();
    const result = applyReadings(engine, registry, readingsBatch([
      { id: 'A', at: T0, kw: 2 },
      { id: 'A', at: T0 - 1, kw: 3 },
      { id: 'B', at: T0, kw: 600 },
      { id: 'C', at: T0, kw: 1 },
      { slot: 3, at: T0 + 500, kw: 4.5, status: 'fault' },
    ]));
    expect(Array.from(result.codes)).toEqual([APPLY_ACCEPTED, APPLY_STALE, APPLY_ACCEPTED, APPLY_CAPACITY, APPLY_ACCEPTED]);
    expect(result.registered).toEqual([['A', 10], ['B', 11]]);
    expect(store.isReal(3)).toBe(true);
    expect(views.kind[11]).toBe(2);
    engine.tick(T0 + 1000);
    expect(store.meter(3).latest.power[0]).toBe(4.5);
    const history = store.meter(3).history;
    expect(history.power[history.power.length - 1]).toBe(4.5);
    expect(store.grid(5).meterCount).toBe(12);
    expect(listMeters(views, new MeterDirectory(10, 12), { filter: {}, start: 0, top: 100 }).count).toBe(12);
  });

  it('accepts a resent batch without applying it twice: one history point, same energy', () => {
    const { store, engine } = storeWith(10, 2);
    engine.tick(T0);
    const registry = new RealMeterRegistry();
    const batch = () => readingsBatch([{ id: 'A', at: T0 + 1000, kw: 2 }, { slot: 3, at: T0 + 1000, kw: 4.5 }]);
    applyReadings(engine, registry, readingsBatch([{ id: 'A', at: T0, kw: 1 }]));
    expect(Array.from(applyReadings(engine, registry, batch()).codes)).toEqual([APPLY_ACCEPTED, APPLY_ACCEPTED]);
    const first = { a: store.meter(10), sim: store.meter(3) };
    expect(Array.from(applyReadings(engine, registry, batch()).codes)).toEqual([APPLY_ACCEPTED, APPLY_ACCEPTED]);
    expect(store.meter(10).history.time.length).toBe(first.a.history.time.length);
    expect(store.meter(10).latest.energy[0]).toBe(first.a.latest.energy[0]);
    expect(store.meter(3).history.time.length).toBe(first.sim.history.time.length);
    // The same timestamp with another power is a correction, not a resend: it is applied.
    applyReadings(engine, registry, readingsBatch([{ id: 'A', at: T0 + 1000, kw: 3 }]));
    expect(store.meter(10).latest.power[0]).toBe(3);
    expect(store.meter(10).history.time.length).toBe(first.a.history.time.length + 1);
  });
});
