/**
 * The connector icon: a lightning bolt on the brand colour, 230x230 as certification asks ([F6]), drawn in
 * code. The PNG uses a palette and *stored* (uncompressed) deflate blocks, so its bytes depend on this code
 * alone and not on the zlib build of the machine that runs the generator (the drift test compares bytes).
 */
const SIZE = 230;
const BOLT: readonly (readonly [number, number])[] = [
  [134, 32], [66, 130], [108, 130], [90, 198], [164, 96], [121, 96], [146, 32],
];
const SUPERSAMPLE = 4;
const LEVELS = SUPERSAMPLE * SUPERSAMPLE + 1;

export function connectorIconPng(brandColor: string, boltColor = '#FFD23F'): Buffer {
  const background = rgb(brandColor);
  const foreground = rgb(boltColor);
  const palette = Buffer.alloc(LEVELS * 3);
  for (let level = 0; level < LEVELS; level += 1) {
    const t = level / (LEVELS - 1);
    for (let c = 0; c < 3; c += 1) palette[level * 3 + c] = Math.round(background[c] + (foreground[c] - background[c]) * t);
  }
  const raw = Buffer.alloc(SIZE * (SIZE + 1));
  for (let y = 0; y < SIZE; y += 1) {
    raw[y * (SIZE + 1)] = 0;
    for (let x = 0; x < SIZE; x += 1) raw[y * (SIZE + 1) + 1 + x] = coverage(x, y);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', storedZlib(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function coverage(x: number, y: number): number {
  let inside = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
    for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
      if (inPolygon(x + (sx + 0.5) / SUPERSAMPLE, y + (sy + 0.5) / SUPERSAMPLE)) inside += 1;
    }
  }
  return inside;
}

function inPolygon(px: number, py: number): boolean {
  let inside = false;
  for (let i = 0, j = BOLT.length - 1; i < BOLT.length; j = i, i += 1) {
    const [xi, yi] = BOLT[i];
    const [xj, yj] = BOLT[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A zlib stream of stored deflate blocks (RFC 1950/1951): valid everywhere, identical everywhere. */
function storedZlib(data: Buffer): Buffer {
  const parts: Buffer[] = [Buffer.from([0x78, 0x01])];
  for (let offset = 0; offset < data.length || offset === 0; offset += 65535) {
    const block = data.subarray(offset, Math.min(offset + 65535, data.length));
    const head = Buffer.alloc(5);
    head[0] = offset + 65535 >= data.length ? 1 : 0;
    head.writeUInt16LE(block.length, 1);
    head.writeUInt16LE(~block.length & 0xffff, 3);
    parts.push(head, block);
    if (head[0] === 1) break;
  }
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(adler32(data));
  parts.push(adler);
  return Buffer.concat(parts);
}

function adler32(data: Buffer): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 255] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
