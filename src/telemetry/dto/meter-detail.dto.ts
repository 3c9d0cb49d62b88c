import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { METER_KINDS, METER_STATUSES, REGIONS, type MeterKind, type MeterStatus } from '../telemetry.constants.js';
import { MeterReadingDto } from './meter-reading.dto.js';
import { POWER_PRECISION } from '../readings-limits.js';

export class HistoryPointDto {
  @ApiProperty({ description: 'When the reading was taken (ISO 8601, UTC, whole seconds).', example: '2026-11-27T02:29:59.000Z' })
  timestamp: string;

  @ApiProperty({ description: `Active power in kilowatts, ${POWER_PRECISION}.`, example: 1.31 })
  powerKw: number;

  @ApiPropertyOptional({ description: 'Supply voltage in volts (0.1 V resolution); absent when the meter has never reported one.', example: 229.4 })
  voltageV?: number;

  @ApiProperty({ enum: METER_STATUSES, description: 'State of the meter at that reading.', example: 'normal' })
  status: MeterStatus;
}

export class MeterDetailDto {
  @ApiProperty({ description: 'Meter id.', example: 'MTR-0000042' })
  meterId: string;

  @ApiProperty({ enum: METER_KINDS, description: 'Kind of customer behind the meter.', example: 'residential' })
  kind: MeterKind;

  @ApiProperty({ enum: REGIONS, description: 'Grid region of the meter.', example: 'harbour' })
  region: string;

  @ApiProperty({ description: 'Feeder within the region.', example: 'harbour-F03' })
  feeder: string;

  @ApiProperty({ enum: ['simulated', 'real'], description: 'Whether the simulator or real readings drive the meter.', example: 'simulated' })
  source: 'simulated' | 'real';

  @ApiProperty({ type: MeterReadingDto, description: 'The latest reading.' })
  latest: MeterReadingDto;

  @ApiProperty({ type: [HistoryPointDto], description: 'Up to the last 60 readings, oldest first.' })
  history: HistoryPointDto[];
}
