import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverEnvironment, withEnvFile } from './env-file.js';

describe(withEnvFile.name, () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'pg-env-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the variables of the file beneath those of the environment', () => {
    const file = join(dir, '.env');
    writeFileSync(file, '# comment\nPORT=9090\nMETER_COUNT=200\nOPENAI_MODEL="gpt 4o mini"\n');
    expect(withEnvFile({ PORT: '7070' }, file)).toEqual({ PORT: '7070', METER_COUNT: '200', OPENAI_MODEL: 'gpt 4o mini' });
  });

  it('returns the environment as it is when there is no file', () => {
    const env = { PORT: '7070' };
    expect(withEnvFile(env, join(dir, '.env'))).toBe(env);
  });

  it('reports a file it cannot read rather than starting without it', () => {
    expect(() => withEnvFile({}, dir)).toThrow(/EISDIR/);
  });
});

describe(serverEnvironment.name, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pg-env-'));
    writeFileSync(join(dir, '.env'), 'OPENAI_API_KEY=sk-from-a-developer-file\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads ./.env outside tests', () => {
    expect(serverEnvironment({ NODE_ENV: 'production' }, dir).OPENAI_API_KEY).toBe('sk-from-a-developer-file');
    expect(serverEnvironment({}, dir).OPENAI_API_KEY).toBe('sk-from-a-developer-file');
  });

  it('never reads it under NODE_ENV=test', () => {
    expect(serverEnvironment({ NODE_ENV: 'test' }, dir).OPENAI_API_KEY).toBeUndefined();
  });
});
