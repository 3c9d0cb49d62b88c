import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Every machine that builds this project runs PostgreSQL on 127.0.0.1:5432 with trust auth (see .ci/run).
 * Each test gets a database of its own, named uniquely, so parallel runs never see each other's data.
 */
const SERVER = process.env.POWERGRID_TEST_PG ?? 'postgres://{user}@127.0.0.1:5432/postgres';
const ADMIN_USERS = ['postgres', 'root'];

let adminUrl: string | undefined;

async function admin(): Promise<pg.Client> {
  const candidates = adminUrl ? [adminUrl] : ADMIN_USERS.map((user) => SERVER.replace('{user}', user));
  let last: unknown;
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      adminUrl = url;
      return client;
    } catch (error) {
      last = error;
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(`no PostgreSQL on 127.0.0.1:5432 for the tests (start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start): ${(last as Error).message}`);
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  const name = `powergrid_${label.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 20)}_${randomBytes(5).toString('hex')}`;
  const client = await admin();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl as string);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const dropper = await admin();
      try {
        // pg's pool.end() resolves before the sockets of its clients have closed; FORCE would then terminate
        // them and the client emits the FATAL as an unhandled error in whichever test runs next. Give them a moment.
        for (let i = 0; i < 40; i++) {
          const { rows } = await dropper.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
