import { Module } from '@nestjs/common';
import { AlertsController } from './alerts/alerts.controller.js';
import { AlertsService } from './alerts/alerts.service.js';
import { WebhooksService } from './alerts/webhooks/webhooks.service.js';
import { WriterHostService } from './writer-host.service.js';
import { TelemetryController } from './telemetry.controller.js';
import { TelemetryService } from './telemetry.service.js';
import { TelemetryStorageService } from './telemetry-storage.service.js';

@Module({
  controllers: [TelemetryController, AlertsController],
  providers: [WriterHostService, TelemetryStorageService, TelemetryService, AlertsService, WebhooksService],
  exports: [TelemetryService],
})
export class TelemetryModule {}
