import request from 'supertest';
import { join } from 'node:path';
import { WriterHostService, WAL_DIR } from '../../src/telemetry/writer-host.service.js';
import type { WorkerFault } from '../../src/telemetry/writer/worker-messages.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { descriptorsUnder } from '../support/open-files.js';
import { sleep, waitFor } from '../support/wait-for.js';

describe('fault: the simulator worker crashes or hangs', () => {
  let app: TestApp;
  let host: WriterHostService;

  beforeAll(async () => {
    app = await startTestApp({ METER_COUNT: '200', TICK_MS: '100', SNAPSHOT_MS: '86400000' });
    host = app.app.get(WriterHostService);
  });
  afterAll(() => app?.close());

  const health = async () => (await request(app.server).get('/api/health')).body;
  const summary = async () => (await request(app.server).get('/api/energy/summary?historyPoints=60').expect(200)).body;

  it.each<[WorkerFault, number]>([
    ['exit', 10_000],
    ['throw', 10_000],
    ['hang', 20_000],
  ])('is replaced after it %ss: health degraded meanwhile, the store keeps its values, ticks resume', async (fault, timeoutMs) => {
    const at = new Date().toISOString();
    const meterId = `SM-${fault}`;
    await request(app.server).post('/api/energy/readings').send({ readings: [{ meterId, timestamp: at, powerKw: 7.25, energyKwh: 42 }] }).expect(200);
    await waitFor('a healthy simulator', async () => ((await health()).components.simulator.status === 'up' ? true : undefined), timeoutMs);
    const before = await summary();

    host.injectFault(fault);
    const degraded = await waitFor('health to report degraded', async () => {
      const body = await health();
      return body.components.simulator.status === 'degraded' ? body : undefined;
    }, timeoutMs);
    expect(degraded.status).toBe('degraded');
    expect(degraded.components.simulator.detail).toMatch(/restarting the simulator worker|no tick/);

    const recovered = await waitFor('ticks to resume', async () => {
      const now = await summary();
      return now.tick > before.tick + 2 && (await health()).components.simulator.status === 'up' ? now : undefined;
    }, timeoutMs);
    // The same shared store: the tick count and the grid history carry on instead of starting again.
    expect(recovered.history.length).toBeGreaterThanOrEqual(Math.min(before.history.length + 2, 60));
    expect(recovered.history.map((p: { tick: number }) => p.tick)).toContain(before.tick);
    const meter = (await request(app.server).get(`/api/energy/meters/${meterId}`).expect(200)).body;
    expect(meter).toMatchObject({ source: 'real', latest: { powerKw: 7.25, energyKwh: 42, timestamp: at } });
    // The restarted worker takes readings again.
    const later = new Date(Date.now() + 1000).toISOString();
    const accepted = await request(app.server).post('/api/energy/readings').send({ readings: [{ meterId, timestamp: later, powerKw: 8 }] }).expect(200);
    expect(accepted.body.accepted).toBe(1);
    // Threads share the process's descriptors: only the new worker's log segment is open, nothing of the dead one's.
    expect(descriptorsUnder(join(app.dataDir, WAL_DIR))).toHaveLength(1);
    const metrics = (await request(app.server).get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/powergrid_simulator_restarts_total\{reason="(exit|crash|hang)"\} [1-9]/);
  }, 40_000);

  it('answers readings with 503 TELEMETRY_NOT_READY while no worker runs, never a 500', async () => {
    host.injectFault('exit');
    const answers = new Set<number>();
    const deadline = Date.now() + 10_000;
    let sawRestart = false;
    while (Date.now() < deadline) {
      const res = await request(app.server).post('/api/energy/readings').send({ readings: [{ meterId: 'SM-during', timestamp: new Date().toISOString(), powerKw: 1 }] });
      answers.add(res.status);
      if (res.status === 503) {
        expect(res.body.code).toBe('TELEMETRY_NOT_READY');
        sawRestart = true;
      }
      if (sawRestart && res.status === 200) break;
      await sleep(10);
    }
    expect(sawRestart).toBe(true);
    expect([...answers].sort()).toEqual([200, 503]);
  }, 20_000);
});
