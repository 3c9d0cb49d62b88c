import { Module } from '@nestjs/common';
import { SimulatorHostService } from './simulator/simulator-host.service.js';
import { TelemetryController } from './telemetry.controller.js';
import { TelemetryService } from './telemetry.service.js';

@Module({
  controllers: [TelemetryController],
  providers: [SimulatorHostService, TelemetryService],
  exports: [TelemetryService],
})
export class TelemetryModule {}
