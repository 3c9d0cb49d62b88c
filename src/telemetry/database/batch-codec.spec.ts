import { decodeColumns, encodeColumn } from './batch-codec.js';

describe(encodeColumn.name, () => {
  it('stores a column of one repeated value (NaN included) as that value once, and reads every column back whole', () => {
    const count = 4;
    const stored = {
      reading_count: count,
      ordinals: encodeColumn(Int32Array.of(3, 1, 2, 0)),
      timestamps: encodeColumn(new Float64Array(count).fill(1_700_000_000_000)),
      power: encodeColumn(Float64Array.of(1.5, 1.5, 1.5, -2)),
      voltage: encodeColumn(new Float64Array(count).fill(NaN)),
      energy: encodeColumn(Float64Array.of(NaN, 1, NaN, NaN)),
      status: encodeColumn(new Int8Array(count).fill(-1)),
    };
    expect([stored.ordinals, stored.timestamps, stored.power, stored.voltage, stored.energy, stored.status].map((b) => b.byteLength)).toEqual([16, 8, 32, 8, 32, 1]);
    const columns = decodeColumns(stored);
    expect(columns).toEqual({
      count,
      ordinals: Int32Array.of(3, 1, 2, 0),
      timestamps: new Float64Array(count).fill(1_700_000_000_000),
      power: Float64Array.of(1.5, 1.5, 1.5, -2),
      voltage: new Float64Array(count).fill(NaN),
      energy: Float64Array.of(NaN, 1, NaN, NaN),
      status: new Int8Array(count).fill(-1),
    });
    // Each column owns a whole buffer of its own, aligned, so it can move to the store's thread.
    expect(new Set([columns.ordinals.buffer, columns.timestamps.buffer, columns.voltage.buffer]).size).toBe(3);
    expect(columns.timestamps.byteLength).toBe(columns.timestamps.buffer.byteLength);
  });

  it('keeps a single reading as it is, and refuses a column whose length fits neither form', () => {
    expect(encodeColumn(Float64Array.of(7)).byteLength).toBe(8);
    const one = { reading_count: 1, ordinals: encodeColumn(Int32Array.of(0)), timestamps: encodeColumn(Float64Array.of(5)), power: encodeColumn(Float64Array.of(1)), voltage: encodeColumn(Float64Array.of(NaN)), energy: encodeColumn(Float64Array.of(NaN)), status: encodeColumn(Int8Array.of(2)) };
    expect(decodeColumns(one).status).toEqual(Int8Array.of(2));
    expect(() => decodeColumns({ ...one, reading_count: 3, power: Buffer.alloc(16) })).toThrow(/2 values in a column, not 3/);
  });
});
