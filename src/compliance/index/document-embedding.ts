import { AppError } from '../../common/errors/app-error.js';
import { runWorkerTask, WorkerTaskError } from '../../common/worker-task.js';
import { ComplianceErrors } from '../compliance.errors.js';
import { chunkLegalText, embeddingText, type LegalChunk, type SourceDocument } from '../corpus/legal-chunker.js';
import type { Embedder } from '../embeddings/embedder.js';
import type { IdfTable } from '../embeddings/lexical-embeddings.js';

/**
 * Up to this much text a document is chunked and embedded on the calling thread: a 2 KB memo takes about a
 * millisecond there, less than starting a worker. Above it (up to 2,000,000 characters and 4,000 passages,
 * half a second and more of CPU) the work goes to a worker thread of its own.
 */
export const INLINE_EMBEDDING_CHARS = 20_000;

export interface EmbeddingWorkerLimits {
  timeoutMs?: number;
  memoryMb?: number;
}

export interface EmbeddingTask {
  document: SourceDocument;
  /** The offline embedder's weights and size: the worker embeds too. Absent for a remote embedder (it only chunks). */
  lexical?: { idf: IdfTable; dimensions: number };
}

export interface EmbeddingReply {
  chunks: LegalChunk[];
  /** The vectors one after another (`dimensions` floats each), when the worker embedded. */
  vectors?: Float32Array;
}

export interface EmbeddedDocument {
  chunks: LegalChunk[];
  vectors: number[][];
}

const DEFAULT_LIMITS: Required<EmbeddingWorkerLimits> = { timeoutMs: 120_000, memoryMb: 512 };
/** Loading the worker's code through tsx (tests) on a busy machine is slow; compiled it takes a fraction of a second. */
const STARTUP_MS = 180_000;

/** A document's passages and their vectors; a large document's are computed off the event loop. */
export async function embedDocumentChunks(document: SourceDocument, embedder: Embedder, limits: EmbeddingWorkerLimits = {}): Promise<EmbeddedDocument> {
  if (document.text.length <= INLINE_EMBEDDING_CHARS) {
    const chunks = chunkLegalText(document);
    return { chunks, vectors: chunks.length > 0 ? await embedder.embeddings.embedDocuments(chunks.map(embeddingText)) : [] };
  }
  const lexical = embedder.lexical;
  const { documentId, title, text, source } = document;
  const task: EmbeddingTask = { document: { documentId, title, text, source }, lexical: lexical ? { idf: lexical.idfTable, dimensions: lexical.dimensions } : undefined };
  const reply = await inWorker(task, { ...DEFAULT_LIMITS, ...limits });
  if (!lexical || !reply.vectors) {
    return { chunks: reply.chunks, vectors: reply.chunks.length > 0 ? await embedder.embeddings.embedDocuments(reply.chunks.map(embeddingText)) : [] };
  }
  const flat = reply.vectors;
  const vectors = reply.chunks.map((_, i) => Array.from(flat.subarray(i * lexical.dimensions, (i + 1) * lexical.dimensions)));
  return { chunks: reply.chunks, vectors };
}

async function inWorker(task: EmbeddingTask, limits: Required<EmbeddingWorkerLimits>): Promise<EmbeddingReply> {
  try {
    const reply = await runWorkerTask<EmbeddingReply>(new URL('./document-embedding.worker.js', import.meta.url), task, {
      timeoutMs: limits.timeoutMs,
      startupTimeoutMs: STARTUP_MS,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 },
    });
    if (!reply.ok) throw new Error(reply.message.split('\n')[0]);
    return reply.value;
  } catch (error) {
    const why =
      error instanceof WorkerTaskError && error.reason === 'timeout' ? `took longer than ${limits.timeoutMs} ms`
      : error instanceof WorkerTaskError && error.reason === 'memory' ? `needed more than ${limits.memoryMb} MB of memory`
      : `failed (${(error as Error).message.split('\n')[0]})`;
    throw new AppError(ComplianceErrors.COMPLIANCE_INDEXING_FAILED, `Indexing the document ${why}; nothing was stored. Retry later, or split the document.`);
  }
}
