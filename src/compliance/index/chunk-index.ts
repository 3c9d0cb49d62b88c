import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, truncateSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chunkLegalText, embeddingText } from '../corpus/legal-chunker.js';
import type { CorpusDocument } from '../corpus/corpus-document.js';
import type { Embedder } from '../embeddings/embedder.js';
import { LexicalEmbeddings } from '../embeddings/lexical-embeddings.js';
import type { LegalChunk } from '../corpus/legal-chunker.js';
import { runWorkerTask } from '../../common/worker-task.js';
import { documentDigest, fingerprintOf } from './corpus-fingerprint.js';
import { isStorageFailure } from '../../common/storage/storage-failure.js';
import { HnswChunkStore } from './hnsw-chunk-store.js';
import { INDEX_FORMAT, readIndexFiles, writeIndexDir, type IndexManifest } from './index-files.js';
import { appendJournal, encodeVector, JOURNAL_FILE, journalDamaged, type JournalEntry } from './index-journal.js';
import { embedDocumentChunks, type EmbeddingWorkerLimits } from './document-embedding.js';
import { toDocuments, type CompactTask, type RefitTask } from './lexical-build.js';

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
  /** Limits of the worker that chunks and embeds a large document (tests shorten them). */
  worker?: EmbeddingWorkerLimits;
  /** Journal length at which it is folded into the base files (tests lower it). */
  compactJournalBytes?: number;
}

const REFIT_TIMEOUT_MS = 10 * 60_000;
/**
 * A refit or fold past its time limit is asked to stop and given this long to end at its next check before it is
 * terminated: a worker terminated inside an hnswlib-node call takes the whole process down.
 */
const STOP_GRACE_MS = 60_000;
/**
 * Refits start at least this far apart: under a steady stream of uploads each one lands, without a worker
 * always running (each refit spawns a worker and allocates a new native index).
 */
const REFIT_MIN_INTERVAL_MS = 30_000;
/** A store replaced by a refit is freed this long after, when no question can still be reading it. */
const RELEASE_AFTER_MS = 30_000;
/** A journal this long is folded into the base files by a worker (the refit does it too, for the offline embedder). */
const COMPACT_JOURNAL_BYTES = 8 * 1024 * 1024;
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
  /** Why the last background refit or journal compaction failed, until one succeeds. */
  refitError?: string;
  private readonly digests = new Map<string, string>();
  /** End of the journal's last whole line: where the next change is appended. */
  private journalBytes = 0;
  private compacting?: Promise<void>;
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private refitTimer?: NodeJS.Timeout;
  private refitting?: Promise<void>;
  private lastRefitAt = 0;
  private closed = false;
  /** Index directories being written on this thread (a build or a change that could not be journalled). */
  private readonly writes = new Set<Promise<void>>();
  /** Stops the refit and compaction workers at close. */
  private readonly stopping = new AbortController();

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
        const store = await HnswChunkStore.read(this.embedder.embeddings, files.manifest.dimensions, files.hnswPath, files.baseChunks);
        store.replay(files.journal);
        // A line torn by a crash goes before anything is appended after it.
        if (files.tornBytes > 0) truncateSync(join(this.dir, JOURNAL_FILE), files.journalBytes);
        if (this.embedder.lexical && files.idf) this.embedder.lexical.refitFrom(files.idf);
        this.current = store;
        this.manifest = files.manifest;
        this.journalBytes = files.journalBytes;
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
      const { chunks, vectors } = await embedDocumentChunks(document, this.embedder, this.options.worker);
      const labels = (await store.addVectors(vectors, toDocuments(chunks))).map(Number);
      const digests = new Map(this.digests).set(document.documentId, documentDigest(document));
      try {
        await this.record(store, addEntry(document.documentId, chunks, labels, vectors, fingerprintOf(digests.values()), store.size));
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
      await this.record(store, { op: 'remove', documentId, fingerprint: fingerprintOf(this.digests.values()), chunkCount: store.size });
    });
  }

  /**
   * Makes one change durable: a line appended to the journal (a few kilobytes, fsynced by the libuv pool) while
   * the files on disk are current, else (the index was served unsaved, or a failed append left the journal's
   * end unknown) the whole index written again. A long journal is then folded into the base files by a worker.
   */
  private async record(store: HnswChunkStore, entry: JournalEntry): Promise<void> {
    if (this.unsaved || !this.manifest) {
      await this.persist(store, entry.fingerprint);
      return;
    }
    try {
      this.journalBytes = await appendJournal(this.dir, entry, this.journalBytes);
    } catch (error) {
      if (journalDamaged(error)) this.unsaved = 'the index journal could not be written; the whole index is written again at the next change';
      throw error;
    }
    this.manifest = { ...this.manifest, fingerprint: entry.fingerprint, chunkCount: entry.chunkCount };
    if (this.journalBytes >= (this.options.compactJournalBytes ?? COMPACT_JOURNAL_BYTES)) void this.compact();
  }

  chunkCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [, chunk] of this.current?.entries() ?? []) counts.set(chunk.metadata.documentId, (counts.get(chunk.metadata.documentId) ?? 0) + 1);
    return counts;
  }

  /** Whether a refit's worker is running now. */
  get refitInProgress(): boolean {
    return this.refitting !== undefined;
  }

  /** Resolves once no refit is scheduled or running (tests and shutdown wait on it). */
  async settled(): Promise<void> {
    while (this.refitTimer || this.refitting || this.compacting) {
      if (this.refitTimer) {
        clearTimeout(this.refitTimer);
        this.refitTimer = undefined;
        void this.refit();
      }
      await this.refitting;
      await this.compacting;
    }
  }

  /**
   * Stops background work and waits for it: a refit or compaction worker is asked to stop at its next step (its
   * staging directory is then removed), and changes already queued finish. Afterwards nothing writes in the data
   * directory, so a shutdown, a test or a restore may remove or replace it; changes asked for later are rejected.
   */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.refitTimer);
    this.refitTimer = undefined;
    this.stopping.abort();
    await Promise.all([this.refitting, this.compacting, this.queue, ...this.writes]);
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
    const delay = Math.max(this.options.refitDelayMs, this.lastRefitAt + REFIT_MIN_INTERVAL_MS - Date.now());
    this.refitTimer = setTimeout(() => {
      this.refitTimer = undefined;
      void this.refit();
    }, delay).unref();
  }

  /**
   * Builds a refitted index in a worker, then swaps it in; documents added or removed while the worker ran are
   * applied to the new index first (with the new weights), so a refit lands even under a steady stream of uploads.
   */
  private refit(): Promise<void> {
    if (this.refitting) return this.refitting;
    const generation = this.generation;
    this.lastRefitAt = Date.now();
    const staging = `${this.dir}.refit-${randomBytes(6).toString('hex')}`;
    const documents = [...this.corpus()];
    const snapshot = new Map(documents.map((d) => [d.documentId, documentDigest(d)]));
    const task: RefitTask = { documents, dir: staging, dimensions: this.embedder.lexical?.dimensions ?? 0, identity: this.embedder.identity };
    this.refitting = (async () => {
      try {
        const reply = await runWorkerTask<IndexManifest>(new URL('./index-refit.worker.js', import.meta.url), task, { timeoutMs: REFIT_TIMEOUT_MS, stopGraceMs: STOP_GRACE_MS, signal: this.stopping.signal });
        if (!reply.ok) throw new Error(reply.message);
        await this.exclusive(() => (this.closed ? Promise.resolve() : this.swapIn(staging, snapshot)));
        this.refitError = undefined;
      } catch (error) {
        this.refitError = `the background refit failed: ${(error as Error).message.split('\n')[0]}`;
      } finally {
        await rm(staging, { recursive: true, force: true }).catch(() => undefined);
        this.refitting = undefined;
        if (!this.closed && generation !== this.generation && !this.refitTimer) this.changed();
      }
    })();
    return this.refitting;
  }

  /**
   * Folds the journal into hnsw.bin and chunks.json in a worker (reading and writing the whole index is too
   * much for the HTTP thread), then swaps the result in if nothing was appended meanwhile (else a later
   * append tries again). The index in memory does not change: only its files do.
   */
  private compact(): Promise<void> {
    if (this.compacting || this.refitting) return this.compacting ?? Promise.resolve();
    const journalBytes = this.journalBytes;
    const staging = `${this.dir}.compact-${randomBytes(6).toString('hex')}`;
    const task: CompactTask = { dir: this.dir, staging };
    this.compacting = (async () => {
      try {
        const reply = await runWorkerTask<IndexManifest>(new URL('./index-compact.worker.js', import.meta.url), task, { timeoutMs: REFIT_TIMEOUT_MS, stopGraceMs: STOP_GRACE_MS, signal: this.stopping.signal });
        if (!reply.ok) throw new Error(reply.message);
        await this.exclusive(async () => {
          if (this.closed || this.unsaved || this.journalBytes !== journalBytes || reply.value.fingerprint !== this.manifest?.fingerprint) return;
          await this.replaceDir(staging);
          this.manifest = reply.value;
          this.journalBytes = 0;
        });
      } catch (error) {
        this.refitError = `folding the index journal into its base files failed: ${(error as Error).message.split('\n')[0]}`;
      } finally {
        await rm(staging, { recursive: true, force: true }).catch(() => undefined);
        this.compacting = undefined;
      }
    })();
    return this.compacting;
  }

  /** Renames the new directory in (two renames, no await between); the old one is deleted by the libuv pool. */
  private async replaceDir(staging: string): Promise<void> {
    const old = `${this.dir}.old-${randomBytes(6).toString('hex')}`;
    if (existsSync(this.dir)) renameSync(this.dir, old);
    renameSync(staging, this.dir);
    // The swap has happened; an old directory the disk will not let go of is only litter.
    await rm(old, { recursive: true, force: true }).catch(() => undefined);
  }

  /**
   * Takes a refitted index in. `snapshot` is the corpus the worker indexed; what changed since (uploads and
   * deletions that went into the old index meanwhile) is applied to the new one and journalled in its directory
   * before that directory replaces the live one.
   */
  private async swapIn(staging: string, snapshot: ReadonlyMap<string, string>): Promise<void> {
    const files = readIndexFiles(staging);
    if (!files?.idf) throw new Error('the refitted index is incomplete');
    const store = await HnswChunkStore.read(this.embedder.embeddings, files.manifest.dimensions, files.hnswPath, files.chunks);
    const refitted = new LexicalEmbeddings(files.idf, files.manifest.dimensions);
    const embedder: Embedder = { identity: this.embedder.identity, embeddings: refitted, lexical: refitted };
    const digests = new Map(snapshot);
    const corpus = new Map(this.corpus().map((d) => [d.documentId, d]));
    let journalBytes = 0;
    for (const [documentId, digest] of snapshot) {
      if (this.digests.get(documentId) === digest) continue;
      store.removeDocument(documentId);
      digests.delete(documentId);
      journalBytes = await appendJournal(staging, { op: 'remove', documentId, fingerprint: fingerprintOf(digests.values()), chunkCount: store.size }, journalBytes);
    }
    for (const [documentId, digest] of this.digests) {
      if (digests.get(documentId) === digest) continue;
      const document = corpus.get(documentId);
      if (!document || documentDigest(document) !== digest) throw new Error(`document ${documentId} changed while the index was refitted`);
      const { chunks, vectors } = await embedDocumentChunks(document, embedder, this.options.worker);
      const labels = (await store.addVectors(vectors, toDocuments(chunks))).map(Number);
      digests.set(documentId, digest);
      journalBytes = await appendJournal(staging, addEntry(documentId, chunks, labels, vectors, fingerprintOf(digests.values()), store.size), journalBytes);
    }
    await this.replaceDir(staging);
    // Store and IDF change together, with no await between: a query sees the old pair or the new one.
    this.embedder.lexical?.refitFrom(files.idf);
    const previous = this.current;
    this.current = store;
    if (previous) setTimeout(() => previous.release(), RELEASE_AFTER_MS).unref();
    this.manifest = { ...files.manifest, fingerprint: fingerprintOf(digests.values()), chunkCount: store.size };
    this.journalBytes = journalBytes;
    this.unsaved = undefined;
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the index is closed'));
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
    // A build that finishes after close (a slow remote embedder at boot) is not written: the next boot builds again.
    if (this.closed) throw new Error('the index is closed');
    const manifest = this.manifestOf(store, fingerprint);
    const write = writeIndexDir(this.dir, { manifest, chunks: store.entries(), idf: this.embedder.lexical?.idfTable }, (path) => store.write(path));
    this.writes.add(write);
    try {
      await write;
    } finally {
      this.writes.delete(write);
    }
    this.current = store;
    this.manifest = manifest;
    this.journalBytes = 0;
    this.unsaved = undefined;
  }
}

function addEntry(documentId: string, chunks: readonly LegalChunk[], labels: readonly number[], vectors: readonly number[][], fingerprint: string, chunkCount: number): JournalEntry {
  return {
    op: 'add',
    documentId,
    chunks: labels.map((label, i) => [label, { pageContent: chunks[i].text, metadata: chunks[i].metadata }, encodeVector(vectors[i])]),
    fingerprint,
    chunkCount,
  };
}
