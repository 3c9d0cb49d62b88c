import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MeterReadingDto } from './meter-reading.dto.js';

export class TelemetryPageDto {
  @ApiProperty({ type: [MeterReadingDto], description: 'Latest reading of each meter on this page, in stable meter order.' })
  value: MeterReadingDto[];

  @ApiPropertyOptional({
    description: 'Absolute URL of the next page with the same filters; absent on the last page.',
    example: 'https://grid.example.com/api/energy/telemetry?status=peak&top=100&skipToken=1234',
  })
  nextLink?: string;

  @ApiProperty({ description: 'Number of meters matching the filters across all pages.', example: 5000, type: 'integer' })
  count: number;

  @ApiProperty({ description: 'Simulator tick the values belong to.', example: 1234, type: 'integer' })
  tick: number;

  @ApiProperty({ description: 'Time of that tick (ISO 8601, UTC).', example: '2026-11-27T02:30:00.000Z' })
  timestamp: string;
}
