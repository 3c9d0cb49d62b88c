import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The environment with the variables of a dotenv file beneath it: a variable set in the environment wins over
 * the file, as with Node's --env-file. A missing file is no error. Node's own parser reads the file (the one
 * behind --env-file and process.loadEnvFile), but process.env is left alone: config stays its only reader.
 */
export function withEnvFile(env: Environment, path: string): Environment {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return env;
    throw error;
  }
  return { ...parseEnv(text), ...env };
}

/**
 * What the server is configured from: the process environment over `./.env`. Under NODE_ENV=test the file is
 * not read, so a developer's .env (a real OpenAI key, another DATA_DIR) never leaks into a test run: Jest sets
 * NODE_ENV=test, and the tests that start dist/main.js pass it on.
 */
export function serverEnvironment(env: Environment = process.env, cwd = process.cwd()): Environment {
  return env.NODE_ENV === 'test' ? env : withEnvFile(env, resolve(cwd, '.env'));
}
