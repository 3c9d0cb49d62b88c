import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { METER_KINDS, METER_STATUSES, REGIONS, type MeterKind, type MeterStatus } from '../telemetry.constants.js';
import { ENERGY_PRECISION, POWER_PRECISION, VOLTAGE_PRECISION } from '../readings-limits.js';

export class MeterReadingDto {
  @ApiProperty({ description: 'Meter id: MTR-0000001... for simulated meters, the meter\'s own id for real ones.', example: 'MTR-0000042' })
  meterId: string;

  @ApiProperty({ enum: METER_KINDS, description: 'Kind of customer behind the meter.', example: 'residential' })
  kind: MeterKind;

  @ApiProperty({ enum: REGIONS, description: 'Grid region the meter belongs to.', example: 'harbour' })
  region: string;

  @ApiProperty({ description: 'Feeder (distribution line) within the region.', example: 'harbour-F03' })
  feeder: string;

  @ApiProperty({ enum: METER_STATUSES, description: 'State of the meter at its latest reading.', example: 'normal' })
  status: MeterStatus;

  @ApiProperty({ description: `Active power in kilowatts (negative when the site exports), ${POWER_PRECISION}.`, example: 1.284 })
  powerKw: number;

  @ApiPropertyOptional({ description: `Supply voltage in volts, ${VOLTAGE_PRECISION}; absent when the meter has never reported one.`, example: 229.1 })
  voltageV?: number;

  @ApiProperty({ description: `Cumulative energy in kilowatt-hours, ${ENERGY_PRECISION}.`, example: 1523.117 })
  energyKwh: number;

  @ApiProperty({ description: 'When the meter last reported (ISO 8601, UTC).', example: '2026-11-27T02:30:00.000Z' })
  timestamp: string;
}
