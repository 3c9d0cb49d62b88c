import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/postgres.js';
import { loadMigrations, migrate } from '../../common/database/migrator.js';
import type { CorpusDocument } from './corpus-document.js';
import { DatabaseDocumentStore } from './database-document-store.js';

const doc = (documentId: string, createdAt: string): CorpusDocument => ({ documentId, title: documentId, contentType: 'text/plain', source: 'uploaded', sizeBytes: 5, createdAt, text: `text of ${documentId}` });

describe(DatabaseDocumentStore.name, () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeEach(async () => {
    db = await createTestDatabase('documents');
    pool = new pg.Pool({ connectionString: db.url, max: 3 });
    await migrate(pool, await loadMigrations());
  });
  afterEach(async () => {
    await pool.end();
    await db.drop();
  });

  it('serves its own writes at once and tells another instance what was added and removed', async () => {
    const a = new DatabaseDocumentStore(pool);
    const b = new DatabaseDocumentStore(pool);
    await a.save(doc('doc-2', '2026-12-01T10:00:01.000Z'));
    await a.save(doc('doc-1', '2026-12-01T10:00:00.000Z'));
    expect(a.list().map((d) => d.documentId)).toEqual(['doc-1', 'doc-2']);
    expect(await b.pull()).toEqual({ added: [doc('doc-2', '2026-12-01T10:00:01.000Z'), doc('doc-1', '2026-12-01T10:00:00.000Z')], removed: [] });
    expect(await b.remove('doc-2')).toBe(true);
    expect(await b.remove('doc-2')).toBe(false);
    expect(await a.pull()).toEqual({ added: [], removed: ['doc-2'] });
    expect(a.get('doc-2')).toBeUndefined();
    expect(await a.pull()).toEqual({ added: [], removed: [] });
    const late = new DatabaseDocumentStore(pool);
    expect((await late.pull()).added.map((d) => d.documentId)).toEqual(['doc-1']);
  });

  it('answers 503 STORAGE_UNAVAILABLE when the database cannot be reached', async () => {
    const dead = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 300 });
    await expect(new DatabaseDocumentStore(dead).save(doc('doc-1', '2026-12-01T10:00:00.000Z'))).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE', status: 503 });
    await dead.end();
  });
});
