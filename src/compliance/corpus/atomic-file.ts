import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** The file operations an atomic write needs; tests pass a wrapper that fails like a full or read-only disk. */
export type AtomicFs = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'>;

/** Write to a temp file beside the target, fsync, rename: readers see the old file or the new one, never half. */
export function writeFileAtomic(path: string, data: string | Buffer, fs: AtomicFs = nodeFs): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      // A full disk may take part of a write without an error; loop until it takes all or refuses.
      for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, path);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
