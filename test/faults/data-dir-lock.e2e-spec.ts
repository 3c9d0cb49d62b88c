import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE } from '../../src/common/storage/data-dir-lock.js';
import { spawnApp } from './support/child-app.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const NOTES = 'test/fixtures/compliance-notes';

describe('embedded mode: one process per DATA_DIR (issue 13; audit finding 6)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pg-lock-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a second server and the corpus CLI while a server runs, and recovers the lock after kill -9', async () => {
    const env = { DATA_DIR: dataDir, COMPLIANCE_NOTES_DIR: NOTES, SIMULATOR: 'off' };
    const first = await spawnApp(env);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

    const second = await run(['dist/main.js'], { ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`^DATA_DIR ${dataDir} is in use by another PowerGrid process \\(pid ${first.child.pid} on .*server since`));
    expect(second.stderr).not.toMatch(/\n\s+at /);

    const file = join(dataDir, 'memo.md');
    writeFileSync(file, '# Depot memo\n\nOur depots are audited every two years.');
    const documentsBefore = existsSync(join(dataDir, 'documents')) ? readdirSync(join(dataDir, 'documents')).length : 0;
    const cli = await run(['node_modules/tsx/dist/cli.mjs', 'src/compliance/cli/corpus-cli.ts', 'add', file], env);
    expect(cli.code).toBe(3);
    expect(cli.stderr).toContain('in use by another PowerGrid process');
    expect(cli.stderr).toContain('POST /api/compliance/documents');
    expect(existsSync(join(dataDir, 'documents')) ? readdirSync(join(dataDir, 'documents')).length : 0).toBe(documentsBefore);

    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
    const restarted = await spawnApp(env);
    expect((await fetch(`${restarted.base}/api/health`)).status).toBe(200);
    restarted.child.kill('SIGTERM');
    expect((await restarted.exited).code).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    const added = await run(['node_modules/tsx/dist/cli.mjs', 'src/compliance/cli/corpus-cli.ts', 'add', file], env);
    expect(added.code).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 120_000);
});
