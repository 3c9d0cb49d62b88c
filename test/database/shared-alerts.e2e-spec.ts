import { get as httpGet } from 'node:http';
import pg from 'pg';
import { postReadings } from '../faults/support/child-app.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres.js';
import { sseFrameReader } from '../support/sse-frames.js';
import { sleep, ticksPass, waitFor } from '../support/wait-for.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { SIGNATURE_HEADER, verifySignature } from '../../src/telemetry/alerts/webhooks/webhook-signature.js';
import { spawnInstance, stopInstance, type Instance } from './support/two-instances.js';

const TICK_MS = 500;
// Real meters only, so every alert comes from a reading the test posts; a one-second delivery timeout, so a
// delivery held by a killed instance is free again after its lease (2 x timeout + 5 s).
const ENV = { SIMULATOR: 'off', TICK_MS: String(TICK_MS), REAL_METER_SLOTS: '100', ALERT_WEBHOOK_ALLOW_PRIVATE: 'true', ALERT_WEBHOOK_TIMEOUT_MS: '1000', ALERT_WEBHOOK_RETRY_BASE_MS: '50' };

interface Alert {
  alertId: string;
  kind: string;
  meterId?: string;
  resolvedAt?: string;
}

async function getJson<T = Record<string, unknown>>(url: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as T };
}

async function faultsOf(instance: Instance, meterId: string): Promise<Alert[]> {
  const { body } = await getJson<{ value: Alert[] }>(`${instance.base}/api/alerts?kind=meter-fault&top=500`);
  return body.value.filter((alert) => alert.meterId === meterId);
}

async function post(instance: Instance, meterId: string, status: string): Promise<void> {
  const posted = await postReadings(instance.base, [{ meterId, timestamp: new Date().toISOString(), powerKw: 0.35, voltageV: 181.2, status }]);
  expect(posted.body).toEqual({ accepted: 1, rejected: [] });
}

async function subscribe(instance: Instance, body: Record<string, unknown>): Promise<{ subscriptionId: string; secret: string; location: string }> {
  const response = await fetch(`${instance.base}/api/alerts/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(201);
  const created = (await response.json()) as { subscriptionId: string; secret: string };
  return { ...created, location: new URL(response.headers.get('location') as string).pathname };
}

/** The event names and alert ids of an instance's alert stream, as they arrive. */
function openStream(instance: Instance): { frames: { event: string; alertId?: string }[]; close(): void } {
  const frames: { event: string; alertId?: string }[] = [];
  const request = httpGet(`${instance.base}/api/alerts/stream`, (response) => {
    response.setEncoding('utf8');
    response.on('data', sseFrameReader(({ event, data }) => frames.push({ event, alertId: (JSON.parse(data) as { alertId?: string }).alertId })));
  });
  request.on('error', () => undefined);
  return { frames, close: () => request.destroy() };
}

/** Waits for `ticks` more ticks of an instance: long enough for anything a tick would have raised or delivered. */
async function instanceTicksPass(instance: Instance, ticks: number): Promise<void> {
  await ticksPass(async () => (await getJson<{ tick: number }>(`${instance.base}/api/energy/summary?historyPoints=0`)).body.tick, ticks, 30 * TICK_MS * ticks);
}

describe('alerts and webhooks shared by two instances on one database', () => {
  let db: TestDatabase;
  let a: Instance;
  let b: Instance;
  let receiver: WebhookReceiver;
  let sql: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase('sharedalerts');
    a = await spawnInstance(db.url, ENV);
    b = await spawnInstance(db.url, ENV);
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await db?.drop();
  });

  beforeEach(async () => {
    receiver = await startWebhookReceiver();
  });
  afterEach(async () => {
    await receiver.close();
    // Each test starts with no subscription, so deliveries of one never count in the next.
    await sql.query('DELETE FROM alert_subscriptions');
  });

  it('shows a subscription made on A on B, and one deleted on B is gone on A', async () => {
    const created = await subscribe(a, { callbackUrl: receiver.url, kind: 'feeder-outage', region: 'harbour' });
    const onB = await getJson(`${b.base}${created.location}`);
    expect(onB).toEqual({ status: 200, body: { subscriptionId: created.subscriptionId, callbackUrl: receiver.url, kind: 'feeder-outage', region: 'harbour', createdAt: expect.any(String) } });
    expect((await fetch(`${b.base}${created.location}`, { method: 'DELETE' })).status).toBe(204);
    const onA = await getJson<{ code: string }>(`${a.base}${created.location}`);
    expect(onA.status).toBe(404);
    expect(onA.body.code).toBe('ALERTS_SUBSCRIPTION_NOT_FOUND');
    expect((await fetch(`${a.base}${created.location}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('raises one alert for a fault posted to A, listed and streamed by both, delivered once and signed, resolved for both from B', async () => {
    const { secret, subscriptionId } = await subscribe(b, { callbackUrl: receiver.url, kind: 'meter-fault' });
    const stream = openStream(b);
    await waitFor('the stream to open', async () => stream.frames[0], 5000);
    await post(a, 'SHARED-FAULT-1', 'fault');

    const [onA, onB] = await waitFor('the alert on both instances', async () => {
      const [x, y] = await Promise.all([faultsOf(a, 'SHARED-FAULT-1'), faultsOf(b, 'SHARED-FAULT-1')]);
      return x.length > 0 && y.length > 0 ? [x, y] : undefined;
    }, 30 * TICK_MS);
    const alertId = onA[0].alertId;
    expect(onB.map((alert) => alert.alertId)).toEqual([alertId]);
    expect((await getJson<Alert>(`${b.base}/api/alerts/${alertId}`)).body).toEqual((await getJson<Alert>(`${a.base}/api/alerts/${alertId}`)).body);
    await waitFor('the raise on B\'s stream', async () => stream.frames.find((frame) => frame.event === 'raised' && frame.alertId === alertId), 5000);

    await waitFor('the delivery', async () => receiver.deliveries[0], 10_000);
    // Both instances ran the rule over the same reading, at least two ticks each and two outbox polls since.
    await Promise.all([instanceTicksPass(a, 3), instanceTicksPass(b, 3), sleep(2500)]);
    expect(await faultsOf(a, 'SHARED-FAULT-1')).toHaveLength(1);
    expect(await faultsOf(b, 'SHARED-FAULT-1')).toHaveLength(1);
    expect(receiver.deliveries).toHaveLength(1);
    const [delivery] = receiver.deliveries;
    expect(verifySignature(secret, delivery.body, delivery.headers[SIGNATURE_HEADER] as string)).toBe(true);
    expect(delivery.json).toMatchObject({ event: 'alert.raised', subscriptionId, alert: { alertId, kind: 'meter-fault', meterId: 'SHARED-FAULT-1' } });

    await post(b, 'SHARED-FAULT-1', 'normal');
    const resolved = await waitFor('the resolution on both', async () => {
      const [x, y] = await Promise.all([getJson<Alert>(`${a.base}/api/alerts/${alertId}`), getJson<Alert>(`${b.base}/api/alerts/${alertId}`)]);
      return x.body.resolvedAt && y.body.resolvedAt ? [x.body, y.body] : undefined;
    }, 30 * TICK_MS);
    expect(resolved[0]).toEqual(resolved[1]);
    await waitFor('the resolution on B\'s stream', async () => stream.frames.find((frame) => frame.event === 'resolved' && frame.alertId === alertId), 5000);
    stream.close();
    const { rows } = await sql.query("SELECT alert_id FROM alerts WHERE subject = 'SHARED-FAULT-1'");
    expect(rows).toEqual([{ alert_id: alertId }]);
  });

  it('delivers an alert whose delivering instance was killed with -9 mid-delivery, from the other instance', async () => {
    receiver.answers = [0];
    const { secret } = await subscribe(a, { callbackUrl: receiver.url, kind: 'meter-fault' });
    await post(b, 'SHARED-FAULT-2', 'fault');
    const held = await waitFor('the first (held) attempt', async () => receiver.deliveries[0], 30 * TICK_MS);
    const { rows } = await sql.query<{ claimed_by: string }>('SELECT claimed_by FROM alert_deliveries');
    expect(rows).toHaveLength(1);
    const pid = Number(rows[0].claimed_by.split(':')[1]);
    const [victim, survivor] = a.child.pid === pid ? [a, b] : [b, a];
    expect(victim.child.pid).toBe(pid);
    victim.child.kill('SIGKILL');
    await victim.exited;

    const again = await waitFor('the delivery from the survivor', async () => receiver.deliveries[1], 30_000);
    expect(again.headers['x-powergrid-delivery']).toBe(held.headers['x-powergrid-delivery']);
    expect(verifySignature(secret, again.body, again.headers[SIGNATURE_HEADER] as string)).toBe(true);
    expect((again.json.alert as Alert).meterId).toBe('SHARED-FAULT-2');
    await waitFor('the outbox to empty', async () => ((await sql.query('SELECT 1 FROM alert_deliveries')).rowCount === 0 ? true : undefined), 5000);
    expect(await faultsOf(survivor, 'SHARED-FAULT-2')).toHaveLength(1);

    // The killed instance comes back with the alerts every instance shows.
    const restarted = await spawnInstance(db.url, ENV, victim.dataDir);
    if (victim === a) a = restarted;
    else b = restarted;
    expect((await faultsOf(restarted, 'SHARED-FAULT-2')).map((alert) => alert.alertId)).toEqual((await faultsOf(survivor, 'SHARED-FAULT-2')).map((alert) => alert.alertId));
    expect(receiver.deliveries).toHaveLength(2);
  }, 90_000);

  it('removes a subscription for every instance when its callback answers 410', async () => {
    receiver.answers = [410];
    const { location } = await subscribe(a, { callbackUrl: receiver.url, kind: 'meter-fault' });
    await post(a, 'SHARED-FAULT-3', 'fault');
    await waitFor('the subscription to go on B', async () => ((await getJson(`${b.base}${location}`)).status === 404 ? true : undefined), 30 * TICK_MS);
    expect((await getJson(`${a.base}${location}`)).status).toBe(404);
    expect(receiver.deliveries).toHaveLength(1);
  });
});
