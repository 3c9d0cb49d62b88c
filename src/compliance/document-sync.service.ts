import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DatabaseService } from '../common/database/database.service.js';
import { COMPLIANCE_ENGINE } from './compliance.constants.js';
import type { ComplianceEngine } from './compliance-engine.js';
import { DOCUMENTS_CHANNEL } from './corpus/database-document-store.js';

const POLL_MS = 1000;

/**
 * Database mode: documents added or deleted on another instance reach this one's index on the NOTIFY sent at
 * commit, after a reconnect, or at the latest on the next one-second poll (a notification lost with a dropped
 * connection is never waited for), well inside the 2 s an instance may lag.
 */
@Injectable()
export class DocumentSyncService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Compliance');
  private poll: NodeJS.Timeout | undefined;
  private failing = false;

  constructor(
    @Inject(COMPLIANCE_ENGINE) private readonly engine: ComplianceEngine,
    private readonly database: DatabaseService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.database.enabled) return;
    await this.database.ready();
    await this.database.listener.subscribe(DOCUMENTS_CHANNEL, () => this.sync());
    this.database.events.on('resumed', () => this.sync());
    this.poll = setInterval(() => {
      if (this.database.up) this.sync();
    }, POLL_MS);
    this.poll.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.poll);
  }

  private sync(): void {
    this.engine.syncDocuments().then(
      () => (this.failing = false),
      (error: unknown) => {
        this.database.reportFailure(error);
        if (!this.failing) this.logger.warn(`documents could not be synchronised: ${(error as Error).message}`);
        this.failing = true;
      },
    );
  }
}
