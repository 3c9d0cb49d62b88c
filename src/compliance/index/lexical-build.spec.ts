import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusDocument } from '../corpus/corpus-document.js';
import { buildLexicalIndexDir, compactIndexDir } from './lexical-build.js';

function corpus(paragraphs: number): CorpusDocument[] {
  const text = Array.from({ length: paragraphs }, (_, i) => `${i + 1}. Member States shall report measure ${i} on district ${i % 97} every ${(i % 5) + 1} years.`).join('\n\n');
  return [{ documentId: 'big', title: 'Big', contentType: 'text/plain', source: 'uploaded', sizeBytes: text.length, createdAt: '2026-01-01T00:00:00.000Z', text: `# Article 1 — Reports\n\n${text}` }];
}

const IDENTITY = { name: 'lexical', model: 'test' };

describe('index worker tasks', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lexical-build-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('build an index directory that compaction folds into the same chunks', async () => {
    const built = await buildLexicalIndexDir({ documents: corpus(300), dir: join(dir, 'index'), dimensions: 256, identity: IDENTITY });
    const folded = await compactIndexDir({ dir: join(dir, 'index'), staging: join(dir, 'staging') });
    expect(built.chunkCount).toBeGreaterThan(1);
    expect(folded).toMatchObject({ chunkCount: built.chunkCount, fingerprint: built.fingerprint });
  });

  // Shutdown asks a refit to stop (a terminated worker inside an hnswlib call would abort the process).
  it('end at the next step once asked to stop, writing nothing', async () => {
    const stop = new AbortController();
    const run = buildLexicalIndexDir({ documents: corpus(3000), dir: join(dir, 'index'), dimensions: 256, identity: IDENTITY }, stop.signal);
    setImmediate(() => stop.abort(new Error('asked to stop')));
    await expect(run).rejects.toThrow('asked to stop');
    expect(existsSync(join(dir, 'index'))).toBe(false);

    await buildLexicalIndexDir({ documents: corpus(10), dir: join(dir, 'index'), dimensions: 256, identity: IDENTITY });
    await expect(compactIndexDir({ dir: join(dir, 'index'), staging: join(dir, 'staging') }, AbortSignal.abort(new Error('stopped before')))).rejects.toThrow('stopped before');
    expect(existsSync(join(dir, 'staging'))).toBe(false);
  }, 60_000);
});
