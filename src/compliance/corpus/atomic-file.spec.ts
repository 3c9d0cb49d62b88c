import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, type AtomicFs } from './atomic-file.js';

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
