import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAYOUT_VERSION } from '../../src/telemetry/store/store-layout.js';
import { SNAPSHOT_FILE } from '../../src/telemetry/writer-host.service.js';
import { postReadings, spawnApp, type ChildApp } from './support/child-app.js';

describe('fault: the snapshot file is truncated or from an older layout', () => {
  let dataDir: string;
  let snapshotPath: string;
  const env = () => ({ DATA_DIR: dataDir, SNAPSHOT_MS: '86400000' });

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pg-snapfault-'));
    snapshotPath = join(dataDir, SNAPSHOT_FILE);
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  async function stop(app: ChildApp): Promise<void> {
    app.child.kill('SIGTERM');
    expect((await app.exited).code).toBe(0);
  }

  /** Boots, takes one reading and stops: the shutdown leaves a valid snapshot behind. */
  async function writeValidSnapshot(): Promise<void> {
    const app = await spawnApp(env());
    expect((await postReadings(app.base, [{ meterId: 'SM-SNAP', timestamp: new Date().toISOString(), powerKw: 5 }])).status).toBe(200);
    await stop(app);
  }

  async function expectServing(app: ChildApp): Promise<void> {
    const summary = await fetch(`${app.base}/api/energy/summary`);
    expect(summary.status).toBe(200);
    expect(((await summary.json()) as { meterCount: number }).meterCount).toBe(200);
    expect((await fetch(`${app.base}/api/energy/meters/MTR-0000001`)).status).toBe(200);
    const health = (await (await fetch(`${app.base}/api/health`)).json()) as { components: { simulator: { status: string } } };
    expect(health.components.simulator.status).toBe('up');
    expect((await postReadings(app.base, [{ meterId: 'SM-AFTER', timestamp: new Date().toISOString(), powerKw: 1 }])).status).toBe(200);
  }

  it.each([
    ['truncated', (): void => truncateSync(snapshotPath, Math.floor(readFileSync(snapshotPath).length / 2)), /WARN.*ignored the snapshot .*unreadable \(truncated\); starting fresh/i],
    [
      `written by layout version ${LAYOUT_VERSION - 1}`,
      (): void => {
        const bytes = readFileSync(snapshotPath);
        const header = Buffer.from(`"signature":"v${LAYOUT_VERSION}:`);
        const at = bytes.indexOf(header);
        expect(at).toBeGreaterThan(0);
        bytes.write(`"signature":"v${LAYOUT_VERSION - 1}:`, at);
        writeFileSync(snapshotPath, bytes);
      },
      new RegExp(`WARN.*ignored the snapshot: it does not match this store \\(layout v${LAYOUT_VERSION - 1}:\\S* is not v${LAYOUT_VERSION}:`, 'i'),
    ],
    ['of another format', (): void => writeFileSync(snapshotPath, 'PGSNAP0\nan older format'), /WARN.*ignored the snapshot .*unreadable \(not a PowerGrid snapshot\)/i],
  ])('starts, says it ignored a snapshot %s, keeps serving, and replaces it at the next snapshot', async (_name, damage, said) => {
    await writeValidSnapshot();
    damage();
    const app = await spawnApp(env());
    expect(app.output()).toMatch(said);
    await expectServing(app);
    await stop(app);
    const again = await spawnApp(env());
    expect(again.output()).toMatch(/restored snapshot written at/);
    expect((await fetch(`${again.base}/api/energy/meters/SM-AFTER`)).status).toBe(200);
    await stop(again);
  }, 40_000);
});
