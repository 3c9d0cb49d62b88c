import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { isStorageFailure } from './storage-failure.js';

export const LOCK_FILE = '.powergrid.lock';

/** Who holds a data directory, as written in its lock file. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** The holder's start time as the kernel counts it (/proc/PID/stat), so a reused pid is told apart. */
  processStart?: string;
  purpose: string;
  acquiredAt: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | undefined,
  ) {
    const who = holder ? `pid ${holder.pid} on ${holder.hostname}, ${holder.purpose} since ${holder.acquiredAt}` : 'a process that is still writing its lock file';
    super(
      `DATA_DIR ${dataDir} is in use by another PowerGrid process (${who}). Two processes on one data directory would ` +
        'corrupt its readings log, snapshot and index: stop the other process, or give this one its own DATA_DIR.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface LockOptions {
  purpose: string;
  /** How often the holder touches its lock, so a holder on another host that died can be recognised. */
  heartbeatMs?: number;
  /** A lock from another host not touched for this long is stale (same-host locks are checked by pid at once). */
  staleMs?: number;
}

/** Data directories held by this process: a second holder inside one process is refused as well. */
const held = new Map<string, DataDirLock>();
let exitHookInstalled = false;

/** However the process ends (process.exit after SIGTERM included), its lock files go with it. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const lock of [...held.values()]) lock.release();
  });
}

/**
 * An exclusive lock on DATA_DIR for the life of the process: a lock file created with O_EXCL holding the
 * holder's pid, host and kernel start time. Node has no flock(2), and a pid file can be judged at once: a
 * lock whose process is gone (kill -9, power loss) is stale on the same host and taken over without waiting,
 * where an mtime-based lock (proper-lockfile) would make every restart after a crash wait out its stale period.
 * Locks from another host (a shared volume) are judged by their heartbeat instead.
 */
export class DataDirLock {
  private heartbeat?: NodeJS.Timeout;
  private released = false;

  private constructor(
    readonly dataDir: string,
    readonly path: string,
    private readonly me: LockHolder | undefined,
    /** Why no lock file could be written (a read-only or full disk), when none was. */
    readonly unlockedReason?: string,
  ) {}

  static acquire(dataDir: string, options: LockOptions): DataDirLock {
    const dir = resolve(dataDir);
    const path = join(dir, LOCK_FILE);
    if (held.has(dir)) throw new DataDirLockedError(dir, holderOf(path));
    const me: LockHolder = { pid: process.pid, hostname: hostname(), processStart: processStart(process.pid), purpose: options.purpose, acquiredAt: new Date().toISOString() };
    try {
      mkdirSync(dir, { recursive: true });
      for (let attempt = 0; attempt < 3; attempt++) {
        if (create(path, me)) {
          const lock = new DataDirLock(dir, path, me);
          lock.startHeartbeat(options.heartbeatMs ?? 10_000);
          held.set(dir, lock);
          installExitHook();
          return lock;
        }
        const holder = holderOf(path);
        if (!isStale(path, holder, options.staleMs ?? 60_000)) throw new DataDirLockedError(dir, holder);
        rmSync(path, { force: true });
      }
      throw new DataDirLockedError(dir, holderOf(path));
    } catch (error) {
      // A disk nobody can write cannot be corrupted by a second writer either: run without the lock, and say so.
      if (isStorageFailure(error)) return new DataDirLock(dir, path, undefined, `the lock file cannot be written (${error.code})`);
      throw error;
    }
  }

  get locked(): boolean {
    return this.me !== undefined && !this.released;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    clearInterval(this.heartbeat);
    held.delete(this.dataDir);
    if (!this.me) return;
    const holder = holderOf(this.path);
    if (holder && holder.pid === this.me.pid && holder.acquiredAt === this.me.acquiredAt) rmSync(this.path, { force: true });
  }

  private startHeartbeat(everyMs: number): void {
    this.heartbeat = setInterval(() => {
      const now = new Date();
      try {
        utimesSync(this.path, now, now);
      } catch {
        // A disk that turned read-only is reported by the writers that need it; the lock stays ours in memory.
      }
    }, everyMs).unref();
  }
}

function create(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function holderOf(path: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
    return typeof parsed.pid === 'number' && typeof parsed.hostname === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isStale(path: string, holder: LockHolder | undefined, staleMs: number): boolean {
  let ageMs: number;
  try {
    ageMs = Date.now() - statSync(path).mtimeMs;
  } catch {
    return true;
  }
  // Unreadable: either a crash between create and write (old), or a holder writing right now (young).
  if (!holder) return ageMs > 5000;
  if (holder.hostname !== hostname()) return ageMs > staleMs;
  // Our own pid but not held by us: a container restarted after a crash and got the same pid (often 1).
  if (holder.pid === process.pid) return true;
  if (!isAlive(holder.pid)) return true;
  const start = processStart(holder.pid);
  return holder.processStart !== undefined && start !== undefined && start !== holder.processStart;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/PID/stat (start time in clock ticks since boot); undefined where there is no /proc. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
