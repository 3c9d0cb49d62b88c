import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AlertRecord } from '../alert-types.js';
import type { Subscription } from './subscription-store.js';
import { WebhookDispatcher, type DeliveryOutcome } from './webhook-dispatcher.js';
import { SIGNATURE_HEADER, verifySignature } from './webhook-signature.js';

const alert: AlertRecord = { alertId: 'fo-harbour-F01-x', kind: 'feeder-outage', severity: 'critical', subjectType: 'feeder', subject: 'harbour-F01', region: 'harbour', summary: 's', raisedAt: new Date().toISOString(), figures: { metersOut: 2, meters: 2 } };

interface Received {
  body: string;
  headers: IncomingMessage['headers'];
}

describe(WebhookDispatcher.name, () => {
  let server: Server;
  let answers: number[];
  let received: Received[];
  let url: string;

  beforeEach(async () => {
    answers = [];
    received = [];
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ body, headers: request.headers });
        const status = answers.shift() ?? 200;
        if (status === 302) response.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
        else response.writeHead(status);
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterEach(() => new Promise((resolve) => server.close(resolve)));

  function dispatcher(subscriptions: Map<string, Subscription>, outcomes: DeliveryOutcome[], gone: string[] = []): WebhookDispatcher {
    return new WebhookDispatcher(
      { policy: { allowPrivate: true }, timeoutMs: 1000, maxAttempts: 3, retryBaseMs: 20, maxQueue: 100, concurrency: 2 },
      { subscription: (id) => subscriptions.get(id), gone: (id) => gone.push(id), observe: (outcome) => outcomes.push(outcome) },
    );
  }

  const subscription = (): Subscription => ({ subscriptionId: 'sub-1', callbackUrl: url, secret: 'a-secret-of-16-chars', createdAt: '' });

  async function settle(outcomes: DeliveryOutcome[], final: DeliveryOutcome[]): Promise<void> {
    for (let i = 0; i < 200 && !outcomes.some((o) => final.includes(o)); i++) await new Promise((r) => setTimeout(r, 10));
  }

  it('posts the alert as JSON signed with the subscription secret', async () => {
    const outcomes: DeliveryOutcome[] = [];
    const sub = subscription();
    const d = dispatcher(new Map([[sub.subscriptionId, sub]]), outcomes);
    d.enqueue(sub, alert, Date.now());
    await settle(outcomes, ['delivered']);
    expect(outcomes).toEqual(['delivered']);
    const [{ body, headers }] = received;
    expect(JSON.parse(body)).toMatchObject({ event: 'alert.raised', subscriptionId: 'sub-1', alert: { alertId: alert.alertId } });
    expect(headers['content-type']).toMatch(/application\/json/);
    expect(verifySignature('a-secret-of-16-chars', body, headers[SIGNATURE_HEADER] as string)).toBe(true);
    expect(verifySignature('another-secret-0000', body, headers[SIGNATURE_HEADER] as string)).toBe(false);
    await d.close();
  });

  it('retries a 500 with backoff, keeping the delivery id, and gives up after the last attempt', async () => {
    answers = [500, 503];
    const outcomes: DeliveryOutcome[] = [];
    const sub = subscription();
    const d = dispatcher(new Map([[sub.subscriptionId, sub]]), outcomes);
    d.enqueue(sub, alert, Date.now());
    await settle(outcomes, ['delivered']);
    expect(outcomes).toEqual(['retried', 'retried', 'delivered']);
    expect(new Set(received.map((r) => r.headers['x-powergrid-delivery'])).size).toBe(1);
    answers = [500, 500, 500];
    outcomes.length = 0;
    d.enqueue(sub, alert, Date.now());
    await settle(outcomes, ['failed']);
    expect(outcomes).toEqual(['retried', 'retried', 'failed']);
    await d.close();
  });

  it('reports a 410 as gone and does not retry it, nor a redirect', async () => {
    answers = [410, 302];
    const outcomes: DeliveryOutcome[] = [];
    const gone: string[] = [];
    const sub = subscription();
    const d = dispatcher(new Map([[sub.subscriptionId, sub]]), outcomes, gone);
    d.enqueue(sub, alert, Date.now());
    await settle(outcomes, ['gone']);
    d.enqueue(sub, alert, Date.now());
    await settle(outcomes, ['failed']);
    expect(outcomes).toEqual(['gone', 'failed']);
    expect(gone).toEqual(['sub-1']);
    expect(received).toHaveLength(2);
    await d.close();
  });

  it('refuses a private callback at delivery time without the flag', async () => {
    const outcomes: DeliveryOutcome[] = [];
    const sub = subscription();
    const d = new WebhookDispatcher(
      { policy: { allowPrivate: false }, timeoutMs: 1000, maxAttempts: 3, retryBaseMs: 20, maxQueue: 100, concurrency: 2 },
      { subscription: () => sub, gone: () => undefined, observe: (outcome) => outcomes.push(outcome) },
    );
    d.enqueue(sub, alert, Date.now());
    await settle(outcomes, ['refused']);
    expect(outcomes).toEqual(['refused']);
    expect(received).toHaveLength(0);
    await d.close();
  });

  it('bounds its queue by dropping the oldest delivery', async () => {
    const outcomes: DeliveryOutcome[] = [];
    const sub = { ...subscription(), callbackUrl: 'http://127.0.0.1:9/never' };
    const d = new WebhookDispatcher(
      { policy: { allowPrivate: true }, timeoutMs: 1000, maxAttempts: 1, retryBaseMs: 20, maxQueue: 3, concurrency: 1 },
      { subscription: () => sub, gone: () => undefined, observe: (outcome) => outcomes.push(outcome) },
    );
    for (let i = 0; i < 10; i++) d.enqueue(sub, alert, Date.now());
    expect(d.pending).toBeLessThanOrEqual(4);
    expect(outcomes.filter((o) => o === 'overflow').length).toBeGreaterThanOrEqual(6);
    await d.close();
  });
});
