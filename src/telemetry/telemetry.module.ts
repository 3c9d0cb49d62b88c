import { Module } from '@nestjs/common';
import { WriterHostService } from './writer-host.service.js';
import { TelemetryController } from './telemetry.controller.js';
import { TelemetryService } from './telemetry.service.js';

@Module({
  controllers: [TelemetryController],
  providers: [WriterHostService, TelemetryService],
  exports: [TelemetryService],
})
export class TelemetryModule {}
