import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ComponentHealthDto {
  @ApiProperty({ enum: ['up', 'degraded', 'down'], description: 'State of the component.' })
  status: 'up' | 'degraded' | 'down';

  @ApiPropertyOptional({ description: 'Why the component is not up, when it is not.' })
  detail?: string;
}

export class HealthReportDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'unavailable'], description: 'Overall state of the service.' })
  status: 'ok' | 'degraded' | 'unavailable';

  @ApiProperty({ description: 'The process is running and answering (liveness).' })
  live: boolean;

  @ApiProperty({ description: 'Every component can serve requests (readiness).' })
  ready: boolean;

  @ApiProperty({ description: 'Seconds since the process started.', type: 'integer' })
  uptimeSeconds: number;

  @ApiProperty({
    description: 'State of each component by name (simulator, store, index and so on).',
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/ComponentHealthDto' },
  })
  components: Record<string, ComponentHealthDto>;
}
