import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { layoutSignature, type StoreViews } from './store-layout.js';

const MAGIC = Buffer.from('PGSNAP1\n');
const TRAILER = Buffer.from('PGEND01\n');
const CHUNK_BYTES = 16 * 1024 * 1024;

/** What, beyond the byte layout, must match for a snapshot to describe this store. */
export interface SnapshotIdentity {
  meterCount: number;
  simulate: boolean;
  seed: number;
}

interface SnapshotHeader extends SnapshotIdentity {
  signature: string;
  storeBytes: number;
  idsBytes: number;
  writtenAt: string;
}

export interface RestoreResult {
  restored: boolean;
  /** A snapshot was there but could not be used (damaged or written for another layout or configuration). */
  ignored: boolean;
  note: string;
  realIds: [string, number][];
}

/**
 * Which slots hold which meters, frozen by the writer at one point of its sequence: the real ids and the slot
 * flags together. The columns are copied later, chunk by chunk, while meters keep registering; a slot taken
 * after the cut is written as free (its flags from the cut), so the file never has a slot in use without its id.
 */
export interface SnapshotCut {
  realIds: [string, number][];
  flags: Uint8Array;
}

/** Must be called on the writer thread, in the same synchronous turn as the log rotation the snapshot covers. */
export function takeCut(views: StoreViews, realIds: [string, number][]): SnapshotCut {
  return { realIds, flags: views.flags.slice() };
}

/**
 * Writes the store atomically (temp file, fsync, rename, fsync of the directory). The store is written
 * in chunks with awaits between them so ticks keep running; a chunk may be a tick newer than the one
 * before it, which a restore tolerates because it recomputes every counter from the columns. Which slots
 * are in use, and by which real ids, comes from the cut, never from the live store.
 */
export async function writeSnapshot(views: StoreViews, identity: SnapshotIdentity, cut: SnapshotCut, path: string): Promise<number> {
  const ids = Buffer.from(JSON.stringify(cut.realIds));
  const header: SnapshotHeader = {
    ...identity,
    signature: layoutSignature(views.dims),
    storeBytes: views.buffer.byteLength,
    idsBytes: ids.length,
    writtenAt: new Date().toISOString(),
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp`;
  try {
    await writeTemp(views, cut, temp, Buffer.concat([MAGIC, length, headerBytes]), Buffer.concat([ids, TRAILER]));
    await rename(temp, path);
  } catch (error) {
    // A full or failing disk must not leave a half-written file behind; the previous snapshot stays intact.
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  const directory = await open(dirname(path), 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
  return MAGIC.length + 4 + headerBytes.length + views.buffer.byteLength + ids.length + TRAILER.length;
}

async function writeTemp(views: StoreViews, cut: SnapshotCut, temp: string, head: Buffer, tail: Buffer): Promise<void> {
  const handle = await open(temp, 'w');
  try {
    await writeAll(handle, head);
    for (let offset = 0; offset < views.buffer.byteLength; offset += CHUNK_BYTES) {
      const size = Math.min(CHUNK_BYTES, views.buffer.byteLength - offset);
      // Copy first: the chunk must not change while the kernel reads it.
      const chunk = Buffer.from(new Uint8Array(views.buffer, offset, size));
      overlayCutFlags(views, cut, chunk, offset);
      await writeAll(handle, chunk);
    }
    await writeAll(handle, tail);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function overlayCutFlags(views: StoreViews, cut: SnapshotCut, chunk: Buffer, offset: number): void {
  const start = views.flags.byteOffset;
  const from = Math.max(offset, start);
  const to = Math.min(offset + chunk.length, start + cut.flags.length);
  if (from < to) chunk.set(cut.flags.subarray(from - start, to - start), from - offset);
}

/** A disk that fills up can take part of a write without an error; the rest then fails or is retried here. */
async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  for (let done = 0; done < data.length; ) {
    const { bytesWritten } = await handle.write(data, done, data.length - done);
    if (bytesWritten === 0) throw new Error('the disk accepted no more bytes');
    done += bytesWritten;
  }
}

/** Reads a matching snapshot into the store; on any mismatch or damage the store is zeroed and left fresh. */
export function readSnapshot(views: StoreViews, identity: SnapshotIdentity, path: string): RestoreResult {
  if (!existsSync(path)) return { restored: false, ignored: false, note: `no snapshot at ${path}; starting fresh`, realIds: [] };
  const fd = openSync(path, 'r');
  try {
    return readOpen(fd, views, identity);
  } catch (error) {
    new Uint8Array(views.buffer).fill(0);
    return { restored: false, ignored: true, note: `ignored the snapshot ${path}: it is unreadable (${(error as Error).message}); starting fresh`, realIds: [] };
  } finally {
    closeSync(fd);
  }
}

function readOpen(fd: number, views: StoreViews, identity: SnapshotIdentity): RestoreResult {
  const fileSize = fstatSync(fd).size;
  const prefix = readExactly(fd, MAGIC.length + 4, 0);
  if (!prefix.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a PowerGrid snapshot');
  const headerLength = prefix.readUInt32LE(MAGIC.length);
  if (headerLength > 65536) throw new Error('header too long');
  const header = JSON.parse(readExactly(fd, headerLength, prefix.length).toString('utf8')) as SnapshotHeader;
  const mismatch = describeMismatch(header, views, identity);
  if (mismatch) return { restored: false, ignored: true, note: `ignored the snapshot: it does not match this store (${mismatch}); starting fresh`, realIds: [] };
  const storeStart = prefix.length + headerLength;
  if (fileSize !== storeStart + header.storeBytes + header.idsBytes + TRAILER.length) throw new Error('truncated');
  const trailer = readExactly(fd, TRAILER.length, fileSize - TRAILER.length);
  if (!trailer.equals(TRAILER)) throw new Error('missing trailer');
  const target = new Uint8Array(views.buffer);
  for (let offset = 0; offset < header.storeBytes; offset += CHUNK_BYTES) {
    const size = Math.min(CHUNK_BYTES, header.storeBytes - offset);
    const read = readSync(fd, target, offset, size, storeStart + offset);
    if (read !== size) throw new Error('short read');
  }
  const realIds = JSON.parse(readExactly(fd, header.idsBytes, storeStart + header.storeBytes).toString('utf8')) as [string, number][];
  if (!Array.isArray(realIds)) throw new Error('bad id table');
  return { restored: true, ignored: false, note: `restored snapshot written at ${header.writtenAt}`, realIds };
}

function describeMismatch(header: SnapshotHeader, views: StoreViews, identity: SnapshotIdentity): string | undefined {
  const expected = layoutSignature(views.dims);
  if (header.signature !== expected) return `layout ${header.signature} is not ${expected}`;
  if (header.storeBytes !== views.buffer.byteLength) return 'store size differs';
  if (header.meterCount !== identity.meterCount) return `METER_COUNT was ${header.meterCount}`;
  if (header.simulate !== identity.simulate) return `SIMULATOR was ${header.simulate ? 'on' : 'off'}`;
  if (header.simulate && header.seed !== identity.seed) return `SEED was ${header.seed}`;
  return undefined;
}

function readExactly(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length);
  if (readSync(fd, buffer, 0, length, position) !== length) throw new Error('truncated');
  return buffer;
}
