import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Histogram } from 'prom-client';
import { AppError } from '../common/errors/app-error.js';
import { toErrorBody } from '../common/errors/to-error-body.js';
import { HealthRegistry, type ComponentHealth } from '../ops/health-registry.js';
import { MetricsService } from '../ops/metrics.service.js';
import { ComplianceErrors } from './compliance.errors.js';
import { COMPLIANCE_ENGINE, INDEX_BOOT_WAIT_MS } from './compliance.constants.js';
import type { ComplianceEngine, DocumentInfo } from './compliance-engine.js';
import { parseJsonDocument, readMultipartDocument } from './document-upload.js';
import { parseQuestion } from './rag/ask-question.js';
import type { AskResult } from './rag/rag-types.js';
import { SseWriter } from './sse-writer.js';

type IndexState = 'building' | 'ready' | 'failed';

@Injectable()
export class ComplianceService implements OnModuleInit {
  private readonly logger = new Logger('Compliance');
  private state: IndexState = 'building';
  /** How long boot waits for the index; a slow remote embedder then builds in the background. */
  bootWaitMs = INDEX_BOOT_WAIT_MS;
  private readonly askDuration: Histogram<'mode' | 'refused'>;

  constructor(
    @Inject(COMPLIANCE_ENGINE) private readonly engine: ComplianceEngine,
    private readonly health: HealthRegistry,
    metrics: MetricsService,
  ) {
    this.askDuration = metrics.histogram('powergrid_compliance_ask_duration_seconds', 'Time to answer a compliance question.', ['mode', 'refused'], [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]);
  }

  async onModuleInit(): Promise<void> {
    this.health.register('compliance', () => this.healthOf());
    const started = Date.now();
    const opening = this.engine.open().then(
      (origin) => {
        this.state = 'ready';
        this.logger.log(`Index ${origin} in ${Date.now() - started} ms (${this.engine.index.info?.chunkCount ?? 0} chunks, ${this.engine.embedder.identity.name}).`);
      },
      (error: unknown) => {
        this.state = 'failed';
        this.logger.error(`Index could not be opened: ${error instanceof Error ? error.stack : String(error)}`);
      },
    );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([opening, new Promise<void>((resolve) => { timer = setTimeout(resolve, this.bootWaitMs).unref(); })]);
    clearTimeout(timer);
  }

  async ask(body: unknown): Promise<AskResult> {
    const question = parseQuestion(body);
    this.assertReady();
    const started = process.hrtime.bigint();
    const result = await this.engine.ask(question);
    this.observe(result, started);
    return result;
  }

  /** Validation and readiness fail as plain JSON errors; once the stream is open, failures become `event: error`. */
  async streamAsk(body: unknown, reply: FastifyReply): Promise<void> {
    const question = parseQuestion(body);
    this.assertReady();
    const started = process.hrtime.bigint();
    const sse = new SseWriter(reply);
    try {
      for await (const event of this.engine.stream(question)) {
        if (sse.closed) break;
        if (event.type === 'token') sse.send('token', { text: event.text });
        else {
          this.observe(event.result, started);
          sse.send('done', event.result);
        }
      }
    } catch (error) {
      sse.send('error', toErrorBody(error).body);
    } finally {
      sse.end();
    }
  }

  listDocuments(): { value: DocumentInfo[]; count: number } {
    this.assertReady();
    const value = this.engine.listDocuments();
    return { value, count: value.length };
  }

  async addDocument(request: FastifyRequest, body: unknown): Promise<DocumentInfo> {
    const input = request.isMultipart() ? await readMultipartDocument(request) : parseJsonDocument(body);
    this.assertReady();
    return this.engine.addDocument(input);
  }

  async removeDocument(documentId: string): Promise<void> {
    this.assertReady();
    await this.engine.removeDocument(documentId);
  }

  private assertReady(): void {
    if (this.state !== 'ready') throw new AppError(ComplianceErrors.COMPLIANCE_INDEX_NOT_READY);
  }

  private observe(result: AskResult, started: bigint): void {
    this.askDuration.observe({ mode: result.mode, refused: String(result.refused) }, Number(process.hrtime.bigint() - started) / 1e9);
  }

  private healthOf(): ComponentHealth {
    if (this.state === 'ready') {
      const info = this.engine.index.info;
      if (this.engine.index.unsaved) return { status: 'degraded', detail: this.engine.index.unsaved };
      return { status: 'up', detail: `${info?.chunkCount ?? 0} chunks, embedder ${info?.embedder.name ?? '?'}, ${this.engine.hasChatModel ? 'chat model' : 'extractive answers'}` };
    }
    return { status: this.state === 'building' ? 'degraded' : 'down', detail: `index ${this.state}` };
  }
}
