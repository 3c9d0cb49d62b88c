import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MeterStore } from '../store/meter-store.js';
import { createStoreBuffer, storeDimensions } from '../store/store-layout.js';
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
