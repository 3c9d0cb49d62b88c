import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { MeterAttributes } from './meter-registration.js';

export const METERS_FILE = 'meters.json';

/**
 * The embedded mode's registered meter attributes (PUT /api/energy/meters/{id}): small, rewritten whole and
 * atomically on each change (temp file, fsync, rename), read once at boot. The database mode keeps them in
 * the meters table instead.
 */
export class MeterRegistrationsFile {
  readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, METERS_FILE);
  }

  load(): Map<string, MeterAttributes> {
    if (!existsSync(this.path)) return new Map();
    const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, MeterAttributes>;
    return new Map(Object.entries(parsed));
  }

  save(registrations: ReadonlyMap<string, MeterAttributes>): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const temp = join(dirname(this.path), `.${basename(this.path)}.${randomBytes(6).toString('hex')}.tmp`);
    const bytes = Buffer.from(JSON.stringify(Object.fromEntries(registrations)));
    try {
      const fd = openSync(temp, 'w');
      try {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, this.path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }
}
