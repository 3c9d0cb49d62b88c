import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MeterStore } from '../store/meter-store.js';
import { H_USED, createStoreBuffer, mapStore, storeDimensions } from '../store/store-layout.js';
import { readSnapshot } from '../store/store-snapshot.js';
import { listSegments } from '../wal/readings-wal.js';
import { decodeSegment } from '../wal/wal-record.js';
import { readingsBatch } from './readings-batch.fixture.js';
import { StoreWriter, type LoggedApply } from './store-writer.js';
import { APPLY_ACCEPTED, type WriterData } from './worker-messages.js';

const T0 = Date.UTC(2026, 10, 25, 18);

describe(StoreWriter.name, () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'store-writer-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function data(resume?: WriterData['resume']): WriterData {
    const dims = storeDimensions(20);
    return { buffer: createStoreBuffer(dims), dims, meterCount: 10, simulate: true, seed: 4, snapshotPath: join(dir, 'store.bin'), walDir: join(dir, 'wal'), resume };
  }
  const loggedReadings = (): number => listSegments(join(dir, 'wal')).reduce((n, s) => n + decodeSegment(readFileSync(s.path)).records.reduce((m, r) => m + r.count, 0), 0);
  const applyLogged = (writer: StoreWriter, batch: ReturnType<typeof readingsBatch>) => new Promise<LoggedApply>((resolve) => writer.applyLogged(batch, resolve));

  it('logs what applyLogged accepted, and nothing of what apply (readings made durable elsewhere) took', async () => {
    const writer = StoreWriter.open(data());
    writer.tick(T0);
    const logged = await applyLogged(writer, readingsBatch([{ id: 'A', at: T0, kw: 2 }, { id: 'A', at: T0 - 5, kw: 1 }]));
    expect(logged.storageError).toBeUndefined();
    expect(Array.from(logged.codes)).toEqual([APPLY_ACCEPTED, 1]);
    expect(loggedReadings()).toBe(1);
    const external = writer.apply(readingsBatch([{ id: 'B', at: T0, kw: 3 }]));
    expect(Array.from(external.codes)).toEqual([APPLY_ACCEPTED]);
    expect(external.registered).toEqual([['B', 11]]);
    expect(loggedReadings()).toBe(1);
    expect(new MeterStore(writer.views).meter(11).latest.power[0]).toBe(3);
  });

  it('restores from its snapshot and replays the log written after it', async () => {
    const first = StoreWriter.open(data());
    first.tick(T0);
    await applyLogged(first, readingsBatch([{ id: 'A', at: T0, kw: 2 }]));
    const outcome = await new Promise<{ ok: boolean; bytes: number }>((resolve) => first.snapshot(resolve));
    expect(outcome.ok).toBe(true);
    expect(outcome.bytes).toBeGreaterThan(0);
    await applyLogged(first, readingsBatch([{ id: 'C', at: T0 + 1000, kw: 5 }]));
    const second = StoreWriter.open(data());
    expect(second.note).toMatch(/replayed 1 readings from 1 log segment/);
    expect(second.realIds()).toEqual([['A', 10], ['C', 11]]);
    expect(new MeterStore(second.views).meter(11).latest.power[0]).toBe(5);
  });

  it('snapshots one cut of ids and slots: a meter registered while the store is copied is left to the log, never kept without its id', async () => {
    const first = StoreWriter.open(data());
    first.tick(T0);
    await applyLogged(first, readingsBatch([{ id: 'A', at: T0, kw: 2 }]));
    const written = new Promise<{ ok: boolean }>((resolve) => first.snapshot(resolve));
    // Registered after the cut, before the copy reads a byte of the store (writing the snapshot awaits first).
    const late = applyLogged(first, readingsBatch([{ id: 'LATE', at: T0 + 1000, kw: 7 }]));
    expect((await written).ok).toBe(true);
    expect((await late).storageError).toBeUndefined();
    const dims = storeDimensions(20);
    const alone = mapStore(createStoreBuffer(dims), dims);
    const snapshot = readSnapshot(alone, { meterCount: 10, simulate: true, seed: 4 }, join(dir, 'store.bin'));
    expect(snapshot.realIds).toEqual([['A', 10]]);
    expect(alone.flags[11]).toBe(0);
    const second = StoreWriter.open(data());
    expect(second.note).not.toMatch(/freed/);
    expect(second.realIds()).toEqual([['A', 10], ['LATE', 11]]);
    expect(second.views.header[H_USED]).toBe(12);
    expect(new MeterStore(second.views).meter(11).latest.power[0]).toBe(7);
  });

  it('resumes over the live store without a meter the host never heard of (its reply died with the old worker)', async () => {
    const live = data();
    const first = StoreWriter.open(live);
    first.tick(T0);
    await applyLogged(first, readingsBatch([{ id: 'A', at: T0, kw: 2 }, { id: 'UNHEARD', at: T0, kw: 3 }]));
    const resumed = StoreWriter.open({ ...live, resume: { realIds: [['A', 10]] } });
    expect(resumed.note).toMatch(/resumed the live store .* freed 1 slot\(s\) in use without a meter id/);
    expect(resumed.warn).toBe(true);
    expect(resumed.views.header[H_USED]).toBe(11);
    const again = resumed.apply(readingsBatch([{ id: 'UNHEARD', at: T0 + 1000, kw: 4 }]));
    expect(again.registered).toEqual([['UNHEARD', 11]]);
    expect(resumed.views.header[H_USED]).toBe(12);
  });

  it('refuses a second snapshot while one is being written', async () => {
    const writer = StoreWriter.open(data());
    writer.tick(T0);
    const outcomes: { ok: boolean; error?: string }[] = [];
    await new Promise<void>((resolve) => {
      writer.snapshot((o) => (outcomes.push(o), resolve()));
      writer.snapshot((o) => outcomes.push(o));
    });
    expect(outcomes.map((o) => o.ok).sort()).toEqual([false, true]);
    expect(outcomes.find((o) => !o.ok)?.error).toBe('a snapshot is already being written');
  });

  it('runs tick steps it was opened with', () => {
    const ticks: number[] = [];
    const writer = StoreWriter.open(data(), [{ name: 'count', afterValues: (context) => ticks.push(context.tick) }]);
    writer.tick(T0);
    writer.tick(T0 + 1000);
    expect(ticks).toEqual([1, 2]);
  });
});
