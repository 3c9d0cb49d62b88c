import { postReadings } from '../faults/support/child-app.js';
import { startThrowawayCluster, type ThrowawayCluster } from '../support/throwaway-postgres.js';
import { ticksPass, waitFor } from '../support/wait-for.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { spawnInstance, stopInstance, type Instance } from './support/two-instances.js';

const TICK_MS = 500;
const ENV = { SIMULATOR: 'off', TICK_MS: String(TICK_MS), REAL_METER_SLOTS: '50', ALERT_WEBHOOK_ALLOW_PRIVATE: 'true' };

async function call(instance: Instance, path: string, init?: RequestInit): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${instance.base}${path}`, init);
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

const subscribe = (instance: Instance, callbackUrl: string) =>
  call(instance, '/api/alerts/subscriptions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ callbackUrl }) });

async function activeFault(instance: Instance, meterId: string): Promise<{ alertId: string } | undefined> {
  const { body } = await call(instance, '/api/alerts?state=active&kind=meter-fault');
  return (body.value as { alertId: string; meterId: string }[]).find((alert) => alert.meterId === meterId);
}

/** The database stopped under the alerts: reads served from memory, subscription changes 503, then recovery. */
describe('alerts during a database outage', () => {
  let cluster: ThrowawayCluster;
  let a: Instance;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    a = await spawnInstance(cluster.url, ENV);
    receiver = await startWebhookReceiver();
  }, 120_000);

  afterAll(async () => {
    await stopInstance(a);
    await receiver?.close();
    await cluster?.destroy();
  });

  it('serves alerts from memory, answers subscription changes 503 STORAGE_UNAVAILABLE, and records and delivers again once it returns', async () => {
    const created = await subscribe(a, receiver.url);
    expect(created.status).toBe(201);
    const location = `/api/alerts/subscriptions/${created.body.subscriptionId as string}`;
    await postReadings(a.base, [{ meterId: 'DOWN-1', timestamp: new Date().toISOString(), powerKw: 1, status: 'fault' }]);
    const alert = await waitFor('the fault alert', () => activeFault(a, 'DOWN-1'), 30 * TICK_MS);
    await waitFor('its delivery', async () => receiver.deliveries[0], 10_000);

    await cluster.stop('fast');
    await waitFor('the database to be reported down', async () => {
      const health = (await call(a, '/api/health')).body as { components: Record<string, { status: string }> };
      return health.components.database.status === 'degraded' ? true : undefined;
    }, 15_000);
    expect((await activeFault(a, 'DOWN-1'))?.alertId).toBe(alert.alertId);
    expect((await call(a, `/api/alerts/${alert.alertId}`)).status).toBe(200);
    for (const attempt of [subscribe(a, receiver.url), call(a, location), call(a, location, { method: 'DELETE' })]) {
      const { status, body } = await attempt;
      expect([status, body.code]).toEqual([503, 'STORAGE_UNAVAILABLE']);
    }
    // Ticks go on without the database: the alert rules keep running and nothing crashes.
    await ticksPass(async () => (await call(a, '/api/energy/summary?historyPoints=0')).body.tick as number, 2, 30 * TICK_MS);
    expect(a.child.exitCode).toBeNull();

    await cluster.start();
    await waitFor('subscriptions to be readable again', async () => ((await call(a, location)).status === 200 ? true : undefined), 30_000);
    await postReadings(a.base, [{ meterId: 'DOWN-2', timestamp: new Date().toISOString(), powerKw: 1, status: 'fault' }]);
    await waitFor('a new alert after the outage', () => activeFault(a, 'DOWN-2'), 30 * TICK_MS);
    await waitFor('its delivery', async () => receiver.deliveries.find((d) => (d.json.alert as { meterId?: string }).meterId === 'DOWN-2'), 10_000);
    expect(receiver.deliveries).toHaveLength(2);
  }, 120_000);
});
