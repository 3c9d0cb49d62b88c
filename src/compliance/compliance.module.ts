import { Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AskRateLimitGuard } from './ask-rate-limit.guard.js';
import { COMPLIANCE_ENGINE, DOCUMENT_UPLOADS, INDEX_REFIT_DELAY_MS } from './compliance.constants.js';
import { registerDocumentUploads } from './document-upload.js';
import { ComplianceController } from './compliance.controller.js';
import { ComplianceEngine } from './compliance-engine.js';
import { ComplianceService } from './compliance.service.js';
import { createChatModel } from './rag/chat-model.js';
import { DatabaseService } from '../common/database/database.service.js';
import { DatabaseDocumentStore } from './corpus/database-document-store.js';
import { DocumentSyncService } from './document-sync.service.js';

/** Database mode: uploaded documents come from PostgreSQL, pulled once before the index opens. */
async function databaseDocuments(database: DatabaseService): Promise<DatabaseDocumentStore> {
  await database.ready();
  const documents = new DatabaseDocumentStore(database.pool);
  await documents.pull();
  return documents;
}

@Module({
  controllers: [ComplianceController],
  providers: [
    {
      provide: COMPLIANCE_ENGINE,
      inject: [APP_CONFIG, DatabaseService],
      useFactory: async (config: AppConfig, database: DatabaseService) => {
        // Only the database mode waits here: an extra await would reorder provider creation in the embedded mode.
        const documents = database.enabled ? await databaseDocuments(database) : undefined;
        return new ComplianceEngine({
          dataDir: config.dataDir,
          compliance: config.compliance,
          notesDir: config.compliance.notesDir,
          chatModel: await createChatModel(config.compliance),
          refitDelayMs: INDEX_REFIT_DELAY_MS,
          documents,
        });
      },
    },
    {
      // The multipart parser is this feature's need, so the feature registers it: providers are built inside
      // NestFactory.create, before any route is registered, which is when Fastify plugins must load.
      provide: DOCUMENT_UPLOADS,
      inject: [HttpAdapterHost],
      useFactory: (host: HttpAdapterHost) => registerDocumentUploads(host.httpAdapter.getInstance<FastifyInstance>()),
    },
    ComplianceService,
    DocumentSyncService,
    AskRateLimitGuard,
  ],
})
export class ComplianceModule {}
