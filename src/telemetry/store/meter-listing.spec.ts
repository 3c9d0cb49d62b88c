import { RealMeterRegistry, applyReadings } from '../writer/readings-applier.js';
import { WriterEngine } from '../writer/writer-engine.js';
import { storeWith } from '../writer/store.fixture.js';
import { STATUS_PEAK } from '../telemetry.constants.js';
import { KIND_COUNT, REGION_COUNT, STATUS_COUNT } from './store-layout.js';
import { MeterDirectory } from './meter-directory.js';
import { listMeters, type ListingRequest } from './meter-listing.js';
import type { MeterFilter } from './meter-store.js';
import { FLAG_USED, createStoreBuffer, frontSet, mapStore, storeDimensions, type StoreViews } from './store-layout.js';

const T0 = Date.UTC(2026, 10, 25, 18);
const METERS = 60_000;
const REAL = ['SM-Harbour-12', 'X-1230', 'mtr-9999999x', 'Plant.7:a'];

/** A ticked store with simulated meters and a few real ones registered after them. */
function fixture(): { views: StoreViews; directory: MeterDirectory } {
  const dims = storeDimensions(METERS + REAL.length);
  const views = mapStore(createStoreBuffer(dims), dims);
  const engine = new WriterEngine(views, METERS, true, 11);
  engine.initialiseFresh();
  for (let i = 0; i < 3; i++) engine.tick(T0 + i * 1000);
  const n = REAL.length;
  const result = applyReadings(engine, new RealMeterRegistry(), {
    count: n,
    slots: new Int32Array(n).fill(-1),
    unresolvedIds: REAL,
    timestamps: new Float64Array(n).fill(T0 + 5000),
    power: new Float64Array(n).fill(1),
    voltage: new Float64Array(n).fill(NaN),
    energy: new Float64Array(n).fill(NaN),
    status: new Int8Array(n).fill(-1),
  });
  const directory = new MeterDirectory(METERS, dims.capacity);
  for (const [id, slot] of result.registered) directory.add(id, slot);
  engine.tick(T0 + 6000);
  return { views, directory };
}

/** The listing by brute force: every slot, its id formatted and tested. */
function bruteForce(views: StoreViews, directory: MeterDirectory, filter: MeterFilter, search?: string): number[] {
  const status = frontSet(views).status;
  const out: number[] = [];
  for (let slot = 0; slot < views.dims.capacity; slot++) {
    if ((views.flags[slot] & FLAG_USED) === 0) continue;
    if (filter.status !== undefined && status[slot] !== filter.status) continue;
    if (filter.kind !== undefined && views.kind[slot] !== filter.kind) continue;
    if (filter.region !== undefined && views.region[slot] !== filter.region) continue;
    if (search !== undefined && !directory.idOf(slot).toLowerCase().includes(search)) continue;
    out.push(slot);
  }
  return out;
}

function pageAll(views: StoreViews, directory: MeterDirectory, request: Omit<ListingRequest, 'start'>): { slots: number[]; counts: Set<number> } {
  const slots: number[] = [];
  const counts = new Set<number>();
  let start = 0;
  do {
    const page = listMeters(views, directory, { ...request, start });
    expect(page.length).toBeLessThanOrEqual(request.top);
    if (page.next >= 0) expect(page.length).toBe(request.top);
    slots.push(...page.slots.subarray(0, page.length));
    counts.add(page.count);
    start = page.next;
  } while (start >= 0);
  return { slots, counts };
}

describe(listMeters.name, () => {
  const { views, directory } = fixture();

  it('counts every status, kind and region combination from the counters exactly as a scan does', () => {
    for (let s = -1; s < STATUS_COUNT; s++) {
      for (let k = -1; k < KIND_COUNT; k++) {
        for (let r = -1; r < REGION_COUNT; r++) {
          const filter: MeterFilter = { status: s < 0 ? undefined : s, kind: k < 0 ? undefined : k, region: r < 0 ? undefined : r };
          const page = listMeters(views, directory, { filter, start: 0, top: 5 });
          expect([filter, page.count]).toEqual([filter, bruteForce(views, directory, filter).length]);
          expect(Array.from(page.slots.subarray(0, page.length))).toEqual(bruteForce(views, directory, filter).slice(0, 5));
        }
      }
    }
  });

  it.each([
    [{}, '12'],
    [{}, 'mtr-0001'],
    [{}, '1'],
    [{}, 'harb'],
    [{}, 'x'],
    [{}, '-'],
    [{ status: 0 }, '7'],
    [{ region: 3, kind: 1 }, '00'],
    [{ kind: 2 }, 'tr-00'],
    [{ status: 0, region: 1 }, '1230'],
    [{}, '99999999'],
  ] as [MeterFilter, string][])('pages through every match of %j with search %j, with one count on every page', (filter, search) => {
    const expected = bruteForce(views, directory, filter, search);
    const { slots, counts } = pageAll(views, directory, { filter, top: 997, search });
    expect(slots).toEqual(expected);
    expect([...counts]).toEqual([expected.length]);
  });

  it('agrees with brute force on random filters, searches and starting slots', () => {
    let state = 99;
    const next = (n: number): number => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0), state % n);
    for (let round = 0; round < 40; round++) {
      const filter: MeterFilter = { status: next(3) === 0 ? next(STATUS_COUNT) : undefined, region: next(2) === 0 ? next(REGION_COUNT) : undefined };
      const search = next(4) === 0 ? undefined : String(next(10 ** (1 + next(3))));
      const start = next(METERS);
      const top = 1 + next(300);
      const matches = bruteForce(views, directory, filter, search);
      const after = matches.filter((slot) => slot >= start);
      const page = listMeters(views, directory, { filter, start, top, search });
      expect(Array.from(page.slots.subarray(0, page.length))).toEqual(after.slice(0, top));
      expect(page.next).toBe(after.length > top ? after[top] : -1);
      expect(page.count).toBe(matches.length);
    }
  });
  it('never invents an id for a real slot whose registration has not reached the directory yet', () => {
    const lagging = new MeterDirectory(METERS, views.dims.capacity);
    for (const [id, slot] of directory.realEntries().slice(0, -1)) lagging.add(id, slot);
    const unknown = directory.realEntries().at(-1)?.[1] as number;
    const listed = (search?: string): number[] => pageAll(views, lagging, { filter: {}, top: 50_000, search }).slots;
    expect(listed()).not.toContain(unknown);
    expect(listed()).toContain(unknown - 1);
    expect(listed('mtr')).not.toContain(unknown);
    expect(listed(`${unknown + 1}`)).not.toContain(unknown);
  });

  it('pages a status filter in slot order, and counts it from the per-combination counters', () => {
    const { views: small, engine } = storeWith(3000, 0);
    const smallDirectory = new MeterDirectory(3000, 3000);
    engine.tick(T0);
    const all: number[] = [];
    let start = 0;
    do {
      const page = listMeters(small, smallDirectory, { filter: { status: STATUS_PEAK }, start, top: 250 });
      all.push(...page.slots.subarray(0, page.length));
      start = page.next;
    } while (start >= 0);
    const expected = Array.from({ length: 3000 }, (_, slot) => slot).filter((slot) => engine.front().status[slot] === STATUS_PEAK);
    expect(expected.length).toBeGreaterThan(100);
    expect(all).toEqual(expected);
    expect(listMeters(small, smallDirectory, { filter: { status: STATUS_PEAK }, start: 0, top: 1 }).count).toBe(expected.length);
  });
});
