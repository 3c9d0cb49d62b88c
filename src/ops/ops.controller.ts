import { Controller, Get, Header, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiExtraModels, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ComponentHealthDto, HealthReportDto } from './health-report.dto.js';
import { HealthRegistry } from './health-registry.js';
import { MetricsService } from './metrics.service.js';

@ApiTags('Operations')
@ApiExtraModels(ComponentHealthDto)
@Controller()
export class OpsController {
  constructor(
    private readonly health: HealthRegistry,
    private readonly metrics: MetricsService,
  ) {}

  @Get('health')
  @ApiOperation({
    operationId: 'GetHealth',
    summary: 'Check service health',
    description: 'Returns liveness and readiness of the service and the state of each component; answers 503 when not ready.',
  })
  @ApiOkResponse({ type: HealthReportDto, description: 'The service is ready.' })
  @ApiServiceUnavailableResponse({ type: HealthReportDto, description: 'The service is alive but not ready.' })
  getHealth(@Res({ passthrough: true }) reply: FastifyReply): HealthReportDto {
    const report = this.health.report();
    if (!report.ready) void reply.status(503);
    return report;
  }

  @Get('/metrics')
  @HttpCode(200)
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiExcludeEndpoint()
  getMetrics(): Promise<string> {
    return this.metrics.render();
  }
}
