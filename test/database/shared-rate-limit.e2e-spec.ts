import { createTestDatabase, type TestDatabase } from '../support/postgres.js';
import { spawnInstance, stopInstance, type Instance } from './support/two-instances.js';

const LIMIT = 12;

describe('rate limits across two instances on one database', () => {
  let db: TestDatabase;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    db = await createTestDatabase('ratelimit');
    const env = { RATE_LIMIT_PER_MINUTE: String(LIMIT), API_KEYS: 'shared-key-0001' };
    [a, b] = await Promise.all([spawnInstance(db.url, env), spawnInstance(db.url, env)]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await db?.drop();
  });

  it(`lets ${LIMIT} requests a minute through A and B together, not ${LIMIT} each`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT * 2; i++) {
      const base = i % 2 === 0 ? a.base : b.base;
      const response = await fetch(`${base}/api/energy/summary`, { headers: { 'x-api-key': 'shared-key-0001' } });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    // A window boundary may fall inside the loop; then the second window admits at most LIMIT more.
    const passed = statuses.filter((status) => status === 200).length;
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
    expect(passed).toBeGreaterThanOrEqual(LIMIT);
    expect(passed).toBeLessThan(LIMIT * 2);
    const refused = await fetch(`${b.base}/api/energy/summary`, { headers: { 'x-api-key': 'shared-key-0001' } });
    if (refused.status === 429) expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
