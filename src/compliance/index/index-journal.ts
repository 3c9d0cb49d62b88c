import { open, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoredChunk } from './hnsw-chunk-store.js';

/**
 * The index directory's change journal: one JSON line per document added or removed since the base files
 * (hnsw.bin, chunks.json) were written, so an upload appends a few kilobytes instead of rewriting the whole
 * index. Each line carries the fingerprint and chunk count of the corpus after it; a line cut short by a crash
 * is the journal's end (and the documents on disk then no longer match, so the index is rebuilt at boot).
 */
export const JOURNAL_FILE = 'journal.jsonl';

export type JournalEntry =
  | { op: 'add'; documentId: string; chunks: JournalChunk[]; fingerprint: string; chunkCount: number }
  | { op: 'remove'; documentId: string; fingerprint: string; chunkCount: number };

/** label, chunk, and its vector as base64 of little-endian float32 (what hnswlib stores). */
export type JournalChunk = [number, StoredChunk, string];

export interface JournalRead {
  entries: JournalEntry[];
  /** Bytes of whole lines; anything after them is a torn append, cut off before the next one. */
  validBytes: number;
  totalBytes: number;
}

export function encodeVector(vector: readonly number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString('base64');
}

export function decodeVector(encoded: string): number[] {
  const bytes = Buffer.from(encoded, 'base64');
  return Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4));
}

/** Parses journal bytes; undefined when a whole line is damaged (not a torn tail), which the caller treats as no index. */
export function parseJournal(bytes: Buffer): JournalRead | undefined {
  const entries: JournalEntry[] = [];
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(0x0a, start);
    if (end < 0) break;
    let entry: JournalEntry;
    try {
      entry = JSON.parse(bytes.toString('utf8', start, end)) as JournalEntry;
    } catch {
      return undefined;
    }
    if (!isEntry(entry)) return undefined;
    entries.push(entry);
    start = end + 1;
  }
  return { entries, validBytes: start, totalBytes: bytes.length };
}

function isEntry(entry: JournalEntry): boolean {
  if (entry === null || typeof entry !== 'object' || typeof entry.documentId !== 'string' || typeof entry.fingerprint !== 'string') return false;
  if (typeof entry.chunkCount !== 'number') return false;
  return entry.op === 'remove' || (entry.op === 'add' && Array.isArray(entry.chunks));
}

/**
 * Writes one line at `offset` (the end of the last whole line) and fsyncs it, with the libuv pool doing the I/O.
 * On failure the file is cut back to `offset`, so a half-written line never sits before the next one; if even
 * that fails the caller must rewrite the whole index. Returns the new end.
 */
export async function appendJournal(dir: string, entry: JournalEntry, offset: number): Promise<number> {
  const line = Buffer.from(`${JSON.stringify(entry)}\n`);
  const path = join(dir, JOURNAL_FILE);
  const handle = await open(path, offset === 0 ? 'w' : 'r+');
  try {
    for (let done = 0; done < line.length; ) done += (await handle.write(line, done, line.length - done, offset + done)).bytesWritten;
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await truncate(path, offset).catch((cut: unknown) => {
      throw Object.assign(error as Error, { journalDamaged: cut });
    });
    throw error;
  }
  await handle.close();
  return offset + line.length;
}

/** True when a failed append could not be undone: the journal ends in garbage until the index is rewritten. */
export function journalDamaged(error: unknown): boolean {
  return (error as { journalDamaged?: unknown } | null)?.journalDamaged !== undefined;
}
