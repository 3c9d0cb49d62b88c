import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadingsWal, defaultWalFs, listSegments, nextSegmentSeq, type WalFs } from './readings-wal.js';
import { decodeSegment, encodeRecord, type WalColumns } from './wal-record.js';

function record(id: string, power = 1): Buffer {
  const columns: WalColumns = {
    count: 1,
    meterIds: [id],
    timestamps: Float64Array.of(1_700_000_000_000),
    power: Float64Array.of(power),
    voltage: Float64Array.of(NaN),
    energy: Float64Array.of(0),
    status: Int8Array.of(0),
  };
  return encodeRecord(columns, () => true) as Buffer;
}

function failing(code: string): Error {
  return Object.assign(new Error(`${code}: injected`), { code });
}

const appendAsync = (wal: ReadingsWal, data: Buffer): Promise<void> =>
  new Promise((resolve, reject) => wal.append(data, (error) => (error ? reject(error) : resolve())));

describe('readings write-ahead log', () => {
  let dir: string;
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'pg-wal-')), 'wal');
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('acknowledges concurrent batches after one shared fdatasync (group commit)', async () => {
    let syncs = 0;
    const counting: WalFs = { ...defaultWalFs, fdatasync: (fd, callback) => { syncs++; fs.fdatasync(fd, callback); } };
    const wal = new ReadingsWal(dir, 1, counting);
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => appendAsync(wal, record(id))));
    expect(syncs).toBe(1);
    await appendAsync(wal, record('e'));
    expect(syncs).toBe(2);
    const [segment] = listSegments(dir);
    expect(decodeSegment(readFileSync(segment.path)).records.map((r) => r.meterIds[0])).toEqual(['a', 'b', 'c', 'd', 'e']);
    await wal.close();
  });

  it('rotates at a snapshot and drops only the segments the snapshot covers', async () => {
    const wal = new ReadingsWal(dir, nextSegmentSeq(dir));
    await appendAsync(wal, record('before'));
    const covered = wal.rotate();
    await appendAsync(wal, record('after'));
    expect(listSegments(dir).map((s) => s.seq)).toEqual([1, 2]);
    expect(wal.dropBefore(covered)).toBe(1);
    expect(listSegments(dir).map((s) => s.seq)).toEqual([2]);
    expect(nextSegmentSeq(dir)).toBe(3);
    await wal.close();
  });

  it('starts a new segment once one reaches its size cap, and replays them all in order', async () => {
    const one = record('a');
    const wal = new ReadingsWal(dir, 1, defaultWalFs, one.length * 2);
    for (const id of ['a', 'b', 'c', 'd', 'e']) await appendAsync(wal, record(id));
    const segments = listSegments(dir);
    expect(segments.map((s) => s.seq)).toEqual([1, 2, 3]);
    expect(segments.flatMap((s) => decodeSegment(readFileSync(s.path)).records.map((r) => r.meterIds[0]))).toEqual(['a', 'b', 'c', 'd', 'e']);
    await wal.close();
  });

  it.each(['ENOSPC', 'EROFS', 'EACCES'])('fails the append with %s, leaves no file behind and keeps working once the disk recovers', async (code) => {
    let broken = true;
    const disk: WalFs = {
      ...defaultWalFs,
      openSync: (path, flags) => {
        if (broken && code !== 'ENOSPC') throw failing(code);
        return fs.openSync(path, flags);
      },
      // A full disk takes part of the record, then refuses the rest.
      writeSync: (fd, buffer, offset, length, position) => {
        if (!broken) return fs.writeSync(fd, buffer, offset, length, position);
        if (length > 4) return fs.writeSync(fd, buffer, offset, 4, position);
        throw failing(code);
      },
    };
    const wal = new ReadingsWal(dir, 1, disk);
    await expect(appendAsync(wal, record('lost'))).rejects.toMatchObject({ code });
    const leftovers = readdirSync(dir).filter((name) => !name.endsWith('.wal'));
    expect(leftovers).toEqual([]);
    broken = false;
    await appendAsync(wal, record('kept'));
    const decoded = listSegments(dir).flatMap((s) => decodeSegment(readFileSync(s.path)).records.map((r) => r.meterIds[0]));
    expect(decoded).toEqual(['kept']);
    await wal.close();
  });

  it('reports a failing fdatasync to every batch that waited on it', async () => {
    const disk: WalFs = { ...defaultWalFs, fdatasync: (_fd, callback) => callback(failing('EIO')) };
    const wal = new ReadingsWal(dir, 1, disk);
    const results = await Promise.allSettled([appendAsync(wal, record('a')), appendAsync(wal, record('b'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await wal.close();
  });
});
