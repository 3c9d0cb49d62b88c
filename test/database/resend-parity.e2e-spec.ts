import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postReadings, spawnApp, type ChildApp } from '../faults/support/child-app.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres.js';
import { spawnInstance, stopInstance } from './support/two-instances.js';

const ENV = { METER_COUNT: '100', TICK_MS: '1000', REAL_METER_SLOTS: '50' };

/**
 * The same posts to an embedded instance and to one on PostgreSQL: a resend alone or inside another batch,
 * an older reading, a correction at the latest timestamp. Both modes must answer alike and keep alike.
 */
describe('resent readings in the embedded and the database mode', () => {
  let db: TestDatabase;
  let embeddedDir: string;
  let modes: [string, ChildApp][];

  beforeAll(async () => {
    db = await createTestDatabase('resendparity');
    embeddedDir = mkdtempSync(join(tmpdir(), 'powergrid-embedded-'));
    modes = [['embedded', await spawnApp({ ...ENV, DATA_DIR: embeddedDir })], ['database', await spawnInstance(db.url, ENV)]];
  }, 120_000);

  afterAll(async () => {
    await Promise.all((modes ?? []).map(([, app]) => stopInstance(app)));
    await db?.drop();
    rmSync(embeddedDir, { recursive: true, force: true });
  });

  it('answers every step the same way and keeps one history point per reading', async () => {
    const t = Math.floor(Date.now() / 1000) * 1000 - 120_000;
    const at = (ms: number) => new Date(ms).toISOString();
    const steps = [
      [{ meterId: 'P-1', timestamp: at(t), powerKw: 5 }, { meterId: 'P-2', timestamp: at(t), powerKw: 6 }],
      // P-1 resent inside another batch, and twice within one.
      [{ meterId: 'P-1', timestamp: at(t), powerKw: 5 }, { meterId: 'P-3', timestamp: at(t), powerKw: 7 }, { meterId: 'P-3', timestamp: at(t), powerKw: 7 }],
      // Older than the latest: stale. The same timestamp with another power: a correction, applied.
      [{ meterId: 'P-1', timestamp: at(t - 1000), powerKw: 5 }, { meterId: 'P-2', timestamp: at(t), powerKw: 6.5 }],
      // The corrected value resent, then a newer reading.
      [{ meterId: 'P-2', timestamp: at(t), powerKw: 6.5 }, { meterId: 'P-1', timestamp: at(t + 1000), powerKw: 4 }],
      // Another correction, then the value it replaced within the same batch.
      [{ meterId: 'P-2', timestamp: at(t), powerKw: 7 }, { meterId: 'P-2', timestamp: at(t), powerKw: 6.5 }],
    ];
    const answers: Record<string, unknown[]> = {};
    const kept: Record<string, unknown[]> = {};
    for (const [mode, app] of modes) {
      answers[mode] = [];
      for (const readings of steps) answers[mode].push((await postReadings(app.base, readings)).body);
      kept[mode] = [];
      for (const id of ['P-1', 'P-2', 'P-3']) {
        const meter = (await (await fetch(`${app.base}/api/energy/meters/${id}`)).json()) as { latest: unknown; history: { timestamp: string; powerKw: number }[] };
        kept[mode].push({ id, latest: meter.latest, history: meter.history.map((point) => [point.timestamp, point.powerKw]) });
      }
    }
    expect(answers.database).toEqual(answers.embedded);
    expect(kept.database).toEqual(kept.embedded);
    expect(answers.embedded.map((answer) => (answer as { accepted: number }).accepted)).toEqual([2, 3, 1, 2, 2]);
    expect((answers.embedded[2] as { rejected: { index: number; code: string }[] }).rejected.map((r) => [r.index, r.code])).toEqual([[0, 'READING_TIMESTAMP_STALE']]);
    expect(kept.embedded[0]).toMatchObject({ history: [[at(t), 5], [at(t + 1000), 4]] });
    expect(kept.embedded[2]).toMatchObject({ history: [[at(t), 7]] });
  });
});
