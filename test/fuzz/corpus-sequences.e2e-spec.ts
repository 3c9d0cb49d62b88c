import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import request from 'supertest';
import { addFile, CliError, lockDataDir, openEngine } from '../../src/compliance/cli/corpus-commands.js';
import { readIndexFiles } from '../../src/compliance/index/index-files.js';
import { loadConfig } from '../../src/config/load-config.js';
import { startTestApp, type TestApp } from '../support/app.js';

/** CI runs a fixed, seeded number of sequences; `npm run fuzz` raises FUZZ_RUNS (and may change FUZZ_SEED). */
const RUNS = Math.max(4, Math.round(Number(process.env.FUZZ_RUNS ?? 200) / 25));
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const NOTES = 'test/fixtures/compliance-notes';
const ENV = { COMPLIANCE_NOTES_DIR: NOTES, SIMULATOR: 'off' };

type Op =
  | { kind: 'apiAdd' | 'cliAdd' }
  | { kind: 'apiDelete' | 'cliRemove'; pick: number }
  | { kind: 'restart' | 'stop' | 'start' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: 'apiAdd' }),
  fc.constant<Op>({ kind: 'cliAdd' }),
  fc.nat(20).map<Op>((pick) => ({ kind: 'apiDelete', pick })),
  fc.nat(20).map<Op>((pick) => ({ kind: 'cliRemove', pick })),
  fc.constant<Op>({ kind: 'restart' }),
  fc.constant<Op>({ kind: 'stop' }),
  fc.constant<Op>({ kind: 'start' }),
);

/** Each document is about one made-up word, so its passages are its own. */
const memo = (n: number): string => `# Depot memo ${n}\n\nThe depot zq${n}x is audited every ${n + 2} months for feeder losses.`;

/** Runs the corpus CLI's own steps in this process: the lock first, as `npm run corpus` does. */
async function cli(dataDir: string, action: (engine: ReturnType<typeof openEngine>) => Promise<unknown>): Promise<'done' | 'refused'> {
  let lock;
  try {
    lock = lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof CliError && error.exitCode === 3) return 'refused';
    throw error;
  }
  try {
    const engine = openEngine(loadConfig({ ...ENV, DATA_DIR: dataDir }));
    await engine.open();
    await action(engine);
    await engine.close();
    return 'done';
  } finally {
    lock.release();
  }
}

/** The index on disk holds exactly the passages of the bundled notes and the stored documents, nothing else. */
function assertIndexMatches(dataDir: string, model: ReadonlySet<string>): void {
  const stored = existsSync(join(dataDir, 'documents')) ? readdirSync(join(dataDir, 'documents')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)) : [];
  expect(new Set(stored)).toEqual(model);
  const files = readIndexFiles(join(dataDir, 'index'));
  expect(files).toBeDefined();
  const indexed = new Set(files!.chunks.map(([, chunk]) => chunk.metadata.documentId).filter((id) => !id.startsWith('note-')));
  expect(indexed).toEqual(model);
}

describe('fuzz: random sequences of document adds and deletes through the API and the CLI, with restarts (audit finding 6)', () => {
  it('keeps the index equal to the stored documents after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 8 }), async (ops) => {
        const dataDir = mkdtempSync(join(tmpdir(), 'pg-corpus-seq-'));
        let app: TestApp | undefined = await startTestApp({ ...ENV, DATA_DIR: dataDir });
        const model = new Set<string>();
        let counter = 0;
        try {
          for (const step of ops) {
            const pickFrom = (pick: number): string | undefined => [...model].sort()[pick % Math.max(1, model.size)];
            switch (step.kind) {
              case 'apiAdd': {
                if (!app) break;
                const res = await request(app.server).post('/api/compliance/documents').send({ title: `Memo ${counter}`, content: memo(counter++), contentType: 'text/markdown' }).expect(201);
                model.add(res.body.documentId);
                break;
              }
              case 'apiDelete': {
                const id = pickFrom(step.pick);
                if (!app || !id) break;
                await request(app.server).delete(`/api/compliance/documents/${id}`).expect(204);
                model.delete(id);
                break;
              }
              case 'cliAdd': {
                const file = join(dataDir, `memo-${counter}.md`);
                writeFileSync(file, memo(counter++));
                let added: string | undefined;
                const outcome = await cli(dataDir, async (engine) => (added = (await addFile(engine, file, {})).documentId));
                rmSync(file);
                expect(outcome).toBe(app ? 'refused' : 'done');
                if (added) model.add(added);
                break;
              }
              case 'cliRemove': {
                const id = pickFrom(step.pick);
                if (!id) break;
                const outcome = await cli(dataDir, (engine) => engine.removeDocument(id));
                expect(outcome).toBe(app ? 'refused' : 'done');
                if (outcome === 'done') model.delete(id);
                break;
              }
              case 'restart':
              case 'stop':
                await app?.close({ keepData: true });
                app = step.kind === 'restart' ? await startTestApp({ ...ENV, DATA_DIR: dataDir }) : undefined;
                break;
              case 'start':
                app ??= await startTestApp({ ...ENV, DATA_DIR: dataDir });
                break;
            }
            assertIndexMatches(dataDir, model);
          }
          app ??= await startTestApp({ ...ENV, DATA_DIR: dataDir });
          const listed = (await request(app.server).get('/api/compliance/documents').expect(200)).body.value as { documentId: string; source: string; chunkCount: number }[];
          const uploaded = listed.filter((d) => d.source === 'uploaded');
          expect(new Set(uploaded.map((d) => d.documentId))).toEqual(model);
          expect(uploaded.every((d) => d.chunkCount > 0)).toBe(true);
          assertIndexMatches(dataDir, model);
        } finally {
          await app?.close();
          rmSync(dataDir, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 600_000);
});
