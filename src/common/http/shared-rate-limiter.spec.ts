import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/postgres.js';
import { loadMigrations, migrate } from '../database/migrator.js';
import { RateLimiter } from './rate-limiter.js';
import { SharedRateLimiter, type SharedRateLimiterOptions } from './shared-rate-limiter.js';

describe(SharedRateLimiter.name, () => {
  let db: TestDatabase;
  const pools: pg.Pool[] = [];
  let now = 1_800_000_030_000;
  const failures: unknown[] = [];

  const instance = (over: Partial<SharedRateLimiterOptions> = {}): SharedRateLimiter => {
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    pools.push(pool);
    return new SharedRateLimiter({
      scope: 'api', limit: 5, store: pool, available: () => true, fallback: new RateLimiter(5, 60_000, () => now),
      onFailure: (error) => failures.push(error), now: () => now, ...over,
    });
  };

  beforeAll(async () => {
    db = await createTestDatabase('ratelimit');
    const pool = new pg.Pool({ connectionString: db.url });
    await migrate(pool, await loadMigrations());
    await pool.end();
  });
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await db.drop();
  });

  it('enforces one limit per key across instances, counted concurrently, in wall-clock windows', async () => {
    const [a, b, c] = [instance(), instance(), instance()];
    const decisions = await Promise.all([a, b, c, a, b, c, a, b].map((limiter) => limiter.take('key:1')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    expect(decisions.filter((d) => !d.allowed).every((d) => d.retryAfterSeconds === 30)).toBe(true);
    expect((await a.take('key:2')).allowed).toBe(true);
    expect((await a.take('key:1')).allowed).toBe(false);
    now += 30_000;
    expect(await c.take('key:1')).toMatchObject({ allowed: true, remaining: 4 });
    const scopes = await pools[0].query<{ scope: string; hits: number }>('SELECT scope, hits FROM rate_limit_windows WHERE client_key = $1 ORDER BY window_start', ['key:1']);
    // The ninth take of key:1 is counted unless `a` had itself been refused in the concurrent round (it then
    // refuses locally without a query); which takes the database refused depends on their arrival order.
    const aWasRefused = [0, 3, 6].some((index) => !decisions[index].allowed);
    expect(scopes.rows.map((row) => row.hits)).toEqual([aWasRefused ? 8 : 9, 1]);
    expect(failures).toEqual([]);
  });

  it('keeps the limits of different scopes apart', async () => {
    const api = instance();
    const ask = instance({ scope: 'ask', limit: 1 });
    expect((await ask.take('key:3')).allowed).toBe(true);
    expect((await ask.take('key:3')).allowed).toBe(false);
    expect((await api.take('key:3')).allowed).toBe(true);
  });

  it('counts in-process while the database is down instead of waiting on it or refusing', async () => {
    let up = false;
    const limiter = instance({ available: () => up, limit: 2, fallback: new RateLimiter(2, 60_000, () => now) });
    expect((await limiter.take('key:4')).allowed).toBe(true);
    expect((await limiter.take('key:4')).allowed).toBe(true);
    expect((await limiter.take('key:4')).allowed).toBe(false);
    up = true;
    const rows = await pools[0].query('SELECT 1 FROM rate_limit_windows WHERE client_key = $1', ['key:4']);
    expect(rows.rowCount).toBe(0);
  });

  it('falls back and reports when a query fails', async () => {
    const broken = instance({ store: { query: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })) } });
    expect((await broken.take('key:5')).allowed).toBe(true);
    expect(failures).toHaveLength(1);
    failures.length = 0;
  });

  it('prunes windows older than the previous one', async () => {
    const limiter = instance();
    await limiter.take('key:6');
    now += 180_000;
    await limiter.take('key:7');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { rows } = await pools[0].query<{ n: string }>('SELECT count(*) AS n FROM rate_limit_windows WHERE window_start < $1', [Math.floor(now / 60_000) * 60_000 - 60_000]);
    expect(rows[0].n).toBe('0');
  });
});
