import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledDocumentId } from './document-id.js';
import type { CorpusDocument } from './corpus-document.js';

/** Next to this module both in src/ (Jest, tsx) and in dist/ (nest-cli copies the notes as assets). */
export const BUNDLED_NOTES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'notes');

const NOTE_ORDER = /^(article|annex)-(\d+)\.md$/i;

function sortKey(name: string): string {
  const match = NOTE_ORDER.exec(name);
  return match ? `${match[1].toLowerCase() === 'article' ? 0 : 1}-${match[2].padStart(3, '0')}` : `2-${name}`;
}

/** The first line "# Article 11 — Title" names the note; the file name is the fallback. */
function titleOf(text: string, fileName: string): string {
  const heading = /^#\s+(.+)$/m.exec(text.split('\n', 1)[0] ?? '');
  return heading ? heading[1].trim() : fileName.replace(/\.md$/i, '');
}

export function loadBundledNotes(dir = BUNDLED_NOTES_DIR): CorpusDocument[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.md'));
  files.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  return files.map((fileName) => {
    const path = join(dir, fileName);
    const text = readFileSync(path, 'utf8');
    return {
      documentId: bundledDocumentId(fileName),
      title: titleOf(text, fileName),
      contentType: 'text/markdown',
      source: 'bundled',
      sizeBytes: Buffer.byteLength(text),
      createdAt: statSync(path).mtime.toISOString(),
      text,
    };
  });
}
