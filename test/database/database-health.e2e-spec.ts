import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { startThrowawayCluster, type ThrowawayCluster } from '../support/throwaway-postgres.js';
import { waitFor } from '../support/wait-for.js';

/** The health component of the database mode, against a cluster of the test's own that it may stop. */
describe('database health', () => {
  let cluster: ThrowawayCluster;
  let testApp: TestApp;

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    testApp = await startTestApp({ DATABASE_URL: cluster.url });
  }, 120_000);

  afterAll(async () => {
    await testApp?.close();
    await cluster?.destroy();
  });

  const database = async () => (await request(testApp.server).get('/api/health')).body as { status: string; ready: boolean; components: Record<string, { status: string; detail?: string }> };

  it('migrates at boot and reports the database up', async () => {
    const report = await database();
    expect(report.components.database).toMatchObject({ status: 'up', ready: true });
  });

  it('reports the database degraded (still ready: reads come from memory) while it is down, and up once it returns', async () => {
    await cluster.stop('fast');
    const down = await waitFor('the database reported unreachable', async () => {
      const report = await database();
      return report.components.database.status === 'degraded' ? report : undefined;
    }, 10_000);
    expect(down.ready).toBe(true);
    expect(down.components.database.detail).toMatch(/unreachable .*writes are refused/);
    expect(down.components.database.detail).not.toMatch(/password/);
    await cluster.start();
    await waitFor('the database reported up again', async () => ((await database()).components.database.status === 'up' ? true : undefined), 20_000);
  }, 60_000);
});
