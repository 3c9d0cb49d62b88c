import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import type { AppConfig } from './config/app-config.js';
import { MediaTypeGuard } from './common/http/media-type.guard.js';
import { ConfigModule } from './config/config.module.js';
import { HttpCommonModule } from './common/http/http-common.module.js';
import { OpsModule } from './ops/ops.module.js';
import { ComplianceModule } from './compliance/compliance.module.js';
import { TelemetryModule } from './telemetry/telemetry.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), ScheduleModule.forRoot(), HttpCommonModule, OpsModule, TelemetryModule, ComplianceModule],
      providers: [{ provide: APP_GUARD, useClass: MediaTypeGuard }],
    };
  }
}
