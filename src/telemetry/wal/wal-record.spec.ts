import { decodeSegment, encodeRecord, readingAt, type WalColumns } from './wal-record.js';

function columns(ids: string[], base = 1_700_000_000_000): WalColumns {
  const n = ids.length;
  return {
    count: n,
    meterIds: ids,
    timestamps: Float64Array.from(ids, (_, i) => base + i * 1000),
    power: Float64Array.from(ids, (_, i) => i + 0.25),
    voltage: Float64Array.from(ids, (_, i) => (i % 2 ? NaN : 230 + i)),
    energy: Float64Array.from(ids, (_, i) => 100 * i),
    status: Int8Array.from(ids, (_, i) => i % 5),
  };
}

describe('readings log records', () => {
  it('round-trips the included readings exactly, NaN and all', () => {
    const record = encodeRecord(columns(['SM-1', 'MTR-0000002', 'x']), (i) => i !== 1) as Buffer;
    const { records, validBytes, tornBytes } = decodeSegment(record);
    expect(validBytes).toBe(record.length);
    expect(tornBytes).toBe(0);
    expect(records).toHaveLength(1);
    expect(records[0].meterIds).toEqual(['SM-1', 'x']);
    expect(readingAt(records[0], 1)).toEqual({ meterId: 'x', timestamp: 1_700_000_002_000, power: 2.25, voltage: 232, energy: 200, status: 2 });
    expect(readingAt(records[0], 0).voltage).toBe(230);
    expect(encodeRecord(columns(['a']), () => false)).toBeUndefined();
  });

  it('stops at a torn last record (a crash mid-write) and keeps every whole one before it', () => {
    const first = encodeRecord(columns(['SM-1', 'SM-2']), () => true) as Buffer;
    const second = encodeRecord(columns(['SM-3']), () => true) as Buffer;
    for (let cut = 1; cut < second.length; cut += 3) {
      const decoded = decodeSegment(Buffer.concat([first, second.subarray(0, cut)]));
      expect(decoded.records.map((r) => r.meterIds)).toEqual([['SM-1', 'SM-2']]);
      expect(decoded.tornBytes).toBe(cut);
    }
    const flipped = Buffer.concat([first, second]);
    flipped[flipped.length - 3] ^= 0xff;
    expect(decodeSegment(flipped).records).toHaveLength(1);
    const hugeLength = Buffer.concat([first, Buffer.from([0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0])]);
    expect(decodeSegment(hugeLength)).toMatchObject({ validBytes: first.length, tornBytes: 8 });
  });
});
