import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { sleep, waitFor } from '../support/wait-for.js';
import { committedConnector } from './support/connector-files.js';
import { notificationField, schemaProblems } from './support/round-trip.js';
import { operations, parametersOf, type Json } from './support/swagger-walk.js';

// What Power Automate does with a webhook trigger, driven by apiDefinition.swagger.json alone: find the operation
// marked x-ms-trigger, POST its body with the flow's callback URL in the x-ms-notification-url field, keep the
// Location of the 201, check each delivery against x-ms-notification-content, and when the flow is turned off
// call the DELETE operation whose path matches that Location.
const API_KEY = 'round-trip-key-01';
const TICK_MS = 200;
const swagger = committedConnector().swagger;
const base = swagger.basePath === '/' ? '' : (swagger.basePath as string);

describe('webhook trigger round trip, from the 2.0 definition only', () => {
  let app: TestApp;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await startWebhookReceiver('/workflows/flow-1/triggers/manual/run');
    app = await startTestApp({ API_KEYS: API_KEY, SIMULATOR: 'off', TICK_MS: String(TICK_MS), ALERT_WEBHOOK_ALLOW_PRIVATE: 'true' });
  });
  afterAll(async () => {
    await app.close();
    await receiver.close();
  });
  const fault = (meterId: string) =>
    request(app.server).post('/api/energy/readings').set('x-api-key', API_KEY).send({ readings: [{ meterId, timestamp: new Date().toISOString(), powerKw: 0.2, status: 'fault' }] }).expect(200);

  it('subscribes, receives a delivery that matches x-ms-notification-content, and unsubscribes through the Location', async () => {
    const [trigger] = operations(swagger).filter((o) => o.op['x-ms-trigger'] === 'single');
    expect(trigger.op.summary).toBe('When a grid alert is raised');
    const bodyParameter = parametersOf(swagger, trigger.op).find((p) => p.in === 'body')!;
    const field = notificationField(swagger, bodyParameter.schema)!;
    // A maker who picks no filter: the platform sends the callback URL and nothing else.
    const created = await (request(app.server) as unknown as Record<string, (url: string) => request.Test>)[trigger.method](`${base}${trigger.path}`)
      .set('x-api-key', API_KEY).send({ [field]: receiver.url }).expect(201);
    expect(schemaProblems(swagger, trigger.op.responses['201'].schema, created.body)).toEqual([]);
    const location = new URL(created.headers.location);

    await fault('FLOW-METER-1');
    const delivery = await waitFor('a delivery', async () => receiver.deliveries[0], 20 * TICK_MS);
    const content = swagger.paths[trigger.path]['x-ms-notification-content'] as Json;
    expect(schemaProblems(swagger, content.schema, delivery.json)).toEqual([]);
    expect(delivery.json).toMatchObject({ event: 'alert.raised', alert: { kind: 'meter-fault', meterId: 'FLOW-METER-1' } });

    // The platform DELETEs the Location: the operation for it is the DELETE whose template matches that path.
    const remove = operations(swagger).find((o) => o.method === 'delete' && new RegExp(`^${base}${o.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(location.pathname));
    expect(remove?.op.operationId).toBe('DeleteAlertSubscription');
    await request(app.server).delete(location.pathname).set('x-api-key', API_KEY).expect(204);

    await fault('FLOW-METER-2');
    await waitFor('the second alert', async () => ((await request(app.server).get('/api/alerts?kind=meter-fault').set('x-api-key', API_KEY)).body.value.length >= 2 ? true : undefined), 20 * TICK_MS);
    await sleep(3 * TICK_MS);
    expect(receiver.deliveries).toHaveLength(1);
  });
});
