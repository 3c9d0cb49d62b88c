import { createHash } from 'node:crypto';

/** The columns of one batch as committed: ordinals index the meters table, NaN / -1 mark absent values. */
export interface CommittedColumns {
  count: number;
  ordinals: Int32Array;
  timestamps: Float64Array;
  power: Float64Array;
  voltage: Float64Array;
  energy: Float64Array;
  status: Int8Array;
}

type Typed = Int32Array | Float64Array | Int8Array;

/** Little-endian on every platform Node runs on here (x64, arm64), as the typed arrays already are. */
export function toBytes(array: Typed): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/** pg hands bytea back as a Buffer at any offset; copying gives the alignment Float64Array needs. */
function copyOut(bytes: Buffer): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}

export function decodeColumns(row: { reading_count: number; ordinals: Buffer; timestamps: Buffer; power: Buffer; voltage: Buffer; energy: Buffer; status: Buffer }): CommittedColumns {
  const count = row.reading_count;
  const columns: CommittedColumns = {
    count,
    ordinals: new Int32Array(copyOut(row.ordinals)),
    timestamps: new Float64Array(copyOut(row.timestamps)),
    power: new Float64Array(copyOut(row.power)),
    voltage: new Float64Array(copyOut(row.voltage)),
    energy: new Float64Array(copyOut(row.energy)),
    status: new Int8Array(copyOut(row.status)),
  };
  for (const column of [columns.ordinals, columns.timestamps, columns.power, columns.voltage, columns.energy, columns.status]) {
    if (column.length !== count) throw new Error(`a stored reading batch has ${column.length} values in a column, not ${count}`);
  }
  return columns;
}

/**
 * What makes a resent batch the same batch: its meters (ordinals name them for good) and every value, in order.
 * Hashing ordinals rather than the joined meter ids saves building a 100 KB string per commit.
 */
export function batchHash(columns: CommittedColumns): Buffer {
  const hash = createHash('sha256');
  for (const column of [columns.ordinals, columns.timestamps, columns.power, columns.voltage, columns.energy, columns.status]) hash.update(toBytes(column));
  return hash.digest();
}
