import request from 'supertest';
import { verifySignature, SIGNATURE_HEADER } from '../../src/telemetry/alerts/webhooks/webhook-signature.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { TelemetryService } from '../../src/telemetry/telemetry.service.js';
import { waitFor } from '../support/wait-for.js';

const TICK_MS = 250;
const ENV = { SIMULATOR: 'off', TICK_MS: String(TICK_MS), ALERT_WEBHOOK_ALLOW_PRIVATE: 'true', ALERT_WEBHOOK_RETRY_BASE_MS: '50', REAL_METER_SLOTS: '100' };

/** A real meter alone on its feeder (SIMULATOR=off): a reading with status outage takes the whole feeder out. */
async function post(app: TestApp, meterId: string, status: string): Promise<void> {
  const response = await request(app.server).post('/api/energy/readings').send({ readings: [{ meterId, timestamp: new Date().toISOString(), powerKw: status === 'outage' ? 0 : 1.2, status }] });
  expect(response.body).toEqual({ accepted: 1, rejected: [] });
}

async function subscribe(app: TestApp, body: Record<string, unknown>): Promise<{ id: string; secret: string; location: string }> {
  const response = await request(app.server).post('/api/alerts/subscriptions').send(body).expect(201);
  return { id: response.body.subscriptionId, secret: response.body.secret, location: response.headers.location };
}

describe('alert webhooks, with ALERT_WEBHOOK_ALLOW_PRIVATE=true and a receiver on loopback', () => {
  let app: TestApp;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    app = await startTestApp(ENV);
  });
  afterAll(async () => app.close());
  beforeEach(async () => {
    receiver = await startWebhookReceiver();
  });
  afterEach(async () => receiver.close());

  it('delivers a signed feeder-outage alert within two ticks of the outage, then stops after DELETE on the Location', async () => {
    const { secret, location, id } = await subscribe(app, { callbackUrl: receiver.url, kind: 'feeder-outage' });
    expect(location).toMatch(new RegExp(`/api/alerts/subscriptions/${id}$`));
    const store = app.app.get(TelemetryService).store;
    receiver.onDelivery = (delivery) => (delivery.mark = store.grid(0).tick);
    const before = store.grid(0).tick;
    await post(app, 'SITE-OUT-1', 'outage');
    await waitFor('a delivery', async () => receiver.deliveries[0], 10 * TICK_MS);
    // The reading lands between ticks: the next tick raises the alert, and it is delivered before the one after.
    expect((receiver.deliveries[0].mark as number) - before).toBeLessThanOrEqual(2);
    const [delivery] = receiver.deliveries;
    expect(delivery.headers['content-type']).toMatch(/^application\/json/);
    expect(verifySignature(secret, delivery.body, delivery.headers[SIGNATURE_HEADER] as string)).toBe(true);
    expect(verifySignature('not-the-secret-at-all', delivery.body, delivery.headers[SIGNATURE_HEADER] as string)).toBe(false);
    expect(delivery.json).toMatchObject({ event: 'alert.raised', subscriptionId: id, alert: { kind: 'feeder-outage', severity: 'critical', subjectType: 'feeder', figures: { metersOut: 1, meters: 1 } } });
    const alertId = (delivery.json.alert as { alertId: string }).alertId;
    await request(app.server).get(`/api/alerts/${alertId}`).expect(200);

    await request(app.server).delete(new URL(location).pathname).expect(204);
    await request(app.server).get(new URL(location).pathname).expect(404);
    await post(app, 'SITE-OUT-2', 'outage');
    await waitFor('the second outage alert', async () => ((await request(app.server).get('/api/alerts?kind=feeder-outage&state=active')).body.value.length >= 2 ? true : undefined), 10 * TICK_MS);
    await new Promise((resolve) => setTimeout(resolve, 2 * TICK_MS));
    expect(receiver.deliveries).toHaveLength(1);
  });

  it('retries a delivery answered 500, with the same delivery id', async () => {
    receiver.answers = [500, 503];
    await subscribe(app, { callbackUrl: receiver.url, kind: 'meter-fault' });
    await post(app, 'SITE-FAULT-1', 'fault');
    await waitFor('three attempts', async () => (receiver.deliveries.length >= 3 ? true : undefined), 5000);
    const ids = receiver.deliveries.map((delivery) => delivery.headers['x-powergrid-delivery']);
    expect(new Set(ids).size).toBe(1);
    expect(receiver.deliveries.map((delivery) => (delivery.json.alert as { meterId: string }).meterId)).toEqual(['SITE-FAULT-1', 'SITE-FAULT-1', 'SITE-FAULT-1']);
  });

  it('removes a subscription whose callback answers 410 Gone', async () => {
    receiver.answers = [410];
    const { location } = await subscribe(app, { callbackUrl: receiver.url, kind: 'meter-fault' });
    await post(app, 'SITE-FAULT-2', 'fault');
    await waitFor('the subscription to go', async () => ((await request(app.server).get(new URL(location).pathname)).status === 404 ? true : undefined), 5000);
    expect(receiver.deliveries).toHaveLength(1);
  });

  it('filters deliveries by kind, severity and region', async () => {
    const bad = await request(app.server).post('/api/alerts/subscriptions').send({ callbackUrl: receiver.url, region: 'atlantis' }).expect(400);
    expect(bad.body.code).toBe('ALERTS_SUBSCRIPTION_INVALID');
    await subscribe(app, { callbackUrl: receiver.url, severity: 'critical' });
    await post(app, 'SITE-FAULT-3', 'fault');
    await post(app, 'SITE-OUT-3', 'outage');
    await waitFor('the outage delivery', async () => receiver.deliveries[0], 5000);
    await new Promise((resolve) => setTimeout(resolve, 2 * TICK_MS));
    expect(receiver.deliveries.map((delivery) => (delivery.json.alert as { kind: string }).kind)).toEqual(['feeder-outage']);
  });
});

describe('alert webhooks without ALERT_WEBHOOK_ALLOW_PRIVATE', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ SIMULATOR: 'off' });
  });
  afterAll(async () => app.close());

  it.each([
    ['http://127.0.0.1:9/hook', /https/],
    ['https://127.0.0.1/hook', /loopback/],
    ['https://[::ffff:127.0.0.1]/hook', /127\.0\.0\.1/],
    ['https://10.1.2.3/hook', /private/],
    ['https://169.254.169.254/latest/meta-data/', /private or reserved/],
    ['https://localhost/hook', /resolves to a refused address/],
  ])('refuses %s', async (callbackUrl, reason) => {
    const response = await request(app.server).post('/api/alerts/subscriptions').send({ callbackUrl }).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'ALERTS_CALLBACK_URL_REFUSED' });
    expect(response.body.message).toMatch(reason);
  });

  it('answers bad bodies and unknown ids with stable codes', async () => {
    const invalid = await request(app.server).post('/api/alerts/subscriptions').send({ callbackUrl: 42 }).expect(400);
    expect(invalid.body.code).toBe('ALERTS_SUBSCRIPTION_INVALID');
    await request(app.server).post('/api/alerts/subscriptions').send({ callbackUrl: 'https://example.org/x', extra: 1 }).expect(400);
    expect((await request(app.server).delete('/api/alerts/subscriptions/sub-0000').expect(404)).body.code).toBe('ALERTS_SUBSCRIPTION_NOT_FOUND');
    expect((await request(app.server).get('/api/alerts/no-such-alert').expect(404)).body.code).toBe('ALERTS_ALERT_NOT_FOUND');
    expect((await request(app.server).get('/api/alerts?state=open').expect(400)).body.code).toBe('ALERTS_QUERY_INVALID');
    expect((await request(app.server).get('/api/alerts?top=0').expect(400)).body.code).toBe('ALERTS_QUERY_INVALID');
  });
});
