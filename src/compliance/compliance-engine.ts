import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Runnable } from '@langchain/core/runnables';
import type { AppConfig } from '../config/app-config.js';
import { AppError } from '../common/errors/app-error.js';
import { mapStorageFailure } from '../common/storage/storage-failure.js';
import { ComplianceErrors } from './compliance.errors.js';
import { BUNDLED_NOTES_DIR, loadBundledNotes } from './corpus/bundled-notes.js';
import type { CorpusDocument } from './corpus/corpus-document.js';
import { assertDocumentId, newDocumentId } from './corpus/document-id.js';
import { DocumentStore } from './corpus/document-store.js';
import type { DocumentChanges } from './corpus/database-document-store.js';
import { extractText, normaliseContentType } from './corpus/document-text.js';
import { admitDocument } from './corpus/corpus-admission.js';
import type { DocumentLimits } from '../config/document-limits.js';
import { createEmbedder, type Embedder } from './embeddings/embedder.js';
import { isUpstreamFailure } from './embeddings/upstream-failure.js';
import { isStopWord, stem, words } from './embeddings/text-terms.js';
import { ChunkIndex, type IndexOrigin } from './index/chunk-index.js';
import type { EmbeddingWorkerLimits } from './index/document-embedding.js';
import { buildComplianceChain } from './rag/compliance-chain.js';
import { articleRouter, paragraphOdds, placeOdds } from './rag/article-router.js';
import { retrieveChunks } from './rag/hybrid-retriever.js';
import { outlineAsked } from './rag/act-outline.js';
import { LexicalSide } from './rag/lexical-side.js';
import { expandQuery } from './rag/query-expansion.js';
import { DENSE_GATE, OFFLINE_GATE } from './rag/relevance-gate.js';
import { scopeModel } from './rag/scope-model.js';
import { placeScopeModel } from './rag/place-scope-model.js';
import type { AskResult, RetrievedChunk } from './rag/rag-types.js';
import { streamAnswer, type AskStreamEvent } from './rag/answer-stream.js';

export interface DocumentInfo {
  documentId: string;
  title: string;
  contentType: CorpusDocument['contentType'];
  source: CorpusDocument['source'];
  sizeBytes: number;
  chunkCount: number;
  createdAt: string;
}

export interface NewDocument {
  title?: string;
  content: Buffer;
  contentType: string | undefined;
  fileName?: string;
}

/** Where uploaded documents live: files under DATA_DIR, or the database (whose writes are async and which can be pulled). */
export interface DocumentRepository {
  list(): CorpusDocument[];
  get(documentId: string): CorpusDocument | undefined;
  save(document: CorpusDocument): void | Promise<void>;
  remove(documentId: string): boolean | Promise<boolean>;
  removeQuietly(documentId: string): void | Promise<void>;
  pull?(): Promise<DocumentChanges>;
}

export interface EngineOptions {
  dataDir: string;
  /** The database mode's store; files under DATA_DIR otherwise. */
  documents?: DocumentRepository;
  compliance: AppConfig['compliance'];
  notesDir?: string;
  chatModel?: BaseChatModel;
  embedder?: Embedder;
  /** With the offline embedder: refit the IDF in a worker this long after the last change (see ChunkIndex). */
  refitDelayMs?: number;
  /** Limits of the worker that chunks and embeds a large upload (tests shorten them). */
  indexWorker?: EmbeddingWorkerLimits;
}

const MAX_TITLE_CHARS = 200;
/** A word form the corpus writes at least this often may stand in for a slip of the keyboard (wordForms). */
const REPEATED_FORM = 2;

/**
 * The copilot without Nest: corpus (bundled notes + uploaded documents), index and chain. Used by the
 * Nest service, the corpus CLI and the evaluation. Corpus changes run one at a time.
 */
export class ComplianceEngine {
  readonly documents: DocumentRepository;
  readonly index: ChunkIndex;
  readonly embedder: Embedder;
  readonly chain: Runnable<string, AskResult>;
  /** The same chain without a model: what a failing model degrades to, gate included. */
  private readonly extractiveChain: Runnable<string, AskResult>;
  private bundled: CorpusDocument[] = [];
  /** The uploaded documents as this engine stored them: the index is kept equal to this list, not to the disk. */
  private uploaded: CorpusDocument[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private vocabularyCache?: { key: unknown; stems: Set<string> };
  private formsCache?: { bundled: readonly CorpusDocument[]; uploaded: readonly CorpusDocument[]; counts: Map<string, number> };
  private readonly lexicalSide = new LexicalSide();

  constructor(private readonly options: EngineOptions) {
    this.documents = options.documents ?? new DocumentStore(options.dataDir);
    this.embedder = options.embedder ?? createEmbedder(options.compliance);
    this.index = new ChunkIndex(options.dataDir, this.embedder, { documents: () => this.allDocuments(), refitDelayMs: options.refitDelayMs, worker: options.indexWorker });
    const lexical = this.embedder.lexical;
    const dependencies = {
      retrieve: (question: string) => this.retrieve(question),
      knownShare: (question: string) => (lexical ? lexical.knownShare(question) : 1),
      knowsWord: (word: string) => isStopWord(word) || this.vocabulary().has(stem(word)),
      hasWordForm: (word: string) => (this.wordForms().get(word) ?? 0) >= REPEATED_FORM,
      gate: { ...(lexical ? OFFLINE_GATE : DENSE_GATE), ...(options.compliance.minScore !== undefined ? { minSimilarity: options.compliance.minScore } : {}) },
      weight: lexical ? (term: string) => lexical.weightOf(term) : undefined,
      scopeModel: scopeModel(),
      placeModel: placeScopeModel(),
    };
    this.chain = buildComplianceChain({ ...dependencies, model: options.chatModel, modelTimeoutMs: options.compliance.llmTimeoutMs });
    this.extractiveChain = buildComplianceChain(dependencies);
  }

  get hasChatModel(): boolean {
    return this.options.chatModel !== undefined;
  }

  /** Serialised with corpus changes, so a document pulled from the database mid-build is not left out of the index. */
  async open(): Promise<IndexOrigin> {
    return this.serialised(() => {
      this.bundled = loadBundledNotes(this.options.notesDir ?? BUNDLED_NOTES_DIR);
      this.uploaded = this.documents.list();
      return this.index.open(this.allDocuments());
    });
  }

  /** Database mode: takes the documents other instances added or deleted into this instance's list and index. */
  syncDocuments(): Promise<void> {
    const pull = this.documents.pull?.bind(this.documents);
    if (!pull) return Promise.resolve();
    return this.serialised(async () => {
      const changes = await pull();
      // Before the index is open, the store's list is all there is to index: open() reads it.
      if (!this.index.store) return;
      for (const document of changes.added) {
        this.uploaded = [...this.uploaded, document];
        await this.index.add(document);
      }
      for (const documentId of changes.removed) {
        this.uploaded = this.uploaded.filter((d) => d.documentId !== documentId);
        await this.index.remove(documentId);
      }
    });
  }

  /** Resolves once the index's background work has stopped and nothing more is written. */
  close(): Promise<void> {
    return this.index.close();
  }

  allDocuments(): CorpusDocument[] {
    return [...this.bundled, ...this.uploaded];
  }

  private get limits(): DocumentLimits {
    return this.options.compliance.limits;
  }

  listDocuments(): DocumentInfo[] {
    const counts = this.index.chunkCounts();
    return this.allDocuments().map(({ text: _text, ...info }) => ({ ...info, chunkCount: counts.get(info.documentId) ?? 0 }));
  }

  async addDocument(input: NewDocument): Promise<DocumentInfo> {
    const contentType = normaliseContentType(input.contentType);
    const text = await extractText(input.content, contentType, this.limits);
    const title = (input.title ?? input.fileName ?? '').trim().slice(0, MAX_TITLE_CHARS) || firstLine(text);
    const document: CorpusDocument = {
      documentId: newDocumentId(),
      title,
      contentType,
      source: 'uploaded',
      sizeBytes: input.content.length,
      createdAt: new Date().toISOString(),
      text,
    };
    return this.serialised(() =>
      mapStorageFailure('The document', async () => {
        admitDocument(document, this.uploaded, this.limits);
        await this.documents.save(document);
        // In the list before indexing: a refit the index runs meanwhile reads the corpus from it.
        this.uploaded = [...this.uploaded, document];
        try {
          const chunkCount = await this.index.add(document);
          const { text: _text, ...info } = document;
          return { ...info, chunkCount };
        } catch (error) {
          this.uploaded = this.uploaded.filter((d) => d !== document);
          await this.documents.removeQuietly(document.documentId);
          throw isUpstreamFailure(error) ? embeddingsUnavailable(error) : error;
        }
      }),
    );
  }

  async removeDocument(documentId: string): Promise<void> {
    assertDocumentId(documentId);
    if (this.bundled.some((d) => d.documentId === documentId)) throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_BUNDLED);
    await this.serialised(() =>
      mapStorageFailure('The deletion', async () => {
        if (!this.uploaded.some((d) => d.documentId === documentId)) {
          throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_NOT_FOUND, `No document has the id "${documentId}".`);
        }
        await this.documents.remove(documentId);
        this.uploaded = this.uploaded.filter((d) => d.documentId !== documentId);
        await this.index.remove(documentId);
      }),
    );
  }

  ask(question: string): Promise<AskResult> {
    return this.chain.invoke(question);
  }

  /** Streams the chain; an error after the gate (a model failing mid-stream) becomes the degraded extractive answer. */
  stream(question: string): AsyncGenerator<AskStreamEvent> {
    return streamAnswer(this.chain, question, async (error) => {
      if (error instanceof AppError) throw error;
      const result = await this.extractiveChain.invoke(question);
      return result.refused ? result : { ...result, degraded: true };
    });
  }

  async retrieve(question: string): Promise<RetrievedChunk[]> {
    const store = this.index.store;
    if (!store) throw new AppError(ComplianceErrors.COMPLIANCE_INDEX_NOT_READY);
    const expanded = expandQuery(question, (word) => isStopWord(word) || this.vocabulary().has(stem(word)));
    const vector = await this.embedder.embeddings.embedQuery(expanded).catch((error: unknown) => {
      throw embeddingsUnavailable(error);
    });
    const router = articleRouter();
    const guess = { odds: placeOdds(router, question), paragraphOdds: (place: string) => paragraphOdds(router, place, question) };
    return retrieveChunks({ store, lexical: this.lexicalSide.of(store), queryVector: vector, question: expanded, guess, topK: this.options.compliance.topK, outline: outlineAsked(question) });
  }

  /**
   * Stems of every word the index knows: the offline embedder's IDF table (which changes only when it is
   * refitted, not on every upload), else the words of the indexed chunks, rebuilt lazily after a change.
   */
  private vocabulary(): ReadonlySet<string> {
    const lexical = this.embedder.lexical;
    const store = this.index.store;
    const key = lexical ? lexical.idfTable : `${this.index.info?.builtAt}/${store?.revision}`;
    if (!this.vocabularyCache || this.vocabularyCache.key !== key) {
      const stems = lexical
        ? new Set(Object.keys(lexical.idfTable.frequencies).filter((f) => !f.includes(' ')))
        : new Set((store?.entries() ?? []).flatMap(([, chunk]) => words(chunk.pageContent).map(stem)));
      this.vocabularyCache = { key, stems };
    }
    return this.vocabularyCache.stems;
  }

  /**
   * How often the corpus writes each word form, for typo repair; recounted when the documents change. A form written once may be
   * the corpus's own slip (the official text has one "effciency"), so a repair takes only forms written REPEATED_FORM times.
   */
  private wordForms(): ReadonlyMap<string, number> {
    // The document lists are replaced, never changed in place, whenever a document comes or goes: their identity is the cache's key,
    // checked at no cost on each of the many lookups one repair makes.
    const { bundled, uploaded } = this;
    if (this.formsCache?.bundled !== bundled || this.formsCache.uploaded !== uploaded) {
      const counts = new Map<string, number>();
      for (const document of [...bundled, ...uploaded]) for (const word of words(document.text)) counts.set(word, (counts.get(word) ?? 0) + 1);
      this.formsCache = { bundled, uploaded, counts };
    }
    return this.formsCache.counts;
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * The remote embedding service failing (bad key, quota, outage) is not the caller's fault and not a bug:
 * a 503 with its own code, instead of a 500 whose log line is the only clue. The upstream message is not
 * passed on: it may quote the (masked) key.
 */
function embeddingsUnavailable(error: unknown): AppError {
  const status = (error as { status?: unknown }).status;
  return new AppError(ComplianceErrors.COMPLIANCE_EMBEDDINGS_UNAVAILABLE, `The embedding service did not answer${typeof status === 'number' ? ` (HTTP ${status})` : ''}; retry shortly.`);
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim().length > 0) ?? 'Untitled document').replace(/^#+\s*/, '').trim().slice(0, 120);
}
