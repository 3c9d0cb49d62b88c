import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { METER_STATUSES, type MeterStatus } from '../telemetry.constants.js';
import { ENERGY_PRECISION, MAX_READINGS_PER_BATCH, POWER_LIMIT_KW, POWER_PRECISION, VOLTAGE_LIMIT_V, VOLTAGE_PRECISION, limitText } from '../readings-limits.js';

export class ReadingInputDto {
  @ApiProperty({ description: 'Meter id, ^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$; unknown ids are registered.', example: 'SM-HARBOUR-0001' })
  meterId: string;

  @ApiProperty({ description: 'When the reading was taken (ISO 8601 with a time zone).', example: '2026-11-27T02:30:00Z' })
  timestamp: string;

  @ApiProperty({ description: `Active power in kilowatts, -${limitText(POWER_LIMIT_KW)} to ${limitText(POWER_LIMIT_KW)}; kept ${POWER_PRECISION}.`, example: 2.35 })
  powerKw: number;

  @ApiPropertyOptional({ description: `Supply voltage in volts, 0 to ${limitText(VOLTAGE_LIMIT_V)}; kept ${VOLTAGE_PRECISION}.`, example: 231.2 })
  voltageV?: number;

  @ApiPropertyOptional({ description: `Cumulative energy register in kWh, kept ${ENERGY_PRECISION}; integrated from power when absent.`, example: 10452.8 })
  energyKwh?: number;

  @ApiPropertyOptional({ enum: METER_STATUSES, description: 'State reported by the meter; normal when absent.', example: 'normal' })
  status?: MeterStatus;
}

export class PostReadingsDto {
  @ApiProperty({ type: [ReadingInputDto], minItems: 1, maxItems: MAX_READINGS_PER_BATCH, description: 'The readings, applied in order.' })
  readings: ReadingInputDto[];
}
