import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared folder beside the repository (../shared; CI has it too), or SHARED_DIR. */
export function sharedPath(...parts: string[]): string {
  return join(resolve(process.env.SHARED_DIR ?? join(process.cwd(), '..', 'shared')), ...parts);
}

/**
 * Reads a file from the shared folder. When it is missing the module still loads (with an empty text) and every
 * test of the file fails with a message that names the file, instead of Jest reporting a crash at module load.
 */
export function readSharedText(...parts: string[]): string {
  const path = sharedPath(...parts);
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const message = `missing ${path}: this spec reads ${parts.join('/')} from the shared folder beside the repository (../shared, or SHARED_DIR)`;
  beforeAll(() => {
    throw new Error(message);
  });
  return '';
}
