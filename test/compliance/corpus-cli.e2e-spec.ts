import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const dataDir = mkdtempSync(join(tmpdir(), 'corpus-cli-'));

function corpus(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/compliance/cli/corpus-cli.ts', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, COMPLIANCE_NOTES_DIR: 'test/fixtures/compliance-notes' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run corpus', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds a large file with a progress bar, lists it, and removes it', async () => {
    const file = join(dataDir, 'policy.md');
    writeFileSync(file, `# Article 2 — Internal policy\n\n${'Our feeders are audited for losses every year. '.repeat(8000)}`);
    const added = await corpus('add', file, '--title', 'Internal policy');
    expect(added.code).toBe(0);
    expect(added.stderr).toMatch(/reading policy\.md \[#+\] 100%/);
    const id = /added ([0-9a-f-]{36})/.exec(added.stdout)?.[1] as string;
    expect(id).toBeDefined();

    const listed = await corpus('list');
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain('note-article-11');

    expect((await corpus('remove', id)).code).toBe(0);
    expect((await corpus('list')).stdout).not.toContain(id);
    const missing = await corpus('remove', id);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('COMPLIANCE_DOCUMENT_NOT_FOUND');
  });

  it('fetch-eed either adds the directive or fails with a clear message and stores nothing', async () => {
    const before = readdirSync(join(dataDir, 'documents')).length;
    const run = await corpus('fetch-eed', '--timeout', '3000');
    if (run.code === 0) {
      expect(run.stdout).toMatch(/added .*CELEX 32023L1791/);
      return;
    }
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Could not download CELEX 32023L1791 from EUR-Lex \(.+\)\./);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(dataDir, 'documents'))).toHaveLength(before);
  });
});
