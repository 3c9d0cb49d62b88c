import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { IdfTable } from '../embeddings/lexical-embeddings.js';
import type { EmbedderIdentity } from '../embeddings/embedder.js';
import { writeFileAtomic } from '../corpus/atomic-file.js';
import type { StoredChunk } from './hnsw-chunk-store.js';

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
  manifest: IndexManifest;
  chunks: [number, StoredChunk][];
  idf?: IdfTable;
  hnswPath: string;
}

const MANIFEST = 'manifest.json';
const CHUNKS = 'chunks.json';
const IDF = 'idf.json';
export const HNSW_FILE = 'hnsw.bin';

/** Reads an index directory; undefined when anything is missing or unreadable (the caller rebuilds). */
export function readIndexFiles(dir: string): IndexFiles | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as IndexManifest;
    const chunks = JSON.parse(readFileSync(join(dir, CHUNKS), 'utf8')) as [number, StoredChunk][];
    const idfPath = join(dir, IDF);
    const idf = existsSync(idfPath) ? (JSON.parse(readFileSync(idfPath, 'utf8')) as IdfTable) : undefined;
    const hnswPath = join(dir, HNSW_FILE);
    if (manifest.format !== INDEX_FORMAT || !Array.isArray(chunks) || !existsSync(hnswPath)) return undefined;
    if (chunks.length !== manifest.chunkCount) return undefined;
    return { manifest, chunks, idf, hnswPath };
  } catch {
    return undefined;
  }
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
