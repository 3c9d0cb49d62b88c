import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ComponentHealthDto {
  @ApiProperty({ enum: ['up', 'degraded', 'down'], description: 'State of the component.' })
  status: 'up' | 'degraded' | 'down';

  @ApiPropertyOptional({ description: 'Why the component is not up, when it is not.' })
  detail?: string;

  @ApiProperty({ description: 'An optional component (the compliance copilot) never makes the service unready.' })
  optional: boolean;

  @ApiProperty({ description: 'This component can serve its requests now (readiness per component).' })
  ready: boolean;
}

export class LivenessDto {
  @ApiProperty({ description: 'Always true: the process is running and answering HTTP.' })
  live: boolean;

  @ApiProperty({ description: 'Seconds since the process started.', type: 'integer' })
  uptimeSeconds: number;
}

export class HealthReportDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'unavailable'], description: 'Overall state of the service.' })
  status: 'ok' | 'degraded' | 'unavailable';

  @ApiProperty({ description: 'The process is running and answering (liveness).' })
  live: boolean;

  @ApiProperty({ description: 'Every required component can serve requests (readiness); optional ones may be degraded or down.' })
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
