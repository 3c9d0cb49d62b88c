import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/postgres.js';
import { until } from '../../../test/support/wait-for.js';
import { NotifyListener } from './notify-listener.js';
import { connectClient } from './pg-pool.js';

describe(NotifyListener.name, () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let listener: NotifyListener;
  const events: string[] = [];

  beforeEach(async () => {
    events.length = 0;
    db = await createTestDatabase('notify');
    pool = new pg.Pool({ connectionString: db.url });
    listener = new NotifyListener(() => connectClient({ connectionString: db.url }), {
      connected: (resumed) => events.push(resumed ? 'resumed' : 'connected'),
      disconnected: () => events.push('lost'),
    }, { delay: () => 50 });
  });

  afterEach(async () => {
    await listener.stop();
    await pool.end();
    await db.drop();
  });

  it('delivers notifications of subscribed channels only', async () => {
    const got: string[] = [];
    await listener.subscribe('readings', (payload) => got.push(`r:${payload}`));
    await listener.start();
    await listener.subscribe('documents', (payload) => got.push(`d:${payload}`));
    await pool.query("SELECT pg_notify('readings', '7'), pg_notify('documents', 'x'), pg_notify('other', 'y')");
    await until(() => got.length >= 2, 2000);
    expect(got.sort()).toEqual(['d:x', 'r:7']);
  });

  it('reconnects after its backend is killed, listens again and reports the resumption', async () => {
    const got: string[] = [];
    await listener.subscribe('readings', (payload) => got.push(payload));
    await listener.start();
    await pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'");
    await until(() => events.includes('resumed'), 5000);
    expect(events).toEqual(['connected', 'lost', 'resumed']);
    await pool.query("SELECT pg_notify('readings', 'after')");
    await until(() => got.includes('after'), 2000);
    expect(got).toEqual(['after']);
  });

  it('refuses a channel name that would need quoting', async () => {
    await expect(listener.subscribe('bad; DROP TABLE x', () => undefined)).rejects.toThrow(/invalid channel/);
  });
});
