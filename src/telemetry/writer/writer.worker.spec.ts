import { readConsistent } from '../store/seqlock.js';
import { FLAG_USED, H_GRID_HEAD, H_TICK, createStoreBuffer, frontSet, mapStore, storeDimensions, type StoreViews } from '../store/store-layout.js';
import { startWriterWorker } from './worker-entry.js';
import type { WorkerMessage, WriterData } from './worker-messages.js';

const T0 = Date.UTC(2026, 10, 25, 18);

/** Invariants one published tick must satisfy: the grid total is the sum of the meters' power. */
function checkTick(views: StoreViews): { tick: number; ok: boolean } {
  const head = views.header[H_GRID_HEAD];
  let sum = 0;
  const power = frontSet(views).power;
  for (let slot = 0; slot < views.dims.capacity; slot++) if (views.flags[slot] & FLAG_USED) sum += power[slot];
  return { tick: views.header[H_TICK], ok: sum === views.gridLoad[head] && views.gridTick[head] === views.header[H_TICK] };
}

describe('writer.worker', () => {
  it('never lets a reader see a half-written tick while it writes at full speed', async () => {
    const meters = 20_000;
    const dims = storeDimensions(meters);
    const buffer = createStoreBuffer(dims);
    const views = mapStore(buffer, dims);
    const data: WriterData = { buffer, dims, meterCount: meters, simulate: true, seed: 3, snapshotPath: '/nonexistent/none.bin', walDir: '/nonexistent/wal' };
    const worker = startWriterWorker(data);
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
