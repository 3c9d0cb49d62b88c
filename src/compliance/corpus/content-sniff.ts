/** Leading bytes of formats that are not text: a file declared as text but starting with one is refused. */
const MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP (docx, xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Windows executable', bytes: [0x4d, 0x5a] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'OLE (doc, xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];
const SNIFF_BYTES = 8 * 1024;

/**
 * Names the binary format of content that was declared as text, Markdown or HTML, or returns undefined.
 * Text in any 8-bit encoding has no NUL bytes; UTF-16 text does, and is refused too (it would index as noise).
 */
export function binaryFormatOf(content: Buffer): string | undefined {
  const magic = MAGIC.find(({ bytes }) => content.length >= bytes.length && bytes.every((byte, i) => content[i] === byte));
  if (magic) return magic.name;
  return content.subarray(0, SNIFF_BYTES).includes(0) ? 'binary data' : undefined;
}
