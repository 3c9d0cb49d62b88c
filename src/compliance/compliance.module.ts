import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AskRateLimitGuard } from './ask-rate-limit.guard.js';
import { COMPLIANCE_ENGINE } from './compliance.constants.js';
import { ComplianceController } from './compliance.controller.js';
import { ComplianceEngine } from './compliance-engine.js';
import { ComplianceService } from './compliance.service.js';
import { createChatModel } from './rag/chat-model.js';

@Module({
  controllers: [ComplianceController],
  providers: [
    {
      provide: COMPLIANCE_ENGINE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) =>
        new ComplianceEngine({
          dataDir: config.dataDir,
          compliance: config.compliance,
          notesDir: config.compliance.notesDir,
          chatModel: await createChatModel(config.compliance),
        }),
    },
    ComplianceService,
    AskRateLimitGuard,
  ],
})
export class ComplianceModule {}
