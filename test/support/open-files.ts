import { existsSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';

const FD_DIR = '/proc/self/fd';

/**
 * The descriptors this process holds on files under `dir` (deleted ones included), read from /proc.
 * Empty where /proc is missing (not Linux).
 */
export function descriptorsUnder(dir: string): number[] {
  if (!existsSync(FD_DIR) || !existsSync(dir)) return [];
  const prefix = realpathSync(dir) + sep;
  const found: number[] = [];
  for (const name of readdirSync(FD_DIR)) {
    let target: string;
    try {
      target = readlinkSync(join(FD_DIR, name));
    } catch {
      continue; // closed while we looked (the listing's own descriptor among them)
    }
    if (target.startsWith(prefix)) found.push(Number(name));
  }
  return found;
}
