import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chunkLegalText, embeddingText } from '../corpus/legal-chunker.js';
import type { CorpusDocument } from '../corpus/corpus-document.js';
import type { Embedder } from '../embeddings/embedder.js';
import { runWorkerTask } from '../../common/worker-task.js';
import { documentDigest, fingerprintOf } from './corpus-fingerprint.js';
import { isStorageFailure } from '../../common/storage/storage-failure.js';
import { HnswChunkStore } from './hnsw-chunk-store.js';
import { INDEX_FORMAT, readIndexFiles, writeIndexDir, type IndexManifest } from './index-files.js';
import { toDocuments, type RefitTask } from './lexical-build.js';

export type IndexOrigin = 'loaded' | 'built';

export interface ChunkIndexOptions {
  /** The corpus as it is now; the offline embedder's refit reads it. */
  documents?: () => readonly CorpusDocument[];
  /**
   * With the offline embedder, a change is indexed at once with the current IDF and the IDF is refitted on
   * the whole corpus this long after the last change, in a worker thread. Undefined: every change rebuilds
   * the whole index in place (the corpus CLI, which has no event loop to protect).
   */
  refitDelayMs?: number;
}

const REFIT_TIMEOUT_MS = 10 * 60_000;
/** A document with this share of the corpus's passages is refitted before its upload is answered. */
const MATERIAL_SHARE = 0.1;

/**
 * The HNSW index of the whole corpus under DATA_DIR/index: loaded when its manifest matches the corpus
 * fingerprint and the embedder, rebuilt otherwise, and kept current as documents come and go. The saved
 * fingerprint is always that of the documents the saved chunks came from, never of whatever is on disk,
 * so a mismatch at the next boot triggers a rebuild instead of serving a stale index.
 */
export class ChunkIndex {
  readonly dir: string;
  private current?: HnswChunkStore;
  private manifest?: IndexManifest;
  /** Why the index in memory is not on disk (a read-only or full disk at boot); undefined when it is. */
  unsaved?: string;
  /** Why the last background refit failed, until one succeeds. */
  refitError?: string;
  private readonly digests = new Map<string, string>();
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private refitTimer?: NodeJS.Timeout;
  private refitting?: Promise<void>;
  private closed = false;

  constructor(
    dataDir: string,
    private readonly embedder: Embedder,
    private readonly options: ChunkIndexOptions = {},
  ) {
    this.dir = join(dataDir, 'index');
  }

  get store(): HnswChunkStore | undefined {
    return this.current;
  }

  get info(): IndexManifest | undefined {
    return this.manifest;
  }

  async open(documents: readonly CorpusDocument[]): Promise<IndexOrigin> {
    const fingerprint = fingerprintOf(documents.map(documentDigest));
    const files = readIndexFiles(this.dir);
    const { identity } = this.embedder;
    if (files && files.manifest.fingerprint === fingerprint && files.manifest.embedder.name === identity.name && files.manifest.embedder.model === identity.model) {
      try {
        if (this.embedder.lexical && files.idf) this.embedder.lexical.refitFrom(files.idf);
        this.current = await HnswChunkStore.read(this.embedder.embeddings, files.manifest.dimensions, files.hnswPath, files.chunks);
        this.manifest = files.manifest;
        this.track(documents);
        return 'loaded';
      } catch {
        // An unreadable hnsw.bin falls through to a rebuild.
      }
    }
    await this.rebuild(documents, { serveUnsaved: true });
    return 'built';
  }

  /** Chunks and embeds everything again; the offline embedder also refits its IDF on the new corpus. */
  async rebuild(documents: readonly CorpusDocument[], options: { serveUnsaved?: boolean } = {}): Promise<void> {
    const previousIdf = this.embedder.lexical?.idfTable;
    const chunks = documents.flatMap((d) => chunkLegalText(d));
    const texts = chunks.map(embeddingText);
    this.embedder.lexical?.refit(texts);
    const vectors = texts.length > 0 ? await this.embedder.embeddings.embedDocuments(texts) : [];
    const dimensions = vectors[0]?.length ?? this.embedder.lexical?.dimensions ?? 1536;
    const store = HnswChunkStore.empty(this.embedder.embeddings, dimensions);
    await store.addVectors(vectors, toDocuments(chunks));
    const fingerprint = fingerprintOf(documents.map(documentDigest));
    try {
      await this.persist(store, fingerprint);
      this.track(documents);
    } catch (error) {
      // At boot a disk that cannot be written must not stop the copilot: serve the index from memory.
      if (options.serveUnsaved && isStorageFailure(error)) {
        this.current = store;
        this.manifest = this.manifestOf(store, fingerprint);
        this.track(documents);
        this.unsaved = `the index could not be saved (${error.code}); it is served from memory and rebuilt at the next boot`;
        return;
      }
      // The index in use was embedded with the previous IDF; queries must keep using it.
      if (previousIdf) this.embedder.lexical?.refitFrom(previousIdf);
      throw error;
    }
  }

  /**
   * Adds one document's chunks, embedding only them; returns how many there are. A document that is a large
   * share of the corpus changes its word statistics: the caller then also waits for the refit (in a worker).
   */
  async add(document: CorpusDocument): Promise<number> {
    const added = await this.addChunks(document);
    const indexed = this.current?.size ?? 0;
    if (this.options.refitDelayMs !== undefined && this.embedder.lexical && added >= MATERIAL_SHARE * Math.max(1, indexed - added)) await this.settled();
    return added;
  }

  private addChunks(document: CorpusDocument): Promise<number> {
    return this.exclusive(async () => {
      if (this.embedder.lexical && this.options.refitDelayMs === undefined) {
        await this.rebuild([...this.corpus().filter((d) => d.documentId !== document.documentId), document]);
        return this.chunkCounts().get(document.documentId) ?? 0;
      }
      const store = this.requireStore();
      const chunks = chunkLegalText(document);
      const vectors = chunks.length > 0 ? await this.embedder.embeddings.embedDocuments(chunks.map(embeddingText)) : [];
      await store.addVectors(vectors, toDocuments(chunks));
      const digests = new Map(this.digests).set(document.documentId, documentDigest(document));
      try {
        await this.persist(store, fingerprintOf(digests.values()));
      } catch (error) {
        store.removeDocument(document.documentId);
        // A refit started meanwhile may have read the document: make sure it is not swapped in.
        this.generation++;
        throw error;
      }
      this.digests.set(document.documentId, documentDigest(document));
      this.changed();
      return chunks.length;
    });
  }

  remove(documentId: string): Promise<void> {
    return this.exclusive(async () => {
      if (this.embedder.lexical && this.options.refitDelayMs === undefined) {
        return this.rebuild(this.corpus().filter((d) => d.documentId !== documentId));
      }
      const store = this.requireStore();
      store.removeDocument(documentId);
      this.digests.delete(documentId);
      this.changed();
      await this.persist(store, fingerprintOf(this.digests.values()));
    });
  }

  chunkCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [, chunk] of this.current?.entries() ?? []) counts.set(chunk.metadata.documentId, (counts.get(chunk.metadata.documentId) ?? 0) + 1);
    return counts;
  }

  /** Resolves once no refit is scheduled or running (tests and shutdown wait on it). */
  async settled(): Promise<void> {
    while (this.refitTimer || this.refitting) {
      if (this.refitTimer) {
        clearTimeout(this.refitTimer);
        this.refitTimer = undefined;
        void this.refit();
      }
      await this.refitting;
    }
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.refitTimer);
    this.refitTimer = undefined;
  }

  private corpus(): readonly CorpusDocument[] {
    if (!this.options.documents) throw new Error('ChunkIndex needs the documents callback to rebuild on a change');
    return this.options.documents();
  }

  private requireStore(): HnswChunkStore {
    if (!this.current) throw new Error('the index is not open');
    return this.current;
  }

  private track(documents: readonly CorpusDocument[]): void {
    this.digests.clear();
    for (const document of documents) this.digests.set(document.documentId, documentDigest(document));
  }

  private changed(): void {
    this.generation++;
    if (!this.embedder.lexical || this.options.refitDelayMs === undefined || this.closed) return;
    clearTimeout(this.refitTimer);
    this.refitTimer = setTimeout(() => {
      this.refitTimer = undefined;
      void this.refit();
    }, this.options.refitDelayMs).unref();
  }

  /** Builds a refitted index in a worker, then swaps it in if no document changed meanwhile (else tries again). */
  private refit(): Promise<void> {
    if (this.refitting) return this.refitting;
    const generation = this.generation;
    const staging = `${this.dir}.refit-${randomBytes(6).toString('hex')}`;
    const task: RefitTask = { documents: [...this.corpus()], dir: staging, dimensions: this.embedder.lexical?.dimensions ?? 0, identity: this.embedder.identity };
    this.refitting = (async () => {
      try {
        const reply = await runWorkerTask<IndexManifest>(new URL('./index-refit.worker.js', import.meta.url), task, { timeoutMs: REFIT_TIMEOUT_MS });
        if (!reply.ok) throw new Error(reply.message);
        await this.exclusive(() => (this.closed || generation !== this.generation ? Promise.resolve() : this.swapIn(staging)));
        this.refitError = undefined;
      } catch (error) {
        this.refitError = `the background refit failed: ${(error as Error).message.split('\n')[0]}`;
      } finally {
        rmSync(staging, { recursive: true, force: true });
        this.refitting = undefined;
        if (!this.closed && generation !== this.generation && !this.refitTimer) this.changed();
      }
    })();
    return this.refitting;
  }

  private async swapIn(staging: string): Promise<void> {
    const files = readIndexFiles(staging);
    if (!files?.idf) throw new Error('the refitted index is incomplete');
    const store = await HnswChunkStore.read(this.embedder.embeddings, files.manifest.dimensions, files.hnswPath, files.chunks);
    const old = `${this.dir}.old-${randomBytes(6).toString('hex')}`;
    if (existsSync(this.dir)) renameSync(this.dir, old);
    renameSync(staging, this.dir);
    rmSync(old, { recursive: true, force: true });
    // Store and IDF change together, with no await between: a query sees the old pair or the new one.
    this.embedder.lexical?.refitFrom(files.idf);
    this.current = store;
    this.manifest = files.manifest;
    this.unsaved = undefined;
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private manifestOf(store: HnswChunkStore, fingerprint: string): IndexManifest {
    return {
      format: INDEX_FORMAT,
      embedder: this.embedder.identity,
      dimensions: store.dimensions,
      fingerprint,
      chunkCount: store.size,
      builtAt: new Date().toISOString(),
    };
  }

  private async persist(store: HnswChunkStore, fingerprint: string): Promise<void> {
    const manifest = this.manifestOf(store, fingerprint);
    await writeIndexDir(this.dir, { manifest, chunks: store.entries(), idf: this.embedder.lexical?.idfTable }, (path) => store.write(path));
    this.current = store;
    this.manifest = manifest;
    this.unsaved = undefined;
  }
}
