import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AskRateLimitGuard } from './ask-rate-limit.guard.js';
import { COMPLIANCE_ENGINE } from './compliance.constants.js';
import { ComplianceController } from './compliance.controller.js';
import { ComplianceEngine } from './compliance-engine.js';
import { ComplianceService } from './compliance.service.js';
import { createChatModel } from './rag/chat-model.js';
import { DatabaseService } from '../common/database/database.service.js';
import { DatabaseDocumentStore } from './corpus/database-document-store.js';
import { DocumentSyncService } from './document-sync.service.js';

@Module({
  controllers: [ComplianceController],
  providers: [
    {
      provide: COMPLIANCE_ENGINE,
      inject: [APP_CONFIG, DatabaseService],
      useFactory: async (config: AppConfig, database: DatabaseService) => {
        // Database mode: uploaded documents come from PostgreSQL, pulled once before the index opens.
        let documents: DatabaseDocumentStore | undefined;
        if (database.enabled) {
          await database.ready();
          documents = new DatabaseDocumentStore(database.pool);
          await documents.pull();
        }
        return new ComplianceEngine({
          dataDir: config.dataDir,
          compliance: config.compliance,
          notesDir: config.compliance.notesDir,
          chatModel: await createChatModel(config.compliance),
          documents,
        });
      },
    },
    ComplianceService,
    DocumentSyncService,
    AskRateLimitGuard,
  ],
})
export class ComplianceModule {}
