import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in one transaction on a pooled client of its own: COMMIT when it returns, ROLLBACK when it throws.
 * A client whose transaction failed is destroyed rather than handed back: the connection may be why it failed.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release(true);
    throw error;
  }
}
