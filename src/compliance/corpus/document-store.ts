import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomicAsync } from './atomic-file.js';
import { assertDocumentId } from './document-id.js';
import type { CorpusDocument } from './corpus-document.js';

/**
 * Uploaded documents, one JSON file each under DATA_DIR/documents. Files are written atomically, and a
 * file that does not parse (a crash of an older version, a hand edit) is skipped rather than failing boot.
 */
export class DocumentStore {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'documents');
  }

  list(): CorpusDocument[] {
    if (!existsSync(this.dir)) return [];
    const documents: CorpusDocument[] = [];
    for (const name of readdirSync(this.dir)) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const document = this.read(join(this.dir, name));
      if (document) documents.push(document);
    }
    return documents.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.documentId.localeCompare(b.documentId));
  }

  get(documentId: string): CorpusDocument | undefined {
    const path = this.pathOf(documentId);
    return existsSync(path) ? this.read(path) : undefined;
  }

  /** Durable when it resolves; the fsync runs in the libuv pool, not on the HTTP thread. */
  async save(document: CorpusDocument): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomicAsync(this.pathOf(document.documentId), JSON.stringify(document));
  }

  async remove(documentId: string): Promise<boolean> {
    const path = this.pathOf(documentId);
    if (!existsSync(path)) return false;
    await rm(path);
    return true;
  }

  /** Undoes a save whose indexing failed. If the disk refuses even that, the document stays stored and is indexed at the next boot. */
  async removeQuietly(documentId: string): Promise<void> {
    // The original failure is what the caller reports.
    await this.remove(documentId).catch(() => undefined);
  }

  private pathOf(documentId: string): string {
    return join(this.dir, `${assertDocumentId(documentId)}.json`);
  }

  private read(path: string): CorpusDocument | undefined {
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as CorpusDocument;
      return typeof parsed.documentId === 'string' && typeof parsed.text === 'string' ? { ...parsed, source: 'uploaded' } : undefined;
    } catch {
      return undefined;
    }
  }
}
