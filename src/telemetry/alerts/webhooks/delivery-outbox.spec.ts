import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/postgres.js';
import { loadMigrations, migrate } from '../../../common/database/migrator.js';
import type { AlertRecord } from '../alert-types.js';
import { AlertTable } from '../database/alert-table.js';
import type { DeliveryOutcome } from './delivery-attempt.js';
import { DeliveryOutbox } from './delivery-outbox.js';
import { OutboxDispatcher } from './outbox-dispatcher.js';
import { SIGNATURE_HEADER, verifySignature } from './webhook-signature.js';

const SECRET = 'a-secret-of-16-chars';

function fault(meterId: string): AlertRecord {
  const at = Date.now();
  return { alertId: `mf-${meterId}-${at.toString(36)}`, kind: 'meter-fault', severity: 'warning', subjectType: 'meter', subject: meterId, region: 'harbour', meterId, summary: 's', raisedAt: new Date(at).toISOString(), figures: {} };
}

describe(DeliveryOutbox.name, () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let server: Server;
  let url: string;
  let answers: number[];
  let received: { body: string; headers: IncomingMessage['headers'] }[];

  beforeAll(async () => {
    db = await createTestDatabase('outbox');
    pool = new pg.Pool({ connectionString: db.url, max: 6 });
    await migrate(pool, await loadMigrations());
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ body, headers: request.headers });
        response.writeHead(answers.shift() ?? 200);
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await pool.end();
    await db.drop();
  });
  beforeEach(async () => {
    answers = [];
    received = [];
    await pool.query('TRUNCATE alerts, alert_deliveries, alert_subscriptions');
    await pool.query("INSERT INTO alert_subscriptions VALUES ('sub-1', $1, $2, NULL, NULL, NULL, now())", [url, SECRET]);
  });

  const queue = (count: number) => new AlertTable(pool).record(Array.from({ length: count }, (_, i) => ({ type: 'raised' as const, alert: fault(`SITE-${i}-${Math.random()}`) })));
  const left = async () => (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM alert_deliveries')).rows[0].n;

  it('never hands one row to two instances, and gives a row back once its claimer stopped renewing (died)', async () => {
    await queue(5);
    const [a, b] = [new DeliveryOutbox(pool, 'a'), new DeliveryOutbox(pool, 'b')];
    const [onA, onB] = await Promise.all([a.claim(3, 60_000), b.claim(3, 60_000)]);
    expect(onA.length + onB.length).toBe(5);
    expect(new Set([...onA, ...onB].map((d) => d.deliveryId)).size).toBe(5);
    expect(await a.claim(3, 60_000)).toEqual([]);
    expect(onA[0].subscription).toMatchObject({ subscriptionId: 'sub-1', callbackUrl: url, secret: SECRET });

    // Only the holder settles a row: b cannot finish a's.
    await b.finish(onA[0].deliveryId);
    expect(await left()).toBe(5);
    await a.finish(onA[0].deliveryId);
    expect(await left()).toBe(4);

    // A lease that ran out (its holder is gone) is claimable again, by anyone.
    await pool.query("UPDATE alert_deliveries SET claimed_until = now() - interval '1 second' WHERE claimed_by = 'b'");
    const retaken = await a.claim(10, 60_000);
    expect(retaken.map((d) => d.deliveryId).sort()).toEqual(onB.map((d) => d.deliveryId).sort());
  });

  it('puts a retried row back with its backoff and a higher attempt, and trims the oldest past the limit', async () => {
    await queue(3);
    const a = new DeliveryOutbox(pool, 'a');
    const [first] = await a.claim(1, 60_000);
    await a.retryLater(first.deliveryId, 60_000);
    expect((await pool.query('SELECT attempt, claimed_by FROM alert_deliveries WHERE delivery_id = $1', [first.deliveryId])).rows).toEqual([{ attempt: 2, claimed_by: null }]);
    expect(await a.nextClaimableInMs()).toBe(0);
    expect((await a.claim(10, 60_000)).map((d) => d.deliveryId)).not.toContain(first.deliveryId);
    expect(await a.nextClaimableInMs()).toBeGreaterThan(50_000);
    expect(await a.trim(1)).toHaveLength(0);
    await pool.query('UPDATE alert_deliveries SET claimed_until = NULL');
    expect(await a.trim(1)).toHaveLength(2);
    expect(await left()).toBe(1);
  });

  it('drops pending rows with their subscription', async () => {
    await queue(2);
    await pool.query("DELETE FROM alert_subscriptions WHERE subscription_id = 'sub-1'");
    expect(await left()).toBe(0);
  });

  it('delivers each row once, signed, with two dispatchers on one outbox, retrying a 503', async () => {
    await queue(6);
    answers = [503];
    const outcomes: DeliveryOutcome[] = [];
    const dispatcher = (owner: string) =>
      new OutboxDispatcher(
        new DeliveryOutbox(pool, owner),
        { policy: { allowPrivate: true }, timeoutMs: 2000, maxAttempts: 3, retryBaseMs: 20, concurrency: 2, pollMs: 50, leaseMs: 10_000 },
        { gone: async () => undefined, observe: (outcome) => outcomes.push(outcome), failed: (error) => outcomes.push(`failed ${(error as Error).message}` as DeliveryOutcome), up: () => true },
      );
    const both = [dispatcher('a'), dispatcher('b')];
    both.forEach((d) => d.start());
    for (let i = 0; i < 300 && (outcomes.filter((o) => o === 'delivered').length < 6 || both.some((d) => d.active > 0)); i++) await new Promise((r) => setTimeout(r, 20));
    await Promise.all(both.map((d) => d.close()));
    expect(outcomes.sort()).toEqual([...Array(6).fill('delivered'), 'retried']);
    expect(received).toHaveLength(7);
    const ids = received.map((r) => r.headers['x-powergrid-delivery']);
    expect(new Set(ids).size).toBe(6);
    for (const { body, headers } of received) expect(verifySignature(SECRET, body, headers[SIGNATURE_HEADER] as string)).toBe(true);
    expect(await left()).toBe(0);
  });
});
