import { Module } from '@nestjs/common';
import { WriterHostService } from './writer-host.service.js';
import { TelemetryController } from './telemetry.controller.js';
import { TelemetryService } from './telemetry.service.js';
import { TelemetryStorageService } from './telemetry-storage.service.js';

@Module({
  controllers: [TelemetryController],
  providers: [WriterHostService, TelemetryStorageService, TelemetryService],
  exports: [TelemetryService],
})
export class TelemetryModule {}
