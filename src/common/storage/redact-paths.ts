import { sep } from 'node:path';

/** A quoted absolute path, as Node's file-system errors print it: `open '/home/data/index/hnsw.bin'`. */
const QUOTED_ABSOLUTE_PATH = /'\/[^'\n]*'/g;

/**
 * Takes file-system paths out of a text a client will read (health details, error messages): the data
 * directory becomes "DATA_DIR", any other quoted absolute path becomes '<path>'. Paths tell an attacker
 * where the volume is mounted and who runs the process, and help no client.
 */
export function redactPaths(text: string, dataDir?: string): string {
  let redacted = text;
  if (dataDir && dataDir.length > 1) {
    const root = dataDir.endsWith(sep) ? dataDir.slice(0, -1) : dataDir;
    redacted = redacted.split(root).join('DATA_DIR');
  }
  return redacted.replace(QUOTED_ABSOLUTE_PATH, "'<path>'");
}
