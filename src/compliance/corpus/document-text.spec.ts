import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../common/errors/app-error.js';
import { DocumentStore } from './document-store.js';
import { collapseBlankRuns, extractText, normaliseContentType } from './document-text.js';

describe(extractText.name, () => {
  it('refuses empty text and fake PDFs with their codes', async () => {
    await expect(extractText(Buffer.from(' \n'), 'text/plain')).rejects.toMatchObject({ code: 'COMPLIANCE_DOCUMENT_EMPTY' });
    await expect(extractText(Buffer.from('hello'), 'application/pdf')).rejects.toMatchObject({ code: 'COMPLIANCE_PDF_INVALID' });
  });

  it('normalises content types and refuses others with 415', () => {
    expect(normaliseContentType('text/markdown; charset=utf-8')).toBe('text/markdown');
    expect(() => normaliseContentType('image/png')).toThrow(AppError);
  });
});

describe(DocumentStore.name, () => {
  it('saves atomically, skips unreadable files and refuses ids that could leave its folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'doc-store-'));
    try {
      const store = new DocumentStore(dataDir);
      await store.save({ documentId: 'd-1', title: 'T', contentType: 'text/plain', source: 'uploaded', sizeBytes: 1, createdAt: '2026-01-01T00:00:00.000Z', text: 'x' });
      writeFileSync(join(store.dir, 'broken.json'), '{"documentId": ');
      expect(store.list().map((d) => d.documentId)).toEqual(['d-1']);
      expect(readdirSync(store.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      expect(() => store.get('../../etc/passwd')).toThrow(AppError);
      await expect(store.remove('d-1')).resolves.toBe(true);
      await expect(store.remove('d-1')).resolves.toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe(collapseBlankRuns.name, () => {
  it('turns each run of spaces and tabs into one space and keeps single blanks and newlines', () => {
    expect(collapseBlankRuns('a  b\t\tc \t d e\n\n  f')).toBe('a b c d e\n\n f');
    expect(collapseBlankRuns('   ')).toBe(' ');
    expect(collapseBlankRuns('')).toBe('');
  });

  it('reduces five megabytes of spaces around a sentence to the sentence', () => {
    const padded = `${' '.repeat(5 * 1024 * 1024)}Every feeder upgrade needs a flexibility study.${' '.repeat(1024)}`;
    expect(collapseBlankRuns(padded)).toBe(' Every feeder upgrade needs a flexibility study. ');
  });
});
