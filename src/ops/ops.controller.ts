import { Controller, Get, Header, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiExtraModels, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ComponentHealthDto, HealthReportDto, LivenessDto } from './health-report.dto.js';
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
    description: 'Returns readiness of the service and the state of each component; answers 503 when a required component is down (an optional one, such as the compliance copilot, only makes it degraded).',
  })
  @ApiOkResponse({ type: HealthReportDto, description: 'The service is ready.' })
  @ApiServiceUnavailableResponse({ type: HealthReportDto, description: 'The service is alive but not ready.' })
  getHealth(@Res({ passthrough: true }) reply: FastifyReply): HealthReportDto {
    const report = this.health.report();
    if (!report.ready) void reply.status(503);
    return report;
  }

  @Get('health/live')
  @ApiOperation({
    operationId: 'GetLiveness',
    summary: 'Check that the process is alive',
    description:
      'Answers 200 whenever the process serves HTTP, whatever the state of its components: what container and App Service health checks probe, so an optional dependency being down never restarts the instance.',
  })
  @ApiOkResponse({ type: LivenessDto, description: 'The process is alive.' })
  getLiveness(): LivenessDto {
    return { live: true, uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get('/metrics')
  @HttpCode(200)
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiExcludeEndpoint()
  getMetrics(): Promise<string> {
    return this.metrics.render();
  }
}
