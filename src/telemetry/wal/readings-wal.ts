import * as nodeFs from 'node:fs';
import { join } from 'node:path';

/** The file operations the log uses; tests pass a wrapper that fails like a full or read-only disk. */
export interface WalFs {
  mkdirSync(path: string, options: { recursive: true }): unknown;
  readdirSync(path: string): string[];
  readFileSync(path: string): Buffer;
  openSync(path: string, flags: string): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  ftruncateSync(fd: number, length: number): void;
  fsyncSync(fd: number): void;
  fdatasync(fd: number, callback: (error: NodeJS.ErrnoException | null) => void): void;
  closeSync(fd: number): void;
  unlinkSync(path: string): void;
  existsSync(path: string): boolean;
}

export const defaultWalFs: WalFs = nodeFs;

const SEGMENT_PATTERN = /^readings-(\d{10})\.wal$/;

export interface WalSegment {
  seq: number;
  path: string;
}

export function segmentName(seq: number): string {
  return `readings-${String(seq).padStart(10, '0')}.wal`;
}

/** Segments in the order they were written. */
export function listSegments(dir: string, fs: WalFs = defaultWalFs): WalSegment[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => SEGMENT_PATTERN.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ seq: Number(match[1]), path: join(dir, match[0]) }))
    .sort((a, b) => a.seq - b.seq);
}

type Done = (error?: Error) => void;

/** Segments are capped so a boot replays the log one bounded file at a time. */
export const MAX_SEGMENT_BYTES = 64 * 1024 * 1024;

/**
 * Append-only log of accepted reading batches with group commit: a batch is written into the page cache at
 * once and acknowledged after the next fdatasync, which covers every batch written since the previous one,
 * so concurrent batches share one sync. A snapshot rotates the log (later batches go to a new segment) and
 * drops the segments it covers once it is safely on disk. Segments are opened lazily, so a read-only disk
 * only fails the writes, never the boot.
 */
export class ReadingsWal {
  private current: { seq: number; fd: number; offset: number } | undefined;
  private pending: Done[] = [];
  private readonly dirty = new Set<number>();
  private retired: number[] = [];
  private flushing = false;
  private idle: (() => void)[] = [];

  constructor(
    readonly dir: string,
    private nextSeq: number,
    private readonly fs: WalFs = defaultWalFs,
    private readonly maxSegmentBytes = MAX_SEGMENT_BYTES,
  ) {}

  /** Writes the record now and calls `done` once it is durable (or with the error that stopped it). */
  append(record: Buffer, done: Done): void {
    try {
      const segment = this.open();
      this.writeAt(segment, record);
      this.dirty.add(segment.fd);
      if (segment.offset >= this.maxSegmentBytes) this.retireCurrent();
    } catch (error) {
      done(error as Error);
      return;
    }
    this.pending.push(done);
    this.schedule();
  }

  /** Later appends go to a new segment; a snapshot taken from now on covers every segment below the returned number. */
  rotate(): number {
    this.retireCurrent();
    return this.nextSeq;
  }

  private retireCurrent(): void {
    if (!this.current) return;
    this.retired.push(this.current.fd);
    this.current = undefined;
    this.schedule();
  }

  /** Deletes the segments a completed snapshot covers; returns how many went. */
  dropBefore(seq: number): number {
    let dropped = 0;
    for (const segment of listSegments(this.dir, this.fs)) {
      if (segment.seq >= seq) continue;
      this.fs.unlinkSync(segment.path);
      dropped++;
    }
    return dropped;
  }

  /** Resolves when every append so far is durable and every retired segment is closed. */
  drain(): Promise<void> {
    if (!this.flushing && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  async close(): Promise<void> {
    this.rotate();
    await this.drain();
  }

  private open(): { seq: number; fd: number; offset: number } {
    if (this.current) return this.current;
    this.fs.mkdirSync(this.dir, { recursive: true });
    const seq = this.nextSeq;
    const fd = this.fs.openSync(join(this.dir, segmentName(seq)), 'wx');
    this.nextSeq = seq + 1;
    this.current = { seq, fd, offset: 0 };
    // The new name must survive a crash too, or the first batch in it would be lost with the whole file.
    const directory = this.fs.openSync(this.dir, 'r');
    try {
      this.fs.fsyncSync(directory);
    } finally {
      this.fs.closeSync(directory);
    }
    return this.current;
  }

  /** Positional writes: after a failed (possibly partial) write the next record overwrites the torn bytes. */
  private writeAt(segment: { fd: number; offset: number }, record: Buffer): void {
    let written = 0;
    try {
      while (written < record.length) {
        written += this.fs.writeSync(segment.fd, record, written, record.length - written, segment.offset + written);
      }
    } catch (error) {
      try {
        this.fs.ftruncateSync(segment.fd, segment.offset);
      } catch {
        // The torn bytes stay until the next write covers them; replay stops at them either way.
      }
      throw error;
    }
    segment.offset += record.length;
  }

  private schedule(): void {
    if (this.flushing) return;
    this.flushing = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    const waiting = this.pending;
    this.pending = [];
    const fds = [...this.dirty];
    this.dirty.clear();
    let remaining = fds.length;
    let failure: Error | undefined;
    const finished = (): void => {
      for (const done of waiting) done(failure);
      this.closeRetired();
      this.flushing = false;
      if (this.pending.length > 0 || this.retired.length > 0) this.schedule();
      else for (const resolve of this.idle.splice(0)) resolve();
    };
    if (remaining === 0) return finished();
    for (const fd of fds) {
      this.fs.fdatasync(fd, (error) => {
        if (error) failure ??= error;
        if (--remaining === 0) finished();
      });
    }
  }

  private closeRetired(): void {
    this.retired = this.retired.filter((fd) => {
      if (this.dirty.has(fd)) return true;
      try {
        this.fs.closeSync(fd);
      } catch {
        // Already gone; nothing is lost since its data was synced.
      }
      return false;
    });
  }
}

/** The segment number the next writer should start at, after the ones on disk. */
export function nextSegmentSeq(dir: string, fs: WalFs = defaultWalFs): number {
  const segments = listSegments(dir, fs);
  return segments.length === 0 ? 1 : segments[segments.length - 1].seq + 1;
}
