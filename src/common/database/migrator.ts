import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pool, PoolClient } from 'pg';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every instance boots with the same key, so exactly one of them migrates while the others wait for it. */
export const MIGRATION_LOCK_KEY = 7_264_001;
const FILE_PATTERN = /^(\d{3,})_([a-z0-9_]+)\.sql$/;

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Reads `NNN_name.sql` files in version order; a gap or a duplicate version is a packaging error, caught before any SQL runs. */
export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = FILE_PATTERN.exec(file);
    if (!match) throw new Error(`migration file ${file} is not named NNN_name.sql`);
    migrations.push({ version: Number(match[1]), name: match[2], sql: await readFile(join(dir, file), 'utf8') });
  }
  migrations.forEach((migration, i) => {
    if (migration.version !== i + 1) throw new Error(`migration versions must run 1, 2, 3… without gaps; found ${migration.version} at position ${i + 1}`);
  });
  return migrations;
}

export interface MigrationResult {
  applied: number[];
  current: number;
}

/**
 * Applies the pending migrations, each in its own transaction, under a session advisory lock: instances that
 * boot together queue on the lock, and the later ones find nothing left to do. A database newer than this build
 * (a rollback of the app) is refused rather than served with a schema the code does not know.
 */
export async function migrate(pool: Pool, migrations: readonly Migration[]): Promise<MigrationResult> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await applyPending(client, migrations);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

async function applyPending(client: PoolClient, migrations: readonly Migration[]): Promise<MigrationResult> {
  await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
  const done = new Set(rows.map((row) => row.version));
  const newest = rows.at(-1)?.version ?? 0;
  const known = migrations.at(-1)?.version ?? 0;
  if (newest > known) throw new Error(`the database schema is at version ${newest}, newer than this build knows (${known}); deploy a newer build`);
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    await client.query('BEGIN');
    try {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw new Error(`migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
    }
    applied.push(migration.version);
  }
  return { applied, current: Math.max(newest, known) };
}
