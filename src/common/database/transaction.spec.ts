import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/postgres.js';
import { inTransaction } from './transaction.js';

describe(inTransaction.name, () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase('transaction');
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    await pool.query('CREATE TABLE t (n integer)');
  });

  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  beforeEach(() => pool.query('TRUNCATE t'));

  const rows = async (): Promise<number[]> => (await pool.query<{ n: number }>('SELECT n FROM t ORDER BY n')).rows.map((row) => row.n);

  it('commits what the work wrote and returns its value', async () => {
    await expect(inTransaction(pool, async (client) => {
      await client.query('INSERT INTO t VALUES (1), (2)');
      return 'done';
    })).resolves.toBe('done');
    expect(await rows()).toEqual([1, 2]);
  });

  it('rolls back everything when the work throws, rethrows, and destroys the client instead of pooling it', async () => {
    const pids: number[] = [];
    await expect(inTransaction(pool, async (client) => {
      pids.push((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid);
      await client.query('INSERT INTO t VALUES (3)');
      throw new Error('work failed');
    })).rejects.toThrow('work failed');
    expect(await rows()).toEqual([]);
    expect(pool.totalCount).toBeLessThanOrEqual(1);
    const next = await inTransaction(pool, async (client) => (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid);
    expect(next).not.toBe(pids[0]);
  });
});
