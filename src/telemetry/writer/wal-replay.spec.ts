import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RealMeterRegistry, applyReadings } from './readings-applier.js';
import { WriterEngine } from './writer-engine.js';
import { APPLY_ACCEPTED } from './worker-messages.js';
import { createStoreBuffer, mapStore, storeDimensions, type StoreViews } from '../store/store-layout.js';
import { segmentName } from '../wal/readings-wal.js';
import { encodeRecord } from '../wal/wal-record.js';
import { replayWal, walColumnsOf } from './wal-replay.js';
import { readingsBatch } from './readings-batch.fixture.js';

const T0 = Date.UTC(2026, 10, 25, 18);
const dims = storeDimensions(60);

function engineOn(buffer = createStoreBuffer(dims)): { views: StoreViews; engine: WriterEngine } {
  const views = mapStore(buffer, dims);
  const engine = new WriterEngine(views, 50, true, 7);
  engine.initialiseFresh();
  return { views, engine };
}

describe('readings log replay', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pg-replay-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Applies two batches as the worker does and writes what it would log, then a torn half record. */
  function liveStore(): { views: StoreViews; registry: RealMeterRegistry } {
    const { views, engine } = engineOn();
    engine.tick(T0);
    const registry = new RealMeterRegistry();
    const records: Buffer[] = [];
    for (const b of [
      readingsBatch([{ id: 'SM-1', at: T0 + 1000, kw: 2 }, { slot: 3, at: T0 + 1000, kw: 9 }, { slot: 4, at: T0 - 5000, kw: 1 }]),
      readingsBatch([{ id: 'SM-1', at: T0 + 61_000, kw: 4 }, { id: 'SM-2', at: T0 + 61_000, kw: 0.5 }]),
    ]) {
      const { codes } = applyReadings(engine, registry, b);
      records.push(encodeRecord(walColumnsOf(b, registry), (i) => codes[i] === APPLY_ACCEPTED) as Buffer);
    }
    const torn = records[1].subarray(0, records[1].length - 7);
    writeFileSync(join(dir, segmentName(1)), Buffer.concat([...records, torn]));
    return { views, registry };
  }

  const latest = (views: StoreViews, slot: number) => {
    const f = views.sets[views.header[8] & 1];
    return { power: f.power[slot], energy: f.energy[slot], at: f.updatedAt[slot], history: views.histCount[slot] };
  };

  it('rebuilds every accepted reading on a fresh store by meter id, energy included, ignoring the torn tail', () => {
    const live = liveStore();
    const { views, engine } = engineOn();
    engine.tick(T0);
    const registry = new RealMeterRegistry();
    const result = replayWal(dir, engine, registry);
    expect(result).toMatchObject({ segments: 1, records: 2, readings: 4, accepted: 4 });
    expect(result.tornBytes).toBeGreaterThan(0);
    for (const id of ['SM-1', 'SM-2']) {
      expect(latest(views, registry.slots.get(id) as number)).toEqual(latest(live.views, live.registry.slots.get(id) as number));
    }
    expect(latest(views, 3)).toMatchObject({ power: 9, at: T0 + 1000 });
    // The stale reading for slot 4 was never acknowledged as accepted, so it is not in the log.
    expect(latest(views, 4).at).toBe(T0);
  });

  it('is idempotent on a snapshot that already holds the logged readings: no value or history point twice', () => {
    const live = liveStore();
    const copy = createStoreBuffer(dims);
    new Uint8Array(copy).set(new Uint8Array(live.views.buffer));
    const { views, engine } = engineOn(copy);
    engine.initialiseRestored();
    const registry = new RealMeterRegistry(live.registry.slots);
    replayWal(dir, engine, registry);
    for (const slot of [3, ...live.registry.slots.values()]) expect(latest(views, slot)).toEqual(latest(live.views, slot));
  });
});
