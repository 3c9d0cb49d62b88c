import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/postgres.js';
import { loadMigrations, migrate, type Migration } from './migrator.js';

const TWO: Migration[] = [
  { version: 1, name: 'meters', sql: 'CREATE TABLE m (id text PRIMARY KEY)' },
  { version: 2, name: 'meter_site', sql: 'ALTER TABLE m ADD COLUMN site text' },
];

describe(migrate.name, () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeEach(async () => {
    db = await createTestDatabase('migrate');
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
  });

  afterEach(async () => {
    await pool.end();
    await db.drop();
  });

  it('applies pending versions in order once and records them', async () => {
    expect(await migrate(pool, TWO.slice(0, 1))).toEqual({ applied: [1], current: 1 });
    expect(await migrate(pool, TWO)).toEqual({ applied: [2], current: 2 });
    expect(await migrate(pool, TWO)).toEqual({ applied: [], current: 2 });
    const { rows } = await pool.query('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows).toEqual([{ version: 1, name: 'meters' }, { version: 2, name: 'meter_site' }]);
  });

  it('lets exactly one of several booting instances migrate (the others wait on the advisory lock)', async () => {
    // Without the lock, the second CREATE TABLE would fail with "relation already exists".
    const slow: Migration[] = [{ version: 1, name: 'slow', sql: 'SELECT pg_sleep(0.3); CREATE TABLE once_only (id int)' }];
    const pools = [pool, new pg.Pool({ connectionString: db.url }), new pg.Pool({ connectionString: db.url })];
    const results = await Promise.all(pools.map((p) => migrate(p, slow)));
    await Promise.all(pools.slice(1).map((p) => p.end()));
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, 0, 1]);
  });

  it('rolls a failing migration back and leaves it pending', async () => {
    const broken: Migration[] = [TWO[0], { version: 2, name: 'broken', sql: 'ALTER TABLE m ADD COLUMN a int; SELECT no_such_function()' }];
    await expect(migrate(pool, broken)).rejects.toThrow(/migration 2 \(broken\) failed/);
    const columns = await pool.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'm'");
    expect(columns.rows.map((row: { column_name: string }) => row.column_name)).toEqual(['id']);
    expect(await migrate(pool, TWO)).toEqual({ applied: [2], current: 2 });
  });

  it('refuses a database whose schema is newer than the build', async () => {
    await migrate(pool, TWO);
    await expect(migrate(pool, TWO.slice(0, 1))).rejects.toThrow(/newer than this build knows/);
  });
});

describe(loadMigrations.name, () => {
  it('reads the bundled migrations as versions 1, 2, 3…', async () => {
    const migrations = await loadMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('rejects a gap or a badly named file before running anything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'migrations-'));
    try {
      await writeFile(join(dir, '001_a.sql'), 'SELECT 1');
      await writeFile(join(dir, '003_c.sql'), 'SELECT 1');
      await expect(loadMigrations(dir)).rejects.toThrow(/without gaps/);
      await writeFile(join(dir, '2-b.sql'), 'SELECT 1');
      await expect(loadMigrations(dir)).rejects.toThrow(/NNN_name\.sql/);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
