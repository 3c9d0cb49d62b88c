import { crc32 } from 'node:zlib';

/**
 * One accepted reading as the log keeps it: the values the store ended up with (energy integrated, voltage
 * and status resolved), so replaying it sets exactly what was acknowledged.
 */
export interface WalReading {
  meterId: string;
  timestamp: number;
  power: number;
  voltage: number;
  energy: number;
  status: number;
}

/** Columnar form of a record: what the worker encodes from and replays into, with no per-reading objects. */
export interface WalColumns {
  count: number;
  meterIds: string[];
  timestamps: Float64Array;
  power: Float64Array;
  voltage: Float64Array;
  energy: Float64Array;
  status: Int8Array;
}

/** length (u32) + crc32 of the payload (u32); the payload is `count` (u32) then the readings. */
export const RECORD_HEADER_BYTES = 8;
/** timestamp, power, voltage, energy (f64 each), status (i8), id length (u8), then the ASCII id. */
const FIXED_BYTES_PER_READING = 8 * 4 + 2;
/** Guards replay against a damaged length field claiming gigabytes: a batch of 10,000 is under 1 MB. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** Encodes the readings whose `include` flag is set (the accepted ones) as one framed record. */
export function encodeRecord(columns: WalColumns, include: (i: number) => boolean): Buffer | undefined {
  let count = 0;
  let size = 4;
  for (let i = 0; i < columns.count; i++) {
    if (!include(i)) continue;
    count++;
    size += FIXED_BYTES_PER_READING + columns.meterIds[i].length;
  }
  if (count === 0) return undefined;
  const record = Buffer.allocUnsafe(RECORD_HEADER_BYTES + size);
  let at = RECORD_HEADER_BYTES;
  at = record.writeUInt32LE(count, at);
  for (let i = 0; i < columns.count; i++) {
    if (!include(i)) continue;
    at = record.writeDoubleLE(columns.timestamps[i], at);
    at = record.writeDoubleLE(columns.power[i], at);
    at = record.writeDoubleLE(columns.voltage[i], at);
    at = record.writeDoubleLE(columns.energy[i], at);
    at = record.writeInt8(columns.status[i], at);
    const id = columns.meterIds[i];
    at = record.writeUInt8(id.length, at);
    at += record.write(id, at, 'latin1');
  }
  record.writeUInt32LE(size, 0);
  record.writeUInt32LE(crc32(record.subarray(RECORD_HEADER_BYTES)), 4);
  return record;
}

export interface DecodedSegment {
  records: WalColumns[];
  /** Bytes of whole, checksummed records; anything after them is a torn or damaged tail. */
  validBytes: number;
  tornBytes: number;
}

/** Decodes records until the end or the first one that is short or fails its checksum (a crash mid-write). */
export function decodeSegment(data: Buffer): DecodedSegment {
  const records: WalColumns[] = [];
  let at = 0;
  while (at + RECORD_HEADER_BYTES <= data.length) {
    const size = data.readUInt32LE(at);
    if (size < 4 || size > MAX_RECORD_BYTES || at + RECORD_HEADER_BYTES + size > data.length) break;
    const payload = data.subarray(at + RECORD_HEADER_BYTES, at + RECORD_HEADER_BYTES + size);
    if (crc32(payload) !== data.readUInt32LE(at + 4)) break;
    const columns = decodePayload(payload);
    if (!columns) break;
    records.push(columns);
    at += RECORD_HEADER_BYTES + size;
  }
  return { records, validBytes: at, tornBytes: data.length - at };
}

function decodePayload(payload: Buffer): WalColumns | undefined {
  const count = payload.readUInt32LE(0);
  if (count * FIXED_BYTES_PER_READING > payload.length) return undefined;
  const columns: WalColumns = {
    count,
    meterIds: new Array<string>(count),
    timestamps: new Float64Array(count),
    power: new Float64Array(count),
    voltage: new Float64Array(count),
    energy: new Float64Array(count),
    status: new Int8Array(count),
  };
  let at = 4;
  for (let i = 0; i < count; i++) {
    if (at + FIXED_BYTES_PER_READING > payload.length) return undefined;
    columns.timestamps[i] = payload.readDoubleLE(at);
    columns.power[i] = payload.readDoubleLE(at + 8);
    columns.voltage[i] = payload.readDoubleLE(at + 16);
    columns.energy[i] = payload.readDoubleLE(at + 24);
    columns.status[i] = payload.readInt8(at + 32);
    const idLength = payload.readUInt8(at + 33);
    at += FIXED_BYTES_PER_READING;
    if (at + idLength > payload.length) return undefined;
    columns.meterIds[i] = payload.toString('latin1', at, at + idLength);
    at += idLength;
  }
  return at === payload.length ? columns : undefined;
}

export function readingAt(columns: WalColumns, i: number): WalReading {
  return {
    meterId: columns.meterIds[i],
    timestamp: columns.timestamps[i],
    power: columns.power[i],
    voltage: columns.voltage[i],
    energy: columns.energy[i],
    status: columns.status[i],
  };
}
