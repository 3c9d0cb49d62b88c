import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { IdfTable } from '../embeddings/lexical-embeddings.js';
import type { EmbedderIdentity } from '../embeddings/embedder.js';
import { writeFileAtomic } from '../corpus/atomic-file.js';
import type { StoredChunk } from './hnsw-chunk-store.js';
import { JOURNAL_FILE, parseJournal, type JournalEntry } from './index-journal.js';

export const INDEX_FORMAT = 1;

export interface IndexManifest {
  format: number;
  embedder: EmbedderIdentity;
  dimensions: number;
  fingerprint: string;
  chunkCount: number;
  builtAt: string;
}

export interface IndexFiles {
  /** The manifest with the fingerprint and chunk count of the last journal line, when there is one. */
  manifest: IndexManifest;
  /** Every chunk after the journal is applied. */
  chunks: [number, StoredChunk][];
  idf?: IdfTable;
  hnswPath: string;
}

/** What loading needs beyond IndexFiles: the chunks hnsw.bin holds, and the changes to replay on top. */
export interface StoredIndex extends IndexFiles {
  baseChunks: [number, StoredChunk][];
  journal: JournalEntry[];
  /** Where the next journal line goes; a torn line after it is cut off before then. */
  journalBytes: number;
  tornBytes: number;
}

const MANIFEST = 'manifest.json';
const CHUNKS = 'chunks.json';
const IDF = 'idf.json';
export const HNSW_FILE = 'hnsw.bin';

/** Reads an index directory and its journal; undefined when anything is missing or unreadable (the caller rebuilds). */
export function readIndexFiles(dir: string): StoredIndex | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as IndexManifest;
    const baseChunks = JSON.parse(readFileSync(join(dir, CHUNKS), 'utf8')) as [number, StoredChunk][];
    const idfPath = join(dir, IDF);
    const idf = existsSync(idfPath) ? (JSON.parse(readFileSync(idfPath, 'utf8')) as IdfTable) : undefined;
    const hnswPath = join(dir, HNSW_FILE);
    if (manifest.format !== INDEX_FORMAT || !Array.isArray(baseChunks) || !existsSync(hnswPath)) return undefined;
    if (baseChunks.length !== manifest.chunkCount) return undefined;
    const journalPath = join(dir, JOURNAL_FILE);
    const journal = existsSync(journalPath) ? parseJournal(readFileSync(journalPath)) : { entries: [], validBytes: 0, totalBytes: 0 };
    if (!journal) return undefined;
    const chunks = applyJournal(baseChunks, journal.entries);
    const last = journal.entries.at(-1);
    if (last && last.chunkCount !== chunks.length) return undefined;
    return {
      manifest: last ? { ...manifest, fingerprint: last.fingerprint, chunkCount: last.chunkCount } : manifest,
      chunks,
      idf,
      hnswPath,
      baseChunks,
      journal: journal.entries,
      journalBytes: journal.validBytes,
      tornBytes: journal.totalBytes - journal.validBytes,
    };
  } catch {
    return undefined;
  }
}

function applyJournal(base: [number, StoredChunk][], entries: readonly JournalEntry[]): [number, StoredChunk][] {
  if (entries.length === 0) return base;
  const chunks = new Map(base);
  for (const entry of entries) {
    if (entry.op === 'add') for (const [label, chunk] of entry.chunks) chunks.set(label, chunk);
    else for (const [label, chunk] of chunks) if (chunk.metadata.documentId === entry.documentId) chunks.delete(label);
  }
  return [...chunks];
}

/**
 * Writes a complete index into a fresh temp directory, then swaps it in with renames. A crash at any
 * point leaves either the previous index or none (which is rebuilt at boot), never a mixture.
 */
export async function writeIndexDir(
  dir: string,
  files: Omit<IndexFiles, 'hnswPath'>,
  writeHnsw: (path: string) => Promise<void>,
): Promise<void> {
  const suffix = randomBytes(6).toString('hex');
  const temp = `${dir}.tmp-${suffix}`;
  const old = `${dir}.old-${suffix}`;
  mkdirSync(temp, { recursive: true });
  try {
    await writeHnsw(join(temp, HNSW_FILE));
    writeFileAtomic(join(temp, CHUNKS), JSON.stringify(files.chunks));
    if (files.idf) writeFileAtomic(join(temp, IDF), JSON.stringify(files.idf));
    writeFileAtomic(join(temp, MANIFEST), JSON.stringify(files.manifest, null, 2));
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(temp, dir);
  } finally {
    rmSync(temp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}
