import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { SNAPSHOT_FILE } from '../../src/telemetry/writer-host.service.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { until, waitFor } from '../support/wait-for.js';

describe('telemetry durability and modes', () => {
  let dataDir: string;
  let running: TestApp | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pg-durable-'));
  });
  afterEach(async () => {
    await running?.close({ keepData: true });
    running = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function boot(env: Record<string, string>): Promise<TestApp> {
    running = await startTestApp({ DATA_DIR: dataDir, METER_COUNT: '200', ...env });
    return running;
  }

  async function stop(): Promise<void> {
    await running?.close({ keepData: true });
    running = undefined;
  }

  const meter = async (app: TestApp, id: string) => (await request(app.server).get(`/api/energy/meters/${id}`).expect(200)).body;

  it('restores energy, history and real meters from the snapshot written at shutdown', async () => {
    const first = await boot({ TICK_MS: '40' });
    // Wait for a few ticks rather than a fixed time: a loaded machine starts the worker late.
    await waitFor('five ticks of history', async () => {
      const { history } = (await request(first.server).get('/api/energy/summary').expect(200)).body;
      return history.length > 4 ? true : undefined;
    }, 15_000);
    // A working factory draws hundreds of kW, so a few ticks already add up to a visible amount of energy.
    // The first factory by id may be in an outage at this hour of the simulated day, so take one that is working.
    const factories: { meterId: string; status: string; energyKwh: number }[] = (await request(first.server).get('/api/energy/telemetry?kind=industrial&top=100').expect(200)).body.value;
    const factory = factories.find((m) => m.status === 'normal' || m.status === 'peak');
    if (!factory) throw new Error(`no working factory: ${JSON.stringify(factories.map((m) => m.status))}`);
    expect(factory.energyKwh).toBeGreaterThan(0);
    const at = new Date().toISOString();
    await request(first.server)
      .post('/api/energy/readings')
      .send({ readings: [{ meterId: 'SM-KEEP', timestamp: at, powerKw: 3, energyKwh: 512.5 }] })
      .expect(200);
    await stop();

    const second = await boot({ TICK_MS: '100000' });
    const restored = await meter(second, factory.meterId);
    expect(restored.latest.energyKwh).toBeGreaterThanOrEqual(factory.energyKwh);
    expect(restored.history.length).toBeGreaterThan(3);
    expect(await meter(second, 'SM-KEEP')).toMatchObject({ source: 'real', latest: { energyKwh: 512.5, timestamp: at } });
    const summary = (await request(second.server).get('/api/energy/summary').expect(200)).body;
    expect(summary.meterCount).toBe(201);
    expect(summary.history.length).toBeGreaterThan(3);
  });

  it('writes a snapshot every SNAPSHOT_MS while running', async () => {
    await boot({ SNAPSHOT_MS: '100' });
    const path = join(dataDir, SNAPSHOT_FILE);
    await until(() => existsSync(path), 5000);
    expect(existsSync(path)).toBe(true);
  });

  it('starts fresh and keeps serving when the snapshot is corrupt or was written for another layout', async () => {
    writeFileSync(join(dataDir, SNAPSHOT_FILE), 'PGSNAP1\ngarbage');
    const corrupt = await boot({});
    expect((await meter(corrupt, 'MTR-0000001')).latest.energyKwh).toBe(0);
    await stop();

    // The shutdown above wrote a valid snapshot for 200 meters; 300 meters is another layout.
    await request((await boot({ METER_COUNT: '300' })).server).get('/api/energy/meters/MTR-0000300').expect(200);
    const summary = (await request(running!.server).get('/api/energy/summary').expect(200)).body;
    expect(summary.meterCount).toBe(300);
  });

  it('holds only real readings with SIMULATOR=off', async () => {
    const app = await boot({ SIMULATOR: 'off', METER_COUNT: '50', REAL_METER_SLOTS: '10' });
    const empty = (await request(app.server).get('/api/energy/telemetry').expect(200)).body;
    expect(empty).toMatchObject({ value: [], count: 0 });
    expect(empty.nextLink).toBeUndefined();
    await request(app.server).get('/api/energy/meters/MTR-0000001').expect(404);
    const at = new Date().toISOString();
    const readings = ['MTR-0000001', 'SM-1', 'SM-2'].map((meterId, i) => ({ meterId, timestamp: at, powerKw: i + 1 }));
    expect((await request(app.server).post('/api/energy/readings').send({ readings }).expect(200)).body.accepted).toBe(3);
    const listed = (await request(app.server).get('/api/energy/telemetry').expect(200)).body;
    expect(listed.value.map((r: { meterId: string }) => r.meterId)).toEqual(['MTR-0000001', 'SM-1', 'SM-2']);
    expect(listed.count).toBe(3);
    expect((await meter(app, 'MTR-0000001')).source).toBe('real');
    const health = (await request(app.server).get('/api/health').expect(200)).body;
    expect(health.components.simulator.status).toBe('up');
  });
});
