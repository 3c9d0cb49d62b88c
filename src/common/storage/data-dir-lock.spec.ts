import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirLock, DataDirLockedError, LOCK_FILE, type LockHolder } from './data-dir-lock.js';

function holder(over: Partial<LockHolder>): string {
  return JSON.stringify({ pid: 1, hostname: 'elsewhere', purpose: 'server', acquiredAt: '2026-01-01T00:00:00.000Z', ...over });
}

describe(DataDirLock.name, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'data-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is exclusive within the process and free again once released, leaving no file', () => {
    const lock = DataDirLock.acquire(dir, { purpose: 'server' });
    expect(lock.locked).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, purpose: 'server' });
    expect(() => DataDirLock.acquire(dir, { purpose: 'corpus-cli' })).toThrow(DataDirLockedError);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    DataDirLock.acquire(dir, { purpose: 'corpus-cli' }).release();
  });

  it('refuses a lock held by a live process on this host, naming it', () => {
    const sleeper = spawn('sleep', ['30']);
    try {
      const start = readFileSync(`/proc/${sleeper.pid}/stat`, 'utf8').split(') ')[1].split(' ')[19];
      writeFileSync(join(dir, LOCK_FILE), holder({ pid: sleeper.pid, hostname: hostname(), processStart: start }));
      expect(() => DataDirLock.acquire(dir, { purpose: 'server' })).toThrow(new RegExp(`in use by another PowerGrid process \\(pid ${sleeper.pid} on `));
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('takes over a stale lock at once: a dead pid (kill -9), a reused pid, our own pid after a container restart', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const sleeper = spawn('sleep', ['30']);
    try {
      for (const stale of [{ pid: Number(dead.stdout) }, { pid: sleeper.pid as number, processStart: '1' }, { pid: process.pid }]) {
        writeFileSync(join(dir, LOCK_FILE), holder({ ...stale, hostname: hostname() }));
        const lock = DataDirLock.acquire(dir, { purpose: 'server' });
        expect(lock.locked).toBe(true);
        lock.release();
      }
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('judges a lock from another host by its heartbeat', () => {
    writeFileSync(join(dir, LOCK_FILE), holder({ hostname: 'other-instance' }));
    expect(() => DataDirLock.acquire(dir, { purpose: 'server', staleMs: 60_000 })).toThrow(/pid 1 on other-instance/);
    const old = new Date(Date.now() - 120_000);
    utimesSync(join(dir, LOCK_FILE), old, old);
    DataDirLock.acquire(dir, { purpose: 'server', staleMs: 60_000 }).release();
  });
});
