import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Histogram } from 'prom-client';
import { toErrorBody } from '../common/errors/to-error-body.js';
import { HealthRegistry, type ComponentHealth } from '../ops/health-registry.js';
import { MetricsService } from '../ops/metrics.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { COMPLIANCE_ENGINE, INDEX_BOOT_WAIT_MS, INDEX_RETRY_MAX_MS } from './compliance.constants.js';
import type { ComplianceEngine, DocumentInfo, NewDocument } from './compliance-engine.js';
import { IndexOpening } from './index-opening.js';
import type { AskResult } from './rag/rag-types.js';

/** Where a streamed answer goes; the controller opens it (an event stream) only once the question is accepted. */
export interface AnswerSink {
  readonly closed: boolean;
  send(event: string, data: unknown): void;
  end(): void;
}

@Injectable()
export class ComplianceService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Compliance');
  private readonly opening: IndexOpening;
  /** How long boot waits for the index; a slow remote embedder then builds in the background. */
  bootWaitMs = INDEX_BOOT_WAIT_MS;
  private readonly askDuration: Histogram<'mode' | 'refused'>;

  constructor(
    @Inject(COMPLIANCE_ENGINE) private readonly engine: ComplianceEngine,
    private readonly health: HealthRegistry,
    metrics: MetricsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.askDuration = metrics.histogram('powergrid_compliance_ask_duration_seconds', 'Time to answer a compliance question.', ['mode', 'refused'], [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]);
    this.opening = new IndexOpening(engine, this.logger, { baseMs: config.compliance.indexRetryMs, maxMs: Math.max(config.compliance.indexRetryMs, INDEX_RETRY_MAX_MS) });
  }

  async onModuleInit(): Promise<void> {
    // The copilot is optional: while it cannot serve, telemetry must keep the instance healthy.
    this.health.register('compliance', () => this.healthOf(), { optional: true });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.opening.start(), new Promise<void>((resolve) => { timer = setTimeout(resolve, this.bootWaitMs).unref(); })]);
    clearTimeout(timer);
  }

  /** After the HTTP server has closed (uploads in flight are done): stops the index's background work and waits for it. */
  async onApplicationShutdown(): Promise<void> {
    this.opening.stop();
    await this.engine.close();
  }

  async ask(question: string): Promise<AskResult> {
    this.opening.assertReady();
    const started = process.hrtime.bigint();
    const result = await this.engine.ask(question);
    this.observe(result, started);
    return result;
  }

  /** Readiness fails as a plain JSON error before the sink is opened; once it is open, failures become `event: error`. */
  async streamAsk(question: string, open: () => AnswerSink): Promise<void> {
    this.opening.assertReady();
    const started = process.hrtime.bigint();
    const sink = open();
    try {
      for await (const event of this.engine.stream(question)) {
        if (sink.closed) break;
        if (event.type === 'token') sink.send('token', { text: event.text });
        else {
          this.observe(event.result, started);
          sink.send('done', event.result);
        }
      }
    } catch (error) {
      sink.send('error', toErrorBody(error).body);
    } finally {
      sink.end();
    }
  }

  listDocuments(): { value: DocumentInfo[]; count: number } {
    this.opening.assertReady();
    const value = this.engine.listDocuments();
    return { value, count: value.length };
  }

  async addDocument(input: NewDocument): Promise<DocumentInfo> {
    this.opening.assertReady();
    return this.engine.addDocument(input);
  }

  async removeDocument(documentId: string): Promise<void> {
    this.opening.assertReady();
    await this.engine.removeDocument(documentId);
  }

  private observe(result: AskResult, started: bigint): void {
    this.askDuration.observe({ mode: result.mode, refused: String(result.refused) }, Number(process.hrtime.bigint() - started) / 1e9);
  }

  private healthOf(): ComponentHealth {
    const waiting = this.opening.notReadyReason();
    if (waiting) return { status: this.opening.failed ? 'down' : 'degraded', detail: waiting, ready: false };
    const info = this.engine.index.info;
    if (this.engine.index.unsaved) return { status: 'degraded', detail: this.engine.index.unsaved };
    return { status: 'up', detail: `${info?.chunkCount ?? 0} chunks, embedder ${info?.embedder.name ?? '?'}, ${this.engine.hasChatModel ? 'chat model' : 'extractive answers'}` };
  }
}
