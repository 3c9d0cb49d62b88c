import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { READING_CODES } from '../telemetry.errors.js';

export class ReadingRejectionDto {
  @ApiProperty({ description: 'Position of the reading in the request.', example: 3, type: 'integer' })
  index: number;

  @ApiPropertyOptional({ description: 'Meter id of the reading, when it had a valid one.', example: 'SM-HARBOUR-0001' })
  meterId?: string;

  @ApiProperty({ enum: Object.keys(READING_CODES), description: 'Stable code of the reason.', example: 'READING_TIMESTAMP_STALE' })
  code: string;

  @ApiProperty({ description: 'Human-readable reason.', example: "timestamp is older than the meter's latest reading." })
  reason: string;
}

export class ReadingsResultDto {
  @ApiProperty({ description: 'Readings applied to the store.', example: 9998, type: 'integer' })
  accepted: number;

  @ApiProperty({ type: [ReadingRejectionDto], description: 'Readings not applied, with the reason for each.' })
  rejected: ReadingRejectionDto[];
}
