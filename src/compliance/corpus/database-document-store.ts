import type { Pool, PoolClient } from 'pg';
import { AppError } from '../../common/errors/app-error.js';
import { CommonErrors } from '../../common/errors/common-errors.js';
import { isConnectionError } from '../../common/database/connection-errors.js';
import { inTransaction } from '../../common/database/transaction.js';
import type { CorpusDocument } from './corpus-document.js';
import type { DocumentContentType } from './document-text.js';
import { assertDocumentId } from './document-id.js';

export const DOCUMENTS_CHANNEL = 'powergrid_documents';
const DOCUMENTS_LOCK_KEY = 7_264_003;

export interface DocumentChanges {
  added: CorpusDocument[];
  removed: string[];
}

/**
 * Uploaded documents in the database mode. Reads are served from a mirror in memory (the engine lists and
 * indexes synchronously); writes commit first and update the mirror after. `pull` brings the mirror up to the
 * database and says what changed, so the engine can update this instance's index.
 */
export class DatabaseDocumentStore {
  private readonly mirror = new Map<string, CorpusDocument>();
  private seen = 0;

  constructor(private readonly pool: Pool) {}

  list(): CorpusDocument[] {
    return [...this.mirror.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.documentId.localeCompare(b.documentId));
  }

  get(documentId: string): CorpusDocument | undefined {
    return this.mirror.get(documentId);
  }

  async save(document: CorpusDocument): Promise<void> {
    assertDocumentId(document.documentId);
    await this.transaction(async (client, seq) => {
      await client.query(
        `INSERT INTO documents (document_id, title, content_type, size_bytes, created_at, body, deleted, changed_seq) VALUES ($1, $2, $3, $4, $5, $6, false, $7)
         ON CONFLICT (document_id) DO UPDATE SET title = $2, content_type = $3, size_bytes = $4, created_at = $5, body = $6, deleted = false, changed_seq = $7`,
        [document.documentId, document.title, document.contentType, document.sizeBytes, document.createdAt, document.text, seq],
      );
    });
    this.mirror.set(document.documentId, { ...document, source: 'uploaded' });
  }

  async remove(documentId: string): Promise<boolean> {
    assertDocumentId(documentId);
    const removed = await this.transaction(async (client, seq) => {
      const result = await client.query("UPDATE documents SET deleted = true, body = '', changed_seq = $2 WHERE document_id = $1 AND NOT deleted", [documentId, seq]);
      return (result.rowCount ?? 0) > 0;
    });
    this.mirror.delete(documentId);
    return removed;
  }

  /** Undoes a save whose indexing failed; if the database refuses even that, the next pull on any instance indexes it. */
  async removeQuietly(documentId: string): Promise<void> {
    await this.remove(documentId).catch(() => undefined);
  }

  /** Applies every change committed since the last pull to the mirror and returns them. */
  async pull(): Promise<DocumentChanges> {
    const { rows } = await this.pool.query<DocumentRow>(
      'SELECT document_id, title, content_type, size_bytes, created_at, body, deleted, changed_seq FROM documents WHERE changed_seq > $1 ORDER BY changed_seq',
      [this.seen],
    );
    const changes: DocumentChanges = { added: [], removed: [] };
    for (const row of rows) {
      this.seen = Math.max(this.seen, Number(row.changed_seq));
      if (row.deleted) {
        if (this.mirror.delete(row.document_id)) changes.removed.push(row.document_id);
        continue;
      }
      const document = toDocument(row);
      if (!this.mirror.has(document.documentId)) changes.added.push(document);
      this.mirror.set(document.documentId, document);
    }
    return changes;
  }

  private transaction<T>(work: (client: PoolClient, seq: number) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [DOCUMENTS_LOCK_KEY]);
      const { rows } = await client.query<{ last_seq: string }>('UPDATE document_head SET last_seq = last_seq + 1 RETURNING last_seq');
      const seq = Number(rows[0].last_seq);
      const result = await work(client, seq);
      await client.query('SELECT pg_notify($1, $2)', [DOCUMENTS_CHANNEL, String(seq)]);
      return result;
    }).catch((error: unknown) => {
      throw unavailable(error);
    });
  }
}

/** A lost database link is the server's state, not the request's fault: 503, and nothing was changed. */
function unavailable(error: unknown): unknown {
  if (!isConnectionError(error)) return error;
  return new AppError(CommonErrors.STORAGE_UNAVAILABLE, 'The database cannot be reached; the document change was not stored. Retry later.');
}

interface DocumentRow {
  document_id: string;
  title: string;
  content_type: string;
  size_bytes: number;
  created_at: Date;
  body: string;
  deleted: boolean;
  changed_seq: string;
}

function toDocument(row: DocumentRow): CorpusDocument {
  return {
    documentId: row.document_id,
    title: row.title,
    contentType: row.content_type as DocumentContentType,
    source: 'uploaded',
    sizeBytes: row.size_bytes,
    createdAt: row.created_at.toISOString(),
    text: row.body,
  };
}
