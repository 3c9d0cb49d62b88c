import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SNAPSHOT_FILE } from '../../src/telemetry/writer-host/writer-files.js';
import { sleep } from '../support/wait-for.js';
import { postReadings, spawnApp } from './support/child-app.js';

const PREFIX = 'CUT-';
const CLIENTS = 6;
const NEW_PER_BATCH = 20;
const UPDATES_PER_BATCH = 300;
const MIN_RUN_MS = 3000;
const MIN_SNAPSHOTS = 3;
const MIN_ACKED = 400;

interface Listed {
  meterId: string;
  powerKw: number;
}

/** The whole listing (the simulator is off, so every meter in it is real), page by page. */
async function listAll(base: string): Promise<Listed[]> {
  const listed: Listed[] = [];
  let url: string | undefined = `${base}/api/energy/telemetry?top=1000`;
  while (url) {
    const page = (await (await fetch(url)).json()) as { value: Listed[]; nextLink?: string };
    listed.push(...page.value);
    url = page.nextLink ? page.nextLink.replace(/^https?:\/\/[^/]+/, base) : undefined;
  }
  return listed;
}

/**
 * Issue 12, finding 1: a snapshot taken while meters register must be one cut of ids and columns. Before the
 * fix it saved the id list first and copied the store's columns afterwards, so meters registered in between
 * were in use in the snapshot without an id; after a kill -9 the log gave them new slots and the old ones
 * were listed as phantom meters (simulated-looking ids nobody sent), counted and summed, and answered 404.
 */
describe('fault: kill -9 while meters register during snapshots', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pg-cut-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists exactly the acknowledged meters after a restart: no phantom, none lost, counts and load agree', async () => {
    // A store of several 16 MB chunks, snapshotted all the time, so registrations land while one is copied.
    // Six clients post as fast as the app answers: the per-address limit (500 a minute) is not under test here,
    // and a faster commit path reached it within the run (CI: 429 before the third snapshot).
    const env = { DATA_DIR: dataDir, SIMULATOR: 'off', REAL_METER_SLOTS: '100000', SNAPSHOT_MS: '100', RATE_LIMIT_PER_MINUTE: '1000000' };
    const first = await spawnApp(env);
    const acked = new Map<string, number>();
    const sent = new Set<string>();
    let killed = false;
    let next = 0;
    const at = (): string => new Date(Date.now() - 1000).toISOString();
    async function client(): Promise<void> {
      const mine: string[] = [];
      while (!killed) {
        const fresh = Array.from({ length: NEW_PER_BATCH }, () => `${PREFIX}${String(next++).padStart(7, '0')}`);
        const updates = Array.from({ length: Math.min(UPDATES_PER_BATCH, mine.length) }, () => mine[Math.floor(Math.random() * mine.length)]);
        const timestamp = at();
        const readings = [...fresh, ...new Set(updates)].map((meterId, i) => ({ meterId, timestamp, powerKw: 1 + (i % 50) }));
        for (const r of readings) sent.add(r.meterId);
        let result;
        try {
          result = await postReadings(first.base, readings);
        } catch {
          return;
        }
        if (killed) return;
        if (result.status !== 200) throw new Error(`unexpected ${result.status}: ${JSON.stringify(result.body)}`);
        for (const r of readings) acked.set(r.meterId, r.powerKw);
        mine.push(...fresh);
      }
    }
    const clients = Array.from({ length: CLIENTS }, () => client());
    // Killed once several snapshots were written under registration (a loaded machine may take seconds for one).
    const snapshots = new Set<string>();
    const started = Date.now();
    while (Date.now() - started < 60_000 && (Date.now() - started < MIN_RUN_MS || snapshots.size < MIN_SNAPSHOTS || acked.size < MIN_ACKED)) {
      await sleep(50);
      try {
        const stat = statSync(join(dataDir, SNAPSHOT_FILE));
        snapshots.add(`${stat.ino}:${stat.mtimeMs}`);
      } catch {
        // None written yet.
      }
    }
    killed = true;
    first.child.kill('SIGKILL');
    await Promise.all(clients);
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await spawnApp(env);
    try {
      const listed = await listAll(second.base);
      const ids = new Set(listed.map((m) => m.meterId));
      const phantoms = listed.filter((m) => !sent.has(m.meterId)).map((m) => m.meterId);
      const lost = [...acked.keys()].filter((id) => !ids.has(id));
      const summary = (await (await fetch(`${second.base}/api/energy/summary`)).json()) as { meterCount: number; totalLoadKw: number };
      const listedLoad = listed.reduce((sum, m) => sum + m.powerKw, 0);
      process.stdout.write(
        `kill -9 after ${acked.size} acknowledged meters: ${phantoms.length} phantom(s) listed (${phantoms.slice(0, 3).join(', ')}), ` +
          `${lost.length} lost, ${snapshots.size} snapshots seen, meterCount ${summary.meterCount}, listed ${listed.length}\n`,
      );
      // Restored from a snapshot taken while meters registered, with nothing for the restore check to repair.
      expect(second.output()).toMatch(/restored snapshot written at .*replayed \d+ readings/);
      expect(second.output()).not.toMatch(/freed \d+ slot/);
      expect(snapshots.size).toBeGreaterThanOrEqual(MIN_SNAPSHOTS);
      expect(acked.size).toBeGreaterThanOrEqual(MIN_ACKED);
      expect(phantoms).toEqual([]);
      expect(lost).toEqual([]);
      expect(ids.size).toBe(listed.length);
      expect(summary.meterCount).toBe(listed.length);
      expect(summary.totalLoadKw).toBeCloseTo(listedLoad, 0);
      for (const meterId of listed.slice(-3).map((m) => m.meterId)) {
        expect((await fetch(`${second.base}/api/energy/meters/${meterId}`)).status).toBe(200);
      }
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 120_000);
});
