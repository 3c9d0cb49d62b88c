import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import * as nodeFsPromises from 'node:fs/promises';
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

/** The promise-based file operations the async atomic write needs (tests pass a failing wrapper). */
export type AtomicFsAsync = Pick<typeof nodeFsPromises, 'open' | 'rename' | 'rm'>;

/**
 * The same write with the libuv pool doing the I/O: the fsync (tens to hundreds of milliseconds on a busy disk)
 * does not hold up the HTTP thread.
 */
export async function writeFileAtomicAsync(path: string, data: string | Buffer, fs: AtomicFsAsync = nodeFsPromises): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  try {
    const handle = await fs.open(temp, 'w');
    try {
      for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
