import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listSegments } from '../../src/telemetry/wal/readings-wal.js';
import { latestBySearch, postReadings, readingsBatch, spawnApp } from './support/child-app.js';

const PREFIX = 'KILL-';
const BATCH = 500;
const SENDERS = 4;
const KILL_AFTER_ACKED = 6000;

describe('fault: kill -9 right after a reading batch is acknowledged', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pg-kill9-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loses no acknowledged reading: the write-ahead log is replayed at boot, a torn last record ignored', async () => {
    // No periodic snapshot: everything acknowledged must come back from the log alone.
    // The clients post as fast as the app answers: the per-address limit (500 a minute) is not under test here.
    const env = { DATA_DIR: dataDir, SNAPSHOT_MS: '86400000', REAL_METER_SLOTS: '20000', RATE_LIMIT_PER_MINUTE: '1000000' };
    const first = await spawnApp(env);
    const acked = new Map<string, { powerKw: number; timestamp: string }>();
    const at = new Date(Date.now() - 60_000).toISOString();
    let killed = false;
    let batchNo = 0;
    async function sender(): Promise<void> {
      while (!killed) {
        const readings = readingsBatch(`${PREFIX}${batchNo++}-`, BATCH, at, (i) => (i % 400) / 4 + 1);
        let result;
        try {
          result = await postReadings(first.base, readings);
        } catch {
          return;
        }
        if (result.status !== 200) throw new Error(`unexpected ${result.status}: ${JSON.stringify(result.body)}`);
        expect(result.body.accepted).toBe(BATCH);
        for (const r of readings) acked.set(r.meterId, { powerKw: r.powerKw, timestamp: r.timestamp });
        if (acked.size >= KILL_AFTER_ACKED && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    }
    await Promise.all(Array.from({ length: SENDERS }, () => sender()));
    expect((await first.exited).signal).toBe('SIGKILL');

    // A crash in the middle of an append leaves half a record at the end of the newest segment.
    const segments = listSegments(join(dataDir, 'wal'));
    expect(segments.length).toBeGreaterThan(0);
    appendFileSync(segments[segments.length - 1].path, Buffer.from([0x10, 0x27, 0, 0, 1, 2, 3, 4, 5, 6, 7]));

    const second = await spawnApp(env);
    try {
      expect(second.output()).toMatch(/replayed \d+ readings from \d+ log segment\(s\), ignored a torn tail of 11 bytes/);
      const found = await latestBySearch(second.base, PREFIX);
      const lost = [...acked].filter(([id, sent]) => {
        const got = found.get(id);
        return !got || got.powerKw !== sent.powerKw || Date.parse(got.timestamp) !== Date.parse(sent.timestamp);
      });
      process.stdout.write(`kill -9 after ${acked.size} acknowledged readings: ${lost.length} lost, ${found.size} meters back after restart\n`);
      expect(lost.map(([id]) => id)).toEqual([]);
      expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKED);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
