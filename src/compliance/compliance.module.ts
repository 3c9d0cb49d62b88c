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
          refitDelayMs: INDEX_REFIT_DELAY_MS,
        }),
    },
    {
      // The multipart parser is this feature's need, so the feature registers it: providers are built inside
      // NestFactory.create, before any route is registered, which is when Fastify plugins must load.
      provide: DOCUMENT_UPLOADS,
      inject: [HttpAdapterHost],
      useFactory: (host: HttpAdapterHost) => registerDocumentUploads(host.httpAdapter.getInstance<FastifyInstance>()),
    },
    ComplianceService,
    AskRateLimitGuard,
  ],
})
export class ComplianceModule {}
