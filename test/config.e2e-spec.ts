import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MAIN = resolve('dist/main.js');

/** Boots dist/main.js with only the given environment; every case here fails at config, before listening. */
function boot(env: Record<string, string>, cwd?: string): { status: number | null; stderr: string } {
  return spawnSync(process.execPath, [MAIN], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 20000 });
}

describe('configuration validated at boot', () => {
  it('exits non-zero and lists every bad variable in one message', () => {
    const result = boot({ NODE_ENV: 'test', PORT: '99999', METER_COUNT: 'lots', TICK_MS: '0', LOG_LEVEL: 'chatty' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    for (const name of ['PORT', 'METER_COUNT', 'TICK_MS', 'LOG_LEVEL']) expect(result.stderr).toContain(name);
  });

  describe('.env in the working directory', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'pg-dotenv-'));
      writeFileSync(join(dir, '.env'), 'PORT=99999\nMETER_COUNT=lots\n');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is read, and a variable set in the environment wins over it', () => {
      const result = boot({ METER_COUNT: '100', TICK_MS: '0' }, dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('PORT must be between 0 and 65535, got 99999');
      expect(result.stderr).toContain('TICK_MS');
      expect(result.stderr).not.toContain('METER_COUNT');
    });

    it('is ignored under NODE_ENV=test, so a test run never picks up a developer file', () => {
      const result = boot({ NODE_ENV: 'test', TICK_MS: '0' }, dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('TICK_MS');
      expect(result.stderr).not.toContain('PORT');
      expect(result.stderr).not.toContain('METER_COUNT');
    });
  });
});
