import { Global, Module } from '@nestjs/common';
import { HealthRegistry } from './health-registry.js';
import { MetricsService } from './metrics.service.js';
import { OpsController } from './ops.controller.js';

@Global()
@Module({ controllers: [OpsController], providers: [HealthRegistry, MetricsService], exports: [HealthRegistry, MetricsService] })
export class OpsModule {}
