import { deflateSync } from 'node:zlib';

/** Builds a small valid one-page PDF showing the given lines (Helvetica), with a correct xref table. */
export function minimalPdf(lines: readonly string[]): Buffer {
  return multiPagePdf([lines]);
}

/** Builds a small valid PDF with one page per entry, each showing its lines top-down (Helvetica). */
export function multiPagePdf(pages: readonly (readonly string[])[], options: { encrypted?: boolean } = {}): Buffer {
  const firstPage = 4;
  const font = firstPage + pages.length * 2;
  const kids = pages.map((_, i) => `${firstPage + i * 2} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    // Random /O and /U entries: the standard security handler then rejects the empty user password.
    `<< /Filter /Standard /V 1 /R 2 /O <${'6f'.repeat(32)}> /U <${'75'.repeat(32)}> /P -4 >>`,
    ...pages.flatMap((lines, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${firstPage + i * 2 + 1} 0 R >>`,
      contentStream(lines),
    ]),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const encrypt = options.encrypted ? ` /Encrypt 3 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]` : '';
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function contentStream(lines: readonly string[]): string {
  const escape = (text: string): string => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = ['BT', '/F1 11 Tf', '14 TL', '50 780 Td', ...lines.map((line) => `(${escape(line)}) '`), 'ET'].join('\n');
  return `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`;
}

/**
 * A "decompression bomb" for text: one Flate-compressed content stream that every page shares, so a file of a
 * few KB holds `pages` x `lines` lines of text (the audit's 31 KB PDF gave 9.2 MB of text this way).
 */
export function sharedStreamPdf(pages: number, lines: number, line = 'Energy audits are required for enterprises above 85 TJ of consumption.'): Buffer {
  const escape = (text: string): string => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = ['BT', '/F1 6 Tf', '7 TL', '20 830 Td', ...Array.from({ length: lines }, (_, i) => `(${escape(`${line} ${i}`)}) '`), 'ET'].join('\n');
  const compressed = deflateSync(Buffer.from(content, 'latin1'));
  const kids = Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(' ');
  const head = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0].length;
  const push = (object: Buffer): void => {
    offsets.push(length);
    chunks.push(object);
    length += object.length;
  };
  head.forEach((object, i) => push(Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, 'latin1')));
  push(Buffer.concat([Buffer.from(`4 0 obj\n<< /Length ${compressed.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), compressed, Buffer.from('\nendstream\nendobj\n', 'latin1')]));
  for (let i = 0; i < pages; i++) {
    push(Buffer.from(`${5 + i} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>\nendobj\n`, 'latin1'));
  }
  let tail = `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) tail += `${String(offset).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(tail, 'latin1'));
  return Buffer.concat(chunks);
}
