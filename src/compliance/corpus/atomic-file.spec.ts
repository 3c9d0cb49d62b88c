import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, writeFileAtomicAsync, type AtomicFs, type AtomicFsAsync } from './atomic-file.js';

const failing = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

describe('atomic file writes on a failing disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pg-atomic-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const disks: [string, AtomicFs][] = [
    // A full disk takes the first bytes, then refuses.
    ['ENOSPC mid-write', { ...fs, writeSync: ((fd: number, buffer: Buffer, offset: number) => {
      if (offset === 0) return fs.writeSync(fd, buffer, 0, 3);
      throw failing('ENOSPC');
    }) as AtomicFs['writeSync'] }],
    ['EROFS at open', { ...fs, openSync: (() => { throw failing('EROFS'); }) }],
    ['EACCES at open', { ...fs, openSync: (() => { throw failing('EACCES'); }) }],
    ['EIO at fsync', { ...fs, fsyncSync: () => { throw failing('EIO'); } }],
  ];

  it.each(disks)('%s: throws the disk error, keeps the previous file and leaves no temp file', (_name, disk) => {
    const target = join(dir, 'doc.json');
    writeFileSync(target, 'previous');
    expect(() => writeFileAtomic(target, 'x'.repeat(10_000), disk)).toThrow(/ENOSPC|EROFS|EACCES|EIO/);
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });

  it('writes the whole file when the disk is healthy', () => {
    writeFileAtomic(join(dir, 'ok.json'), 'y'.repeat(100_000));
    expect(readFileSync(join(dir, 'ok.json'), 'utf8')).toHaveLength(100_000);
    expect(readdirSync(dir)).toEqual(['ok.json']);
  });
});

describe('atomic file writes off the event loop on a failing disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pg-atomic-async-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A disk whose open file handles fail `method` with `code`. */
  const handleFailing = (method: 'write' | 'sync', code: string): AtomicFsAsync => ({
    ...fsp,
    open: async (...args: Parameters<typeof fsp.open>) => {
      const handle = await fsp.open(...args);
      return new Proxy(handle, {
        get: (target, key) => {
          if (key === method) return async () => { throw failing(code); };
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    },
  });

  const disks: [string, AtomicFsAsync][] = [
    ['ENOSPC at write', handleFailing('write', 'ENOSPC')],
    ['EIO at fsync', handleFailing('sync', 'EIO')],
    ['EROFS at open', { ...fsp, open: async () => { throw failing('EROFS'); } }],
  ];

  it.each(disks)('%s: rejects with the disk error, keeps the previous file and leaves no temp file', async (_name, disk) => {
    const target = join(dir, 'doc.json');
    writeFileSync(target, 'previous');
    await expect(writeFileAtomicAsync(target, 'x'.repeat(10_000), disk)).rejects.toThrow(/ENOSPC|EROFS|EIO/);
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });

  it('writes the whole file when the disk is healthy', async () => {
    await writeFileAtomicAsync(join(dir, 'ok.json'), 'y'.repeat(100_000));
    expect(readFileSync(join(dir, 'ok.json'), 'utf8')).toHaveLength(100_000);
    expect(readdirSync(dir)).toEqual(['ok.json']);
  });
});
