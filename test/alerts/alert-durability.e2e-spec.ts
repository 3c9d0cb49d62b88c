import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { ticksPass, waitFor } from '../support/wait-for.js';

const TICK_MS = 250;

describe('alerts and webhook subscriptions across a restart', () => {
  let dataDir: string;
  let receiver: WebhookReceiver;
  let app: TestApp | undefined;
  const start = async () => (app = await startTestApp({ DATA_DIR: dataDir, SIMULATOR: 'off', TICK_MS: String(TICK_MS), ALERT_WEBHOOK_ALLOW_PRIVATE: 'true' }));
  const post = (meterId: string, status: string) =>
    request(app!.server).post('/api/energy/readings').send({ readings: [{ meterId, timestamp: new Date().toISOString(), powerKw: 1, status }] }).expect(200);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'powergrid-alerts-'));
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await app?.close({ keepData: true });
    await receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps subscriptions and active alerts, raises nothing twice, and resolves a restored alert when it clears', async () => {
    await start();
    const created = await request(app!.server).post('/api/alerts/subscriptions').send({ callbackUrl: receiver.url }).expect(201);
    const subscriptionPath = new URL(created.headers.location).pathname;
    await post('SITE-KEEP-1', 'fault');
    const raised = await waitFor('the fault alert', async () => (await request(app!.server).get('/api/alerts?state=active')).body.value[0] as { alertId: string } | undefined, 10 * TICK_MS);
    await waitFor('its delivery', async () => receiver.deliveries[0], 5000);
    await app!.close({ keepData: true });
    app = undefined;

    await start();
    await request(app!.server).get(subscriptionPath).expect(200);
    const active = (await request(app!.server).get('/api/alerts?state=active').expect(200)).body.value as { alertId: string }[];
    expect(active.map((alert) => alert.alertId)).toEqual([raised.alertId]);
    await request(app!.server).get(`/api/alerts/${raised.alertId}`).expect(200);
    // Several ticks over the same faulty meter: the restored alert is still the only one, and nothing was redelivered.
    await ticksPass(async () => (await request(app!.server).get('/api/energy/summary?historyPoints=0')).body.tick as number, 3, 20 * TICK_MS);
    expect((await request(app!.server).get('/api/alerts').expect(200)).body.value).toHaveLength(1);
    expect(receiver.deliveries).toHaveLength(1);

    await post('SITE-KEEP-1', 'normal');
    const resolved = await waitFor('the resolution', async () => {
      const alert = (await request(app!.server).get(`/api/alerts/${raised.alertId}`)).body as { resolvedAt?: string };
      return alert.resolvedAt;
    }, 10 * TICK_MS);
    expect(Date.parse(resolved)).toBeGreaterThan(0);
  });
});
