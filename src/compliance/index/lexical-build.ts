import { Document } from '@langchain/core/documents';
import { chunkLegalText, embeddingText, type LegalChunk } from '../corpus/legal-chunker.js';
import type { CorpusDocument } from '../corpus/corpus-document.js';
import type { EmbedderIdentity } from '../embeddings/embedder.js';
import { LexicalEmbeddings } from '../embeddings/lexical-embeddings.js';
import { corpusFingerprint } from './corpus-fingerprint.js';
import { HnswChunkStore } from './hnsw-chunk-store.js';
import { INDEX_FORMAT, readIndexFiles, writeIndexDir, type IndexManifest } from './index-files.js';

export interface RefitTask {
  documents: CorpusDocument[];
  /** Where the complete index directory is written (a staging directory beside the live one). */
  dir: string;
  dimensions: number;
  identity: EmbedderIdentity;
}

export interface CompactTask {
  /** The live index directory, read (base files and journal) but never written. */
  dir: string;
  /** Where the folded index is written. */
  staging: string;
}

export function toDocuments(chunks: readonly LegalChunk[]): Document[] {
  return chunks.map((chunk) => new Document({ pageContent: chunk.text, metadata: { ...chunk.metadata } }));
}

/**
 * Chunks the corpus, fits the IDF on it, embeds and indexes every chunk, and writes the index files to `dir`.
 * `stop` ends it between steps (never inside an hnswlib call), leaving `dir` to the caller to remove. A worker hears
 * of a stop only when its event loop turns: between insert batches (addVectors checks there) or after an awaited read.
 */
export async function buildLexicalIndexDir(task: RefitTask, stop?: AbortSignal): Promise<IndexManifest> {
  const lexical = new LexicalEmbeddings(undefined, task.dimensions);
  const chunks = task.documents.flatMap((d) => chunkLegalText(d));
  const texts = chunks.map(embeddingText);
  lexical.refit(texts);
  const vectors = await lexical.embedDocuments(texts);
  stop?.throwIfAborted();
  const store = HnswChunkStore.empty(lexical, task.dimensions);
  await store.addVectors(vectors, toDocuments(chunks), stop);
  const manifest: IndexManifest = {
    format: INDEX_FORMAT,
    embedder: task.identity,
    dimensions: task.dimensions,
    fingerprint: corpusFingerprint(task.documents),
    chunkCount: store.size,
    builtAt: new Date().toISOString(),
  };
  await writeIndexDir(task.dir, { manifest, chunks: store.entries(), idf: lexical.idfTable }, (path) => store.write(path));
  return manifest;
}

/** Reads an index directory with its journal and writes it to `staging` as base files only (no journal); `stop` as above. */
export async function compactIndexDir(task: CompactTask, stop?: AbortSignal): Promise<IndexManifest> {
  const files = readIndexFiles(task.dir);
  if (!files) throw new Error('the index directory could not be read');
  // The store only holds vectors here; nothing is embedded, so any embeddings object will do.
  const store = await HnswChunkStore.read(new LexicalEmbeddings(undefined, files.manifest.dimensions), files.manifest.dimensions, files.hnswPath, files.baseChunks);
  stop?.throwIfAborted();
  store.replay(files.journal);
  const manifest: IndexManifest = { ...files.manifest, chunkCount: store.size, builtAt: new Date().toISOString() };
  await writeIndexDir(task.staging, { manifest, chunks: store.entries(), idf: files.idf }, (path) => store.write(path));
  return manifest;
}
