import { binaryFormatOf } from './content-sniff.js';
import { extractText } from './document-text.js';

describe('binaryFormatOf', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'), 'PDF'],
    ['a docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'ZIP (docx, xlsx)'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'PNG'],
    ['an ELF binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02]), 'ELF'],
    ['UTF-16 text', Buffer.from('Energy audit', 'utf16le'), 'binary data'],
  ])('names %s', (_label, content, name) => {
    expect(binaryFormatOf(content)).toBe(name);
  });

  it.each([
    ['UTF-8 text', Buffer.from('# Article 11 — Energy audits\n\nEvery four years.')],
    ['Latin-1 text', Buffer.from('Énergie: audits tous les quatre ans', 'latin1')],
    ['HTML', Buffer.from('<!doctype html><p>MZ is a postcode here</p>')],
    ['an empty file', Buffer.alloc(0)],
  ])('lets %s through', (_label, content) => {
    expect(binaryFormatOf(content)).toBeUndefined();
  });

  it('makes extractText refuse a PDF or an image declared as text with COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED', async () => {
    await expect(extractText(Buffer.from('%PDF-1.4\nBT (Article 11) Tj ET'), 'text/plain')).rejects.toMatchObject({ code: 'COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED', status: 415 });
    await expect(extractText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'text/markdown')).rejects.toMatchObject({ code: 'COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED' });
    await expect(extractText(Buffer.from('plain words'), 'text/plain')).resolves.toBe('plain words');
  });
});
