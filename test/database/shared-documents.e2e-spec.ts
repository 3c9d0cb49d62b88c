import { createTestDatabase, type TestDatabase } from '../support/postgres.js';
import { waitFor } from '../support/wait-for.js';
import { spawnInstance, stopInstance, type Instance } from './support/two-instances.js';

const QUESTION = 'What share of a heat pump installation does the subsidy cover?';
const MEMO = '<html><body><h1>Heat pump subsidy</h1><p>Our heat pump subsidy covers 40 % of the cost of a heat pump installation.</p></body></html>';
/** The small notes of the compliance e2e tests (run from the project root): an upload answers what they do not. */
const NOTES = 'test/fixtures/compliance-notes';

async function ask(base: string): Promise<{ citations: { documentId: string }[] }> {
  const response = await fetch(`${base}/api/compliance/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: QUESTION }) });
  return (await response.json()) as { citations: { documentId: string }[] };
}

describe('documents shared by two instances on one database', () => {
  let db: TestDatabase;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    db = await createTestDatabase('documents');
    const env = { METER_COUNT: '100', COMPLIANCE_NOTES_DIR: NOTES };
    [a, b] = await Promise.all([spawnInstance(db.url, env), spawnInstance(db.url, env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await db?.drop();
  });

  it('answers on B from a document added on A within 2 s, and forgets it on A within 2 s of its deletion on B', async () => {
    const added = await fetch(`${a.base}/api/compliance/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Subsidy memo', content: MEMO, contentType: 'text/html' }),
    });
    expect(added.status).toBe(201);
    const { documentId } = (await added.json()) as { documentId: string };
    const addedAt = Date.now();
    await waitFor('B to cite the new document', async () => ((await ask(b.base)).citations[0]?.documentId === documentId ? true : undefined), 5000);
    expect(Date.now() - addedAt).toBeLessThan(2000);
    const listed = (await (await fetch(`${b.base}/api/compliance/documents`)).json()) as { value: { documentId: string; chunkCount: number }[] };
    expect(listed.value.find((d) => d.documentId === documentId)?.chunkCount).toBeGreaterThan(0);

    const deleted = await fetch(`${b.base}/api/compliance/documents/${documentId}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    const deletedAt = Date.now();
    await waitFor('A to stop citing the deleted document', async () => ((await ask(a.base)).citations.every((c) => c.documentId !== documentId) ? true : undefined), 5000);
    expect(Date.now() - deletedAt).toBeLessThan(2000);
    expect((await fetch(`${a.base}/api/compliance/documents/${documentId}`, { method: 'DELETE' })).status).toBe(404);
  }, 60_000);
});
