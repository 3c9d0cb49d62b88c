import { STATUS_PEAK } from '../telemetry.constants.js';
import { RealMeterRegistry, applyReadings } from '../simulator/readings-applier.js';
import { SimulatorEngine } from '../simulator/simulator-engine.js';
import { startSimulatorWorker } from '../simulator/worker-entry.js';
import { APPLY_ACCEPTED, APPLY_CAPACITY, APPLY_STALE, type SimulatorWorkerData, type WorkerMessage } from '../simulator/worker-messages.js';
import { readConsistent } from './seqlock.js';
import { readingsBatch } from '../simulator/readings-batch.fixture.js';
import { MeterDirectory } from './meter-directory.js';
import { listMeters } from './meter-listing.js';
import { MeterStore } from './meter-store.js';
import { FLAG_USED, H_GRID_HEAD, H_TICK, createStoreBuffer, frontSet, mapStore, storeDimensions, type StoreViews } from './store-layout.js';

const T0 = Date.UTC(2026, 10, 25, 18);

function storeWith(meters: number, realSlots: number): { views: StoreViews; engine: SimulatorEngine; store: MeterStore } {
  const dims = storeDimensions(meters + realSlots);
  const views = mapStore(createStoreBuffer(dims), dims);
  const engine = new SimulatorEngine(views, meters, true, 7);
  engine.initialiseFresh();
  return { views, engine, store: new MeterStore(views) };
}

/** Invariants one published tick must satisfy: the grid total is the sum of the meters' power. */
function checkTick(views: StoreViews): { tick: number; ok: boolean } {
  const head = views.header[H_GRID_HEAD];
  let sum = 0;
  const power = frontSet(views).power;
  for (let slot = 0; slot < views.dims.capacity; slot++) if (views.flags[slot] & FLAG_USED) sum += power[slot];
  return { tick: views.header[H_TICK], ok: sum === views.gridLoad[head] && views.gridTick[head] === views.header[H_TICK] };
}

describe(MeterStore.name, () => {
  it('pages in slot order with filters, and counts from the per-combination counters', () => {
    const { views, engine } = storeWith(3000, 0);
    const directory = new MeterDirectory(3000, 3000);
    engine.tick(T0);
    const all: number[] = [];
    let start = 0;
    do {
      const page = listMeters(views, directory, { filter: { status: STATUS_PEAK }, start, top: 250 });
      all.push(...page.slots.subarray(0, page.length));
      start = page.next;
    } while (start >= 0);
    const expected = Array.from({ length: 3000 }, (_, slot) => slot).filter((slot) => engine.front().status[slot] === STATUS_PEAK);
    expect(expected.length).toBeGreaterThan(100);
    expect(all).toEqual(expected);
    expect(listMeters(views, directory, { filter: { status: STATUS_PEAK }, start: 0, top: 1 }).count).toBe(expected.length);
  });

  it('keeps 60 history points per meter, oldest first, one per tick', () => {
    const { store, engine } = storeWith(100, 0);
    for (let i = 0; i < 70; i++) engine.tick(T0 + i * 1000);
    const { latest, history } = store.meter(5);
    expect(history.time.length).toBe(60);
    expect(history.time[0]).toBe(T0 + 10_000);
    expect(history.time[59]).toBe(T0 + 69_000);
    expect(history.power[59]).toBe(latest.power[0]);
  });

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

  it('never returns a half-written tick while the worker writes at full speed', async () => {
    const meters = 20_000;
    const dims = storeDimensions(meters);
    const buffer = createStoreBuffer(dims);
    const views = mapStore(buffer, dims);
    const data: SimulatorWorkerData = { buffer, dims, meterCount: meters, simulate: true, seed: 3, snapshotPath: '/nonexistent/none.snap', walDir: '/nonexistent/wal' };
    const worker = startSimulatorWorker(data);
    try {
      await new Promise<void>((resolve, reject) => {
        worker.once('message', (message: WorkerMessage) => (message.type === 'ready' ? resolve() : reject(new Error(JSON.stringify(message)))));
        worker.once('error', reject);
      });
      for (let i = 0; i < 400; i++) worker.postMessage({ type: 'tick', now: T0 + i * 1000 });
      const seen = new Set<number>();
      let torn = 0;
      let reads = 0;
      const deadline = Date.now() + 4000;
      while (Date.now() < deadline && seen.size < 100) {
        const result = readConsistent(views, () => checkTick(views));
        reads++;
        if (!result.ok) torn++;
        seen.add(result.tick);
      }
      expect(torn).toBe(0);
      expect(reads).toBeGreaterThan(100);
      expect(seen.size).toBeGreaterThan(20);
    } finally {
      await worker.terminate();
    }
  }, 30_000);
});
